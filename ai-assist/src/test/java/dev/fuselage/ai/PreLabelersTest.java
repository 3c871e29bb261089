package dev.fuselage.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.detect.RgbImage;
import dev.fuselage.ai.geometry.BevIou;
import dev.fuselage.ai.model.ModelException;
import dev.fuselage.ai.model.ModelRegistry;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.ontology.Presets;
import dev.fuselage.ontology.Rgb;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factory the CLI and GUI use: a model from a path or the model folder, or no model at all. */
class PreLabelersTest {
    private static final Path YOLOX = TestData.file("models/yolox_nano_coco.onnx");

    @Test
    void yoloxFromAPathAndFromTheModelFolderLabelTheSameCar(@TempDir Path dir) throws Exception {
        KittiScene scene = KittiScene.load("000003");
        PreLabelInput frame = new PreLabelInput(scene.cloud(), List.of(new PreLabelInput.CameraView(
                scene.camera2().camera(), RgbImage.read(scene.image()))));
        KittiScene.Labeled car = scene.labels().stream().filter(l -> l.type().equals("Car")).findFirst().orElseThrow();
        try (ModelRuntime runtime = new ModelRuntime(2)) {
            List<PreLabel> byPath = PreLabelers.yolox(runtime, YOLOX, Optional.empty(), Presets.kitti())
                    .prelabel(frame);
            ModelRegistry registry = new ModelRegistry(dir);
            registry.add(YOLOX, Optional.empty(), runtime);
            List<PreLabel> byFolder = PreLabelers.yolox(runtime, registry, Presets.kitti()).prelabel(frame);
            assertEquals(byPath, byFolder);
            assertTrue(byPath.stream().anyMatch(p -> p.className().equals("Car")
                    && BevIou.of(p.box(), car.box()) >= 0.5), byPath.toString());
        }
    }

    @Test
    void anEmptyModelFolderSaysWhatToDo(@TempDir Path dir) {
        try (ModelRuntime runtime = new ModelRuntime(1)) {
            ModelException e = assertThrows(ModelException.class,
                    () -> PreLabelers.yolox(runtime, new ModelRegistry(dir), Presets.kitti()));
            assertTrue(e.getMessage().contains("fuselage model add"), e.getMessage());
        }
    }

    @Test
    void geometricNeedsSizePriors() throws Exception {
        Ontology bare = new Ontology("bare", List.of(LabelClass.of("Thing", Rgb.ofPacked(0xFFFFFF))), List.of());
        assertThrows(IllegalArgumentException.class, () -> PreLabelers.geometric(bare));
        List<PreLabel> pre = PreLabelers.geometric(Presets.kitti())
                .prelabel(PreLabelInput.scanOnly(KittiScene.load("000003").cloud()));
        assertTrue(pre.stream().allMatch(p -> Presets.kitti().find(p.className()).isPresent()));
        assertTrue(pre.stream().anyMatch(p -> p.className().equals("Car")));
    }
}
