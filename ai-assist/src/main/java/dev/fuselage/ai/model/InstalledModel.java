package dev.fuselage.ai.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One model in the user's model folder.
 *
 * @param name       the file stem, unique in the folder
 * @param onnx       the ONNX file
 * @param descriptorFile its descriptor
 * @param descriptor the parsed descriptor, when it is valid
 * @param problem    why the model cannot be used (broken descriptor, missing ONNX file), when it cannot
 */
public record InstalledModel(String name, Path onnx, Path descriptorFile, Optional<ModelDescriptor> descriptor,
                             Optional<String> problem) {
    public InstalledModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onnx, "onnx");
        Objects.requireNonNull(descriptorFile, "descriptorFile");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether it can be run. */
    public boolean usable() {
        return descriptor.isPresent() && problem.isEmpty();
    }
}
