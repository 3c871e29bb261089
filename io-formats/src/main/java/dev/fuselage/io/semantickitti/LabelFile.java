package dev.fuselage.io.semantickitti;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A SemanticKITTI {@code .label} file: one little-endian uint32 a point, the semantic id in the lower 16 bits and
 * the instance id in the upper 16, in the order of the scan's points. No header.
 *
 * <p>{@link #unpack} and {@link #pack} are exact inverses for every uint32, so read → write gives back the same
 * bytes.
 */
public final class LabelFile {
    /** Largest file read (a scan of 256 M points); guards against reading a wrong huge file into memory. */
    private static final long MAX_BYTES = 1L << 30;

    private LabelFile() {
    }

    /** The packed labels of a file; fails naming the file when its size is not a whole number of labels. */
    public static int[] read(Path file) throws IOException {
        long size = Files.size(file);
        if (size % 4 != 0) {
            throw new FormatException(file, "size " + size + " bytes is not a multiple of 4 (one uint32 a point)");
        }
        if (size > MAX_BYTES) {
            throw new FormatException(file, "size " + size + " bytes is more than a label file can be");
        }
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] packed = new int[(int) (size / 4)];
        buf.asIntBuffer().get(packed);
        return packed;
    }

    /** Reads a file for a scan of {@code pointCount} points; fails naming the file when the counts differ. */
    public static PointLabels read(Path file, int pointCount) throws IOException {
        int[] packed = read(file);
        if (packed.length != pointCount) {
            throw new FormatException(file, "holds " + packed.length + " labels but its scan has " + pointCount
                    + " points");
        }
        return unpack(packed);
    }

    /** Writes packed labels atomically (a temporary file renamed into place). */
    public static void write(int[] packed, Path file) throws IOException {
        PointCloudIO.writeAtomically(file, tmp -> {
            ByteBuffer buf = ByteBuffer.allocate(packed.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asIntBuffer().put(packed);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        });
    }

    /** Writes point labels; semantic and instance ids must fit 16 bits each. */
    public static void write(PointLabels labels, Path file) throws IOException {
        write(pack(labels), file);
    }

    /** {@code semantic | instance << 16} per point; fails when an id does not fit 16 bits. */
    public static int[] pack(PointLabels labels) {
        int[] s = labels.semantic();
        int[] inst = labels.instance();
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            if ((s[i] & ~0xFFFF) != 0 || (inst[i] & ~0xFFFF) != 0) {
                throw new IllegalArgumentException("point " + i + " has semantic " + s[i] + " / instance " + inst[i]
                        + ", beyond the 16 bits a .label file holds for each");
            }
            out[i] = s[i] | inst[i] << 16;
        }
        return out;
    }

    /** Splits packed labels into semantic (lower 16 bits) and instance (upper 16 bits) ids. */
    public static PointLabels unpack(int[] packed) {
        int[] s = new int[packed.length];
        int[] inst = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            s[i] = packed[i] & 0xFFFF;
            inst[i] = packed[i] >>> 16;
        }
        return new PointLabels(s, inst);
    }
}
