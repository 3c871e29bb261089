package dev.fuselage.io.las;

import static dev.fuselage.io.las.LasColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LasReaderTest {
    @TempDir
    java.nio.file.Path tmp;

    static Stream<LasFixtures.Fixture> all() {
        return LasFixtures.all();
    }

    static Stream<LasFixtures.Fixture> uncompressed() {
        return LasFixtures.uncompressed();
    }

    @Test
    void everySharedLasFileIsCovered() throws IOException {
        List<String> listed = new ArrayList<>(LasFixtures.ALL.stream().map(LasFixtures.Fixture::path).toList());
        listed.add(LasFixtures.BROKEN);
        assertEquals(listed.stream().sorted().toList(), LasFixtures.filesOnDisk());
    }

    @ParameterizedTest
    @MethodSource("all")
    void readsTheManifestCountVersionAndFormat(LasFixtures.Fixture f) throws IOException {
        PointCloud c = PointCloudIO.read(f.file());
        assertEquals(f.points(), c.size());
        assertEquals(f.version(), c.metadata().get(LasMetadata.VERSION));
        assertEquals(Integer.toString(f.pointFormat()), c.metadata().get(LasMetadata.POINT_FORMAT));
        assertEquals(f.compressed() ? "laz" : "las", c.metadata().get(LasMetadata.FORMAT));
        assertEquals(0, c.invalidCount());
    }

    @ParameterizedTest
    @MethodSource("all")
    void columnsFollowThePointFormat(LasFixtures.Fixture f) throws IOException {
        PointCloud c = PointCloudIO.read(f.file());
        PointFormat pf = PointFormat.of(f.pointFormat());
        Map<String, ScalarType> expected = new java.util.LinkedHashMap<>();
        expected.put(StandardAttributes.INTENSITY, ScalarType.UINT16);
        for (String flag : List.of(RETURN_NUMBER, NUMBER_OF_RETURNS, SCAN_DIRECTION_FLAG, EDGE_OF_FLIGHT_LINE,
                CLASSIFICATION, SYNTHETIC, KEY_POINT, WITHHELD, USER_DATA)) {
            expected.put(flag, ScalarType.UINT8);
        }
        expected.put(POINT_SOURCE_ID, ScalarType.UINT16);
        if (pf.extended()) {
            expected.put(OVERLAP, ScalarType.UINT8);
            expected.put(SCANNER_CHANNEL, ScalarType.UINT8);
            expected.put(SCAN_ANGLE, ScalarType.INT16);
        } else {
            expected.put(SCAN_ANGLE_RANK, ScalarType.INT8);
        }
        if (pf.hasTime()) {
            expected.put(StandardAttributes.TIME, ScalarType.FLOAT64);
        }
        if (pf.hasRgb()) {
            expected.put(RED, ScalarType.UINT16);
            expected.put(GREEN, ScalarType.UINT16);
            expected.put(BLUE, ScalarType.UINT16);
        }
        if (pf.hasWavePacket()) {
            expected.put(WAVEPACKET_INDEX, ScalarType.UINT8);
            expected.put(WAVEPACKET_OFFSET, ScalarType.UINT64);
            expected.put(WAVEPACKET_SIZE, ScalarType.UINT32);
            expected.put(RETURN_POINT_WAVE_LOCATION, ScalarType.FLOAT32);
            expected.put(X_T, ScalarType.FLOAT32);
            expected.put(Y_T, ScalarType.FLOAT32);
            expected.put(Z_T, ScalarType.FLOAT32);
        }
        for (Map.Entry<String, ScalarType> e : expected.entrySet()) {
            AttributeColumn col = c.column(e.getKey()).orElseThrow(() -> new AssertionError("no " + e.getKey()));
            assertEquals(e.getValue(), col.type(), e.getKey());
        }
        for (AttributeColumn col : c.columns()) {
            boolean extra = !STANDARD.contains(col.name());
            boolean raw = col.name().startsWith("raw_");
            assertTrue(expected.containsKey(col.name()) || extra || raw, "unexpected column " + col.name());
        }
        assertFalse(pf.extended() ? c.hasColumn(SCAN_ANGLE_RANK) : c.hasColumn(SCAN_ANGLE));
    }

    /** Every standard field compared with the bytes of its record, for every uncompressed fixture. */
    @ParameterizedTest
    @MethodSource("uncompressed")
    void fieldsMatchTheRecordBytes(LasFixtures.Fixture f) throws IOException {
        PointCloud c = PointCloudIO.read(f.file());
        RawLas raw = RawLas.of(f.file());
        PointFormat pf = PointFormat.of(raw.pointFormat());
        for (int i = 0; i < c.size(); i++) {
            assertEquals(raw.u16(i, 12), c.column(INTENSITY).orElseThrow().getLong(i));
            int b14 = raw.u8(i, 14);
            int b15 = raw.u8(i, 15);
            if (pf.extended()) {
                assertEquals(b14 & 15, get(c, RETURN_NUMBER, i));
                assertEquals(b14 >> 4, get(c, NUMBER_OF_RETURNS, i));
                assertEquals(b15 & 1, get(c, SYNTHETIC, i));
                assertEquals(b15 >> 1 & 1, get(c, KEY_POINT, i));
                assertEquals(b15 >> 2 & 1, get(c, WITHHELD, i));
                assertEquals(b15 >> 3 & 1, get(c, OVERLAP, i));
                assertEquals(b15 >> 4 & 3, get(c, SCANNER_CHANNEL, i));
                assertEquals(b15 >> 6 & 1, get(c, SCAN_DIRECTION_FLAG, i));
                assertEquals(b15 >> 7, get(c, EDGE_OF_FLIGHT_LINE, i));
                assertEquals(raw.u8(i, 16), get(c, CLASSIFICATION, i));
                assertEquals(raw.u8(i, 17), get(c, USER_DATA, i));
                assertEquals((short) raw.u16(i, 18), get(c, SCAN_ANGLE, i));
                assertEquals(raw.u16(i, 20), get(c, POINT_SOURCE_ID, i));
            } else {
                assertEquals(b14 & 7, get(c, RETURN_NUMBER, i));
                assertEquals(b14 >> 3 & 7, get(c, NUMBER_OF_RETURNS, i));
                assertEquals(b14 >> 6 & 1, get(c, SCAN_DIRECTION_FLAG, i));
                assertEquals(b14 >> 7, get(c, EDGE_OF_FLIGHT_LINE, i));
                assertEquals(b15 & 31, get(c, CLASSIFICATION, i));
                assertEquals(b15 >> 5 & 1, get(c, SYNTHETIC, i));
                assertEquals(b15 >> 6 & 1, get(c, KEY_POINT, i));
                assertEquals(b15 >> 7, get(c, WITHHELD, i));
                assertEquals((byte) raw.u8(i, 16), get(c, SCAN_ANGLE_RANK, i));
                assertEquals(raw.u8(i, 17), get(c, USER_DATA, i));
                assertEquals(raw.u16(i, 18), get(c, POINT_SOURCE_ID, i));
            }
            if (pf.hasTime()) {
                assertEquals(raw.f64(i, pf.timeAt()), c.column(StandardAttributes.TIME).orElseThrow().getDouble(i));
            }
            if (pf.hasRgb()) {
                assertEquals(raw.u16(i, pf.rgbAt()), get(c, RED, i));
                assertEquals(raw.u16(i, pf.rgbAt() + 2), get(c, GREEN, i));
                assertEquals(raw.u16(i, pf.rgbAt() + 4), get(c, BLUE, i));
            }
            if (pf.hasWavePacket()) {
                int w = pf.waveAt();
                assertEquals(raw.u8(i, w), get(c, WAVEPACKET_INDEX, i));
                assertEquals(raw.buffer().getLong(raw.at(i) + w + 1), get(c, WAVEPACKET_OFFSET, i));
                assertEquals(raw.buffer().getInt(raw.at(i) + w + 9) & 0xFFFFFFFFL, get(c, WAVEPACKET_SIZE, i));
                assertEquals(raw.buffer().getFloat(raw.at(i) + w + 25),
                        c.column(Z_T).orElseThrow().floats()[i]);
            }
        }
    }

    private static long get(PointCloud c, String column, int i) {
        return c.column(column).orElseThrow(() -> new AssertionError("no column " + column)).getLong(i);
    }

    /** The stored integers come back exactly from the float positions (or the kept raw columns). */
    @ParameterizedTest
    @MethodSource("uncompressed")
    void integersRoundTripExactly(LasFixtures.Fixture f) throws IOException {
        PointCloud c = PointCloudIO.read(f.file());
        RawLas raw = RawLas.of(f.file());
        String[] rawNames = {RAW_X, RAW_Y, RAW_Z};
        for (int a = 0; a < 3; a++) {
            AttributeColumn kept = c.column(rawNames[a]).orElse(null);
            for (int i = 0; i < c.size(); i++) {
                long expected = raw.raw(i, a);
                long actual = kept != null ? kept.getLong(i) : LasFixtures.quantized(c, i, a);
                assertEquals(expected, actual, f + " point " + i + " axis " + a);
            }
        }
    }

    /** Raw columns appear only where float32 cannot hold every integer at the file's scale. */
    @Test
    void rawIntegersAreKeptOnlyForFineScalesOverLargeExtents() throws IOException {
        PointCloud micro = PointCloudIO.read(TestData.file("las/simple1_4.las")); // scale 1e-6 / 1e-7 over ~100 m
        assertTrue(micro.hasColumn(RAW_X) && micro.hasColumn(RAW_Y) && micro.hasColumn(RAW_Z));
        PointCloud centimetre = PointCloudIO.read(TestData.file("las/pdal/autzen_trim_7.las"));
        assertFalse(centimetre.hasColumn(RAW_X));
    }

    @Test
    void georeferencedCoordinatesKeepCentimetrePrecision() throws IOException {
        // offsets (674521.92, 1206740.08, 627.53), scale 0.01
        var file = TestData.file("las/pdal/sample_c_thin.las");
        PointCloud c = PointCloudIO.read(file);
        RawLas raw = RawLas.of(file);
        assertTrue(c.hasOrigin());
        double worst = 0;
        for (int i = 0; i < c.size(); i++) {
            worst = Math.max(worst, Math.abs(c.worldX(i) - raw.world(i, 0)));
            worst = Math.max(worst, Math.abs(c.worldY(i) - raw.world(i, 1)));
            worst = Math.max(worst, Math.abs(c.worldZ(i) - raw.world(i, 2)));
        }
        assertTrue(worst < 0.005, "worst error " + worst);
        assertTrue(worst < 1e-4, "sub-millimetre expected, worst error " + worst);
    }

    @Test
    void headerBoundsThatLieDoNotCostPrecision() throws IOException {
        // simple1_3.las states bounds around -2.3e8 m; the points lie around -235,000 m
        var file = TestData.file("las/simple1_3.las");
        PointCloud c = PointCloudIO.read(file);
        RawLas raw = RawLas.of(file);
        for (int i = 0; i < c.size(); i++) {
            assertEquals(raw.world(i, 0), c.worldX(i), 1e-4);
            assertEquals(raw.world(i, 1), c.worldY(i), 1e-4);
        }
        assertFalse(c.hasColumn(RAW_X));
    }

    @Test
    void unusableHeaderBoundsStillGiveExactIntegers() throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(TestData.file("las/pdal/sample_c_thin.las"));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 179; at < 227; at += 8) {
            b.putDouble(at, Double.NaN);
        }
        java.nio.file.Path f = tmp.resolve("nan-bounds.las");
        java.nio.file.Files.write(f, bytes);
        PointCloud c = PointCloudIO.read(f);
        RawLas raw = RawLas.of(f);
        for (int i = 0; i < c.size(); i++) {
            for (int a = 0; a < 3; a++) {
                assertEquals(raw.raw(i, a), LasFixtures.quantized(c, i, a));
            }
            assertEquals(raw.world(i, 0), c.worldX(i), 1e-4);
        }
    }

    /** A file big enough to be split across threads decodes to exactly what one thread gives. */
    @Test
    void parallelDecodingEqualsSingleThreaded() throws IOException {
        PointCloud big = LasFuzzTest.base(250_000, 11);
        big.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1).doubles()[123_456] = 42.5;
        big.addColumn(SCANNER_CHANNEL, ScalarType.UINT8, 1).bytes()[249_999] = 3;
        big.addColumn("label", ScalarType.INT32, 1).ints()[200_000] = -7;
        java.nio.file.Path f = tmp.resolve("big.las");
        PointCloudIO.write(big, f, dev.fuselage.io.WriteOptions.DEFAULT);
        PointCloud one = new LasFormat(1).read(f);
        PointCloud four = new LasFormat(4).read(f);
        LasFixtures.assertSameColumns(one, four);
        LazReaderTest.assertPositionsIdentical(one, four);
        assertEquals(3, four.column(SCANNER_CHANNEL).orElseThrow().getLong(249_999));
        assertEquals(-7, four.column("label").orElseThrow().getLong(200_000));
    }

    @Test
    void extraBytesBecomeNamedTypedColumns() throws IOException {
        var file = TestData.file("las/extrabytes.las");
        PointCloud c = PointCloudIO.read(file);
        RawLas raw = RawLas.of(file);
        assertColumn(c, "Colors", ScalarType.UINT16, 3);
        assertColumn(c, "Reserved", ScalarType.UINT8, 7);
        assertColumn(c, "Flags", ScalarType.INT8, 2);
        assertColumn(c, "Intensity", ScalarType.UINT32, 1);
        assertColumn(c, "Time", ScalarType.UINT64, 1);
        assertFalse(c.hasColumn(EXTRA_BYTES), "every extra byte is described");
        AttributeColumn colors = c.column("Colors").orElseThrow();
        AttributeColumn time = c.column("Time").orElseThrow();
        AttributeColumn intensity = c.column("Intensity").orElseThrow();
        for (int i = 0; i < c.size(); i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(raw.u16(i, 34 + 2 * k), colors.getLong(i, k));
            }
            assertEquals(raw.buffer().getInt(raw.at(i) + 34 + 6 + 7 + 2) & 0xFFFFFFFFL, intensity.getLong(i));
            assertEquals(raw.buffer().getLong(raw.at(i) + 34 + 6 + 7 + 2 + 4), time.getLong(i));
        }
        assertTrue(c.metadata().containsKey(LasMetadata.EXTRA_BYTES + "Colors"));
    }

    private static void assertColumn(PointCloud c, String name, ScalarType type, int components) {
        AttributeColumn col = c.column(name).orElseThrow(() -> new AssertionError("no column " + name));
        assertEquals(type, col.type(), name);
        assertEquals(components, col.components(), name);
    }

    @Test
    void vlrsAndEvlrsAreKeptInMetadata() throws IOException {
        PointCloud c = PointCloudIO.read(TestData.file("las/1_4_w_evlr.las"));
        Map<String, String> m = c.metadata();
        assertEquals("2", m.get(LasMetadata.VLR + "count"));
        assertEquals("LASF_Projection", m.get(LasMetadata.VLR + "0.user_id"));
        assertEquals("2112", m.get(LasMetadata.VLR + "0.record_id"));
        assertEquals("OGC Tranformation Record", m.get(LasMetadata.VLR + "0.description"));
        assertEquals("1", m.get(LasMetadata.EVLR + "count"));
        assertTrue(m.containsKey(LasMetadata.EVLR + "0.data"));
    }

    @Test
    void aFourteenFileWithLegacyCountZeroUsesTheExtendedCount() throws IOException {
        var file = TestData.file("las/1_4_w_evlr.las");
        assertEquals(0, RawLas.of(file).buffer().getInt(107), "fixture: legacy count is 0");
        assertEquals(1000, PointCloudIO.read(file).size());
    }

    @Test
    void truncatedFixtureNamesTheMissingPoints() {
        FormatException e = assertThrows(FormatException.class,
                () -> PointCloudIO.read(TestData.file(LasFixtures.BROKEN)));
        assertEquals("1.2-no-points.las: header says 1065 points but the data holds 0", e.getMessage());
    }

    @Test
    void zeroPointFileIsAnEmptyCloud() throws IOException {
        PointCloud c = PointCloudIO.read(TestData.file("las/pdal/no-points.las"));
        assertEquals(0, c.size());
        assertTrue(c.bounds().isEmpty());
        assertTrue(c.hasColumn(RED), "columns of the point format exist even when empty");
    }

    @Test
    void registryFindsBothFormatsAndSniffsLasf() throws IOException {
        assertEquals("las", PointCloudIO.byName("las").orElseThrow().name());
        assertEquals("laz", PointCloudIO.byExtension(TestData.file("las/simple.laz")).orElseThrow().name());
        assertTrue(new LasFormat().sniff("LASF....".getBytes(), 8));
        assertFalse(new LasFormat().sniff("LASX".getBytes(), 4));
        assertTrue(PointCloudIO.byName("laz").orElseThrow().writer().isEmpty());
    }
}
