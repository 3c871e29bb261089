package dev.fuselage.io.ply;

import dev.fuselage.io.FormatException;
import dev.fuselage.io.text.DecimalParser;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes the body of an {@code ascii} PLY file: skips the elements before the vertices token by token (lists by
 * their leading count), parses each vertex property straight into its array with {@link DecimalParser} and ignores
 * whatever follows the vertices. Integer properties must be integer tokens within their type's range.
 */
final class AsciiVertexDecoder {
    private final Path file;
    private final FileChannel ch;
    private final PlyHeader header;
    private final DecimalParser numbers = new DecimalParser();
    private AsciiTokenizer tokens;

    AsciiVertexDecoder(Path file, FileChannel ch, PlyHeader header) {
        this.file = file;
        this.ch = ch;
        this.header = header;
    }

    /** Reads the vertex element into a new cloud. */
    VertexSchema decode() throws IOException {
        tokens = new AsciiTokenizer(file, ch, header.dataOffset());
        List<PlyElement> elements = header.elements();
        int vi = header.vertexIndex();
        for (int e = 0; e < vi; e++) {
            skipElement(elements.get(e));
        }
        PlyElement vertex = elements.get(vi);
        VertexSchema.validate(file, vertex);
        // every property is at least one token, and n tokens take at least 2n - 1 bytes
        long perVertex = 2L * vertex.properties().size();
        long holds = (tokens.remaining() + 1) / perVertex;
        if (vertex.count() > holds) {
            throw new FormatException(file, "header says " + vertex.count()
                    + " vertices but the data holds at most " + holds);
        }
        if (vertex.count() > Integer.MAX_VALUE - 8) {
            throw new FormatException(file, "header says " + vertex.count()
                    + " vertices, more than one cloud can hold");
        }
        VertexSchema schema = VertexSchema.create(file, vertex, (int) vertex.count());
        decodeVertices(schema);
        return schema;
    }

    private void skipElement(PlyElement element) throws IOException {
        List<PlyProperty> props = element.properties();
        if (props.isEmpty()) {
            return; // records of nothing: no tokens, whatever the count
        }
        for (long r = 0; r < element.count(); r++) {
            for (PlyProperty p : props) {
                if (!tokens.next()) {
                    throw new FormatException(file, "file ends inside element '" + element.name() + "' (record "
                            + r + " of " + element.count() + ", before the vertices)");
                }
                if (p.isList()) {
                    long n = listLength(p, element.name(), r);
                    for (long k = 0; k < n; k++) {
                        if (!tokens.next()) {
                            throw new FormatException(file, "file ends inside list '" + p.name() + "' of element '"
                                    + element.name() + "' (record " + r + ")");
                        }
                    }
                }
            }
        }
    }

    /** Reads the current token as a list's length. */
    private long listLength(PlyProperty p, String element, long record) throws FormatException {
        byte[] b = tokens.buffer();
        if (!numbers.parseLong(b, tokens.start(), tokens.end()) || numbers.longValue() < 0
                || numbers.longValue() > p.countType().max()) {
            throw new FormatException(file, "element '" + element + "' record " + record + ": list '" + p.name()
                    + "' has length '" + tokens.token() + "', not a count");
        }
        return numbers.longValue();
    }

    private void decodeVertices(VertexSchema s) throws IOException {
        List<PlyProperty> props = s.element.properties();
        int np = props.size();
        byte[] b = tokens.buffer();
        int blockStart = 0;
        for (int i = 0; i < s.count; i++) {
            int slot = i - blockStart;
            for (int p = 0; p < np; p++) {
                if (!tokens.next()) {
                    throw new FormatException(file, "header says " + s.count + " vertices but the data holds " + i);
                }
                int role = s.role[p];
                int start = tokens.start(), end = tokens.end();
                PlyType type = s.type[p];
                if (role == VertexSchema.ROLE_COLUMN) {
                    storeColumn(s, p, i, b, start, end);
                } else if (role == VertexSchema.ROLE_LIST) {
                    long n = listLength(props.get(p), "vertex", i);
                    for (long k = 0; k < n; k++) {
                        if (!tokens.next()) {
                            throw new FormatException(file, "header says " + s.count
                                    + " vertices but the data holds " + i);
                        }
                    }
                } else if (type == PlyType.FLOAT32) {
                    if (!numbers.parseFloat(b, start, end)) {
                        throw bad(s, p, i);
                    }
                    ((float[]) s.target[p])[i] = numbers.floatValue();
                } else {
                    s.stage[role][slot] = type.isInteger() ? integer(s, p, i, b, start, end) : float64(s, p, i, b,
                            start, end);
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

    private void storeColumn(VertexSchema s, int p, int i, byte[] b, int start, int end) throws FormatException {
        Object dst = s.target[p];
        switch (s.type[p]) {
            case INT8, UINT8 -> ((byte[]) dst)[i] = (byte) integer(s, p, i, b, start, end);
            case INT16, UINT16 -> ((short[]) dst)[i] = (short) integer(s, p, i, b, start, end);
            case INT32, UINT32 -> ((int[]) dst)[i] = (int) integer(s, p, i, b, start, end);
            case FLOAT32 -> {
                if (!numbers.parseFloat(b, start, end)) {
                    throw bad(s, p, i);
                }
                ((float[]) dst)[i] = numbers.floatValue();
            }
            case FLOAT64 -> ((double[]) dst)[i] = float64(s, p, i, b, start, end);
        }
    }

    private long integer(VertexSchema s, int p, int i, byte[] b, int start, int end) throws FormatException {
        PlyType type = s.type[p];
        if (!numbers.parseLong(b, start, end) || numbers.longValue() < type.min() || numbers.longValue() > type.max()) {
            throw bad(s, p, i);
        }
        return numbers.longValue();
    }

    private double float64(VertexSchema s, int p, int i, byte[] b, int start, int end) throws FormatException {
        if (!numbers.parseDouble(b, start, end)) {
            throw bad(s, p, i);
        }
        return numbers.doubleValue();
    }

    private FormatException bad(VertexSchema s, int p, int i) {
        PlyProperty prop = s.element.properties().get(p);
        return new FormatException(file, "vertex " + i + ": '" + tokens.token() + "' is not a valid " + prop.type()
                + " for property " + prop.name());
    }
}
