package dev.fuselage.ai;

import dev.fuselage.ai.detect.YoloxDetector;
import dev.fuselage.ai.geometric.GeometricPreLabeler;
import dev.fuselage.ai.lift.DetectionPreLabeler;
import dev.fuselage.ai.model.InstalledModel;
import dev.fuselage.ai.model.ModelDescriptor;
import dev.fuselage.ai.model.ModelDescriptorJson;
import dev.fuselage.ai.model.ModelException;
import dev.fuselage.ai.model.ModelRegistry;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.ai.model.ModelTask;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ways to build a {@link PreLabeler}, as {@code fuselage prelabel --method yolox|geometric [--model FILE]} and
 * the GUI need them.
 */
public final class PreLabelers {
    private PreLabelers() {
    }

    /**
     * A YOLOX pre-labeler on {@code onnx}, described by {@code descriptor} or, without one, by the descriptor
     * beside it ({@code NAME.json}) or else the inferred YOLOX COCO one. The session comes from {@code runtime}
     * (opened once, reused).
     */
    public static PreLabeler yolox(ModelRuntime runtime, Path onnx, Optional<Path> descriptor, Ontology ontology)
            throws IOException {
        ModelDescriptor d;
        if (descriptor.isPresent()) {
            d = ModelDescriptorJson.read(descriptor.get());
        } else {
            Path beside = onnx.resolveSibling(stem(onnx) + ".json");
            d = java.nio.file.Files.isRegularFile(beside) ? ModelDescriptorJson.read(beside)
                    : runtime.inferDescriptor(onnx);
        }
        return new DetectionPreLabeler(new YoloxDetector(runtime.model(onnx, d)), ontology);
    }

    /** A YOLOX pre-labeler on the first usable detect2d model of the model folder. */
    public static PreLabeler yolox(ModelRuntime runtime, ModelRegistry registry, Ontology ontology)
            throws IOException {
        for (InstalledModel m : registry.list()) {
            if (m.usable() && m.descriptor().get().task() == ModelTask.DETECT2D) {
                return new DetectionPreLabeler(new YoloxDetector(runtime.model(m.onnx(), m.descriptor().get())),
                        ontology);
            }
        }
        throw new ModelException(registry.folder(), "no usable detect2d model here; add one with "
                + "'fuselage model add yolox_nano.onnx' or give --model");
    }

    /** A geometric pre-labeler proposing every concrete class of {@code ontology} that has a size prior. */
    public static PreLabeler geometric(Ontology ontology) {
        List<String> classes = ontology.concreteClasses().stream().filter(c -> c.sizePrior().isPresent())
                .map(LabelClass::name).toList();
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("ontology '" + ontology.name() + "' has no class with a size prior; "
                    + "geometric pre-labeling matches cluster shapes against them");
        }
        return new GeometricPreLabeler(ontology, classes);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
