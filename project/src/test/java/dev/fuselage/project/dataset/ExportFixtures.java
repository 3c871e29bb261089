package dev.fuselage.project.dataset;

import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

/** Generated KITTI object folders for export tests and timings. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /**
     * A KITTI object layout with {@code frames} frames: a 1,000-point cloud each, the real calibration and image of
     * training frame 000000 (hard-linked, so 1,000 frames cost no space), and five cars on the road ahead.
     */
    static Path kittiFolder(Path root, int frames, long seed) throws IOException {
        Path real = TestData.file("kitti/object/training");
        Random rnd = new Random(seed);
        for (String d : new String[] {"velodyne", "calib", "image_2", "label_2"}) {
            Files.createDirectories(root.resolve(d));
        }
        ByteBuffer cloud = ByteBuffer.allocate(1000 * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 1000; i++) {
            cloud.putFloat(5 + rnd.nextFloat() * 40).putFloat(rnd.nextFloat() * 20 - 10).putFloat(-1.5f)
                    .putFloat(rnd.nextFloat());
        }
        Path cloudFile = root.resolve("cloud.bin.src");
        Files.write(cloudFile, cloud.array());
        for (int f = 0; f < frames; f++) {
            String id = String.format("%06d", f);
            link(cloudFile, root.resolve("velodyne").resolve(id + ".bin"));
            link(real.resolve("calib/000000.txt"), root.resolve("calib").resolve(id + ".txt"));
            link(real.resolve("image_2/000000.png"), root.resolve("image_2").resolve(id + ".png"));
            List<KittiLabel> labels = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                double x = -6 + 3 * k + rnd.nextDouble();
                double z = 12 + 6 * k + rnd.nextDouble() * 3;
                labels.add(new KittiLabel("Car", 0, 0, 0, 0, 0, 0, 0, 1.5, 1.6, 3.9, x, 1.7, z,
                        rnd.nextDouble() * 3 - 1.5, OptionalDouble.empty()));
            }
            labels.add(new KittiLabel(KittiLabel.DONT_CARE, -1, -1, -10, 10, 170, 60, 190, -1, -1, -1, -1000, -1000,
                    -1000, -10, OptionalDouble.empty()));
            KittiLabelIO.write(labels, root.resolve("label_2").resolve(id + ".txt"));
        }
        Files.delete(cloudFile);
        return root;
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target);
        }
    }
}
