package dev.fuselage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #2, acceptance 1: every point-cloud file in the shared data reads with the point count its own header
 * states (read here by a minimal, independent header parse), and every fixture MANIFEST.md marks BROKEN fails
 * with the typed format error naming the file.
 */
class SharedCloudsTest {
    /** The fixtures MANIFEST.md marks BROKEN. */
    static final Set<String> BROKEN = Set.of("pcd/pdal/missingheader.pcd", "ply/pdal/no_vertex.ply",
            "las/pdal/permutations/1.2-no-points.las");

    static Stream<String> cloudFiles() throws IOException {
        Path root = TestData.root();
        return Stream.of("kitti", "pcd", "ply", "las", "sustech", "semantickitti")
                .flatMap(dir -> {
                    try {
                        return Files.walk(root.resolve(dir)).filter(Files::isRegularFile)
                                .filter(p -> p.toString().matches(".*\\.(bin|pcd|ply|las|laz)$"))
                                .map(p -> root.relativize(p).toString().replace('\\', '/'));
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                })
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("cloudFiles")
    void readsWithTheHeadersPointCountOrFailsTyped(String relative) throws IOException {
        Path file = TestData.file(relative);
        if (BROKEN.contains(relative)) {
            FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(file));
            assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
            return;
        }
        PointCloud cloud = PointCloudIO.read(file);
        assertEquals(headerCount(file), cloud.size(), relative);
        if (cloud.size() > 0) {
            assertTrue(cloud.size() - cloud.invalidCount() > 0, relative + " has no valid point");
        }
    }

    /** Point count as the file's header states it, parsed independently of the readers under test. */
    static long headerCount(Path file) throws IOException {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        switch (ext) {
            case "bin":
                return Files.size(file) / 16;
            case "pcd":
                return headerNumber(file, "(?m)^POINTS\\s+(\\d+)");
            case "ply":
                return headerNumber(file, "(?m)^element\\s+vertex\\s+(\\d+)");
            default: {
                ByteBuffer h = ByteBuffer.wrap(head(file, 375)).order(ByteOrder.LITTLE_ENDIAN);
                int minor = h.get(25);
                long legacy = h.getInt(107) & 0xFFFFFFFFL;
                return minor >= 4 && h.limit() >= 255 ? h.getLong(247) : legacy;
            }
        }
    }

    private static long headerNumber(Path file, String regex) throws IOException {
        String head = new String(head(file, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile(regex).matcher(head);
        if (!m.find()) {
            throw new IllegalStateException("no point count in header of " + file);
        }
        return Long.parseLong(m.group(1));
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }
}
