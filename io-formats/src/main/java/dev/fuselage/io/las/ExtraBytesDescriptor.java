package dev.fuselage.io.las;

import dev.fuselage.core.cloud.ScalarType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One 192-byte entry of the extra-bytes VLR ({@code LASF_Spec}, record 4): a user dimension stored after the
 * standard fields of every point record. Types 1–10 are scalars, 11–30 the deprecated 2- and 3-element arrays,
 * type 0 a run of {@code options} undocumented bytes.
 *
 * @param raw the descriptor exactly as read (written back unchanged so no_data, min, max and the description
 *            survive a LAS-to-LAS round trip)
 */
record ExtraBytesDescriptor(int dataType, int options, String name, double[] scale, double[] offset,
                                   String description, byte[] raw) {
    /** Bytes of one descriptor. */
    public static final int BYTES = 192;
    private static final int OPTION_SCALE = 1 << 3;
    private static final int OPTION_OFFSET = 1 << 4;
    private static final ScalarType[] BASE_TYPES = {null, ScalarType.UINT8, ScalarType.INT8, ScalarType.UINT16,
        ScalarType.INT16, ScalarType.UINT32, ScalarType.INT32, ScalarType.UINT64, ScalarType.INT64,
        ScalarType.FLOAT32, ScalarType.FLOAT64};

    /** Parses every whole descriptor of an extra-bytes VLR payload. */
    static List<ExtraBytesDescriptor> parseAll(byte[] payload) {
        List<ExtraBytesDescriptor> list = new ArrayList<>();
        for (int at = 0; at + BYTES <= payload.length; at += BYTES) {
            byte[] raw = java.util.Arrays.copyOfRange(payload, at, at + BYTES);
            list.add(parse(raw));
        }
        return list;
    }

    static ExtraBytesDescriptor parse(byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        double[] scale = {b.getDouble(112), b.getDouble(120), b.getDouble(128)};
        double[] offset = {b.getDouble(136), b.getDouble(144), b.getDouble(152)};
        return new ExtraBytesDescriptor(raw[2] & 0xFF, raw[3] & 0xFF, LasHeader.text(b, 4, 32), scale, offset,
                LasHeader.text(b, 160, 32), raw);
    }

    /** A new descriptor for one component of a column (no scaling, no no_data). */
    static ExtraBytesDescriptor create(String name, ScalarType type, String description) {
        int code = 0;
        for (int i = 1; i < BASE_TYPES.length; i++) {
            if (BASE_TYPES[i] == type) {
                code = i;
            }
        }
        byte[] raw = new byte[BYTES];
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        b.put(2, (byte) code);
        b.position(4);
        LasVlr.putText(b, name, 32);
        b.position(160);
        LasVlr.putText(b, description, 32);
        return parse(raw);
    }

    /** A new descriptor for {@code size} undocumented bytes. */
    static ExtraBytesDescriptor opaque(String name, int size) {
        byte[] raw = new byte[BYTES];
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        b.put(3, (byte) size);
        b.position(4);
        LasVlr.putText(b, name, 32);
        b.position(160);
        LasVlr.putText(b, "undocumented extra bytes", 32);
        return parse(raw);
    }

    /** Whether the type code is one LAS defines (0–30). */
    public boolean knownType() {
        return dataType <= 30;
    }

    /** Whether this is a run of undocumented bytes (type 0). */
    public boolean opaque() {
        return dataType == 0;
    }

    /** Element type of a typed descriptor (null for type 0). */
    public ScalarType baseType() {
        return dataType == 0 ? null : BASE_TYPES[(dataType - 1) % 10 + 1];
    }

    /** Elements per point: 1–3 for typed descriptors, the byte count for type 0. */
    public int components() {
        return dataType == 0 ? options : (dataType - 1) / 10 + 1;
    }

    /** Bytes this descriptor occupies in each point record. */
    public int byteSize() {
        return dataType == 0 ? options : baseType().bytes() * components();
    }

    /**
     * Whether the stored integers are scaled to physical values (options bit 3 or 4 with a usable factor).
     * Scaled dimensions are read into float64 columns: {@code value = raw * scale + offset}.
     */
    public boolean scaled() {
        if (dataType == 0 || (options & (OPTION_SCALE | OPTION_OFFSET)) == 0) {
            return false;
        }
        for (int c = 0; c < components(); c++) {
            double s = scaleOf(c);
            if (!Double.isFinite(s) || s == 0 || !Double.isFinite(offsetOf(c))) {
                return false;
            }
        }
        return true;
    }

    /** Scale factor of component c (1 when the scale option is off). */
    public double scaleOf(int c) {
        return (options & OPTION_SCALE) != 0 ? scale[c] : 1.0;
    }

    /** Offset of component c (0 when the offset option is off). */
    public double offsetOf(int c) {
        return (options & OPTION_OFFSET) != 0 ? offset[c] : 0.0;
    }

    /** The column type a reader gives this dimension. */
    public ScalarType columnType() {
        if (dataType == 0) {
            return ScalarType.UINT8;
        }
        return scaled() ? ScalarType.FLOAT64 : baseType();
    }

    /** The descriptor bytes as a Latin-1 safe name is stored (used to build VLR payloads). */
    static byte[] payload(List<ExtraBytesDescriptor> descriptors) {
        byte[] out = new byte[descriptors.size() * BYTES];
        for (int i = 0; i < descriptors.size(); i++) {
            System.arraycopy(descriptors.get(i).raw(), 0, out, i * BYTES, BYTES);
        }
        return out;
    }

    /** Name bytes that fit the 32-byte field (longer names are cut). */
    static String fitName(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length <= 32 ? name : new String(bytes, 0, 32, StandardCharsets.ISO_8859_1);
    }
}
