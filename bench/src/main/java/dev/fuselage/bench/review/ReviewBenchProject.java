package dev.fuselage.bench.review;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A generated tracked sequence for the review benchmarks, in a KITTI object layout so every check has data: per
 * frame a cloud (a 78 x 30 m ground grid at 0.5 m plus 120 points in each object where it is in that frame,
 * about 11,600 points), the KITTI training 000001 calibration and a 1242x375 image (both hard-linked
 * from one file), and as labels 12 cars in four lanes and 6 pedestrians on the pavements, on tracks that run through
 * the whole sequence, swaying to and fro, plus two short tracks that start and end inside it. The project is built directly in
 * the store (one transaction), with {@code occluded} and {@code truncated} set as the KITTI ontology requires.
 */
public final class ReviewBenchProject {
    static final double[][] P = {
        {721.5377, 0, 609.5593, 0, 0, 721.5377, 172.854, 0, 0, 0, 1, 0},
        {721.5377, 0, 609.5593, -387.5744, 0, 721.5377, 172.854, 0, 0, 0, 1, 0},
        {721.5377, 0, 609.5593, 44.85728, 0, 721.5377, 172.854, 0.2163791, 0, 0, 1, 0.002745884},
        {721.5377, 0, 609.5593, -339.5242, 0, 721.5377, 172.854, 2.199936, 0, 0, 1, 0.002729905}};
    static final double[] R0_RECT = {0.9999239, 0.00983776, -0.007445048, -0.009869795, 0.9999421, -0.004278459,
        0.007402527, 0.004351614, 0.9999631};
    static final double[] TR_VELO_TO_CAM = {0.007533745, -0.9999714, -0.000616602, -0.004069766, 0.01480249,
        0.0007280733, -0.9998902, -0.07631618, 0.9998621, 0.00752379, 0.01480755, -0.2717806};
    /** Ground height in the lidar frame (sensor 1.73 m up, as in KITTI). */
    static final double GROUND = -1.73;

    private ReviewBenchProject() {
    }

    /** Generates the data and the project in {@code dir}/data and {@code dir}/project. */
    public static ProjectStore generate(Path dir, int frames, long seed) throws IOException {
        Path data = dir.resolve("data");
        for (String d : new String[] {"velodyne", "calib", "image_2"}) {
            Files.createDirectories(data.resolve(d));
        }
        Path calib = data.resolve("calib.src");
        KittiCalibrationIO.write(new KittiCalibration(P, R0_RECT, TR_VELO_TO_CAM, Optional.empty(), Map.of()), calib);
        Path image = data.resolve("image.src");
        ImageIO.write(new BufferedImage(1242, 375, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Random rnd = new Random(seed);
        List<Mover> movers = new ArrayList<>();
        // four lanes of three cars 20 m apart; a lane's cars sway together, so they never run into each other
        for (int k = 0; k < 12; k++) {
            int lane = k / 3;
            movers.add(new Mover(k + 1, "Car", 20 + 20 * (k % 3), lane * 3.5 - 5.25, 8, 300 + 60 * lane,
                    lane < 2 ? Math.PI : 0, 3.9 + rnd.nextDouble() * 0.6, 1.6 + rnd.nextDouble() * 0.2,
                    1.5 + rnd.nextDouble() * 0.1, 0, frames));
        }
        // pedestrians on the pavements, walking slowly to and fro
        for (int k = 0; k < 6; k++) {
            movers.add(new Mover(20 + k, "Pedestrian", 22 + 8 * (k / 2), k % 2 == 0 ? 9.5 : -9.5, 3, 700, 0,
                    0.8, 0.6, 1.75, 0, frames));
        }
        // two tracks that start and end inside the sequence
        movers.add(new Mover(40, "Car", 30, 0, 5, 400, 0, 4.2, 1.7, 1.5, frames / 4, frames / 2));
        movers.add(new Mover(41, "Cyclist", 25, -7.5, 6, 500, 0, 1.8, 0.6, 1.7, frames / 3, 2 * frames / 3));

        List<String> ids = new ArrayList<>();
        List<ObjectAnnotation> objects = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            String id = String.format("%06d", f);
            ids.add(id);
            List<Cuboid> boxes = new ArrayList<>();
            for (Mover m : movers) {
                if (f < m.first || f >= m.end) {
                    continue;
                }
                Cuboid box = m.box(f);
                boxes.add(box);
                objects.add(new ObjectAnnotation(ObjectId.random(), id, TrackId.of(m.track), m.cls,
                        Map.of("occluded", "0", "truncated", 0.0), box, Source.MANUAL, true));
            }
            writeCloud(data.resolve("velodyne").resolve(id + ".bin"), boxes, rnd);
            link(calib, data.resolve("calib").resolve(id + ".txt"));
            link(image, data.resolve("image_2").resolve(id + ".png"));
        }
        ProjectStore p = ProjectStore.create(dir.resolve("project"), ProjectDescriptor.of("review bench", "KITTI",
                List.of(new SourceRef("kitti-object", data.toString()))));
        AnnotationStore store = p.annotations();
        store.registerFrames(ids);
        Set<String> all = new HashSet<>(ids);
        store.edit(new EditRecord(EditAction.DO, "Generate", all), () -> objects.forEach(store::putObject));
        return p;
    }

    /**
     * A second labelling of the same sequence, as another annotator would make it: every box jittered by up to
     * {@code jitter} metres, 2% of boxes left out, 1% given another class.
     */
    public static ProjectStore relabel(ProjectStore original, Path folder, double jitter, long seed)
            throws IOException {
        Random rnd = new Random(seed);
        ProjectStore p = ProjectStore.create(folder, original.descriptor());
        AnnotationStore store = p.annotations();
        List<String> frames = original.annotations().frames();
        store.registerFrames(frames);
        List<ObjectAnnotation> out = new ArrayList<>();
        for (ObjectAnnotation o : original.annotations().allObjects()) {
            if (rnd.nextDouble() < 0.02) {
                continue;
            }
            Cuboid b = o.box();
            ObjectAnnotation moved = o.withBox(b.withCenter(b.cx() + (rnd.nextDouble() * 2 - 1) * jitter,
                    b.cy() + (rnd.nextDouble() * 2 - 1) * jitter, b.cz()));
            out.add(rnd.nextDouble() < 0.01 ? moved.withClassName("Van") : moved);
        }
        store.edit(new EditRecord(EditAction.DO, "Relabel", new HashSet<>(frames)), () -> out.forEach(store::putObject));
        return p;
    }

    /** An object swaying along x by {@code amplitude} metres with the given period, over frames {@code [first, end)}. */
    private record Mover(long track, String cls, double x0, double y0, double amplitude, double period, double yaw,
                         double l, double w, double h, int first, int end) {
        Cuboid box(int frame) {
            double x = x0 + amplitude * Math.sin(2 * Math.PI * (frame - first) / period);
            return Cuboid.upright(x, y0, GROUND + h / 2, l, w, h, yaw);
        }
    }

    private static void writeCloud(Path file, List<Cuboid> boxes, Random rnd) throws IOException {
        List<float[]> pts = new ArrayList<>();
        for (double x = 2; x < 80; x += 0.5) {
            for (double y = -15; y < 15; y += 0.5) {
                pts.add(new float[] {(float) x, (float) y, (float) (GROUND + rnd.nextGaussian() * 0.02)});
            }
        }
        for (Cuboid b : boxes) {
            // the visible faces of the object: 120 points on its sides and top
            for (int i = 0; i < 120; i++) {
                double u = (rnd.nextDouble() - 0.5) * b.length() * 0.95;
                double v = (rnd.nextDouble() - 0.5) * b.width() * 0.95;
                double z = b.cz() + (rnd.nextDouble() - 0.5) * b.height() * 0.95;
                pts.add(new float[] {(float) (b.cx() + u), (float) (b.cy() + v), (float) z});
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(pts.size() * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] p : pts) {
            buf.putFloat(p[0]).putFloat(p[1]).putFloat(p[2]).putFloat(0.5f);
        }
        Files.write(file, buf.array());
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target);
        }
    }
}
