package dev.fuselage.io.las;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shared LAS/LAZ fixtures with the facts MANIFEST.md states about them, and column comparisons. */
final class LasFixtures {
    /** A shared file, its point count, LAS version and point format as MANIFEST.md lists them. */
    record Fixture(String path, int points, String version, int pointFormat) {
        Path file() {
            return TestData.file(path);
        }

        boolean compressed() {
            return path.endsWith(".laz");
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** The truncated fixture: header claims 1065 points, the file stops after the header. */
    static final String BROKEN = "las/pdal/permutations/1.2-no-points.las";

    static final List<Fixture> ALL = List.of(
            new Fixture("las/simple.las", 1065, "1.2", 3),
            new Fixture("las/simple.laz", 1065, "1.2", 3),
            new Fixture("las/simple1_1.las", 1065, "1.1", 1),
            new Fixture("las/simple1_3.las", 999, "1.3", 4),
            new Fixture("las/simple1_4.las", 22600, "1.4", 7),
            new Fixture("las/1_4_w_evlr.las", 1000, "1.4", 6),
            new Fixture("las/1_4_w_evlr.laz", 1000, "1.4", 6),
            new Fixture("las/extrabytes.las", 1065, "1.4", 3),
            new Fixture("las/plane.laz", 28185, "1.2", 3),
            new Fixture("las/autzen_trim.laz", 110000, "1.2", 3),
            new Fixture("las/pdal/autzen_trim_7.las", 110000, "1.4", 7),
            new Fixture("las/pdal/1.2-with-color.las", 1065, "1.2", 3),
            new Fixture("las/pdal/no-points.las", 0, "1.2", 3),
            new Fixture("las/pdal/sample_c_thin.las", 2732, "1.2", 3),
            new Fixture("las/pdal/simple-laszip-compressor-version-1.2r0.laz", 1065, "1.2", 3),
            new Fixture("las/pdal/permutations/1.0_0.las", 1, "1.0", 0),
            new Fixture("las/pdal/permutations/1.0_1.las", 1, "1.0", 1),
            new Fixture("las/pdal/permutations/1.1_0.las", 1, "1.1", 0),
            new Fixture("las/pdal/permutations/1.1_1.las", 1, "1.1", 1),
            new Fixture("las/pdal/permutations/1.2_0.las", 1, "1.2", 0),
            new Fixture("las/pdal/permutations/1.2_1.las", 1, "1.2", 1),
            new Fixture("las/pdal/permutations/1.2_2.las", 1, "1.2", 2),
            new Fixture("las/pdal/permutations/1.2_3.las", 1, "1.2", 3));

    private LasFixtures() {
    }

    static Stream<Fixture> all() {
        return ALL.stream();
    }

    static Stream<Fixture> uncompressed() {
        return ALL.stream().filter(f -> !f.compressed());
    }

    /** Every .las/.laz file under the shared las folder, relative to the data root. */
    static List<String> filesOnDisk() throws IOException {
        Path root = TestData.root();
        try (Stream<Path> s = Files.walk(TestData.file("las"))) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".las") || p.endsWith(".laz"))
                    .sorted().toList();
        }
    }

    /** Same columns (names, types, components, order) with bit-identical values. */
    static void assertSameColumns(PointCloud expected, PointCloud actual) {
        assertEquals(expected.columns().toString(), actual.columns().toString(), "column list");
        for (AttributeColumn e : expected.columns()) {
            AttributeColumn a = actual.column(e.name()).orElseThrow();
            assertArrayContentEquals(e, a);
        }
    }

    static void assertArrayContentEquals(AttributeColumn e, AttributeColumn a) {
        Object x = e.array();
        Object y = a.array();
        String m = "column " + e.name();
        if (x instanceof byte[] b) {
            assertArrayEquals(b, (byte[]) y, m);
        } else if (x instanceof short[] s) {
            assertArrayEquals(s, (short[]) y, m);
        } else if (x instanceof int[] i) {
            assertArrayEquals(i, (int[]) y, m);
        } else if (x instanceof long[] l) {
            assertArrayEquals(l, (long[]) y, m);
        } else if (x instanceof float[] f) {
            int[] fb = new int[f.length];
            int[] gb = new int[f.length];
            float[] g = (float[]) y;
            assertEquals(f.length, g.length, m);
            for (int k = 0; k < f.length; k++) {
                fb[k] = Float.floatToRawIntBits(f[k]);
                gb[k] = Float.floatToRawIntBits(g[k]);
            }
            assertArrayEquals(fb, gb, m);
        } else {
            double[] d = (double[]) x;
            double[] g = (double[]) y;
            assertEquals(d.length, g.length, m);
            for (int k = 0; k < d.length; k++) {
                assertEquals(Double.doubleToRawLongBits(d[k]), Double.doubleToRawLongBits(g[k]), m + " point " + k);
            }
        }
    }

    /** The integer a writer would store for point i (from the cloud's world position and its LAS grid). */
    static long quantized(PointCloud c, int i, int axis) {
        double[] scale = LasMetadata.triple(c.metadata().get(LasMetadata.SCALE));
        double[] offset = LasMetadata.triple(c.metadata().get(LasMetadata.OFFSET));
        double world = axis == 0 ? c.worldX(i) : axis == 1 ? c.worldY(i) : c.worldZ(i);
        return Math.round((world - offset[axis]) / scale[axis]);
    }
}
