package dev.fuselage.bench.io;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One encoding of the generated cloud and where it lives in the data folder. The keys ({@code pcd-binary}, ...)
 * are the {@code format} JMH param and the second column of every result line, for Fuselage and peers alike.
 */
public enum BenchFile {
    BIN("bin", "cloud-%s.bin"),
    PCD_ASCII("pcd-ascii", "cloud-%s-ascii.pcd"),
    PCD_BINARY("pcd-binary", "cloud-%s-binary.pcd"),
    PCD_COMPRESSED("pcd-compressed", "cloud-%s-compressed.pcd"),
    PLY("ply", "cloud-%s-binary_le.ply"),
    LAS("las", "cloud-%s-pf6.las"),
    LAZ("laz", "cloud-%s-autzen-pf3.laz");

    /** System property naming the data folder; the driver script passes it to every JVM it starts. */
    public static final String DATA_PROPERTY = "fuselage.bench.data";
    /** Where the data goes when nobody says: outside the repository, since the 10 M files take ~1.5 GB. */
    public static final String DEFAULT_DATA = "/tmp/fuselage-bench-data";

    private final String key;
    private final String pattern;

    BenchFile(String key, String pattern) {
        this.key = key;
        this.pattern = pattern;
    }

    /** Key used in params and result lines. */
    public String key() {
        return key;
    }

    /** The file for a size inside a data folder. */
    public Path in(Path dataDir, CloudSize size) {
        return dataDir.resolve(String.format(pattern, size.label()));
    }

    /** The file for a size inside the configured data folder. */
    public Path file(CloudSize size) {
        return in(dataDir(), size);
    }

    /**
     * How many points the file for a size holds: the size itself, except for LAZ, which is built from whole
     * chunks of a real file by {@link RepeatLazChunks} and so holds what its header says (110,000 / 1,010,000 /
     * 10,010,000 for 120k / 1M / 10M).
     */
    public long expectedPoints(Path file, CloudSize size) throws java.io.IOException {
        return this == LAZ ? RepeatLazChunks.headerPointCount(file) : size.points();
    }

    /** The configured data folder ({@value #DATA_PROPERTY}, else {@value #DEFAULT_DATA}). */
    public static Path dataDir() {
        return Path.of(System.getProperty(DATA_PROPERTY, DEFAULT_DATA));
    }

    /** The encoding a key names. */
    public static BenchFile of(String key) {
        return Arrays.stream(values())
                .filter(f -> f.key.equalsIgnoreCase(key.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + key + "'"));
    }
}
