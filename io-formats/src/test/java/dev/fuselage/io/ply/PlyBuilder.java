package dev.fuselage.io.ply;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds PLY files byte by byte for tests, independently of {@link PlyWriter}: any header lines, and a body of
 * typed values in the chosen encoding (ascii tokens, or little/big-endian bytes).
 */
final class PlyBuilder {
    private final StringBuilder header = new StringBuilder("ply\n");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final String encoding;
    private final ByteOrder order;
    private boolean lineStart = true;

    PlyBuilder(String encoding) {
        this.encoding = encoding;
        this.order = switch (encoding) {
            case "binary_little_endian" -> ByteOrder.LITTLE_ENDIAN;
            case "binary_big_endian" -> ByteOrder.BIG_ENDIAN;
            default -> null;
        };
        header.append("format ").append(encoding).append(" 1.0\n");
    }

    boolean binary() {
        return order != null;
    }

    String encoding() {
        return encoding;
    }

    PlyBuilder line(String headerLine) {
        header.append(headerLine).append('\n');
        return this;
    }

    PlyBuilder element(String name, long count) {
        return line("element " + name + " " + count);
    }

    PlyBuilder property(String type, String name) {
        return line("property " + type + " " + name);
    }

    PlyBuilder list(String countType, String itemType, String name) {
        return line("property list " + countType + " " + itemType + " " + name);
    }

    /** Appends one value of a PLY type to the body. */
    PlyBuilder value(String type, double v) {
        if (order == null) {
            String text = switch (type) {
                case "float", "float32" -> Float.toString((float) v);
                case "double", "float64" -> Double.toString(v);
                default -> Long.toString((long) v);
            };
            body.writeBytes(((lineStart ? "" : " ") + text).getBytes(StandardCharsets.US_ASCII));
            lineStart = false;
            return this;
        }
        ByteBuffer b = ByteBuffer.allocate(8).order(order);
        switch (type) {
            case "char", "int8", "uchar", "uint8" -> b.put((byte) (long) v);
            case "short", "int16", "ushort", "uint16" -> b.putShort((short) (long) v);
            case "int", "int32", "uint", "uint32" -> b.putInt((int) (long) v);
            case "float", "float32" -> b.putFloat((float) v);
            case "double", "float64" -> b.putDouble(v);
            default -> throw new IllegalArgumentException(type);
        }
        body.write(b.array(), 0, b.position());
        return this;
    }

    /** Ends a record: a line break in ascii, nothing in binary. */
    PlyBuilder endRecord() {
        if (order == null) {
            body.write('\n');
            lineStart = true;
        }
        return this;
    }

    /** Appends raw text or bytes to the body. */
    PlyBuilder raw(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    byte[] bytes() {
        byte[] h = (header + "end_header\n").getBytes(StandardCharsets.US_ASCII);
        byte[] b = body.toByteArray();
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    /**
     * A small cloud file: a face element (lists) before the vertices, {@code n} vertices with x y z (float),
     * intensity (uchar) and a per-vertex list, and PCL's camera element after them. Coordinates are
     * {@code (i, -i / 4, i / 8)}.
     */
    static byte[] sample(String encoding, int n) {
        PlyBuilder b = new PlyBuilder(encoding).line("comment sample with elements around the vertices")
                .element("face", 2).list("uchar", "int", "vertex_indices")
                .element("vertex", n).property("float", "x").property("float", "y").property("float", "z")
                .property("uchar", "intensity").list("uint8", "float", "extra")
                .element("camera", 1).property("float", "view_px").property("int", "viewportx");
        b.value("uchar", 3).value("int", 0).value("int", 1).value("int", 2).endRecord();
        b.value("uchar", 0).endRecord();
        for (int i = 0; i < n; i++) {
            b.value("float", i).value("float", -i / 4.0).value("float", i / 8.0).value("uchar", i % 256);
            b.value("uint8", i % 3);
            for (int k = 0; k < i % 3; k++) {
                b.value("float", k + 0.5);
            }
            b.endRecord();
        }
        b.value("float", 1.5).value("int", n).endRecord();
        return b.bytes();
    }
}
