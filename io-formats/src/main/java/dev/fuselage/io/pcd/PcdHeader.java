package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.Viewpoint;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed and checked PCD v0.5–0.7 header: the field layout, the grid, the viewpoint, the encoding and where the
 * data starts. {@link #parse} rejects every inconsistency it can see without the data (sizes, types, counts,
 * {@code POINTS != WIDTH x HEIGHT}, impossible point counts), so readers can trust these values.
 *
 * @param version    the VERSION value, empty when the line is missing
 * @param fields     all fields in file order, padding included, with their byte offsets
 * @param width      grid width ({@code WIDTH})
 * @param height     grid height ({@code HEIGHT}); above 1 for an organized cloud
 * @param points     {@code POINTS}, equal to {@code width * height}
 * @param viewpoint  {@code VIEWPOINT}, identity when missing
 * @param encoding   the {@code DATA} encoding
 * @param dataOffset byte offset of the first data byte (just after the DATA line)
 * @param dataLine   1-based line number of the first data line (for ascii error messages)
 * @param pointStep  bytes of one binary point (sum of SIZE x COUNT)
 * @param warnings   header oddities that did not stop reading (unknown lines)
 */
public record PcdHeader(String version, List<PcdField> fields, int width, int height, int points,
        Viewpoint viewpoint, PcdEncoding encoding, long dataOffset, int dataLine, int pointStep,
        List<String> warnings) {

    /** Largest point count a cloud can hold (Java array limit). */
    public static final int MAX_POINTS = Integer.MAX_VALUE - 8;
    /** How far into a file the DATA line is looked for. */
    static final int MAX_HEADER_BYTES = 1 << 20;

    public PcdHeader {
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }

    /** True when HEIGHT is above 1 (a depth-camera grid). */
    public boolean isOrganized() {
        return height > 1;
    }

    /** Reads and checks the header at the start of an open file. */
    public static PcdHeader read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            throw new FormatException(file, "empty file (not a PCD point cloud)");
        }
        int n = (int) Math.min(size, MAX_HEADER_BYTES);
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining()) {
            if (channel.read(buf, buf.position()) < 0) {
                break;
            }
        }
        return parse(file, buf.array(), buf.position(), size);
    }

    /**
     * Parses a header from the first bytes of a file.
     *
     * @param head     the file's leading bytes
     * @param length   how many of them are valid
     * @param fileSize the whole file's length (tells "no DATA line" from "header longer than we look")
     */
    public static PcdHeader parse(Path file, byte[] head, int length, long fileSize) throws FormatException {
        return new Parser(file).parse(head, length, fileSize);
    }

    /** Line-by-line header parser; holds the values seen so far. */
    private static final class Parser {
        private final Path file;
        private final List<String> warnings = new ArrayList<>();
        private String version = "";
        private String[] names;
        private String[] sizes;
        private String[] types;
        private String[] counts;
        private Long width;
        private Long height;
        private Long points;
        private Viewpoint viewpoint;
        private int line;

        Parser(Path file) {
            this.file = file;
        }

        PcdHeader parse(byte[] head, int length, long fileSize) throws FormatException {
            int pos = 0;
            boolean sawKeyword = false;
            while (pos < length) {
                int eol = pos;
                while (eol < length && head[eol] != '\n') {
                    eol++;
                }
                int next = eol < length ? eol + 1 : eol;
                line++;
                String text = new String(head, pos, eol - pos, StandardCharsets.ISO_8859_1);
                pos = next;
                String[] tokens = tokenize(text);
                if (tokens.length == 0 || tokens[0].startsWith("#")) {
                    continue;
                }
                String key = tokens[0];
                if (!isKeyword(key)) {
                    if (!sawKeyword) {
                        throw error("not a PCD file: line " + line + " is '" + shorten(text)
                                + "' (a PCD header starts with '# .PCD', VERSION or FIELDS)");
                    }
                    warnings.add("header line " + line + " '" + shorten(text) + "' is not a PCD keyword; ignored");
                    continue;
                }
                sawKeyword = true;
                if (key.equals("DATA")) {
                    PcdEncoding encoding = encoding(tokens);
                    return build(encoding, next, line + 1);
                }
                keyword(key, tokens);
            }
            if (length < fileSize && length >= MAX_HEADER_BYTES) {
                throw error("no DATA line in the first " + (MAX_HEADER_BYTES >> 20) + " MiB: not a PCD header");
            }
            throw error(sawKeyword ? "header ends without a DATA line" : "not a PCD file: no header lines");
        }

        private static boolean isKeyword(String key) {
            return switch (key) {
                case "VERSION", "FIELDS", "COLUMNS", "SIZE", "TYPE", "COUNT", "WIDTH", "HEIGHT", "VIEWPOINT",
                        "POINTS", "DATA" -> true;
                default -> false;
            };
        }

        private void keyword(String key, String[] tokens) throws FormatException {
            switch (key) {
                case "VERSION" -> version = tokens.length > 1 ? tokens[1] : "";
                case "FIELDS", "COLUMNS" -> names = once(names, "FIELDS", values(tokens));
                case "SIZE" -> sizes = once(sizes, "SIZE", values(tokens));
                case "TYPE" -> types = once(types, "TYPE", values(tokens));
                case "COUNT" -> counts = once(counts, "COUNT", values(tokens));
                case "WIDTH" -> width = once(width, "WIDTH", number(tokens));
                case "HEIGHT" -> height = once(height, "HEIGHT", number(tokens));
                case "POINTS" -> points = once(points, "POINTS", number(tokens));
                case "VIEWPOINT" -> viewpoint = once(viewpoint, "VIEWPOINT", viewpoint(tokens));
                default -> throw new IllegalStateException(key);
            }
        }

        private <T> T once(T previous, String key, T value) throws FormatException {
            if (previous != null) {
                throw error("header repeats " + key + " (line " + line + ")");
            }
            return value;
        }

        private static String[] values(String[] tokens) {
            String[] v = new String[tokens.length - 1];
            System.arraycopy(tokens, 1, v, 0, v.length);
            return v;
        }

        private Long number(String[] tokens) throws FormatException {
            if (tokens.length != 2) {
                throw error(tokens[0] + " needs exactly one value (line " + line + ")");
            }
            try {
                return Long.parseLong(tokens[1]);
            } catch (NumberFormatException e) {
                throw error(tokens[0] + " '" + shorten(tokens[1]) + "' is not a whole number");
            }
        }

        private Viewpoint viewpoint(String[] tokens) throws FormatException {
            if (tokens.length != 8) {
                throw error("VIEWPOINT needs 7 values (tx ty tz qw qx qy qz), line " + line + " has "
                        + (tokens.length - 1));
            }
            double[] v = new double[7];
            for (int i = 0; i < 7; i++) {
                try {
                    v[i] = Double.parseDouble(tokens[i + 1]);
                } catch (NumberFormatException e) {
                    throw error("VIEWPOINT value '" + shorten(tokens[i + 1]) + "' is not a number");
                }
                if (!Double.isFinite(v[i])) {
                    throw error("VIEWPOINT value '" + shorten(tokens[i + 1]) + "' is not finite");
                }
            }
            return new Viewpoint(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }

        private PcdEncoding encoding(String[] tokens) throws FormatException {
            if (tokens.length < 2) {
                throw error("DATA line names no encoding (ascii, binary or binary_compressed)");
            }
            return PcdEncoding.of(tokens[1]).filter(e -> e.keyword().equals(tokens[1])).orElseThrow(() ->
                    error("DATA '" + shorten(tokens[1]) + "' is not ascii, binary or binary_compressed"));
        }

        private PcdHeader build(PcdEncoding encoding, long dataOffset, int dataLine) throws FormatException {
            if (names == null || names.length == 0) {
                throw error("header has no FIELDS line");
            }
            if (sizes == null) {
                throw error("header has no SIZE line");
            }
            if (types == null) {
                throw error("header has no TYPE line");
            }
            int n = names.length;
            requireLength("SIZE", sizes, n);
            requireLength("TYPE", types, n);
            if (counts != null) {
                requireLength("COUNT", counts, n);
            }
            List<PcdField> fields = new ArrayList<>(n);
            long offset = 0;
            for (int i = 0; i < n; i++) {
                PcdField f = field(i, (int) offset);
                fields.add(f);
                offset += (long) f.size() * f.count();
                if (offset > MAX_POINTS) {
                    throw error("a point of " + offset + "+ bytes is more than Fuselage can read");
                }
            }
            long w = width != null ? width : points != null ? points : -1;
            if (w == -1) {
                throw error("header has neither WIDTH nor POINTS");
            }
            long h = height != null ? height : 1;
            long p = points != null ? points : w * h;
            requireCount("POINTS", p);
            requireCount("WIDTH", w);
            requireCount("HEIGHT", h);
            if (w * h != p) {
                throw error("POINTS " + p + " does not equal WIDTH " + w + " x HEIGHT " + h);
            }
            return new PcdHeader(version, fields, (int) w, (int) h, (int) p,
                    viewpoint != null ? viewpoint : Viewpoint.IDENTITY, encoding, dataOffset, dataLine,
                    (int) offset, warnings);
        }

        private PcdField field(int i, int offset) throws FormatException {
            String name = names[i];
            int size;
            try {
                size = Integer.parseInt(sizes[i]);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size != 1 && size != 2 && size != 4 && size != 8) {
                throw error("SIZE " + shorten(sizes[i]) + " of field '" + shorten(name) + "' is not 1, 2, 4 or 8");
            }
            String t = types[i];
            if (t.length() != 1 || "IUF".indexOf(t.charAt(0)) < 0) {
                throw error("TYPE '" + shorten(t) + "' of field '" + shorten(name) + "' is not I, U or F");
            }
            char type = t.charAt(0);
            if (type == 'F' && size != 4 && size != 8) {
                throw error("TYPE F with SIZE " + size + " (field '" + shorten(name) + "') is not a supported float");
            }
            int count = 1;
            if (counts != null) {
                long c;
                try {
                    c = Long.parseLong(counts[i]);
                } catch (NumberFormatException e) {
                    throw error("COUNT '" + shorten(counts[i]) + "' of field '" + shorten(name)
                            + "' is not a whole number");
                }
                if (c < 0) {
                    throw error("COUNT " + c + " of field '" + shorten(name) + "' is negative");
                }
                if (c > MAX_POINTS) {
                    throw error("COUNT " + c + " of field '" + shorten(name) + "' is too large");
                }
                count = (int) c;
            }
            return new PcdField(name, type, size, count, offset);
        }

        private void requireLength(String key, String[] values, int n) throws FormatException {
            if (values.length != n) {
                throw error(key + " lists " + values.length + " values but FIELDS names " + n);
            }
        }

        private void requireCount(String key, long v) throws FormatException {
            if (v < 0) {
                throw error(key + " " + v + " is negative");
            }
            if (v > MAX_POINTS) {
                throw error(key + " " + v + " is more than one cloud can hold (at most " + MAX_POINTS + ")");
            }
        }

        private FormatException error(String problem) {
            return new FormatException(file, problem);
        }
    }

    /** Splits a header line on spaces, tabs and carriage returns, dropping empty tokens. */
    static String[] tokenize(String line) {
        List<String> out = new ArrayList<>();
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    /** A header excerpt fit for a one-line message: at most 40 characters, control bytes shown as '?'. */
    static String shorten(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(c < 0x20 || c >= 0x7F ? '?' : c);
        }
        return b.toString().strip();
    }
}
