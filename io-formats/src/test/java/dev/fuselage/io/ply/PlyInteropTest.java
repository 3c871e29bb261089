package dev.fuselage.io.ply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Other tools read the PLY files Fuselage writes: Open3D (Debian's python3-open3d) and PCL's {@code pcl_ply2pcd}
 * (pcl-tools). Each test is skipped, not failed, only when its tool is not installed.
 */
class PlyInteropTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String OPEN3D_SCRIPT = String.join("\n",
            "import sys, numpy as np, open3d as o3d",
            "pc = o3d.io.read_point_cloud(sys.argv[1], format='ply')",
            "a = np.asarray(pc.points)",
            "print('open3d points', len(a))",
            "print('open3d first', a[:3].tolist())",
            "print('open3d sum', repr(float(a.sum())))",
            "a.astype('<f8').tofile(sys.argv[2])");

    @TempDir
    Path dir;

    private static PointCloud kitti() throws IOException {
        return new KittiBinFormat().read(TestData.file("kitti/object/testing/velodyne/000000.bin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian", "binary_big_endian"})
    void open3dReadsOurPly(String encoding) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)) && run(List.of(PYTHON, "-c", "import open3d"), 120).ok(),
                "Open3D is not installed for " + PYTHON);
        PointCloud cloud = kitti();
        Path file = dir.resolve("ours.ply");
        new PlyFormat().write(cloud, file, WriteOptions.encoding(encoding));
        Path script = dir.resolve("read.py");
        Files.writeString(script, OPEN3D_SCRIPT);
        Path out = dir.resolve("open3d.f64");
        Result r = run(List.of(PYTHON, script.toString(), file.toString(), out.toString()), 300);
        System.out.println(encoding + ": " + r.output().strip());
        assertTrue(r.ok(), r.output());
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(cloud.size() * 3L * 8, b.capacity(), "Open3D point count");
        double sum = 0;
        boolean ascii = encoding.equals("ascii");
        for (int i = 0; i < cloud.size(); i++) {
            double x = b.getDouble(), y = b.getDouble(), z = b.getDouble();
            // binary: Open3D widens our float32 values to double, the very same numbers; ascii: it parses our
            // digits as doubles (rply's strtod), which must round to our floats
            boolean same = ascii ? (float) x == cloud.x()[i] && (float) y == cloud.y()[i] && (float) z == cloud.z()[i]
                    : x == cloud.x()[i] && y == cloud.y()[i] && z == cloud.z()[i];
            if (!same) {
                throw new AssertionError("point " + i + ": Open3D read (" + x + ", " + y + ", " + z + "), we wrote ("
                        + cloud.x()[i] + ", " + cloud.y()[i] + ", " + cloud.z()[i] + ")");
            }
            sum += (double) cloud.x()[i] + cloud.y()[i] + cloud.z()[i];
        }
        System.out.println(encoding + ": our sum " + sum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian"})
    void pclReadsOurPly(String encoding) throws Exception {
        Path tool = Path.of("/usr/bin/pcl_ply2pcd");
        assumeTrue(Files.isExecutable(tool), "pcl-tools is not installed");
        PointCloud cloud = kitti();
        Path file = dir.resolve("ours.ply");
        new PlyFormat().write(cloud, file, WriteOptions.encoding(encoding));
        Path pcd = dir.resolve("pcl.pcd");
        Result r = run(List.of(tool.toString(), "-format", "1", file.toString(), pcd.toString()), 300);
        System.out.println(encoding + ": " + r.output().strip());
        assertTrue(r.ok() && Files.exists(pcd), r.output());
        assertPcdHoldsTheCloud(pcd, cloud);
    }

    /** Parses PCL's binary PCD output and compares point count and x y z bits. */
    private static void assertPcdHoldsTheCloud(Path pcd, PointCloud cloud) throws IOException {
        byte[] all = Files.readAllBytes(pcd);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int data = text.indexOf("DATA binary\n");
        assertTrue(data > 0, "binary PCD");
        List<String> fields = new ArrayList<>();
        int points = -1;
        for (String line : text.substring(0, data).split("\n")) {
            String[] t = line.trim().split(" ");
            if (t[0].equals("FIELDS")) {
                fields.addAll(Arrays.asList(t).subList(1, t.length));
            } else if (t[0].equals("SIZE")) {
                for (int k = 1; k < t.length; k++) {
                    assertEquals("4", t[k], "PCL keeps every field 4 bytes");
                }
            } else if (t[0].equals("POINTS")) {
                points = Integer.parseInt(t[1]);
            }
        }
        assertEquals(cloud.size(), points, "PCL point count");
        int stride = fields.size() * 4;
        ByteBuffer b = ByteBuffer.wrap(all, data + 12, points * stride).slice().order(ByteOrder.LITTLE_ENDIAN);
        int ox = fields.indexOf("x") * 4, oy = fields.indexOf("y") * 4, oz = fields.indexOf("z") * 4;
        for (int i = 0; i < points; i++) {
            assertEquals(cloud.x()[i], b.getFloat(i * stride + ox), "x " + i);
            assertEquals(cloud.y()[i], b.getFloat(i * stride + oy), "y " + i);
            assertEquals(cloud.z()[i], b.getFloat(i * stride + oz), "z " + i);
        }
        int oi = fields.indexOf("intensity");
        assertTrue(oi >= 0, "PCL kept the intensity field: " + fields);
        float[] intensity = cloud.column("intensity").orElseThrow().floats();
        for (int i = 0; i < points; i++) {
            assertEquals(intensity[i], b.getFloat(i * stride + oi * 4), "intensity " + i);
        }
    }

    private record Result(boolean ok, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(false, "timed out: " + command);
        }
        return new Result(p.exitValue() == 0, new String(out, StandardCharsets.UTF_8));
    }
}
