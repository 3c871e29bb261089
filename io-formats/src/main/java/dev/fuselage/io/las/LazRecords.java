package dev.fuselage.io.las;

import com.github.mreutegg.laszip4j.laszip.LASreadPoint;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;

/**
 * Turns the per-item records laszip4j's {@link LASreadPoint} decodes back into LAS point record bytes, so a LAZ
 * chunk runs through exactly the same field codecs as an uncompressed file (LAZ and its LAS twin then cannot
 * differ in any column).
 *
 * <p>laszip4j keeps its record classes package-private (its public {@code LASPoint} view lacks the scanner
 * channel, the 16-bit scan angle and the raw flag bytes). Their fields are public, so they are read here through
 * method handles resolved once; laszip4j's package is open to the unnamed module and, as an automatic module,
 * to named ones. The version is pinned in the build, and the LAZ-versus-LAS tests fail if its layout changes.
 */
final class LazRecords {
    private static final String PKG = "com.github.mreutegg.laszip4j.laszip.";
    private static final MethodHandle READ;
    private static final Class<?> RECORD;
    // Point10 / Point14 common fields (declared on PointDataRecordXYZBase)
    private static final MethodHandle X;
    private static final MethodHandle Y;
    private static final MethodHandle Z;
    private static final MethodHandle INTENSITY;
    private static final MethodHandle CLASSIFICATION;
    private static final MethodHandle USER_DATA;
    private static final MethodHandle POINT_SOURCE_ID;
    private static final MethodHandle FLAGS10;
    private static final MethodHandle SCAN_RANK10;
    private static final MethodHandle RETURN_FLAGS14;
    private static final MethodHandle SCAN_FLAGS14;
    private static final MethodHandle SCAN_ANGLE14;
    private static final MethodHandle GPS14;
    private static final MethodHandle GPS11;
    private static final MethodHandle RED;
    private static final MethodHandle GREEN;
    private static final MethodHandle BLUE;
    private static final MethodHandle NIR;
    private static final MethodHandle WAVE_INDEX;
    private static final MethodHandle WAVE_OFFSET;
    private static final MethodHandle WAVE_SIZE;
    private static final MethodHandle WAVE_LOCATION;
    private static final MethodHandle WAVE_DX;
    private static final MethodHandle WAVE_DY;
    private static final MethodHandle WAVE_DZ;
    private static final MethodHandle BYTES;

    static {
        try {
            MethodHandles.Lookup here = MethodHandles.lookup();
            RECORD = Class.forName(PKG + "PointDataRecord");
            Class<?> arrayType = Array.newInstance(RECORD, 0).getClass();
            READ = here.unreflect(LASreadPoint.class.getMethod("read", arrayType))
                    .asType(MethodType.methodType(boolean.class, LASreadPoint.class, Object[].class));
            Class<?> base = Class.forName(PKG + "PointDataRecordXYZBase");
            Class<?> p10 = Class.forName(PKG + "PointDataRecordPoint10");
            Class<?> p14 = Class.forName(PKG + "PointDataRecordPoint14");
            Class<?> gps = Class.forName(PKG + "PointDataRecordGpsTime");
            Class<?> rgb = Class.forName(PKG + "PointDataRecordRGB");
            Class<?> nir = Class.forName(PKG + "PointDataRecordRgbNIR");
            Class<?> wave = Class.forName(PKG + "PointDataRecordWavepacket");
            Class<?> bytes = Class.forName(PKG + "PointDataRecordBytes");
            X = getter(base, "X", int.class);
            Y = getter(base, "Y", int.class);
            Z = getter(base, "Z", int.class);
            INTENSITY = getter(base, "Intensity", char.class);
            CLASSIFICATION = getter(base, "Classification", short.class);
            USER_DATA = getter(base, "UserData", short.class);
            POINT_SOURCE_ID = getter(base, "PointSourceID", char.class);
            FLAGS10 = getter(p10, "Flags", byte.class);
            SCAN_RANK10 = getter(p10, "ScanAngleRank", byte.class);
            RETURN_FLAGS14 = getter(p14, "ReturnFlags", byte.class);
            SCAN_FLAGS14 = getter(p14, "ScanFlags", byte.class);
            SCAN_ANGLE14 = getter(p14, "ScanAngle", short.class);
            GPS14 = getter(p14, "GPSTime", long.class);
            GPS11 = getter(gps, "GPSTime", long.class);
            RED = getter(rgb, "R", char.class);
            GREEN = getter(rgb, "G", char.class);
            BLUE = getter(rgb, "B", char.class);
            NIR = getter(nir, "NIR", char.class);
            WAVE_INDEX = getter(wave, "DescriptorIndex", short.class);
            WAVE_OFFSET = getter(wave, "OffsetToWaveformData", long.class);
            WAVE_SIZE = getter(wave, "PacketSize", long.class);
            WAVE_LOCATION = getter(wave, "ReturnPointWaveformLocation", float.class);
            WAVE_DX = getter(wave, "ParametricDx", float.class);
            WAVE_DY = getter(wave, "ParametricDy", float.class);
            WAVE_DZ = getter(wave, "ParametricDz", float.class);
            BYTES = getter(bytes, "Bytes", byte[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private LazRecords() {
    }

    private static MethodHandle getter(Class<?> owner, String field, Class<?> type)
            throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        return lookup.findGetter(owner, field, type).asType(MethodType.methodType(type, Object.class));
    }

    /** An array laszip4j can decode one point's items into. */
    static Object[] newRecords(int items) {
        return (Object[]) Array.newInstance(RECORD, items);
    }

    /** Decodes the next point; false when laszip4j reports an error (see {@link LASreadPoint#error()}). */
    static boolean read(LASreadPoint reader, Object[] records) {
        try {
            return (boolean) READ.invokeExact(reader, records);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Writes one decoded point as LAS record bytes at {@code at}.
     *
     * @param types the LASzip item type of each record
     */
    static void toBytes(Object[] records, int[] types, ByteBuffer out, int at) {
        try {
            int p = at;
            for (int i = 0; i < types.length; i++) {
                Object r = records[i];
                switch (types[i]) {
                    case LaszipVlr.Item.POINT10 -> {
                        putCore(out, p, r);
                        out.put(p + 14, (byte) FLAGS10.invokeExact(r));
                        out.put(p + 15, (byte) (short) CLASSIFICATION.invokeExact(r));
                        out.put(p + 16, (byte) SCAN_RANK10.invokeExact(r));
                        out.put(p + 17, (byte) (short) USER_DATA.invokeExact(r));
                        out.putShort(p + 18, (short) (char) POINT_SOURCE_ID.invokeExact(r));
                        p += 20;
                    }
                    case LaszipVlr.Item.POINT14 -> {
                        putCore(out, p, r);
                        out.put(p + 14, (byte) RETURN_FLAGS14.invokeExact(r));
                        out.put(p + 15, (byte) SCAN_FLAGS14.invokeExact(r));
                        out.put(p + 16, (byte) (short) CLASSIFICATION.invokeExact(r));
                        out.put(p + 17, (byte) (short) USER_DATA.invokeExact(r));
                        out.putShort(p + 18, (short) SCAN_ANGLE14.invokeExact(r));
                        out.putShort(p + 20, (short) (char) POINT_SOURCE_ID.invokeExact(r));
                        out.putLong(p + 22, (long) GPS14.invokeExact(r));
                        p += 30;
                    }
                    case LaszipVlr.Item.GPSTIME11 -> {
                        out.putLong(p, (long) GPS11.invokeExact(r));
                        p += 8;
                    }
                    case LaszipVlr.Item.RGB12, LaszipVlr.Item.RGB14 -> {
                        putRgb(out, p, r);
                        p += 6;
                    }
                    case LaszipVlr.Item.RGBNIR14 -> {
                        putRgb(out, p, r);
                        out.putShort(p + 6, (short) (char) NIR.invokeExact(r));
                        p += 8;
                    }
                    case LaszipVlr.Item.WAVEPACKET13, LaszipVlr.Item.WAVEPACKET14 -> {
                        out.put(p, (byte) (short) WAVE_INDEX.invokeExact(r));
                        out.putLong(p + 1, (long) WAVE_OFFSET.invokeExact(r));
                        out.putInt(p + 9, (int) (long) WAVE_SIZE.invokeExact(r));
                        out.putInt(p + 13, Float.floatToRawIntBits((float) WAVE_LOCATION.invokeExact(r)));
                        out.putInt(p + 17, Float.floatToRawIntBits((float) WAVE_DX.invokeExact(r)));
                        out.putInt(p + 21, Float.floatToRawIntBits((float) WAVE_DY.invokeExact(r)));
                        out.putInt(p + 25, Float.floatToRawIntBits((float) WAVE_DZ.invokeExact(r)));
                        p += PointFormat.WAVE_PACKET_BYTES;
                    }
                    default -> { // BYTE, BYTE14
                        byte[] b = (byte[]) BYTES.invokeExact(r);
                        out.put(p, b, 0, b.length);
                        p += b.length;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void putCore(ByteBuffer out, int p, Object r) throws Throwable {
        out.putInt(p, (int) X.invokeExact(r));
        out.putInt(p + 4, (int) Y.invokeExact(r));
        out.putInt(p + 8, (int) Z.invokeExact(r));
        out.putShort(p + 12, (short) (char) INTENSITY.invokeExact(r));
    }

    private static void putRgb(ByteBuffer out, int p, Object r) throws Throwable {
        out.putShort(p, (short) (char) RED.invokeExact(r));
        out.putShort(p + 2, (short) (char) GREEN.invokeExact(r));
        out.putShort(p + 4, (short) (char) BLUE.invokeExact(r));
    }
}
