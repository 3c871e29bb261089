package dev.fuselage.io;

import dev.fuselage.core.cloud.PointCloud;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one point-cloud format. Implementations are stateless and thread-safe. */
public interface PointCloudReader {
    /**
     * Reads the whole file.
     *
     * @throws FormatException when the content is malformed (never an unchecked exception, an OOM or a hang on
     *                         hostile input: claimed sizes are checked against the file length before allocating)
     * @throws IOException     when the file cannot be read at all
     */
    PointCloud read(Path file) throws IOException;
}
