package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.viewer.SceneLoader;
import dev.fuselage.ontology.Presets;
import dev.fuselage.testkit.TestData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #3, acceptance 2: {@code fuselage render} of KITTI 000001 with its labels draws the boxes on the scan. */
class RenderCommandTest {
    private static final Path TRAINING = TestData.file("kitti/object/training");

    @Test
    void rendersKittiFrameWithItsBoxesInTheirClassColours(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("000001.png");
        CommandLineTest.Result r = CommandLineTest.run("render", TRAINING.resolve("velodyne/000001.bin").toString(),
                "--labels", TRAINING.resolve("label_2/000001.txt").toString(),
                "--calib", TRAINING.resolve("calib/000001.txt").toString(),
                "--out", out.toString(), "--view", "bev", "--target", "40,0,0", "--pixels-per-metre", "10",
                "--width", "800", "--height", "700", "--backend", "cpu");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 boxes"), r.out());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(700, img.getHeight());
        for (String type : new String[] {"Truck", "Car", "Cyclist"}) {
            int argb = SceneLoader.classColor(Presets.kitti(), type);
            // BEV is metric: the box outline must be drawn within a few pixels of where the label puts it
            int[] px = expectedBevPixel(type);
            assertTrue(hasColourNear(img, argb, px[0], px[1], 25), type + " box not drawn near " + px[0] + "," + px[1]);
        }
    }

    /** Pixel of a label's lidar-frame centre in the 10 px/m BEV centred on (40, 0), x forward = up. */
    private static int[] expectedBevPixel(String type) throws Exception {
        SceneLoader.LoadedScene s = SceneLoader.load(TRAINING.resolve("velodyne/000001.bin"),
                java.util.Optional.of(TRAINING.resolve("label_2/000001.txt")),
                java.util.Optional.of(TRAINING.resolve("calib/000001.txt")), Presets.kitti());
        int i = s.boxClasses().indexOf(type);
        var box = s.boxes().get(i).box();
        return new int[] {(int) Math.round(400 - box.cy() * 10), (int) Math.round(350 - (box.cx() - 40) * 10)};
    }

    private static boolean hasColourNear(BufferedImage img, int argb, int cx, int cy, int radius) {
        for (int y = Math.max(0, cy - radius); y < Math.min(img.getHeight(), cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x < Math.min(img.getWidth(), cx + radius); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (argb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void labelsWithoutCalibrationAreRefusedWithoutWritingAnything(@TempDir Path dir) {
        Path out = dir.resolve("x.png");
        CommandLineTest.Result r = CommandLineTest.run("render", TRAINING.resolve("velodyne/000001.bin").toString(),
                "--labels", TRAINING.resolve("label_2/000001.txt").toString(), "--out", out.toString(),
                "--backend", "cpu");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("000001.txt: KITTI labels are in the camera frame"), r.err());
        assertFalse(Files.exists(out));
        CommandLineTest.Result bad = CommandLineTest.run("render", TRAINING.resolve("velodyne/000001.bin").toString(),
                "--out", out.toString(), "--view", "sideways");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--view must be bev or orbit"), bad.err());
    }
}
