package dev.fuselage.ai.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Fuselage needs to know to run an ONNX model: its task, how to feed it, how to read its output and which of
 * its classes become which ontology classes. Read and written by {@link ModelDescriptorJson}.
 *
 * @param name    display name
 * @param task    what the model does
 * @param model   the ONNX file's name, relative to the descriptor's folder, when the descriptor names it
 * @param input   input tensor layout and preprocessing
 * @param output  output decoding
 * @param labels  the model's class names in output order (COCO's 80 for YOLOX)
 * @param classes model class name → ontology class name; model classes not listed are ignored
 */
public record ModelDescriptor(String name, ModelTask task, Optional<String> model, InputSpec input,
                              OutputSpec output, List<String> labels, Map<String, String> classes) {
    public ModelDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("'labels' must not be empty");
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("'labels' has a name twice");
        }
        classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        for (Map.Entry<String, String> e : classes.entrySet()) {
            if (!labels.contains(e.getKey())) {
                throw new IllegalArgumentException("'classes' maps \"" + e.getKey() + "\", which is not in 'labels'");
            }
            if (e.getValue().isBlank()) {
                throw new IllegalArgumentException("'classes' maps \"" + e.getKey() + "\" to an empty class name");
            }
        }
    }

    /** The ontology class of model class {@code index}, if it is mapped. */
    public Optional<String> ontologyClass(int index) {
        return index >= 0 && index < labels.size() ? Optional.ofNullable(classes.get(labels.get(index)))
                : Optional.empty();
    }

    /** The same descriptor naming another ONNX file. */
    public ModelDescriptor withModel(String fileName) {
        return new ModelDescriptor(name, task, Optional.of(fileName), input, output, labels, classes);
    }
}
