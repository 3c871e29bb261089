package dev.fuselage.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one place tests find the shared, real test data ({@code ../shared/data} beside the project root). Order:
 * the {@code FUSELAGE_TEST_DATA} environment variable, the {@code fuselage.testdata} system property (set by the
 * build), then {@code shared/data} in the nearest ancestor directory's parent. Tests read it in place and never
 * write there.
 */
public final class TestData {
    private static volatile Path root;

    private TestData() {
    }

    /** Root of the shared data; fails with a clear message when it cannot be found. */
    public static Path root() {
        Path r = root;
        if (r == null) {
            r = locate();
            root = r;
        }
        return r;
    }

    /** A file or folder under the data root, e.g. {@code file("kitti/object/training/velodyne/000001.bin")}. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data missing: " + p);
        }
        return p;
    }

    private static Path locate() {
        String env = System.getenv("FUSELAGE_TEST_DATA");
        if (env != null && !env.isBlank()) {
            return existing(Paths.get(env), "FUSELAGE_TEST_DATA");
        }
        String prop = System.getProperty("fuselage.testdata");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("shared test data not found: set FUSELAGE_TEST_DATA or place it at "
                + "../shared/data beside the project root");
    }

    private static Path existing(Path p, String source) {
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException(source + " points to " + p + ", which is not a directory");
        }
        return p.toAbsolutePath().normalize();
    }
}
