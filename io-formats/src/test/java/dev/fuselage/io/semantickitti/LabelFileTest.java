package dev.fuselage.io.semantickitti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .label} files round-trip bitwise, on generated labels and on the real SemanticKITTI sample. */
class LabelFileTest {
    private static final String SAMPLE = "semantickitti/mmdet3d-subset/sequences/00/labels/000000.label";

    @TempDir
    Path dir;

    @Test
    void generatedLabelsRoundTripBitwise() throws Exception {
        Random random = new Random(11);
        int[] packed = new int[100_003];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = random.nextInt(); // every bit pattern, sign bit included
        }
        packed[0] = 0xFFFFFFFF;
        packed[1] = 0;
        Path file = dir.resolve("a.label");
        LabelFile.write(packed, file);
        assertEquals(packed.length * 4L, Files.size(file));
        PointLabels labels = LabelFile.read(file, packed.length);
        assertEquals(0xFFFF, labels.semantic()[0]);
        assertEquals(0xFFFF, labels.instance()[0]);
        assertEquals(packed[7] & 0xFFFF, labels.semantic()[7]);
        assertEquals(packed[7] >>> 16, labels.instance()[7]);
        Path again = dir.resolve("b.label");
        LabelFile.write(labels, again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void realSampleRoundTripsBitwise() throws Exception {
        Path sample = TestData.file(SAMPLE);
        PointLabels labels = LabelFile.read(sample, 50);
        // the manifest's census of this file
        int[] s = labels.semantic();
        assertEquals(25, Arrays.stream(s).filter(v -> v == 50).count());
        assertEquals(17, Arrays.stream(s).filter(v -> v == 70).count());
        assertEquals(3, Arrays.stream(s).filter(v -> v == 71).count());
        assertEquals(2, Arrays.stream(s).filter(v -> v == 80).count());
        assertEquals(2, Arrays.stream(s).filter(v -> v == 0).count());
        assertEquals(1, Arrays.stream(s).filter(v -> v == 52).count());
        assertTrue(Arrays.stream(labels.instance()).allMatch(v -> v == 0));
        Path out = dir.resolve("000000.label");
        LabelFile.write(labels, out);
        assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(out));
    }

    @Test
    void badFilesFailNamingTheFile() throws Exception {
        Path odd = dir.resolve("odd.label");
        Files.write(odd, new byte[] {1, 2, 3, 4, 5});
        FormatException e = assertThrows(FormatException.class, () -> LabelFile.read(odd));
        assertTrue(e.getMessage().startsWith("odd.label: size 5 bytes"), e.getMessage());
        Path short1 = dir.resolve("short.label");
        LabelFile.write(new int[] {1, 2}, short1);
        e = assertThrows(FormatException.class, () -> LabelFile.read(short1, 3));
        assertTrue(e.getMessage().contains("holds 2 labels but its scan has 3 points"), e.getMessage());
        PointLabels wide = new PointLabels(new int[] {70000}, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> LabelFile.pack(wide));
    }

    @Test
    void posesAndCalibrationGiveLidarPoses() throws Exception {
        Path calib = dir.resolve("calib.txt");
        // KITTI odometry sequence 00's Tr (velodyne -> camera 0)
        Files.writeString(calib, "P0: 7.188560e+02 0 6.071928e+02 0 0 7.188560e+02 1.852157e+02 0 0 0 1 0\n"
                + "Tr: 4.276802385584e-04 -9.999672484946e-01 -8.084491683471e-03 -1.198459927713e-02 "
                + "-7.210626507497e-03 8.081198471645e-03 -9.999413164504e-01 -5.403984729748e-02 "
                + "9.999738645903e-01 4.859485810390e-04 -7.206933692422e-03 -2.921968648686e-01\n");
        double[] tr = OdometryCalib.readTr(calib);
        // camera 0 moves 2 m forward (camera z) and turns 0.1 rad about camera y
        double c = Math.cos(0.1), s = Math.sin(0.1);
        double[] cam = {c, 0, s, 0.3, 0, 1, 0, 0, -s, 0, c, 2, 0, 0, 0, 1};
        Path poses = dir.resolve("poses.txt");
        OdometryPoses.write(List.of(identity(), cam), poses);
        List<double[]> back = OdometryPoses.read(poses);
        assertArrayEquals(cam, back.get(1));
        double[] lidar = OdometryCalib.lidarPose(back.get(1), tr);
        // lidar x is forward: the 2 m forward of the camera is about +2 along lidar x
        assertEquals(2.0, lidar[3], 0.05);
        assertArrayEquals(cam, OdometryCalib.cameraPose(lidar, tr), 1e-9);
        assertArrayEquals(identity(), OdometryCalib.lidarPose(identity(), tr), 1e-6);
        Files.writeString(poses, "1 0 0 0 0 1 0 0 0 0 1\n");
        FormatException e = assertThrows(FormatException.class, () -> OdometryPoses.read(poses));
        assertTrue(e.getMessage().contains("poses.txt: line 1: 11 numbers"), e.getMessage());
        Files.writeString(calib, "P0: 1 2 3\n");
        e = assertThrows(FormatException.class, () -> OdometryCalib.readTr(calib));
        assertTrue(e.getMessage().contains("no 'Tr:' line"), e.getMessage());
    }

    private static double[] identity() {
        return new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    }
}
