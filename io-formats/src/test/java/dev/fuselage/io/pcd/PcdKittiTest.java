package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PCL wrote KITTI testing frame 000000 in all three encodings: each must give the .bin's floats bit for bit. */
class PcdKittiTest {
    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary", "binary_compressed"})
    void pclsKittiFrameEqualsTheVelodyneScanBitForBit(String encoding) throws IOException {
        PointCloud bin = new KittiBinFormat().read(TestData.file("kitti/object/testing/velodyne/000000.bin"));
        PointCloud pcd = new PcdFormat().read(TestData.file("pcd/kitti-testing-000000-" + encoding + ".pcd"));
        assertEquals(125635, bin.size());
        assertSameFloats(bin, pcd);
        assertEquals(encoding, pcd.metadata().get("pcd.encoding"));
    }

    /** Positions and intensity equal bit for bit, point by point, in order. */
    static void assertSameFloats(PointCloud expected, PointCloud actual) {
        assertEquals(expected.size(), actual.size());
        float[] ei = expected.column(StandardAttributes.INTENSITY).orElseThrow().floats();
        float[] ai = actual.column(StandardAttributes.INTENSITY).orElseThrow().floats();
        for (int i = 0; i < expected.size(); i++) {
            int j = i;
            assertEquals(bits(expected.x()[i]), bits(actual.x()[i]), () -> "x " + j);
            assertEquals(bits(expected.y()[i]), bits(actual.y()[i]), () -> "y " + j);
            assertEquals(bits(expected.z()[i]), bits(actual.z()[i]), () -> "z " + j);
            assertEquals(bits(ei[i]), bits(ai[i]), () -> "intensity " + j);
        }
    }

    private static int bits(float f) {
        return Float.floatToRawIntBits(f);
    }
}
