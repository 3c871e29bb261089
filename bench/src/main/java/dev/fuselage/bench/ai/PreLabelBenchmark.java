package dev.fuselage.bench.ai;

import dev.fuselage.ai.PreLabel;
import dev.fuselage.ai.PreLabelInput;
import dev.fuselage.ai.detect.Detection2D;
import dev.fuselage.ai.detect.RgbImage;
import dev.fuselage.ai.detect.YoloxDetector;
import dev.fuselage.ai.geometric.GeometricPreLabeler;
import dev.fuselage.ai.geometry.SceneSegmentation;
import dev.fuselage.ai.lift.DetectionLifter;
import dev.fuselage.ai.lift.DetectionPreLabeler;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.Presets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #12 budgets on one real KITTI training frame (scan, camera 2, image) and the real YOLOX-Nano export from
 * the shared data: a whole frame pre-labeled with the model (tiled detection + lifting) in under 1 s on 2 cores,
 * geometric pre-labeling in under 200 ms. Each part is timed alone too: detection per image, lifting per frame
 * (segmentation + lifting of the frame's detections, computed once in setup).
 *
 * <p>{@code data} is the shared data folder ({@code ../shared/data} from the repository root); ONNX Runtime uses
 * {@code threads} intra-op threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PreLabelBenchmark {
    @Param("../shared/data")
    public String data;

    @Param({"000001", "000003"})
    public String frame;

    @Param("2")
    public int threads;

    private ModelRuntime runtime;
    private YoloxDetector detector;
    private RgbImage image;
    private PointCloud cloud;
    private CameraModel camera;
    private Ontology kitti;
    private List<Detection2D> detections;
    private DetectionPreLabeler prelabeler;
    private GeometricPreLabeler geometric;

    @Setup
    public void setUp() throws IOException {
        Path root = Path.of(data).resolve("kitti/object/training");
        Path onnx = Path.of(data).resolve("models/yolox_nano_coco.onnx");
        runtime = new ModelRuntime(threads);
        detector = new YoloxDetector(runtime.model(onnx, runtime.inferDescriptor(onnx)));
        image = RgbImage.read(root.resolve("image_2/" + frame + ".png"));
        cloud = PointCloudIO.read(root.resolve("velodyne/" + frame + ".bin"));
        KittiCalibration calib = KittiCalibrationIO.read(root.resolve("calib/" + frame + ".txt"));
        camera = KittiCameras.camera(2, calib.p(), calib.r0Rect(), calib.trVeloToCam(),
                new ImageSize(image.width(), image.height())).camera();
        kitti = Presets.kitti();
        detections = detector.detect(image);
        prelabeler = new DetectionPreLabeler(detector, kitti);
        geometric = new GeometricPreLabeler(kitti, List.of("Car", "Van", "Truck", "Pedestrian", "Cyclist"));
    }

    @TearDown
    public void tearDown() {
        runtime.close();
    }

    /** YOLOX-Nano on one KITTI image: native-resolution tiles plus the letterboxed pass, decoding, NMS. */
    @Benchmark
    public List<Detection2D> detectTiled() throws IOException {
        return detector.detect(image);
    }

    /** Lifting one frame's detections: ground, clusters, frustum points, cuboid fits. */
    @Benchmark
    public List<PreLabel> liftFrame() {
        return new DetectionLifter(kitti).lift(SceneSegmentation.of(cloud), camera, detections);
    }

    /** The whole model pre-labeling of one frame (detection + lifting); goal &lt; 1 s on 2 cores. */
    @Benchmark
    public List<PreLabel> detectAndLiftFrame() throws IOException {
        return prelabeler.prelabel(new PreLabelInput(cloud, List.of(new PreLabelInput.CameraView(camera, image))));
    }

    /** Geometric pre-labeling of one frame; goal &lt; 200 ms. */
    @Benchmark
    public List<PreLabel> geometricFrame() {
        return geometric.prelabel(PreLabelInput.scanOnly(cloud));
    }
}
