package dev.fuselage.io.kitti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.testkit.MutationFuzzer;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KittiBinFormatTest {
    static Stream<Path> scans() throws IOException {
        return Stream.of("kitti/object/training/velodyne", "kitti/object/testing/velodyne",
                        "semantickitti/mmdet3d-subset/sequences/00/velodyne")
                .flatMap(d -> {
                    try {
                        return Files.list(TestData.file(d)).sorted().toList().stream();
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("scans")
    void everyScanReadsWithItsByteCount(Path scan) throws IOException {
        PointCloud cloud = PointCloudIO.read(scan);
        assertEquals(Files.size(scan) / 16, cloud.size());
        assertEquals("intensity", cloud.columns().get(0).name());
        ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(scan)).order(ByteOrder.LITTLE_ENDIAN);
        int last = cloud.size() - 1;
        assertEquals(raw.getFloat(16 * last), cloud.x()[last]);
        assertEquals(raw.getFloat(16 * last + 12), cloud.column("intensity").orElseThrow().floats()[last]);
        assertTrue(cloud.bounds().maxX() > cloud.bounds().minX());
    }

    @Test
    void roundTripIsBitwise(@TempDir Path dir) throws IOException {
        Path src = TestData.file("kitti/object/training/velodyne/000001.bin");
        Path out = dir.resolve("copy.bin");
        PointCloudIO.write(PointCloudIO.read(src), out, WriteOptions.DEFAULT);
        assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(out));
    }

    @Test
    void truncatedScanIsAFormatError(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.file("kitti/object/training/velodyne/000000.bin"));
        Path cut = dir.resolve("000000.bin");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 7));
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(cut));
        assertTrue(e.getMessage().startsWith("000000.bin: size "), e.getMessage());
    }

    @Test
    void emptyAndNonFiniteAreFormatErrors(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
        assertTrue(assertThrows(FormatException.class, () -> PointCloudIO.read(empty)).getMessage().contains("empty"));
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        b.putFloat(1).putFloat(2).putFloat(3).putFloat(0).putFloat(Float.NaN).putFloat(0).putFloat(0).putFloat(0);
        Path nan = Files.write(dir.resolve("nan.bin"), b.array());
        FormatException e = assertThrows(FormatException.class, () -> PointCloudIO.read(nan));
        assertTrue(e.getMessage().contains("point 1 has a non-finite coordinate"), e.getMessage());
    }

    @Test
    void fuzzedScansFailCleanly(@TempDir Path dir) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(16 * 40).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 40; i++) {
            b.putFloat(i).putFloat(-i).putFloat(i * 0.1f).putFloat(0.5f);
        }
        KittiBinFormat format = new KittiBinFormat();
        new MutationFuzzer(List.of(b.array()), 7).run(MutationFuzzer.iterations(2000), dir, "fuzz.bin",
                format::read, FormatException.class);
    }
}
