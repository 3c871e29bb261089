package dev.fuselage.ai.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.model.ModelDescriptor;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.ai.model.OnnxModel;
import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 1 of issue 12: YOLOX-Nano, the real model, on a real KITTI image and on a blank one. */
class YoloxDetectorTest {
    static final Path MODEL = TestData.file("models/yolox_nano_coco.onnx");
    private static ModelRuntime runtime;
    private static YoloxDetector detector;

    @BeforeAll
    static void open() throws Exception {
        runtime = new ModelRuntime(2);
        ModelDescriptor d = runtime.inferDescriptor(MODEL);
        OnnxModel model = runtime.model(MODEL, d);
        detector = new YoloxDetector(model);
    }

    @AfterAll
    static void close() {
        runtime.close();
    }

    @Test
    void findsTheCarOfKittiTraining000001() throws Exception {
        String root = "kitti/object/training/";
        RgbImage image = RgbImage.read(TestData.file(root + "image_2/000001.png"));
        KittiLabel car = KittiLabelIO.read(TestData.file(root + "label_2/000001.txt")).stream()
                .filter(l -> l.type().equals("Car")).findFirst().orElseThrow();
        Box2D truth = new Box2D(car.left(), car.top(), car.right(), car.bottom());
        List<Detection2D> found = detector.detect(image);
        found.forEach(d -> System.out.printf(Locale.ROOT, "000001: %s %.2f %s -> %s (IoU with the car %.2f)%n",
                d.label(), d.score(), d.box(), d.ontologyClass().orElse("-"), d.box().iou(truth)));
        assertTrue(found.stream().anyMatch(d -> d.ontologyClass().orElse("").equals("Car")
                        && d.box().iou(truth) >= 0.5),
                "no Car detection with IoU >= 0.5 against " + truth + ": " + found);
    }

    @Test
    void reportsNothingConfidentOnABlankImage() throws Exception {
        for (int colour : new int[] {0x000000, 0x808080, 0xFFFFFF}) {
            List<Detection2D> found = detector.detect(RgbImage.filled(1242, 375, colour));
            assertTrue(found.stream().noneMatch(d -> d.score() >= 0.5),
                    String.format("blank #%06X: %s", colour, found));
        }
    }

    @Test
    void tilesCoverWideImagesWithOverlap() {
        assertArrayEquals(new int[] {0}, YoloxDetector.offsets(375, 416));
        int[] xs = YoloxDetector.offsets(1242, 416);
        assertTrue(xs[0] == 0 && xs[xs.length - 1] == 1242 - 416);
        for (int i = 1; i < xs.length; i++) {
            assertTrue(416 - (xs[i] - xs[i - 1]) >= 0.25 * 416, "overlap between tiles " + (i - 1) + " and " + i);
        }
    }
}
