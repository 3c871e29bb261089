package dev.fuselage.io;

import java.util.List;
import java.util.Optional;

/**
 * One point-cloud file format, registered through {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.fuselage.io.PointCloudFormat} and found by {@link PointCloudIO} by extension
 * or, when the extension is unknown, by its magic bytes.
 */
public interface PointCloudFormat extends PointCloudReader {
    /** Short lower-case name shown to users and in {@code fuselage info --json} ({@code pcd}, {@code las}, ...). */
    String name();

    /** File extensions without the dot, lower case. */
    List<String> extensions();

    /**
     * Whether the first bytes of a file look like this format.
     *
     * @param head   up to 64 leading bytes of the file
     * @param length how many of them are valid
     */
    boolean sniff(byte[] head, int length);

    /** The writer, where Fuselage can write this format. */
    Optional<PointCloudWriter> writer();
}
