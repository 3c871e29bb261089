package dev.fuselage.bench.io;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Derives the LAZ input from the generated LAS, when something on this machine can compress LAZ. Checked
 * alternatives (issue #2 needs LAZ point format 6, i.e. LASzip's layered-chunked POINT14 v3 coding): Debian 12
 * packages no LASzip library or CLI, no lastools and no PDAL; laz-perf 0.0.7 on npm exposes only the decoder;
 * laszip4j 0.20's compressed item writers are stubs whose {@code write} returns false (its {@code Laszip} CLI
 * fails with "point type 6 ... not supported"). So the only candidate left is a LAZ writer registered in
 * Fuselage itself: when one is, the LAS is read through the registry and written through it, and the laz-perf
 * peer then decodes the result independently. Exits 3 when no writer exists, which the driver reports.
 *
 * <p>Usage: {@code CompressLaz IN.las OUT.laz}
 */
public final class CompressLaz {
    private CompressLaz() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompressLaz IN.las OUT.laz");
            System.exit(2);
        }
        Path las = Path.of(args[0]), laz = Path.of(args[1]);
        Optional<PointCloudFormat> format = PointCloudIO.byExtension(laz);
        if (format.isEmpty() || format.get().writer().isEmpty() || PointCloudIO.byExtension(las).isEmpty()) {
            System.err.println("CompressLaz: no LAZ compressor here (Debian 12 has no LASzip/lastools/PDAL, npm"
                    + " laz-perf 0.0.7 only decodes, laszip4j 0.20 cannot write compressed points, and Fuselage"
                    + " registers no LAS reader + LAZ writer yet): " + laz.getFileName() + " not generated");
            System.exit(3);
        }
        long t0 = System.nanoTime();
        PointCloud cloud = PointCloudIO.read(las);
        PointCloudIO.write(cloud, laz, WriteOptions.DEFAULT);
        System.out.printf("CompressLaz: %s -> %s with Fuselage's %s writer, %d points in %.1f s%n",
                las.getFileName(), laz.getFileName(), format.get().name(), cloud.size(),
                (System.nanoTime() - t0) / 1e9);
    }
}
