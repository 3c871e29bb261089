package dev.fuselage.io.las;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** LAS-to-LAS (and LAZ-to-LAS) writes lose nothing: every shared file, read, written, read again. */
class LasRoundTripTest {
    @TempDir
    Path tmp;

    static Stream<LasFixtures.Fixture> all() {
        return LasFixtures.all();
    }

    static Stream<LasFixtures.Fixture> uncompressed() {
        return LasFixtures.uncompressed();
    }

    @ParameterizedTest
    @MethodSource("all")
    void everyColumnAndEveryIntegerSurvives(LasFixtures.Fixture f) throws IOException {
        PointCloud original = PointCloudIO.read(f.file());
        Path out = tmp.resolve("copy.las");
        PointCloudIO.write(original, out, WriteOptions.DEFAULT);
        PointCloud copy = PointCloudIO.read(out);

        assertEquals(original.size(), copy.size());
        LasFixtures.assertSameColumns(original, copy);
        for (String key : List.of(LasMetadata.POINT_FORMAT, LasMetadata.VERSION, LasMetadata.SCALE,
                LasMetadata.OFFSET, LasMetadata.RECORD_LENGTH, LasMetadata.GLOBAL_ENCODING,
                LasMetadata.SYSTEM_IDENTIFIER, LasMetadata.PROJECT_GUID, LasMetadata.FILE_SOURCE_ID)) {
            assertEquals(original.metadata().get(key), copy.metadata().get(key), key);
        }
        RawLas written = RawLas.of(out);
        for (int i = 0; i < original.size(); i++) {
            for (int a = 0; a < 3; a++) {
                long expected = original.column(new String[] {"raw_x", "raw_y", "raw_z"}[a])
                        .map(c -> c.getLong(0)).isPresent()
                        ? original.column(new String[] {"raw_x", "raw_y", "raw_z"}[a]).orElseThrow().getLong(i)
                        : LasFixtures.quantized(original, i, a);
                assertEquals(expected, written.raw(i, a), f + " point " + i + " axis " + a);
            }
        }
    }

    /** Same point format, same extra bytes: the written records are the source records, byte for byte. */
    @ParameterizedTest
    @MethodSource("uncompressed")
    void pointRecordsAreByteIdentical(LasFixtures.Fixture f) throws IOException {
        PointCloud original = PointCloudIO.read(f.file());
        Path out = tmp.resolve("copy.las");
        PointCloudIO.write(original, out, WriteOptions.DEFAULT);
        RawLas source = RawLas.of(f.file());
        RawLas written = RawLas.of(out);
        assertEquals(source.pointFormat(), written.pointFormat());
        assertEquals(source.recordLength(), written.recordLength());
        assertEquals(source.count(), written.count());
        for (int i = 0; i < source.count(); i++) {
            assertArrayEquals(source.record(i), written.record(i), f + " record " + i);
        }
    }

    /** LAZ written as LAS gives the records of the uncompressed twin. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"las/simple.laz, las/simple.las",
        "las/1_4_w_evlr.laz, las/1_4_w_evlr.las",
        "las/pdal/simple-laszip-compressor-version-1.2r0.laz, las/simple.las"})
    void lazDecompressesToTheRecordsOfItsTwin(String laz, String las) throws IOException {
        Path out = tmp.resolve("unzipped.las");
        PointCloudIO.write(PointCloudIO.read(dev.fuselage.testkit.TestData.file(laz)), out, WriteOptions.DEFAULT);
        RawLas twin = RawLas.of(dev.fuselage.testkit.TestData.file(las));
        RawLas written = RawLas.of(out);
        assertEquals(twin.count(), written.count());
        for (int i = 0; i < twin.count(); i++) {
            assertArrayEquals(twin.record(i), written.record(i), "record " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("uncompressed")
    void vlrsAndEvlrsAreWrittenBack(LasFixtures.Fixture f) throws IOException {
        PointCloud original = PointCloudIO.read(f.file());
        Path out = tmp.resolve("copy.las");
        PointCloudIO.write(original, out, WriteOptions.DEFAULT);
        PointCloud copy = PointCloudIO.read(out);
        for (String prefix : List.of(LasMetadata.VLR, LasMetadata.EVLR)) {
            List<LasVlr> a = LasMetadata.records(original.metadata(), prefix, prefix.equals(LasMetadata.EVLR));
            List<LasVlr> b = LasMetadata.records(copy.metadata(), prefix, prefix.equals(LasMetadata.EVLR));
            assertEquals(a.size(), b.size(), prefix);
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).userId(), b.get(i).userId());
                assertEquals(a.get(i).recordId(), b.get(i).recordId());
                assertArrayEquals(a.get(i).payload(), b.get(i).payload());
            }
        }
    }

    /** Header bounds and per-return counts are recomputed from the written points. */
    @ParameterizedTest
    @MethodSource("all")
    void headerBoundsAndReturnCountsDescribeThePoints(LasFixtures.Fixture f) throws IOException {
        PointCloud original = PointCloudIO.read(f.file());
        Path out = tmp.resolve("copy.las");
        PointCloudIO.write(original, out, WriteOptions.DEFAULT);
        RawLas w = RawLas.of(out);
        ByteBuffer b = w.buffer();
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        long[] returns = new long[15];
        boolean extended = w.pointFormat() >= 6;
        for (int i = 0; i < w.count(); i++) {
            for (int a = 0; a < 3; a++) {
                min[a] = Math.min(min[a], w.world(i, a));
                max[a] = Math.max(max[a], w.world(i, a));
            }
            int r = extended ? w.u8(i, 14) & 15 : w.u8(i, 14) & 7;
            if (r > 0) {
                returns[r - 1]++;
            }
        }
        if (w.count() > 0) {
            assertEquals(max[0], b.getDouble(179));
            assertEquals(min[0], b.getDouble(187));
            assertEquals(max[1], b.getDouble(195));
            assertEquals(min[1], b.getDouble(203));
            assertEquals(max[2], b.getDouble(211));
            assertEquals(min[2], b.getDouble(219));
        }
        for (int r = 0; r < 5; r++) {
            long legacy = b.getInt(111 + 4 * r) & 0xFFFFFFFFL;
            assertEquals(extended ? 0 : returns[r], legacy, "legacy return " + (r + 1));
        }
        if (w.minor() >= 4) {
            assertEquals(w.count(), b.getLong(247));
            for (int r = 0; r < 15; r++) {
                assertEquals(returns[r], b.getLong(255 + 8 * r), "return " + (r + 1));
            }
        }
    }
}
