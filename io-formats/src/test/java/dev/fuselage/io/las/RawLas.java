package dev.fuselage.io.las;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A deliberately naive, independent view of an uncompressed LAS file for tests: header numbers and the raw
 * point records straight from the bytes (no code shared with the reader), so tests can compare the reader's
 * columns and the writer's output against the file itself.
 */
record RawLas(byte[] bytes, int minor, int pointFormat, int recordLength, long pointOffset, long count,
              double[] scale, double[] offset) {

    static RawLas of(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int minor = b.get(25);
        long count = b.getInt(107) & 0xFFFFFFFFL;
        if (minor >= 4 && b.getLong(247) != 0) {
            count = b.getLong(247);
        }
        return new RawLas(bytes, minor, b.get(104) & 0x3F, b.getShort(105) & 0xFFFF, b.getInt(96) & 0xFFFFFFFFL,
                count, new double[] {b.getDouble(131), b.getDouble(139), b.getDouble(147)},
                new double[] {b.getDouble(155), b.getDouble(163), b.getDouble(171)});
    }

    ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Byte index of point i's record. */
    int at(int i) {
        return (int) (pointOffset + (long) i * recordLength);
    }

    /** The stored integer of point i on axis a (0 x, 1 y, 2 z). */
    int raw(int i, int axis) {
        return buffer().getInt(at(i) + 4 * axis);
    }

    /** The world coordinate the file defines: integer * scale + offset. */
    double world(int i, int axis) {
        return raw(i, axis) * scale[axis] + offset[axis];
    }

    /** The whole record of point i. */
    byte[] record(int i) {
        return Arrays.copyOfRange(bytes, at(i), at(i) + recordLength);
    }

    int u8(int i, int at) {
        return bytes[at(i) + at] & 0xFF;
    }

    int u16(int i, int at) {
        return buffer().getShort(at(i) + at) & 0xFFFF;
    }

    double f64(int i, int at) {
        return buffer().getDouble(at(i) + at);
    }
}
