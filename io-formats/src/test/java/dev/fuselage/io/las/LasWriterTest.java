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
import dev.fuselage.io.WriteOptions;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clouds that did not come from LAS: format choice, conversions, extra dimensions, refusals. */
class LasWriterTest {
    @TempDir
    Path tmp;

    /** A georeferenced cloud of {@code n} points around (2,445,180, 5,000,000, 120) with sub-mm offsets. */
    static PointCloud georeferenced(int n, long seed) {
        PointCloud c = new PointCloud(n);
        c.setOrigin(2_445_180.0, 5_000_000.0, 120.0);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            c.x()[i] = (float) (r.nextDouble(-400, 400));
            c.y()[i] = (float) (r.nextDouble(-400, 400));
            c.z()[i] = (float) (r.nextDouble(-20, 20));
        }
        c.positionsChanged();
        return c;
    }

    private PointCloud roundTrip(PointCloud c, String name) throws IOException {
        Path out = tmp.resolve(name);
        PointCloudIO.write(c, out, WriteOptions.DEFAULT);
        return PointCloudIO.read(out);
    }

    @Test
    void plainCloudBecomesLas12Format0AtMillimetreScale() throws IOException {
        PointCloud c = georeferenced(200, 1);
        PointCloud back = roundTrip(c, "plain.las");
        assertEquals("1.2", back.metadata().get(LasMetadata.VERSION));
        assertEquals("0", back.metadata().get(LasMetadata.POINT_FORMAT));
        assertEquals("0.001 0.001 0.001", back.metadata().get(LasMetadata.SCALE));
        double[] offset = LasMetadata.triple(back.metadata().get(LasMetadata.OFFSET));
        assertEquals(Math.floor(c.bounds().minX()), offset[0]);
        for (int i = 0; i < c.size(); i++) {
            assertEquals(c.worldX(i), back.worldX(i), 0.0005 + 1e-9);
            assertEquals(c.worldY(i), back.worldY(i), 0.0005 + 1e-9);
            assertEquals(c.worldZ(i), back.worldZ(i), 0.0005 + 1e-9);
        }
    }

    @Test
    void floatIntensityInUnitRangeIsScaledTo16Bits() throws IOException {
        PointCloud c = georeferenced(100, 2);
        float[] refl = c.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1).floats();
        for (int i = 0; i < 100; i++) {
            refl[i] = i / 99f;
        }
        PointCloud back = roundTrip(c, "kitti.las");
        AttributeColumn intensity = back.column(INTENSITY).orElseThrow();
        assertEquals(ScalarType.UINT16, intensity.type());
        assertEquals(0, intensity.getLong(0));
        assertEquals(65535, intensity.getLong(99));
        assertEquals(Math.round(50 / 99.0 * 65535), intensity.getLong(50));
    }

    @Test
    void packedRgbBecomesSixteenBitColour() throws IOException {
        PointCloud c = georeferenced(50, 3);
        int[] rgb = c.addColumn(StandardAttributes.RGB, ScalarType.UINT32, 1).ints();
        for (int i = 0; i < 50; i++) {
            rgb[i] = (i * 5) << 16 | (255 - i) << 8 | 7;
        }
        PointCloud back = roundTrip(c, "rgb.las");
        assertEquals("2", back.metadata().get(LasMetadata.POINT_FORMAT));
        for (int i = 0; i < 50; i++) {
            assertEquals(i * 5 * 257, back.column(RED).orElseThrow().getLong(i));
            assertEquals((255 - i) * 257, back.column(GREEN).orElseThrow().getLong(i));
            assertEquals(7 * 257, back.column(BLUE).orElseThrow().getLong(i));
        }
        assertFalse(back.hasColumn(StandardAttributes.RGB), "the colour went into the LAS fields, not extra bytes");
    }

    @Test
    void timeGivesFormat1AndClassesAbove31GiveLas14() throws IOException {
        PointCloud timed = georeferenced(20, 4);
        timed.addColumn(StandardAttributes.TIME, ScalarType.FLOAT64, 1).doubles()[3] = 12345.678;
        PointCloud back = roundTrip(timed, "time.las");
        assertEquals("1", back.metadata().get(LasMetadata.POINT_FORMAT));
        assertEquals(12345.678, back.column(StandardAttributes.TIME).orElseThrow().getDouble(3));

        PointCloud classed = georeferenced(20, 5);
        classed.addColumn(CLASSIFICATION, ScalarType.INT32, 1).ints()[7] = 40;
        PointCloud back14 = roundTrip(classed, "classes.las");
        assertEquals("1.4", back14.metadata().get(LasMetadata.VERSION));
        assertEquals("6", back14.metadata().get(LasMetadata.POINT_FORMAT));
        assertEquals(40, back14.column(CLASSIFICATION).orElseThrow().getLong(7));
        assertEquals(ScalarType.UINT8, back14.column(CLASSIFICATION).orElseThrow().type());
    }

    @Test
    void anyOtherColumnSurvivesAsExtraBytes() throws IOException {
        PointCloud c = georeferenced(60, 6);
        float[] fpfh = c.addColumn("fpfh", ScalarType.FLOAT32, 5).floats();
        short[] semantic = c.addColumn(StandardAttributes.SEMANTIC, ScalarType.UINT16, 1).shorts();
        long[] ids = c.addColumn("a_rather_long_column_name_of_40_chars_xx", ScalarType.INT64, 1).longs();
        double[] normals = c.addColumn("normal", ScalarType.FLOAT64, 3).doubles();
        for (int i = 0; i < 60; i++) {
            for (int k = 0; k < 5; k++) {
                fpfh[i * 5 + k] = i * 0.25f - k;
            }
            semantic[i] = (short) (40000 + i);
            ids[i] = Long.MIN_VALUE + i;
            normals[i * 3 + 2] = Math.sqrt(i);
        }
        fpfh[3] = Float.NaN;
        PointCloud back = roundTrip(c, "extra.las");
        assertEquals("0", back.metadata().get(LasMetadata.POINT_FORMAT));
        LasFixtures.assertArrayContentEquals(c.column("fpfh").orElseThrow(), back.column("fpfh").orElseThrow());
        LasFixtures.assertArrayContentEquals(c.column(StandardAttributes.SEMANTIC).orElseThrow(),
                back.column(StandardAttributes.SEMANTIC).orElseThrow());
        LasFixtures.assertArrayContentEquals(c.column("normal").orElseThrow(), back.column("normal").orElseThrow());
        String cut = "a_rather_long_column_name_of_40_"; // the extra-bytes name field holds 32 bytes
        assertEquals(ScalarType.INT64, back.column(cut).orElseThrow().type());
        assertEquals(Long.MIN_VALUE + 59, back.column(cut).orElseThrow().getLong(59));
    }

    @Test
    void scaledExtraBytesKeepTheirStoredIntegers() throws IOException {
        // a descriptor with scale 0.1 / offset 5 over int16: read as float64 physical values
        PointCloud c = georeferenced(30, 7);
        double[] temperature = c.addColumn("temperature", ScalarType.FLOAT64, 1).doubles();
        for (int i = 0; i < 30; i++) {
            temperature[i] = 5 + 0.1 * (i - 15);
        }
        ExtraBytesDescriptor d = ExtraBytesDescriptor.create("temperature", ScalarType.INT16, "deg C");
        byte[] raw = d.raw().clone();
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        b.put(3, (byte) (1 << 3 | 1 << 4)).putDouble(112, 0.1).putDouble(136, 5.0);
        c.metadata().put(LasMetadata.EXTRA_BYTES + "temperature", java.util.Base64.getEncoder().encodeToString(raw));
        Path out = tmp.resolve("scaled.las");
        PointCloudIO.write(c, out, WriteOptions.DEFAULT);
        RawLas written = RawLas.of(out);
        assertEquals(22, written.recordLength(), "int16 on a 20-byte format 0 record");
        for (int i = 0; i < 30; i++) {
            assertEquals(i - 15, written.buffer().getShort(written.at(i) + 20));
        }
        PointCloud back = PointCloudIO.read(out);
        assertEquals(ScalarType.FLOAT64, back.column("temperature").orElseThrow().type());
        assertEquals(3.5, back.column("temperature").orElseThrow().getDouble(0), 1e-12);
    }

    @Test
    void editedPositionsWinOverKeptRawIntegers() throws IOException {
        PointCloud c = PointCloudIO.read(TestData.file("las/simple1_4.las"));
        assertTrue(c.hasColumn(RAW_X));
        int before = c.column(RAW_X).orElseThrow().ints()[0];
        c.x()[0] += 1.0f; // one metre east; scale is 1e-6
        c.positionsChanged();
        Path out = tmp.resolve("edited.las");
        PointCloudIO.write(c, out, WriteOptions.DEFAULT);
        RawLas written = RawLas.of(out);
        assertEquals(before + 1_000_000, written.raw(0, 0), 2.0, "moved by a million micrometre steps");
        RawLas source = RawLas.of(TestData.file("las/simple1_4.las"));
        for (int i = 1; i < source.count(); i++) {
            assertEquals(source.raw(i, 0), written.raw(i, 0));
        }
    }

    @Test
    void lasThirteenKeepsItsWaveformRecordPointer() throws IOException {
        Path out = tmp.resolve("wave.las");
        PointCloudIO.write(PointCloudIO.read(TestData.file("las/simple1_3.las")), out, WriteOptions.DEFAULT);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        int start = (int) b.getLong(227);
        assertEquals(65535, b.getShort(start + 18) & 0xFFFF, "waveform start points at the waveform record");
    }

    @Test
    void nonFinitePositionsAreRefused() {
        PointCloud c = georeferenced(10, 8);
        c.y()[4] = Float.NaN;
        FormatException e = assertThrows(FormatException.class,
                () -> PointCloudIO.write(c, tmp.resolve("nan.las"), WriteOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("nan.las: point 4 has a non-finite coordinate"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("nan.las")), "atomic write leaves nothing behind");
    }

    @Test
    void encodingsAndLazOutputAreRefused() {
        PointCloud c = georeferenced(10, 9);
        assertThrows(FormatException.class,
                () -> PointCloudIO.write(c, tmp.resolve("x.las"), WriteOptions.encoding("binary")));
        FormatException laz = assertThrows(FormatException.class,
                () -> PointCloudIO.write(c, tmp.resolve("x.laz"), WriteOptions.DEFAULT));
        assertTrue(laz.getMessage().contains("does not write"), laz.getMessage());
    }

    @Test
    void emptyCloudWritesAValidEmptyFile() throws IOException {
        PointCloud back = roundTrip(new PointCloud(0), "empty.las");
        assertEquals(0, back.size());
    }
}
