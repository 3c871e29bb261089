package dev.fuselage.io.ply;

import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes the body of a {@code binary_little_endian} or {@code binary_big_endian} PLY file: skips the elements
 * before the vertices, de-interleaves the vertex records into the cloud's arrays and ignores what follows.
 *
 * <p>Fixed-size vertex records (no lists: the usual case) are read in blocks of about 1 MiB straight from the
 * channel, and each property is copied out of the block with its own precomputed offset and the record stride
 * in one tight loop per property. Records with lists are walked one by one.
 */
final class BinaryVertexDecoder {
    /** Bytes per bulk read: large enough to amortise the syscall, small enough to stay in cache. */
    private static final int CHUNK_BYTES = 1 << 20;

    private final Path file;
    private final FileChannel ch;
    private final PlyHeader header;
    private final ByteOrder order;

    BinaryVertexDecoder(Path file, FileChannel ch, PlyHeader header) {
        this.file = file;
        this.ch = ch;
        this.header = header;
        this.order = header.encoding().order();
    }

    /** Reads the vertex element into a new cloud. */
    VertexSchema decode() throws IOException {
        List<PlyElement> elements = header.elements();
        int vi = header.vertexIndex();
        BinaryCursor cursor = new BinaryCursor(ch, header.dataOffset(), order);
        for (int e = 0; e < vi; e++) {
            skipElement(cursor, elements.get(e));
        }
        PlyElement vertex = elements.get(vi);
        VertexSchema.validate(file, vertex);
        long start = cursor.position();
        long available = cursor.remaining();
        int fixed = vertex.fixedRecordBytes();
        int min = vertex.minRecordBytes();
        if (min > 0 && vertex.count() > available / min) {
            long holds = available / min;
            throw new FormatException(file, "header says " + vertex.count() + " vertices but the data holds "
                    + (fixed >= 0 ? "" : "at most ") + holds);
        }
        if (vertex.count() > Integer.MAX_VALUE - 8) {
            throw new FormatException(file, "header says " + vertex.count()
                    + " vertices, more than one cloud can hold");
        }
        VertexSchema schema = VertexSchema.create(file, vertex, (int) vertex.count());
        long end;
        if (fixed >= 0) {
            decodeFixed(schema, start, fixed);
            end = start + (long) fixed * schema.count;
        } else {
            decodeRecords(schema, cursor);
            end = cursor.position();
        }
        checkTail(schema, elements.subList(vi + 1, elements.size()), end);
        return schema;
    }

    private void skipElement(BinaryCursor cursor, PlyElement element) throws IOException {
        int fixed = element.fixedRecordBytes();
        if (fixed >= 0) {
            long bytes = multiplySaturated(element.count(), fixed);
            if (!cursor.skip(bytes)) {
                throw truncatedBefore(element, cursor);
            }
            return;
        }
        if (element.count() > cursor.remaining() / element.minRecordBytes()) {
            throw truncatedBefore(element, cursor);
        }
        List<PlyProperty> props = element.properties();
        for (long r = 0; r < element.count(); r++) {
            for (PlyProperty p : props) {
                if (!skipProperty(cursor, p, element)) {
                    throw truncatedBefore(element, cursor);
                }
            }
        }
    }

    /** Skips one property value of a record; false when the file ends inside it. */
    private boolean skipProperty(BinaryCursor cursor, PlyProperty p, PlyElement element) throws IOException {
        if (!p.isList()) {
            return cursor.skip(p.type().bytes());
        }
        if (!cursor.ensure(p.countType().bytes())) {
            return false;
        }
        long n = cursor.readInteger(p.countType());
        if (n < 0) {
            throw new FormatException(file, "element '" + element.name() + "' has a list '" + p.name()
                    + "' of negative length " + n);
        }
        return cursor.skip(n * p.type().bytes());
    }

    private FormatException truncatedBefore(PlyElement element, BinaryCursor cursor) {
        return new FormatException(file, "file ends inside element '" + element.name() + "' (" + element.count()
                + " records declared before the vertices; " + cursor.remaining() + " bytes left)");
    }

    /** Bulk path: blocks of whole records, one strided copy loop per property. */
    private void decodeFixed(VertexSchema s, long start, int stride) throws IOException {
        int n = s.count;
        if (n == 0 || stride == 0) {
            return;
        }
        int blockPoints = Math.max(1, Math.min(VertexSchema.BLOCK, CHUNK_BYTES / stride));
        ByteBuffer buf = ByteBuffer.allocateDirect(blockPoints * stride).order(order);
        List<PlyProperty> props = s.element.properties();
        int[] offsets = new int[props.size()];
        for (int p = 1; p < offsets.length; p++) {
            offsets[p] = offsets[p - 1] + props.get(p - 1).type().bytes();
        }
        for (int done = 0; done < n; ) {
            int m = Math.min(blockPoints, n - done);
            buf.clear().limit(m * stride);
            long pos = start + (long) done * stride;
            while (buf.hasRemaining()) {
                int r = ch.read(buf, pos + buf.position());
                if (r < 0) {
                    throw new FormatException(file, "file shrank while being read");
                }
            }
            for (int p = 0; p < offsets.length; p++) {
                int role = s.role[p];
                if (role == VertexSchema.ROLE_COLUMN || s.type[p] == PlyType.FLOAT32) {
                    copy(buf, offsets[p], stride, m, s.type[p], s.target[p], done);
                } else {
                    toDoubles(buf, offsets[p], stride, m, s.type[p], s.stage[role]);
                }
            }
            if (s.staged()) {
                s.flushStage(done, m);
            }
            done += m;
        }
    }

    /** Copies one property of {@code m} records into its same-typed destination array from index {@code at}. */
    private static void copy(ByteBuffer b, int off, int stride, int m, PlyType type, Object dst, int at) {
        switch (type) {
            case INT8, UINT8 -> {
                byte[] d = (byte[]) dst;
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[at + i] = b.get(k);
                }
            }
            case INT16, UINT16 -> {
                short[] d = (short[]) dst;
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[at + i] = b.getShort(k);
                }
            }
            case INT32, UINT32 -> {
                int[] d = (int[]) dst;
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[at + i] = b.getInt(k);
                }
            }
            case FLOAT32 -> {
                float[] d = (float[]) dst;
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[at + i] = b.getFloat(k);
                }
            }
            case FLOAT64 -> {
                double[] d = (double[]) dst;
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[at + i] = b.getDouble(k);
                }
            }
        }
    }

    /** Widens one position property of {@code m} records into the staging array. */
    private static void toDoubles(ByteBuffer b, int off, int stride, int m, PlyType type, double[] d) {
        switch (type) {
            case INT8 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.get(k);
                }
            }
            case UINT8 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.get(k) & 0xFF;
                }
            }
            case INT16 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.getShort(k);
                }
            }
            case UINT16 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.getShort(k) & 0xFFFF;
                }
            }
            case INT32 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.getInt(k);
                }
            }
            case UINT32 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.getInt(k) & 0xFFFF_FFFFL;
                }
            }
            case FLOAT32 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.getFloat(k);
                }
            }
            case FLOAT64 -> {
                for (int i = 0, k = off; i < m; i++, k += stride) {
                    d[i] = b.getDouble(k);
                }
            }
        }
    }

    /** Record-by-record path for vertex elements with list properties (skipped, as no column can hold them). */
    private void decodeRecords(VertexSchema s, BinaryCursor cursor) throws IOException {
        List<PlyProperty> props = s.element.properties();
        ByteBuffer b = cursor.buffer();
        int blockStart = 0;
        for (int i = 0; i < s.count; i++) {
            int slot = i - blockStart;
            for (int p = 0; p < props.size(); p++) {
                PlyProperty prop = props.get(p);
                int role = s.role[p];
                if (role == VertexSchema.ROLE_LIST) {
                    if (!skipProperty(cursor, prop, s.element)) {
                        throw truncatedVertices(s, i);
                    }
                    continue;
                }
                if (!cursor.ensure(prop.type().bytes())) {
                    throw truncatedVertices(s, i);
                }
                if (role == VertexSchema.ROLE_COLUMN) {
                    storeColumn(b, s.type[p], s.target[p], i);
                } else if (s.type[p] == PlyType.FLOAT32) {
                    ((float[]) s.target[p])[i] = b.getFloat();
                } else {
                    s.stage[role][slot] = cursor.readDouble(s.type[p]);
                }
            }
            if (slot + 1 == VertexSchema.BLOCK) {
                if (s.staged()) {
                    s.flushStage(blockStart, VertexSchema.BLOCK);
                }
                blockStart = i + 1;
            }
        }
        if (s.staged() && blockStart < s.count) {
            s.flushStage(blockStart, s.count - blockStart);
        }
    }

    private static void storeColumn(ByteBuffer b, PlyType type, Object dst, int i) {
        switch (type) {
            case INT8, UINT8 -> ((byte[]) dst)[i] = b.get();
            case INT16, UINT16 -> ((short[]) dst)[i] = b.getShort();
            case INT32, UINT32 -> ((int[]) dst)[i] = b.getInt();
            case FLOAT32 -> ((float[]) dst)[i] = b.getFloat();
            case FLOAT64 -> ((double[]) dst)[i] = b.getDouble();
        }
    }

    private FormatException truncatedVertices(VertexSchema s, int complete) {
        return new FormatException(file, "header says " + s.count + " vertices but the data holds " + complete);
    }

    /** Notes, without failing, a file that ends before the fixed minimum of the elements after the vertices. */
    private void checkTail(VertexSchema s, List<PlyElement> after, long vertexEnd) throws IOException {
        long need = 0;
        boolean exact = true;
        for (PlyElement e : after) {
            need = addSaturated(need, multiplySaturated(e.count(), e.minRecordBytes()));
            exact &= !e.hasLists();
        }
        long left = ch.size() - vertexEnd;
        if (left < need) {
            s.cloud.addWarning("file ends " + (need - left) + " bytes short of the elements after the vertices");
        } else if (exact && left > need) {
            s.cloud.addWarning((left - need) + " bytes after the last element ignored");
        }
    }

    static long multiplySaturated(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    private static long addSaturated(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
