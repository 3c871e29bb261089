package dev.fuselage.bench.io;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark inputs that need no peer tool: KITTI {@code .bin} (through the registry's writer),
 * PCD {@code DATA binary} and LAS 1.4 point format 6 (both emitted by hand), for each size. Existing files are
 * kept unless {@code --force}, so re-runs are cheap. The driver script derives the other encodings with the
 * peers' own tools.
 *
 * <p>Usage: {@code GenerateClouds [--force] DATA_DIR [SIZE...]} with sizes {@code 120k 1M 10M} (default all).
 */
public final class GenerateClouds {
    /** Same seed every run, so every machine benchmarks the same clouds. */
    static final long SEED = 20240602L;

    private GenerateClouds() {
    }

    public static void main(String[] args) throws IOException {
        boolean force = false;
        Path dir = null;
        List<CloudSize> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--force")) {
                force = true;
            } else if (dir == null) {
                dir = Path.of(a);
            } else {
                sizes.add(CloudSize.of(a));
            }
        }
        if (dir == null) {
            System.err.println("usage: GenerateClouds [--force] DATA_DIR [120k|1M|10M ...]");
            System.exit(2);
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(CloudSize.values()));
        }
        Files.createDirectories(dir);
        for (CloudSize size : sizes) {
            generate(dir, size, force);
        }
    }

    static void generate(Path dir, CloudSize size, boolean force) throws IOException {
        Path bin = BenchFile.BIN.in(dir, size);
        Path pcd = BenchFile.PCD_BINARY.in(dir, size);
        Path las = BenchFile.LAS.in(dir, size);
        if (!force && Files.exists(bin) && Files.exists(pcd) && Files.exists(las)) {
            System.out.println("generate " + size.label() + ": present");
            return;
        }
        long t0 = System.nanoTime();
        LidarPoints p = LidarPoints.generate(SEED, size.points());
        PointCloud cloud = new PointCloud(p.x, p.y, p.z);
        System.arraycopy(p.intensity, 0,
                cloud.addColumn(StandardAttributes.INTENSITY, ScalarType.FLOAT32, 1).floats(), 0, p.size());
        PointCloudIO.write(cloud, bin, WriteOptions.DEFAULT);
        PcdBinaryEmitter.write(p, pcd);
        LasPf6Emitter.write(p, las);
        System.out.printf("generate %s: %d points in %.1f s -> %s, %s, %s%n", size.label(), p.size(),
                (System.nanoTime() - t0) / 1e9, bin.getFileName(), pcd.getFileName(), las.getFileName());
    }
}
