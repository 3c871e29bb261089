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
        // each value needs a character and a separator (or the final newline): refuse impossible counts before
        // allocating for them
        long atMost = (available + 1) / (2L * values);
        if (n > atMost) {
            throw new FormatException(file, "header says POINTS " + n + " but the data holds at most " + atMost
                    + " (" + available + " bytes of text, " + values + " values a point)");
        }
        layout.allocate();
        FieldDecoder[] decoders = layout.decoders();
        ch.position(header.dataOffset());
        AsciiTokenizer text = new AsciiTokenizer(file, ch, header.dataLine(), values);
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
}
