package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.Viewpoint;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a cloud as PCD v0.7 in any of the three encodings (binary by default): x y z, then every attribute
 * column with its type and component count, the viewpoint and, for organized clouds, the grid.
 *
 * <p>Positions are F4 when the cloud has no origin (bit for bit); a cloud with an origin, or whose positions came
 * from F8 fields ({@code pcd.type.x = F8}), gets F8 world coordinates so nothing is lost. Packed colour read from a
 * TYPE F field ({@code pcd.type.rgb = F4}) is written back as F in the binary encodings; in ascii it is always an
 * unsigned integer with TYPE U, as PCL 1.13 writes it, because a float's text cannot carry colour bits that
 * happen to form a NaN.
 */
final class PcdWriter {
    private static final int CHUNK_BYTES = 1 << 20;

    /** One field of the output: header entry plus the encoder of its values. */
    private record OutField(String name, char type, int size, int count, FieldEncoder encoder) {
    }

    private PcdWriter() {
    }

    static void write(PointCloud cloud, Path file, WriteOptions options) throws IOException {
        PcdEncoding encoding = encoding(file, options);
        List<OutField> fields = plan(cloud, file, encoding);
        long step = 0;
        for (OutField f : fields) {
            step += (long) f.size() * f.count();
        }
        long bytes = step * cloud.size();
        if (encoding == PcdEncoding.BINARY_COMPRESSED && bytes > 0xFFFF_FFFFL) {
            throw new FormatException(file, "binary_compressed holds at most 4 GiB of points (uint32 sizes); this "
                    + "cloud needs " + bytes + " bytes: use binary");
        }
        if (step > Integer.MAX_VALUE / 2) {
            throw new FormatException(file, "a point of " + step + " bytes is more than PCD readers accept");
        }
        byte[] header = header(cloud, fields, encoding).getBytes(StandardCharsets.US_ASCII);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, ByteBuffer.wrap(header));
            switch (encoding) {
                case ASCII -> writeAscii(ch, cloud.size(), fields);
                case BINARY -> writeBinary(ch, cloud.size(), fields, (int) step);
                case BINARY_COMPRESSED -> writeCompressed(file, ch, cloud.size(), fields, bytes, header.length);
            }
        }
    }

    private static PcdEncoding encoding(Path file, WriteOptions options) throws FormatException {
        if (options.encoding().isEmpty()) {
            return PcdEncoding.BINARY;
        }
        String e = options.encoding().get();
        return PcdEncoding.of(e).orElseThrow(() -> new FormatException(file, "unknown PCD encoding '" + e
                + "' (use ascii, binary or binary_compressed)"));
    }

    private static List<OutField> plan(PointCloud cloud, Path file, PcdEncoding encoding) throws FormatException {
        List<OutField> out = new ArrayList<>();
        float[][] axes = {cloud.x(), cloud.y(), cloud.z()};
        double[] origin = {cloud.originX(), cloud.originY(), cloud.originZ()};
        String[] names = {"x", "y", "z"};
        for (int a = 0; a < 3; a++) {
            boolean wide = cloud.hasOrigin()
                    || "F8".equals(cloud.metadata().get(PcdFieldLayout.TYPE_KEY + names[a]));
            out.add(wide ? new OutField(names[a], 'F', 8, 1, new FieldEncoder.AxisDoubles(axes[a], origin[a]))
                    : new OutField(names[a], 'F', 4, 1, new FieldEncoder.AxisFloats(axes[a])));
        }
        for (AttributeColumn col : cloud.columns()) {
            String name = col.name();
            checkName(file, name);
            char type = PcdField.typeLetter(col.type());
            boolean packed = (name.equals(StandardAttributes.RGB) || name.equals(StandardAttributes.RGBA))
                    && col.type() == ScalarType.UINT32 && col.components() == 1;
            if (packed && encoding != PcdEncoding.ASCII
                    && "F4".equals(cloud.metadata().get(PcdFieldLayout.TYPE_KEY + name))) {
                type = 'F'; // same bytes, labelled as PCL's float-packed colour
            }
            out.add(new OutField(name, type, col.type().bytes(), col.components(), new FieldEncoder.Column(col)));
        }
        return out;
    }

    private static void checkName(Path file, String name) throws FormatException {
        boolean ok = !name.isEmpty() && !name.equals(PcdField.PADDING);
        for (int i = 0; i < name.length() && ok; i++) {
            char c = name.charAt(i);
            ok = c > ' ' && c < 0x7F && c != '#';
        }
        if (!ok) {
            throw new FormatException(file, "column '" + PcdHeader.shorten(name) + "' cannot be a PCD field name "
                    + "(needs printable ASCII without spaces, not '_')");
        }
        if (name.equals("x") || name.equals("y") || name.equals("z")) {
            throw new FormatException(file, "column '" + name + "' clashes with the " + name + " coordinate");
        }
    }

    private static String header(PointCloud cloud, List<OutField> fields, PcdEncoding encoding) {
        StringBuilder names = new StringBuilder("FIELDS");
        StringBuilder sizes = new StringBuilder("SIZE");
        StringBuilder types = new StringBuilder("TYPE");
        StringBuilder counts = new StringBuilder("COUNT");
        for (OutField f : fields) {
            names.append(' ').append(f.name());
            sizes.append(' ').append(f.size());
            types.append(' ').append(f.type());
            counts.append(' ').append(f.count());
        }
        int n = cloud.size();
        int width = cloud.isOrganized() ? cloud.width() : n;
        int height = cloud.isOrganized() ? cloud.height() : 1;
        Viewpoint v = cloud.viewpoint();
        return "# .PCD v0.7 - Point Cloud Data file format\n"
                + "VERSION 0.7\n"
                + names + "\n" + sizes + "\n" + types + "\n" + counts + "\n"
                + "WIDTH " + width + "\n"
                + "HEIGHT " + height + "\n"
                + "VIEWPOINT " + number(v.tx()) + " " + number(v.ty()) + " " + number(v.tz()) + " "
                + number(v.qw()) + " " + number(v.qx()) + " " + number(v.qy()) + " " + number(v.qz()) + "\n"
                + "POINTS " + n + "\n"
                + "DATA " + encoding.keyword() + "\n";
    }

    /** A viewpoint value: whole numbers without a fraction, like PCL; others exactly. */
    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static void writeAscii(FileChannel ch, int n, List<OutField> fields) throws IOException {
        AsciiSink out = new AsciiSink(ch);
        for (int p = 0; p < n; p++) {
            for (OutField f : fields) {
                f.encoder().toText(out, p);
            }
            out.newline();
        }
        out.flush();
    }

    private static void writeBinary(FileChannel ch, int n, List<OutField> fields, int step) throws IOException {
        int perChunk = Math.max(1, CHUNK_BYTES / step);
        ByteBuffer buf = ByteBuffer.allocateDirect(Math.max(1, Math.min(perChunk, n)) * step)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int done = 0; done < n; ) {
            int chunk = Math.min(perChunk, n - done);
            buf.clear();
            int offset = 0;
            for (OutField f : fields) {
                f.encoder().toRecords(buf, offset, step, done, chunk);
                offset += f.size() * f.count();
            }
            buf.limit(chunk * step);
            writeFully(ch, buf);
            done += chunk;
        }
    }

    /** Sizes first as placeholders, then the LZF stream of each field's column; the sizes are filled in last. */
    private static void writeCompressed(Path file, FileChannel ch, int n, List<OutField> fields, long expanded,
            int headerLength) throws IOException {
        writeFully(ch, ByteBuffer.allocate(8));
        LzfEncoder lzf = new LzfEncoder(ch);
        byte[] chunk = new byte[CHUNK_BYTES];
        ByteBuffer buf = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        for (OutField f : fields) {
            int valueBytes = f.size() * f.count();
            int perChunk = Math.max(1, CHUNK_BYTES / valueBytes);
            if (valueBytes > chunk.length) {
                chunk = new byte[valueBytes];
                buf = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
            }
            for (int done = 0; done < n; ) {
                int points = Math.min(perChunk, n - done);
                f.encoder().toColumn(buf, 0, done, points);
                lzf.write(chunk, 0, points * valueBytes);
                done += points;
            }
        }
        lzf.finish();
        if (lzf.written() > 0xFFFF_FFFFL) {
            throw new FormatException(file, "compressed data exceeds 4 GiB (uint32 sizes): use binary");
        }
        ByteBuffer sizes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        sizes.putInt((int) lzf.written()).putInt((int) expanded).flip();
        while (sizes.hasRemaining()) {
            ch.write(sizes, headerLength + sizes.position());
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
