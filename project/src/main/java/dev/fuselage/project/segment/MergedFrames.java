package dev.fuselage.project.segment;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Affine4;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several consecutive frames shown as one cloud in the lidar frame of a reference frame, through their ego poses:
 * point {@code k} of the merged cloud is point {@link #localIndex(int)} of frame {@link #frameOf(int)}. A selection
 * over the merged cloud splits back into each frame's own indices ({@link #split}), so a stroke labels every frame's
 * own points. Moving objects smear across frames; the user picks the span.
 */
public final class MergedFrames {
    private final List<String> frameIds;
    private final int[] offsets;
    private final PointCloud cloud;
    /** Each frame's sensor position in the reference frame, {@code 3 * slot}. */
    private final double[] sensors;

    private MergedFrames(List<String> frameIds, int[] offsets, PointCloud cloud, double[] sensors) {
        this.frameIds = frameIds;
        this.offsets = offsets;
        this.cloud = cloud;
        this.sensors = sensors;
    }

    /**
     * Merges {@code clouds} (frame id → cloud, in display order) into the lidar frame of {@code reference}.
     *
     * @throws IllegalArgumentException when a frame, or the reference, has no pose
     */
    public static MergedFrames merge(Map<String, PointCloud> clouds, FramePoses poses, String reference) {
        double[] ref = poses.pose(reference).orElseThrow(
                () -> new IllegalArgumentException("frame " + reference + " has no ego pose"));
        double[] refInverse = Affine4.invertRigid(ref);
        List<String> ids = new ArrayList<>(clouds.keySet());
        int[] offsets = new int[ids.size() + 1];
        for (int f = 0; f < ids.size(); f++) {
            offsets[f + 1] = offsets[f] + clouds.get(ids.get(f)).size();
        }
        float[] x = new float[offsets[ids.size()]], y = new float[x.length], z = new float[x.length];
        double[] sensors = new double[3 * ids.size()];
        for (int f = 0; f < ids.size(); f++) {
            String id = ids.get(f);
            double[] pose = poses.pose(id).orElseThrow(
                    () -> new IllegalArgumentException("frame " + id + " has no ego pose"));
            double[] m = Affine4.mul(refInverse, pose); // this frame's lidar → reference lidar
            sensors[3 * f] = m[3]; // the frame's lidar origin
            sensors[3 * f + 1] = m[7];
            sensors[3 * f + 2] = m[11];
            PointCloud c = clouds.get(id);
            for (int i = 0; i < c.size(); i++) {
                double px = c.worldX(i), py = c.worldY(i), pz = c.worldZ(i);
                int k = offsets[f] + i;
                x[k] = (float) (m[0] * px + m[1] * py + m[2] * pz + m[3]);
                y[k] = (float) (m[4] * px + m[5] * py + m[6] * pz + m[7]);
                z[k] = (float) (m[8] * px + m[9] * py + m[10] * pz + m[11]);
            }
        }
        return new MergedFrames(List.copyOf(ids), offsets, new PointCloud(x, y, z), sensors);
    }

    /** The merged points, in the reference frame's lidar coordinates. */
    public PointCloud cloud() {
        return cloud;
    }

    /** The merged frames, in order. */
    public List<String> frameIds() {
        return frameIds;
    }

    /** Where frame {@code slot}'s (its place in {@link #frameIds()}) lidar was, in the reference frame: x, y, z. */
    public double[] sensorPosition(int slot) {
        return new double[] {sensors[3 * slot], sensors[3 * slot + 1], sensors[3 * slot + 2]};
    }

    /** The first merged index of frame {@code slot}; {@code slot = frameIds().size()} gives the point count. */
    public int offset(int slot) {
        return offsets[slot];
    }

    /** The frame merged point {@code k} comes from. */
    public String frameOf(int k) {
        return frameIds.get(frameSlot(k));
    }

    /** The index of merged point {@code k} in its own frame. */
    public int localIndex(int k) {
        return k - offsets[frameSlot(k)];
    }

    /** The merged index of point {@code i} of frame {@code frameId}. */
    public int mergedIndex(String frameId, int i) {
        return offsets[frameIds.indexOf(frameId)] + i;
    }

    /** Each frame's own point count. */
    public Map<String, Integer> pointCounts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int f = 0; f < frameIds.size(); f++) {
            out.put(frameIds.get(f), offsets[f + 1] - offsets[f]);
        }
        return out;
    }

    /** A selection of merged indices as frame id → that frame's own indices (frames without any left out). */
    public Map<String, int[]> split(int[] merged) {
        int[] sorted = merged.clone();
        Arrays.sort(sorted);
        Map<String, int[]> out = new LinkedHashMap<>();
        int k = 0;
        for (int f = 0; f < frameIds.size(); f++) {
            int start = k;
            while (k < sorted.length && sorted[k] < offsets[f + 1]) {
                k++;
            }
            if (k > start) {
                int[] local = new int[k - start];
                for (int j = start; j < k; j++) {
                    local[j - start] = sorted[j] - offsets[f];
                }
                out.put(frameIds.get(f), local);
            }
        }
        return out;
    }

    private int frameSlot(int k) {
        int pos = Arrays.binarySearch(offsets, k);
        int slot = pos >= 0 ? pos : -pos - 2;
        // empty frames share an offset: take the last frame starting at or before k that has points
        while (slot + 1 < offsets.length - 1 && offsets[slot + 1] <= k) {
            slot++;
        }
        if (k < 0 || k >= offsets[offsets.length - 1]) {
            throw new IndexOutOfBoundsException("merged index " + k + " outside 0.." + (offsets[offsets.length - 1] - 1));
        }
        return slot;
    }
}
