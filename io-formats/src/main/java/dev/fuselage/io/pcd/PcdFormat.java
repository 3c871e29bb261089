package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudWriter;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Point Cloud Library's PCD format, v0.5–0.7, in all three encodings ({@code ascii}, {@code binary},
 * {@code binary_compressed}) for reading and writing. Any FIELDS/SIZE/TYPE/COUNT layout reads: coordinates become
 * the cloud's positions, every other field a typed column (see {@link PcdFieldLayout} for the mapping), and
 * organized clouds keep their grid with invalid points in place.
 *
 * <p>Bad files fail with a {@link FormatException} before anything is allocated for them: a header that
 * contradicts itself or the data ({@code header says POINTS 125635 but the data holds 1000}), unknown types,
 * truncated or corrupt LZF data, non-finite coordinates in an unorganized cloud. Data beyond what the header
 * declares is ignored with a {@linkplain PointCloud#warnings() warning}.
 */
public final class PcdFormat implements PointCloudFormat, PointCloudWriter {
    private static final byte[][] MAGIC = {
        "# .PCD".getBytes(StandardCharsets.US_ASCII),
        "VERSION".getBytes(StandardCharsets.US_ASCII),
        "FIELDS".getBytes(StandardCharsets.US_ASCII),
    };

    @Override
    public String name() {
        return "pcd";
    }

    @Override
    public List<String> extensions() {
        return List.of("pcd");
    }

    @Override
    public boolean sniff(byte[] head, int length) {
        for (byte[] magic : MAGIC) {
            if (length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<PointCloudWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public PointCloud read(Path file) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such file");
        }
        try (ch) {
            PcdHeader header = PcdHeader.read(file, ch);
            PcdFieldLayout layout = new PcdFieldLayout(file, header);
            return switch (header.encoding()) {
                case ASCII -> PcdAsciiReader.read(file, ch, header, layout);
                case BINARY -> PcdBinaryReader.read(file, ch, header, layout);
                case BINARY_COMPRESSED -> PcdCompressedReader.read(file, ch, header, layout);
            };
        }
    }

    /**
     * Writes {@code cloud}; {@code options.encoding()} picks {@code ascii}, {@code binary} (default) or
     * {@code binary_compressed}.
     */
    @Override
    public void write(PointCloud cloud, Path file, WriteOptions options) throws IOException {
        PcdWriter.write(cloud, file, options);
    }
}
