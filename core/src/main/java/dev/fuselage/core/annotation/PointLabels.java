package dev.fuselage.core.annotation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Per-point labels of one frame: a semantic class code and an instance number for every point, as two primitive
 * arrays (no per-point objects). 0 means unlabelled in both.
 *
 * <p>The arrays are owned by this object and mutable, so a brush stroke over 100k points costs no copying; whoever
 * hands a {@code PointLabels} out of a model hands out a copy.
 *
 * <p>{@link #encode()} gives the compact storage form: the magic {@code FPL1}, the point count (int32 LE), then
 * the deflated little-endian int32 arrays (all semantic codes, then all instance numbers). Labels come in long
 * runs, which deflate shrinks to a few bytes per run.
 */
public final class PointLabels {
    private static final int MAGIC = 0x314C5046; // "FPL1" read as little-endian int
    private static final int HEADER = 8;
    /** Deflate cannot expand data more than about 1032:1, so a count beyond that ratio is a lie. */
    private static final long MAX_DEFLATE_RATIO = 1032;

    private final int[] semantic;
    private final int[] instance;

    /** Labels for {@code pointCount} points, all unlabelled. */
    public PointLabels(int pointCount) {
        if (pointCount < 0) {
            throw new IllegalArgumentException("point count must be >= 0: " + pointCount);
        }
        this.semantic = new int[pointCount];
        this.instance = new int[pointCount];
    }

    /** Wraps the two arrays (not copied); they must have the same length. */
    public PointLabels(int[] semantic, int[] instance) {
        if (semantic.length != instance.length) {
            throw new IllegalArgumentException("semantic and instance arrays differ in length: " + semantic.length
                    + " vs " + instance.length);
        }
        this.semantic = semantic;
        this.instance = instance;
    }

    public int pointCount() {
        return semantic.length;
    }

    /** The semantic codes, one per point; writes go straight into these labels. */
    public int[] semantic() {
        return semantic;
    }

    /** The instance numbers, one per point; writes go straight into these labels. */
    public int[] instance() {
        return instance;
    }

    /** A deep copy. */
    public PointLabels copy() {
        return new PointLabels(semantic.clone(), instance.clone());
    }

    /** The compact storage form described in the class comment. */
    public byte[] encode() {
        ByteBuffer raw = ByteBuffer.allocate(semantic.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        raw.asIntBuffer().put(semantic).put(instance);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw.array());
            deflater.finish();
            ByteBuffer out = ByteBuffer.allocate(HEADER + 64 + raw.capacity() / 8).order(ByteOrder.LITTLE_ENDIAN);
            out.putInt(MAGIC).putInt(semantic.length);
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                if (out.remaining() < n) {
                    ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + n))
                            .order(ByteOrder.LITTLE_ENDIAN);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                }
                out.put(buf, 0, n);
            }
            return Arrays.copyOf(out.array(), out.position());
        } finally {
            deflater.end();
        }
    }

    /**
     * Reads the form {@link #encode()} writes.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not a valid label blob (wrong
     *                                  magic, a point count the data cannot hold, truncated or trailing data)
     */
    public static PointLabels decode(byte[] blob) {
        if (blob.length < HEADER) {
            throw new IllegalArgumentException("point label blob is " + blob.length + " bytes, shorter than its header");
        }
        ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        int magic = in.getInt();
        if (magic != MAGIC) {
            throw new IllegalArgumentException(String.format("point label blob has magic 0x%08x, not FPL1", magic));
        }
        int count = in.getInt();
        long rawBytes = (long) count * 8;
        if (count < 0 || rawBytes > Integer.MAX_VALUE - 8 || rawBytes > (blob.length - HEADER) * MAX_DEFLATE_RATIO + 1024) {
            throw new IllegalArgumentException("point label blob claims " + count + " points but holds only "
                    + (blob.length - HEADER) + " compressed bytes");
        }
        byte[] raw = new byte[(int) rawBytes];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(blob, HEADER, blob.length - HEADER);
            int got = 0;
            while (got < raw.length && !inflater.finished()) {
                int n = inflater.inflate(raw, got, raw.length - got);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                got += n;
            }
            if (got < raw.length) {
                throw new IllegalArgumentException("point label blob is truncated: " + got + " of " + raw.length
                        + " label bytes");
            }
            if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw new IllegalArgumentException("point label blob holds more than its " + count + " points");
            }
            if (!inflater.finished()) {
                throw new IllegalArgumentException("point label blob is truncated: its deflate stream does not end");
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalArgumentException("point label blob has " + inflater.getRemaining()
                        + " bytes after its data");
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("point label blob is not valid deflate data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        int[] semantic = new int[count];
        int[] instance = new int[count];
        ByteBuffer r = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        r.asIntBuffer().get(semantic);
        r.position(count * 4);
        r.asIntBuffer().get(instance);
        return new PointLabels(semantic, instance);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointLabels p && Arrays.equals(semantic, p.semantic) && Arrays.equals(instance, p.instance);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(semantic) + Arrays.hashCode(instance);
    }

    @Override
    public String toString() {
        return "PointLabels[" + semantic.length + " points]";
    }
}
