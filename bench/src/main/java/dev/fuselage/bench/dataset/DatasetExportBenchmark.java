package dev.fuselage.bench.dataset;

import dev.fuselage.project.dataset.FusionBoxProjector;
import dev.fuselage.project.dataset.DatasetExport;
import dev.fuselage.project.dataset.DatasetExporters;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.ProjectStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 6, acceptance 5: export of a generated 1,000-frame project (KITTI object layout: 1,000-point clouds, one
 * 1242x375 PNG and calibration hard-linked per frame, 5 cars and a DontCare region per frame, imported as a
 * project) in each format, with a progress listener as the CLI's bar uses. One export per invocation into a fresh
 * folder; budget < 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DatasetExportBenchmark {
    static final int FRAMES = 1000;
    static final double[][] P = {
        {721.5377, 0, 609.5593, 0, 0, 721.5377, 172.854, 0, 0, 0, 1, 0},
        {721.5377, 0, 609.5593, -387.5744, 0, 721.5377, 172.854, 0, 0, 0, 1, 0},
        {721.5377, 0, 609.5593, 44.85728, 0, 721.5377, 172.854, 0.2163791, 0, 0, 1, 0.002745884},
        {721.5377, 0, 609.5593, -339.5242, 0, 721.5377, 172.854, 2.199936, 0, 0, 1, 0.002729905}};
    static final double[] R0_RECT = {0.9999239, 0.00983776, -0.007445048, -0.009869795, 0.9999421, -0.004278459,
        0.007402527, 0.004351614, 0.9999631};
    static final double[] TR_VELO_TO_CAM = {0.007533745, -0.9999714, -0.000616602, -0.004069766, 0.01480249,
        0.0007280733, -0.9998902, -0.07631618, 0.9998621, 0.00752379, 0.01480755, -0.2717806};

    @Param({"kitti", "coco", "json"})
    public String format;

    private Path root;
    private ProjectStore project;
    private Path out;
    private int run;
    /** Progress calls seen, so the listener cannot be optimised away. */
    public final AtomicLong progressCalls = new AtomicLong();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        root = Files.createTempDirectory("fuselage-export-bench");
        Path data = generateKitti(root.resolve("data"), FRAMES, 6);
        project = KittiImporter.createProject(data, root.resolve("project"), ExportProgress.NONE);
    }

    @Setup(Level.Invocation)
    public void freshOut() {
        out = root.resolve("out-" + format + "-" + run++);
    }

    @Benchmark
    public Path export() throws IOException {
        ExportProgress bar = new ExportProgress() {
            @Override
            public void progress(long done, long total, String what) {
                progressCalls.incrementAndGet();
            }
        };
        DatasetExport.run(DatasetExporters.byName(format).orElseThrow(), ExportSource.of(project,
                new FusionBoxProjector()), out, bar);
        return out;
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        project.close();
        DatasetExport.deleteTree(root);
    }

    /** The generated KITTI object folder (clouds, calibrations and images hard-linked from one file each). */
    static Path generateKitti(Path dir, int frames, long seed) throws IOException {
        Random rnd = new Random(seed);
        for (String d : new String[] {"velodyne", "calib", "image_2", "label_2"}) {
            Files.createDirectories(dir.resolve(d));
        }
        Path cloud = dir.resolve("cloud.src");
        ByteBuffer b = ByteBuffer.allocate(1000 * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 1000; i++) {
            b.putFloat(5 + rnd.nextFloat() * 40).putFloat(rnd.nextFloat() * 20 - 10).putFloat(-1.5f)
                    .putFloat(rnd.nextFloat());
        }
        Files.write(cloud, b.array());
        Path calib = dir.resolve("calib.src");
        KittiCalibrationIO.write(new KittiCalibration(P, R0_RECT, TR_VELO_TO_CAM, Optional.empty(), Map.of()), calib);
        Path image = dir.resolve("image.src");
        ImageIO.write(new BufferedImage(1242, 375, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        for (int f = 0; f < frames; f++) {
            String id = String.format("%06d", f);
            link(cloud, dir.resolve("velodyne").resolve(id + ".bin"));
            link(calib, dir.resolve("calib").resolve(id + ".txt"));
            link(image, dir.resolve("image_2").resolve(id + ".png"));
            List<KittiLabel> labels = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                labels.add(new KittiLabel("Car", 0, 0, 0, 0, 0, 0, 0, 1.5, 1.6, 3.9, -6 + 3 * k + rnd.nextDouble(),
                        1.7, 12 + 6 * k + 3 * rnd.nextDouble(), 3 * rnd.nextDouble() - 1.5, OptionalDouble.empty()));
            }
            labels.add(new KittiLabel(KittiLabel.DONT_CARE, -1, -1, -10, 10, 170, 60, 190, -1, -1, -1, -1000, -1000,
                    -1000, -10, OptionalDouble.empty()));
            KittiLabelIO.write(labels, dir.resolve("label_2").resolve(id + ".txt"));
        }
        return dir;
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target);
        }
    }
}
