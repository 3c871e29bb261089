package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Reads {@code DATA ascii}: one point a line, each field's COUNT values in header order, separated by spaces,
 * tabs or commas. Lines are streamed through {@link AsciiTokenizer}; nothing but the cloud's arrays grows with
 * the point count.
 */
final class PcdAsciiReader {
    private PcdAsciiReader() {
    }

    static PointCloud read(Path file, FileChannel ch, PcdHeader header, PcdFieldLayout layout) throws IOException {
        int n = header.points();
        int values = layout.valuesPerLine();
        long available = Math.max(0, ch.size() - header.dataOffset());
        ch.position(header.dataOffset());
        // each value needs a character and a separator (or the final newline): a count the bytes cannot hold is
        // refused before allocating for it, with the exact reason found by a pass that allocates nothing
        AsciiTokenizer text = new AsciiTokenizer(file, ch, header.dataLine(), values);
        if (n > (available + 1) / (2L * values)) {
            throw tooFewPoints(file, text, n, values);
        }
        layout.allocate();
        FieldDecoder[] decoders = layout.decoders();
        for (int p = 0; p < n; p++) {
            if (!text.nextLine()) {
                throw new FormatException(file, "header says POINTS " + n + " but the data holds " + p);
            }
            for (FieldDecoder d : decoders) {
                d.fromText(text, p);
            }
            text.endLine();
        }
        long extra = 0;
        while (text.nextLine()) {
            extra++;
        }
        PointCloud cloud = layout.finish();
        if (extra > 0) {
            cloud.addWarning(extra + " lines after the " + n + " points the header declares were ignored");
        }
        return cloud;
    }

    /** Finds why the data cannot hold {@code n} points: a line of the wrong length, or too few lines. */
    private static FormatException tooFewPoints(Path file, AsciiTokenizer text, int n, int values) throws IOException {
        long lines = 0;
        while (text.nextLine()) {
            long k = text.countValues();
            if (k < values) {
                return new FormatException(file, "line " + text.line() + " has " + k + " values but the FIELDS need "
                        + values);
            }
            if (k > values) {
                return new FormatException(file, "line " + text.line() + " has more than the " + values
                        + " values the FIELDS declare");
            }
            lines++;
        }
        return new FormatException(file, "header says POINTS " + n + " but the data holds " + lines);
    }
}
