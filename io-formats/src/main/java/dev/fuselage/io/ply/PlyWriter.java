package dev.fuselage.io.ply;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a cloud as one PLY {@code vertex} element in any of the three encodings. Positions are {@code float}
 * (bit for bit) for a cloud at origin 0, else {@code double} world coordinates (origin + local), so nothing is
 * lost. Every column becomes properties of its own type; a column of {@code k > 1} components becomes
 * {@code name_0 .. name_k-1}. PLY has no 64-bit integers: {@code int64}/{@code uint64} columns are written as
 * {@code double} (exact up to 2^53) and a header comment says so. Ascii numbers are printed as Java prints them
 * ({@code Float.toString}), which reads back as the same value bit for bit (NaN payloads excepted).
 *
 * <p>PLY has no grid and no sensor pose: an organized cloud is written as its {@code width x height} points in
 * row-major order, and the viewpoint is not written. Column names are made single tokens (blanks become
 * underscores); a column whose property name would repeat another's is refused with a {@link FormatException}.
 */
final class PlyWriter {
    private static final int CHUNK_BYTES = 1 << 20;

    /** One output property: an axis (column == null) or one component of a column. */
    private record Out(String name, PlyType type, int axis, AttributeColumn column, int component) {
    }

    private final PointCloud cloud;
    private final Path file;
    private final PlyEncoding encoding;
    private final List<Out> props = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    PlyWriter(PointCloud cloud, Path file, PlyEncoding encoding) throws FormatException {
        this.cloud = cloud;
        this.file = file;
        this.encoding = encoding;
        layout();
    }

    private void layout() throws FormatException {
        PlyType pos = cloud.hasOrigin() ? PlyType.FLOAT64 : PlyType.FLOAT32;
        Set<String> names = new HashSet<>(List.of("x", "y", "z"));
        for (int a = 0; a < 3; a++) {
            props.add(new Out("xyz".substring(a, a + 1), pos, a, null, 0));
        }
        for (AttributeColumn c : cloud.columns()) {
            PlyType type = PlyType.forColumn(c.type());
            if (c.type() == ScalarType.INT64 || c.type() == ScalarType.UINT64) {
                notes.add("column " + sanitize(c.name()) + " is " + c.type().label() + ", written as double");
            }
            for (int k = 0; k < c.components(); k++) {
                String name = sanitize(c.name()) + (c.components() > 1 ? "_" + k : "");
                if (!names.add(name)) {
                    throw new FormatException(file, "column '" + c.name() + "' would be written as property '"
                            + name + "', which another property already uses");
                }
                props.add(new Out(name, type, -1, c, k));
            }
        }
    }

    /** PLY names are single tokens: blanks become underscores. */
    private static String sanitize(String name) {
        String s = name.strip().replaceAll("\\s+", "_");
        return s.isEmpty() ? "unnamed" : s;
    }

    void write() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, ByteBuffer.wrap(header().getBytes(StandardCharsets.UTF_8)));
            if (encoding.isBinary()) {
                writeBinary(ch);
            } else {
                writeAscii(ch);
            }
        }
    }

    private String header() {
        StringBuilder h = new StringBuilder(256);
        h.append("ply\nformat ").append(encoding.headerName()).append(" 1.0\n");
        h.append("comment written by Fuselage\n");
        for (String note : notes) {
            h.append("comment ").append(note).append('\n');
        }
        h.append("element vertex ").append(cloud.size()).append('\n');
        for (Out p : props) {
            h.append("property ").append(p.type().headerName()).append(' ').append(p.name()).append('\n');
        }
        return h.append("end_header\n").toString();
    }

    private void writeBinary(FileChannel ch) throws IOException {
        int stride = 0;
        int[] offsets = new int[props.size()];
        for (int p = 0; p < props.size(); p++) {
            offsets[p] = stride;
            stride += props.get(p).type().bytes();
        }
        int n = cloud.size();
        int blockPoints = Math.max(1, CHUNK_BYTES / stride);
        ByteBuffer buf = ByteBuffer.allocateDirect(blockPoints * stride).order(encoding.order());
        for (int done = 0; done < n; ) {
            int m = Math.min(blockPoints, n - done);
            buf.clear();
            for (int p = 0; p < props.size(); p++) {
                put(buf, props.get(p), offsets[p], stride, done, m);
            }
            buf.limit(m * stride);
            writeFully(ch, buf);
            done += m;
        }
    }

    /** Writes one property of points {@code [from, from + m)} into the block, strided. */
    private void put(ByteBuffer b, Out p, int off, int stride, int from, int m) {
        if (p.column() == null) {
            float[] v = p.axis() == 0 ? cloud.x() : p.axis() == 1 ? cloud.y() : cloud.z();
            if (p.type() == PlyType.FLOAT32) {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    b.putFloat(k, v[from + i]);
                }
            } else {
                double o = p.axis() == 0 ? cloud.originX() : p.axis() == 1 ? cloud.originY() : cloud.originZ();
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    b.putDouble(k, o + v[from + i]);
                }
            }
            return;
        }
        AttributeColumn c = p.column();
        int comps = c.components();
        int j = from * comps + p.component();
        switch (c.type()) {
            case INT8, UINT8 -> {
                byte[] v = c.bytes();
                for (int i = 0, k = off; i < m; i++, k += stride, j += comps) {
                    b.put(k, v[j]);
                }
            }
            case INT16, UINT16 -> {
                short[] v = c.shorts();
                for (int i = 0, k = off; i < m; i++, k += stride, j += comps) {
                    b.putShort(k, v[j]);
                }
            }
            case INT32, UINT32 -> {
                int[] v = c.ints();
                for (int i = 0, k = off; i < m; i++, k += stride, j += comps) {
                    b.putInt(k, v[j]);
                }
            }
            case FLOAT32 -> {
                float[] v = c.floats();
                for (int i = 0, k = off; i < m; i++, k += stride, j += comps) {
                    b.putFloat(k, v[j]);
                }
            }
            case FLOAT64 -> {
                double[] v = c.doubles();
                for (int i = 0, k = off; i < m; i++, k += stride, j += comps) {
                    b.putDouble(k, v[j]);
                }
            }
            case INT64, UINT64 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    b.putDouble(k, c.getDouble(from + i, p.component()));
                }
            }
        }
    }

    private void writeAscii(FileChannel ch) throws IOException {
        AsciiOut out = new AsciiOut(ch);
        int n = cloud.size();
        int np = props.size();
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < np; p++) {
                if (p > 0) {
                    out.put((byte) ' ');
                }
                value(out, props.get(p), i);
            }
            out.put((byte) '\n');
        }
        out.flush();
    }

    private void value(AsciiOut out, Out p, int i) throws IOException {
        if (p.column() == null) {
            float[] v = p.axis() == 0 ? cloud.x() : p.axis() == 1 ? cloud.y() : cloud.z();
            if (p.type() == PlyType.FLOAT32) {
                out.putFloat(v[i]);
            } else {
                double o = p.axis() == 0 ? cloud.originX() : p.axis() == 1 ? cloud.originY() : cloud.originZ();
                out.putDouble(o + v[i]);
            }
            return;
        }
        AttributeColumn c = p.column();
        int j = i * c.components() + p.component();
        switch (c.type()) {
            case INT8 -> out.putLong(c.bytes()[j]);
            case UINT8 -> out.putLong(c.bytes()[j] & 0xFF);
            case INT16 -> out.putLong(c.shorts()[j]);
            case UINT16 -> out.putLong(c.shorts()[j] & 0xFFFF);
            case INT32 -> out.putLong(c.ints()[j]);
            case UINT32 -> out.putLong(c.ints()[j] & 0xFFFF_FFFFL);
            case FLOAT32 -> out.putFloat(c.floats()[j]);
            case FLOAT64 -> out.putDouble(c.doubles()[j]);
            case INT64, UINT64 -> out.putDouble(c.getDouble(i, p.component()));
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** A byte buffer for ascii output that formats numbers without allocating per value. */
    private static final class AsciiOut {
        private final FileChannel ch;
        private final byte[] buf = new byte[CHUNK_BYTES];
        private final ByteBuffer wrap = ByteBuffer.wrap(buf);
        private final StringBuilder sb = new StringBuilder(32);
        private final byte[] digits = new byte[20];
        private int pos;

        AsciiOut(FileChannel ch) {
            this.ch = ch;
        }

        void put(byte c) throws IOException {
            if (pos == buf.length) {
                flush();
            }
            buf[pos++] = c;
        }

        void putLong(long v) throws IOException {
            if (pos > buf.length - 24) {
                flush();
            }
            if (v < 0) {
                buf[pos++] = '-';
                v = -v; // PLY integers are at most 32 bits: no Long.MIN_VALUE here
            }
            int n = 0;
            do {
                digits[n++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v != 0);
            while (n > 0) {
                buf[pos++] = digits[--n];
            }
        }

        void putFloat(float v) throws IOException {
            sb.setLength(0);
            sb.append(v); // digits that read back as the same float, appended without a String
            putChars();
        }

        void putDouble(double v) throws IOException {
            sb.setLength(0);
            sb.append(v);
            putChars();
        }

        private void putChars() throws IOException {
            int n = sb.length();
            if (pos > buf.length - n) {
                flush();
            }
            for (int k = 0; k < n; k++) {
                buf[pos++] = (byte) sb.charAt(k);
            }
        }

        void flush() throws IOException {
            wrap.clear().limit(pos);
            writeFully(ch, wrap);
            pos = 0;
        }
    }
}
