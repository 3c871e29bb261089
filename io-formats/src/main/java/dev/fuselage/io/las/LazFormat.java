package dev.fuselage.io.las;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * LASzip-compressed LAS ({@code .laz}), decoded with laszip4j chunk by chunk in parallel into the same columns
 * the LAS reader gives the uncompressed twin. Read only: laszip4j's compressor writes corrupt files. Content is
 * recognised by {@link LasFormat}'s sniffing ({@code LASF}), so this format claims files by extension only.
 */
public final class LazFormat implements PointCloudFormat {
    private final LasReader reader;

    public LazFormat() {
        this(0);
    }

    /** @param threads upper bound on decoding threads, 0 for all available (tests pin it to compare) */
    public LazFormat(int threads) {
        this.reader = new LasReader(threads);
    }

    @Override
    public String name() {
        return "laz";
    }

    @Override
    public List<String> extensions() {
        return List.of("laz");
    }

    @Override
    public boolean sniff(byte[] head, int length) {
        return false; // same signature as LAS: LasFormat claims the content, and reads compressed points too
    }

    @Override
    public Optional<PointCloudWriter> writer() {
        return Optional.empty();
    }

    @Override
    public PointCloud read(Path file) throws IOException {
        return reader.read(file);
    }
}
