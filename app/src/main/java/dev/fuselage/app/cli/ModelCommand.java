package dev.fuselage.app.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.ai.model.InstalledModel;
import dev.fuselage.ai.model.ModelDescriptor;
import dev.fuselage.ai.model.ModelRegistry;
import dev.fuselage.ai.model.ModelRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage model add FILE.onnx [--descriptor D.json]} and {@code fuselage model list [--json]}: the user's
 * model folder ({@code $XDG_DATA_HOME/fuselage/models} unless {@code --dir} says otherwise).
 */
@Command(name = "model", description = "Manage the local ONNX models used for pre-labeling.",
        subcommands = {ModelCommand.Add.class, ModelCommand.ListModels.class})
final class ModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The folder option both sub-commands share. */
    static final class Folder {
        @Option(names = "--dir", paramLabel = "DIR",
                description = "Model folder (default: $XDG_DATA_HOME/fuselage/models, i.e. "
                        + "~/.local/share/fuselage/models).")
        Path dir;

        ModelRegistry registry() {
            return new ModelRegistry(dir != null ? dir : ModelRegistry.defaultLocation());
        }
    }

    @Command(name = "add", description = "Check an ONNX model against its descriptor and copy both into the model "
            + "folder. Without --descriptor, YOLOX COCO exports (e.g. yolox_nano.onnx) are recognised by their "
            + "input and output shapes.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.onnx", description = "The ONNX model.")
        Path onnx;

        @Option(names = "--descriptor", paramLabel = "D.json", description = "The model's JSON descriptor.")
        Path descriptor;

        @CommandLine.Mixin
        Folder folder = new Folder();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ModelRegistry registry = folder.registry();
            try (ModelRuntime runtime = new ModelRuntime()) {
                InstalledModel m = registry.add(onnx, Optional.ofNullable(descriptor), runtime);
                ModelDescriptor d = m.descriptor().orElseThrow();
                spec.commandLine().getOut().println("added " + m.name() + " (" + d.name() + ", " + d.task().key()
                        + ", " + d.classes().size() + " mapped classes) to " + registry.folder());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the models in the model folder.")
    static final class ListModels implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON: an array of {name, task, file, descriptor, "
                + "classes, usable, problem}.")
        boolean json;

        @CommandLine.Mixin
        Folder folder = new Folder();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ModelRegistry registry = folder.registry();
            List<InstalledModel> models = registry.list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonMapper mapper = JsonMapper.builder().build();
                ArrayNode array = mapper.createArrayNode();
                for (InstalledModel m : models) {
                    ObjectNode o = array.addObject();
                    o.put("name", m.name());
                    m.descriptor().ifPresent(d -> o.put("task", d.task().key()));
                    o.put("file", m.onnx().toString());
                    o.put("descriptor", m.descriptorFile().toString());
                    m.descriptor().ifPresent(d -> {
                        ObjectNode classes = o.putObject("classes");
                        d.classes().forEach(classes::put);
                    });
                    o.put("usable", m.usable());
                    m.problem().ifPresent(p -> o.put("problem", p));
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return 0;
            }
            if (models.isEmpty()) {
                out.println("no models in " + registry.folder() + " (add one with: fuselage model add FILE.onnx)");
                return 0;
            }
            for (InstalledModel m : models) {
                String what = m.descriptor().map(d -> d.task().key() + "  " + d.name()).orElse("?");
                out.println(m.name() + "  " + what + (m.problem().map(p -> "  UNUSABLE: " + p).orElse("")));
            }
            return 0;
        }
    }
}
