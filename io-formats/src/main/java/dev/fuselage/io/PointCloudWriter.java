package dev.fuselage.io;

import dev.fuselage.core.cloud.PointCloud;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one point-cloud format. Callers normally go through {@link PointCloudIO#write}, which makes the write
 * atomic; implementations just write the file they are given.
 */
public interface PointCloudWriter {
    /**
     * Writes every column the format can carry.
     *
     * @throws FormatException when the cloud cannot be expressed in this format (e.g. an unknown encoding)
     */
    void write(PointCloud cloud, Path file, WriteOptions options) throws IOException;
}
