package dev.fuselage.io.kitti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KittiLabelIOTest {
    @Test
    void readsAllLinesOfFrame1AndWritesThemBackTextually(@TempDir Path dir) throws IOException {
        Path src = TestData.file("kitti/object/training/label_2/000001.txt");
        List<KittiLabel> labels = KittiLabelIO.read(src);
        assertEquals(List.of("Truck", "Car", "Cyclist"), labels.stream().limit(3).map(KittiLabel::type).toList());
        assertTrue(labels.stream().skip(3).allMatch(KittiLabel::isDontCare));
        Path out = dir.resolve("000001.txt");
        KittiLabelIO.write(labels, out);
        assertEquals(Files.readAllLines(src).stream().map(String::strip).toList(), Files.readAllLines(out));
    }

    @Test
    void lidarConversionRoundTripsAndLandsOnThePoints() throws IOException {
        KittiCalibration calib = KittiCalibrationIO.read(TestData.file("kitti/object/training/calib/000001.txt"));
        PointCloud cloud = PointCloudIO.read(TestData.file("kitti/object/training/velodyne/000001.bin"));
        for (KittiLabel l : KittiLabelIO.read(TestData.file("kitti/object/training/label_2/000001.txt"))) {
            if (l.isDontCare()) {
                continue;
            }
            Cuboid box = KittiBoxes.toLidar(l, calib);
            assertEquals(KittiBoxes.normalize(-l.rotationY() - Math.PI / 2), box.yaw(), 0.02, l.type());
            double[] back = KittiBoxes.toCamera(box, calib);
            assertEquals(l.x(), back[0], 1e-9);
            assertEquals(l.y(), back[1], 1e-9);
            assertEquals(l.z(), back[2], 1e-9);
            // the heading is projected onto the ground plane, so the slight tilt of R0_rect costs ~1e-4 rad
            assertEquals(l.rotationY(), back[3], 2e-3);
            int inside = 0;
            for (int i = 0; i < cloud.size(); i++) {
                if (box.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])) {
                    inside++;
                }
            }
            // every labeled object in this frame is hit by lidar (the car at 58 m by 9 points): a wrong
            // transform leaves its box empty
            assertTrue(inside >= 5, l.type() + " box holds only " + inside + " points");
        }
    }

    @Test
    void badLinesNameFileAndLine(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("000009.txt"), "Car 0.00 0 1.0 1 2 3 4 1.5 1.6 3.9 1 2 3\n");
        FormatException e = assertThrows(FormatException.class, () -> KittiLabelIO.read(f));
        assertTrue(e.getMessage().startsWith("000009.txt: line 1 has 14 object fields"), e.getMessage());
        Path g = Files.writeString(dir.resolve("g.txt"), "\nCar 0.00 0 x 1 2 3 4 1.5 1.6 3.9 1 2 3 0\n");
        e = assertThrows(FormatException.class, () -> KittiLabelIO.read(g));
        assertTrue(e.getMessage().startsWith("g.txt: line 2 field 4 is not a number"), e.getMessage());
    }
}
