package dev.fuselage.io.las;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudWriter;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * ASPRS LAS 1.0–1.4 ({@code .las}), point formats 0–10. Reads LASzip-compressed content too, whatever the
 * extension says; writes uncompressed LAS 1.2 (formats 0–3) or 1.4 (6–10), see {@link LasWriter}.
 */
public final class LasFormat implements PointCloudFormat, PointCloudWriter {
    private final LasReader reader;

    public LasFormat() {
        this(0);
    }

    /** @param threads upper bound on decoding threads, 0 for all available (tests pin it to compare) */
    public LasFormat(int threads) {
        this.reader = new LasReader(threads);
    }

    @Override
    public String name() {
        return "las";
    }

    @Override
    public List<String> extensions() {
        return List.of("las");
    }

    @Override
    public boolean sniff(byte[] head, int length) {
        return length >= 4 && head[0] == 'L' && head[1] == 'A' && head[2] == 'S' && head[3] == 'F';
    }

    @Override
    public Optional<PointCloudWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public PointCloud read(Path file) throws IOException {
        return reader.read(file);
    }

    @Override
    public void write(PointCloud cloud, Path file, WriteOptions options) throws IOException {
        new LasWriter(cloud, file, options).write();
    }
}
