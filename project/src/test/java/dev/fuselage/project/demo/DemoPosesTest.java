package dev.fuselage.project.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.io.semantickitti.OdometryPoses;
import dev.fuselage.project.segment.FramePoses;
import dev.fuselage.project.segment.MergedFrames;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo writes its moving ego poses as KITTI odometry files, and they line frames up in one world frame. */
class DemoPosesTest {

    @Test
    void posesMoveWithTheCarAndMergeStaticStructureOntoItself(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("demo");
        DemoProject.createIfAbsent(dir, 6, DemoSceneGenerator.DEFAULT_SEED, ProgressListener.NONE);
        assertEquals(6, OdometryPoses.read(dir.resolve("data/poses.txt")).size());
        try (ProjectStore p = ProjectStore.open(dir)) {
            FramePoses poses = FramePoses.of(p).orElseThrow();
            List<String> frames = p.annotations().frames();
            assertTrue(poses.covers(frames));
            for (int i = 1; i < frames.size(); i++) {
                double[] a = poses.pose(frames.get(i - 1)).orElseThrow();
                double[] b = poses.pose(frames.get(i)).orElseThrow();
                // 8 m/s at 10 Hz, straight along lidar x (through the camera calibration and back)
                assertEquals(Street.EGO_SPEED * DemoSceneGenerator.FRAME_SECONDS, b[3] - a[3], 1e-6);
                assertEquals(0, b[7] - a[7], 1e-6);
                assertEquals(1, b[0], 1e-9);
            }
            KittiBinFormat bin = new KittiBinFormat();
            PointCloud first = bin.read(dir.resolve("data/velodyne/000000.bin"));
            PointCloud last = bin.read(dir.resolve("data/velodyne/000005.bin"));
            Map<String, PointCloud> clouds = new LinkedHashMap<>();
            clouds.put("000000", first);
            clouds.put("000005", last);
            MergedFrames merged = MergedFrames.merge(clouds, poses, "000000");
            // the street is static apart from a few actors: with the poses, frame 5's points fall into the voxels
            // frame 0 occupies; without them (4 m off) far fewer do
            double withPoses = overlap(merged.cloud(), first.size(), merged.cloud().size());
            PointCloud raw = new PointCloud(concat(first.x(), last.x()), concat(first.y(), last.y()),
                    concat(first.z(), last.z()));
            double without = overlap(raw, first.size(), raw.size());
            System.out.println("overlap with poses " + withPoses + ", without " + without);
            assertTrue(withPoses > 0.5 && withPoses > without + 0.15,
                    "overlap with poses " + withPoses + ", without " + without);
        }
    }

    /**
     * Share of points [from, to) in 0.2 m voxels that points [0, from) occupy, within 25 m of the origin and above
     * the road (the road and long facades look alike wherever the car is; poles, trees and windows do not).
     */
    private static double overlap(PointCloud c, int from, int to) {
        Set<Long> occupied = new HashSet<>();
        for (int i = 0; i < from; i++) {
            occupied.add(voxel(c.x()[i], c.y()[i], c.z()[i]));
        }
        int near = 0, hit = 0;
        for (int i = from; i < to; i++) {
            if (Math.hypot(c.x()[i], c.y()[i]) < 25 && c.z()[i] > -1.2) {
                near++;
                if (occupied.contains(voxel(c.x()[i], c.y()[i], c.z()[i]))) {
                    hit++;
                }
            }
        }
        return (double) hit / near;
    }

    private static long voxel(float x, float y, float z) {
        return (long) Math.floor(x / 0.2) * 1_000_000_000L + (long) Math.floor(y / 0.2) * 10_000L
                + (long) Math.floor(z / 0.2);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
