package dev.fuselage.io.ply;

import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed PLY header: encoding, elements in file order, comments and {@code obj_info} lines, and the byte offset
 * where the body starts (just after the {@code end_header} line).
 *
 * <p>Parsing is strict about structure and lenient about spacing: trailing blanks after keywords (PDAL's
 * {@code simple_text.ply} has {@code "ply "}), tabs and CRLF line ends are accepted; unknown keywords, unknown
 * types, missing or malformed counts, duplicate property names and a missing {@code end_header} are errors.
 */
record PlyHeader(PlyEncoding encoding, List<PlyElement> elements, List<String> comments, List<String> objInfo,
                 long dataOffset) {
    /** Name of the element that holds the points. */
    static final String VERTEX = "vertex";
    /** Longest header accepted: real headers are a few hundred bytes; this bounds a search for end_header. */
    static final int MAX_HEADER_BYTES = 1 << 20;

    PlyHeader {
        elements = List.copyOf(elements);
        comments = List.copyOf(comments);
        objInfo = List.copyOf(objInfo);
    }

    /** Index of the vertex element in {@link #elements()}, or -1. */
    int vertexIndex() {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isVertex()) {
                return i;
            }
        }
        return -1;
    }

    /** Reads and parses the header from the start of {@code ch}. */
    static PlyHeader read(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            throw new FormatException(file, "empty file (a PLY file starts with a 'ply' line)");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, MAX_HEADER_BYTES));
        ch.position(0);
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
            // fill what the file has
        }
        return parse(file, buf.array(), buf.position());
    }

    /** Parses a header held in {@code bytes[0, length)}; {@code length} may extend past the header into the body. */
    static PlyHeader parse(Path file, byte[] bytes, int length) throws FormatException {
        Parser p = new Parser(file);
        int pos = 0;
        int lineNo = 0;
        while (pos < length) {
            int nl = indexOf(bytes, (byte) '\n', pos, length);
            if (nl < 0) {
                break;
            }
            lineNo++;
            String line = new String(bytes, pos, nl - pos, StandardCharsets.UTF_8);
            pos = nl + 1;
            if (p.line(line, lineNo)) {
                return p.finish(pos);
            }
        }
        if (lineNo == 0 && !startsWithPly(bytes, length)) {
            throw new FormatException(file, "not a PLY file (it does not start with a 'ply' line)");
        }
        if (length >= MAX_HEADER_BYTES) {
            throw new FormatException(file, "no end_header line in the first " + MAX_HEADER_BYTES + " bytes");
        }
        throw new FormatException(file, "header has no end_header line (file ends after " + lineNo + " lines)");
    }

    private static boolean startsWithPly(byte[] b, int length) {
        return length >= 3 && b[0] == 'p' && b[1] == 'l' && b[2] == 'y';
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Line-by-line state of the header being parsed. */
    private static final class Parser {
        private final Path file;
        private final List<PlyElement> elements = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        private final List<String> objInfo = new ArrayList<>();
        private PlyEncoding encoding;
        private String elementName;
        private long elementCount;
        private List<PlyProperty> properties;
        private final Set<String> propertyNames = new HashSet<>();
        private final Set<String> elementNames = new HashSet<>();

        Parser(Path file) {
            this.file = file;
        }

        /** Handles one line (without its '\n'); true when it was end_header. */
        boolean line(String raw, int lineNo) throws FormatException {
            String line = raw.strip();
            if (lineNo == 1) {
                if (!line.equals("ply")) {
                    throw new FormatException(file, "not a PLY file (first line is '" + shorten(line)
                            + "', not 'ply')");
                }
                return false;
            }
            String[] t = line.split("[ \t]+");
            switch (t[0]) {
                case "" -> { /* blank line: tolerated */ }
                case "comment" -> comments.add(rest(line, "comment"));
                case "obj_info" -> objInfo.add(rest(line, "obj_info"));
                case "format" -> format(t, lineNo);
                case "element" -> element(t, lineNo);
                case "property" -> property(t, lineNo);
                case "end_header" -> {
                    return true;
                }
                default -> throw new FormatException(file, "unknown header keyword '" + shorten(t[0])
                        + "' on line " + lineNo);
            }
            return false;
        }

        private void format(String[] t, int lineNo) throws FormatException {
            if (encoding != null) {
                throw new FormatException(file, "second format line (line " + lineNo + ")");
            }
            if (t.length != 3) {
                throw new FormatException(file, "format line " + lineNo + " must be 'format <encoding> 1.0'");
            }
            encoding = PlyEncoding.byName(t[1]);
            if (encoding == null) {
                throw new FormatException(file, "unknown PLY encoding '" + shorten(t[1])
                        + "' (expected ascii, binary_little_endian or binary_big_endian)");
            }
            if (!t[2].equals("1.0")) {
                throw new FormatException(file, "unsupported PLY version '" + shorten(t[2]) + "' (only 1.0)");
            }
        }

        private void element(String[] t, int lineNo) throws FormatException {
            if (t.length != 3) {
                throw new FormatException(file, "element line " + lineNo + " must be 'element <name> <count>'");
            }
            closeElement();
            String name = t[1];
            if (!elementNames.add(name)) {
                throw new FormatException(file, "element '" + shorten(name) + "' is declared twice");
            }
            long count;
            try {
                count = Long.parseLong(t[2]);
            } catch (NumberFormatException e) {
                throw new FormatException(file, "element '" + shorten(name) + "' has count '" + shorten(t[2])
                        + "', not an integer");
            }
            if (count < 0) {
                throw new FormatException(file, "element '" + shorten(name) + "' has negative count " + count);
            }
            elementName = name;
            elementCount = count;
            properties = new ArrayList<>();
            propertyNames.clear();
        }

        private void property(String[] t, int lineNo) throws FormatException {
            if (properties == null) {
                throw new FormatException(file, "property on line " + lineNo + " comes before any element");
            }
            PlyProperty prop;
            if (t.length >= 2 && t[1].equals("list")) {
                if (t.length != 5) {
                    throw new FormatException(file, "list property on line " + lineNo
                            + " must be 'property list <count type> <item type> <name>'");
                }
                PlyType countType = type(t[2]);
                if (!countType.isInteger()) {
                    throw new FormatException(file, "list count type '" + t[2] + "' on line " + lineNo
                            + " is not an integer type");
                }
                prop = PlyProperty.list(t[4], countType, type(t[3]));
            } else {
                if (t.length != 3) {
                    throw new FormatException(file, "property line " + lineNo + " must be 'property <type> <name>'");
                }
                prop = PlyProperty.scalar(t[2], type(t[1]));
            }
            if (!propertyNames.add(prop.name())) {
                throw new FormatException(file, "element '" + shorten(elementName) + "' declares property '"
                        + shorten(prop.name()) + "' twice");
            }
            properties.add(prop);
        }

        private PlyType type(String token) throws FormatException {
            PlyType type = PlyType.byName(token);
            if (type == null) {
                throw new FormatException(file, "unknown property type '" + shorten(token) + "'");
            }
            return type;
        }

        private void closeElement() {
            if (properties != null) {
                elements.add(new PlyElement(elementName, elementCount, properties));
                properties = null;
            }
        }

        PlyHeader finish(long dataOffset) throws FormatException {
            closeElement();
            if (encoding == null) {
                throw new FormatException(file, "header has no format line");
            }
            return new PlyHeader(encoding, elements, comments, objInfo, dataOffset);
        }

        private static String rest(String line, String keyword) {
            return line.substring(keyword.length()).strip();
        }

        private static String shorten(String s) {
            String clean = s.replaceAll("\\p{Cntrl}", "?");
            return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
        }
    }
}
