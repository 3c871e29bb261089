package dev.fuselage.ai.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's model folder: each model is {@code NAME.onnx} beside its descriptor {@code NAME.json} (whose
 * {@code model} key names the ONNX file). {@link #add} installs a model after opening it against its descriptor;
 * {@link #list} reads what is there, reporting broken entries instead of hiding them.
 */
public final class ModelRegistry {
    private final Path dir;

    public ModelRegistry(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_DATA_HOME/fuselage/models}, i.e. {@code ~/.local/share/fuselage/models} by default. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv("XDG_DATA_HOME"), System.getProperty("user.home"));
    }

    /** {@link #defaultLocation()} for a given {@code XDG_DATA_HOME} (null, blank or relative: unset) and home. */
    public static Path defaultLocation(String xdgDataHome, String userHome) {
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() && Paths.get(xdgDataHome).isAbsolute()
                ? Paths.get(xdgDataHome) : Paths.get(userHome, ".local", "share");
        return base.resolve("fuselage").resolve("models");
    }

    public Path folder() {
        return dir;
    }

    /**
     * Installs {@code onnx} under its file stem. The descriptor is {@code descriptor} when given, else inferred
     * ({@link ModelRuntime#inferDescriptor}); the model is opened against it before anything is copied, so a
     * model that cannot run is never installed. A model of the same name is replaced. Both files are written
     * atomically.
     */
    public InstalledModel add(Path onnx, Optional<Path> descriptor, ModelRuntime runtime) throws IOException {
        if (!Files.isRegularFile(onnx)) {
            throw new ModelException(onnx, "no such file");
        }
        ModelDescriptor d = descriptor.isPresent() ? ModelDescriptorJson.read(descriptor.get())
                : runtime.inferDescriptor(onnx);
        runtime.model(onnx, d); // refuses a descriptor that does not fit the model
        String name = ModelRuntime.stem(onnx);
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".onnx");
        Path json = dir.resolve(name + ".json");
        ModelDescriptor installed = d.withModel(target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + name, ".onnx.tmp");
        try {
            Files.copy(onnx, tmp, StandardCopyOption.REPLACE_EXISTING);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        ModelDescriptorJson.write(installed, json);
        return new InstalledModel(name, target, json, Optional.of(installed), Optional.empty());
    }

    /** The models in the folder, by name; none when the folder does not exist. */
    public List<InstalledModel> list() throws IOException {
        List<InstalledModel> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> descriptors = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            files.forEach(descriptors::add);
        }
        descriptors.sort(null);
        for (Path json : descriptors) {
            String name = ModelRuntime.stem(json);
            try {
                ModelDescriptor d = ModelDescriptorJson.read(json);
                Path onnx = dir.resolve(d.model().orElse(name + ".onnx"));
                Optional<String> problem = Files.isRegularFile(onnx) ? Optional.empty()
                        : Optional.of(onnx.getFileName() + ": no such file");
                out.add(new InstalledModel(name, onnx, json, Optional.of(d), problem));
            } catch (ModelException e) {
                out.add(new InstalledModel(name, dir.resolve(name + ".onnx"), json, Optional.empty(),
                        Optional.of(e.getMessage())));
            }
        }
        return out;
    }

    /** The installed model called {@code name}, if there is one. */
    public Optional<InstalledModel> find(String name) throws IOException {
        return list().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
