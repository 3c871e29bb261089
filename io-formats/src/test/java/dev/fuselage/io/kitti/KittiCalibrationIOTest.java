package dev.fuselage.io.kitti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KittiCalibrationIOTest {
    static Stream<Path> calibs() throws IOException {
        return Stream.concat(Files.list(TestData.file("kitti/object/training/calib")),
                Files.list(TestData.file("kitti/object/testing/calib"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("calibs")
    void objectCalibrationsReadAndRoundTrip(Path file, @TempDir Path dir) throws IOException {
        KittiCalibration c = KittiCalibrationIO.read(file);
        assertTrue(c.projection(2)[0] > 600, "focal length in pixels");
        assertEquals(c.projection(2)[0], c.projection(2)[5], 1e-9);
        assertTrue(c.trImuToVelo().isPresent());
        Path out = dir.resolve("calib.txt");
        KittiCalibrationIO.write(c, out);
        assertEquals(c, KittiCalibrationIO.read(out));
    }

    @Test
    void rectToVeloInvertsVeloToRect() throws IOException {
        KittiCalibration c = KittiCalibrationIO.read(TestData.file("kitti/object/training/calib/000001.txt"));
        double[] id = dev.fuselage.core.geometry.Affine4.mul(c.rectToVelo4x4(), c.veloToRect4x4());
        for (int i = 0; i < 16; i++) {
            assertEquals(i % 5 == 0 ? 1 : 0, id[i], 1e-9, "element " + i);
        }
    }

    @Test
    void rawDataLayoutReadsAndRoundTrips(@TempDir Path dir) throws IOException {
        Path drive = Files.createDirectories(dir.resolve("2011_09_26"));
        Files.writeString(drive.resolve("calib_velo_to_cam.txt"), """
                calib_time: 15-Mar-2012 11:37:16
                R: 7.533745e-03 -9.999714e-01 -6.166020e-04 1.480249e-02 7.280733e-04 -9.998902e-01 9.998621e-01 7.523790e-03 1.480755e-02
                T: -4.069766e-03 -7.631618e-02 -2.717806e-01
                delta_f: 0.000000e+00 0.000000e+00
                delta_c: 0.000000e+00 0.000000e+00
                """);
        StringBuilder cam = new StringBuilder("calib_time: 09-Jan-2012 13:57:47\ncorner_dist: 9.950000e-02\n");
        for (int i = 0; i < 4; i++) {
            String s = "_0" + i;
            cam.append("S").append(s).append(": 1.392000e+03 5.120000e+02\n");
            cam.append("K").append(s).append(": 9.842439e+02 0.000000e+00 6.900000e+02 0.000000e+00 9.808141e+02 "
                    + "2.331966e+02 0.000000e+00 0.000000e+00 1.000000e+00\n");
            cam.append("D").append(s).append(": -3.728755e-01 2.037299e-01 2.219027e-03 1.383707e-03 -7.233722e-02\n");
            cam.append("R").append(s).append(": 1 0 0 0 1 0 0 0 1\n");
            cam.append("T").append(s).append(": 2.573699e-16 -1.059758e-16 1.614870e-16\n");
            cam.append("S_rect").append(s).append(": 1.242000e+03 3.750000e+02\n");
            cam.append("R_rect").append(s).append(": 9.999239e-01 9.837760e-03 -7.445048e-03 -9.869795e-03 "
                    + "9.999421e-01 -4.278459e-03 7.402527e-03 4.351614e-03 9.999631e-01\n");
            cam.append("P_rect").append(s).append(": 7.215377e+02 0.000000e+00 6.095593e+02 ").append(-i * 100)
                    .append(".0 0.000000e+00 7.215377e+02 1.728540e+02 0.0 0.0 0.0 1.0 0.0\n");
        }
        Files.writeString(drive.resolve("calib_cam_to_cam.txt"), cam);
        KittiCalibration c = KittiCalibrationIO.read(drive);
        assertEquals(-300, c.projection(3)[3]);
        assertEquals(-4.069766e-03, c.trVeloToCam()[3]);
        assertEquals(-9.999714e-01, c.trVeloToCam()[1]);
        assertEquals(9.999239e-01, c.r0Rect()[0]);
        assertEquals("09-Jan-2012 13:57:47", c.extras().get("cam_to_cam.calib_time"));
        Path again = Files.createDirectories(dir.resolve("again"));
        KittiCalibrationIO.writeRaw(c, again);
        assertEquals(c, KittiCalibrationIO.read(again.resolve("calib_cam_to_cam.txt")));
        assertEquals(Files.readString(drive.resolve("calib_velo_to_cam.txt")).lines().count(),
                Files.readString(again.resolve("calib_velo_to_cam.txt")).lines().count());
    }

    @Test
    void brokenCalibrationsNameFileAndProblem(@TempDir Path dir) throws IOException {
        String good = Files.readString(TestData.file("kitti/object/training/calib/000000.txt"));
        Path missing = Files.writeString(dir.resolve("a.txt"), good.replaceAll("(?m)^Tr_velo_to_cam:.*$", ""));
        assertMessage("a.txt: no Tr_velo_to_cam line", missing);
        Path short11 = Files.writeString(dir.resolve("b.txt"), good.replaceAll("(?m)^(P2:.*) \\S+$", "$1"));
        assertMessage("b.txt: P2 has 11 values, expected 12", short11);
        Path nan = Files.writeString(dir.resolve("c.txt"), good.replaceFirst("P1: \\S+", "P1: Infinity"));
        assertMessage("c.txt: P1 value 1 is not finite", nan);
        Path junk = Files.writeString(dir.resolve("d.txt"), "hello world\n");
        assertMessage("d.txt: line 1 is not 'KEY: values'", junk);
        Path empty = Files.writeString(dir.resolve("e.txt"), "");
        assertMessage("e.txt: empty calibration file", empty);
        assertMessage("nope.txt: no such calibration file", dir.resolve("nope.txt"));
    }

    private static void assertMessage(String expectedStart, Path file) {
        FormatException e = assertThrows(FormatException.class, () -> KittiCalibrationIO.read(file));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void formatIsExactForArbitraryDoubles() {
        for (double d : new double[] {0.1 + 0.2, Math.PI, -1.0 / 3, 7.215377e+02, 1e-300}) {
            assertEquals(d, Double.parseDouble(KittiCalibrationIO.format(d)));
        }
        assertArrayEquals(new double[] {1}, new double[] {Double.parseDouble(KittiCalibrationIO.format(1))});
    }
}
