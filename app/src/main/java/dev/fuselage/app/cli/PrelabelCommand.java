package dev.fuselage.app.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.ai.PreLabeler;
import dev.fuselage.ai.PreLabelers;
import dev.fuselage.ai.model.ModelRegistry;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.Ontology;
import dev.fuselage.project.EditSession;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.prelabel.FrameRange;
import dev.fuselage.project.prelabel.FrameResult;
import dev.fuselage.project.prelabel.PreLabelJob;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.ReadOnlyProjectException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fuselage prelabel --project P [--frames A..B] --method yolox|geometric [--model FILE.onnx] [--json]}: adds
 * unconfirmed pre-labels to a project, one undoable edit per frame, with a line per frame on stderr.
 */
@Command(name = "prelabel", description = "Add machine-made, unconfirmed boxes (pre-labels) to a project's frames.")
final class PrelabelCommand implements Callable<Integer> {
    @Option(names = "--project", required = true, paramLabel = "P", description = "Project folder.")
    Path project;

    @Option(names = "--frames", paramLabel = "A..B",
            description = "Frame ids to pre-label, inclusive, in sequence order (default: all); one id for one "
                    + "frame.")
    String frames;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "yolox (2D detections on the camera images lifted to 3D) or geometric (clusters of the scan, "
                    + "no model).")
    String method;

    @Option(names = "--model", paramLabel = "FILE.onnx",
            description = "The YOLOX model (default: the first detect2d model of the model folder).")
    Path model;

    @Option(names = "--model-dir", paramLabel = "DIR",
            description = "Model folder used without --model (default: ~/.local/share/fuselage/models).")
    Path modelDir;

    @Option(names = "--json", description = "Print what was added per frame as JSON on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!method.equals("yolox") && !method.equals("geometric")) {
            throw new ParameterException(spec.commandLine(), "unknown method '" + method + "'; yolox or geometric");
        }
        boolean yolox = method.equals("yolox");
        if (!yolox && model != null) {
            throw new ParameterException(spec.commandLine(), "--model is for --method yolox; geometric uses no model");
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (ProjectStore p = ProjectStore.open(project); ModelRuntime runtime = new ModelRuntime()) {
            p.readOnlyReason().ifPresent(r -> {
                throw new ReadOnlyProjectException(p.folder(), r);
            });
            List<String> selected;
            try {
                selected = FrameRange.select(frames, p.annotations().frames());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Ontology ontology = ProjectOntology.of(p);
            PreLabeler labeler = !yolox ? PreLabelers.geometric(ontology)
                    : model != null ? PreLabelers.yolox(runtime, model, Optional.empty(), ontology)
                    : PreLabelers.yolox(runtime, new ModelRegistry(modelDir != null ? modelDir
                            : ModelRegistry.defaultLocation()), ontology);
            PreLabelJob job = new PreLabelJob(labeler, ProjectFrames.of(p), yolox);
            EditSession session = new EditSession(p);
            int[] done = {0};
            List<FrameResult> results = job.run(session, selected, ExportProgress.NONE, r -> {
                done[0]++;
                err.println("[" + done[0] + "/" + selected.size() + "] " + describe(r));
                err.flush();
            });
            int added = results.stream().mapToInt(r -> r.added().size()).sum();
            if (json) {
                spec.commandLine().getOut().println(json(results, added));
            } else {
                spec.commandLine().getOut().printf(Locale.ROOT, "pre-labeled %d frames of %s with %s: %d boxes added"
                        + " in %.1f s%n", results.size(), project, method, added, (System.nanoTime() - start) / 1e9);
            }
        }
        return 0;
    }

    private static String describe(FrameResult r) {
        if (r.skipped().isPresent()) {
            return r.frameId() + ": skipped, " + r.skipped().get();
        }
        StringBuilder s = new StringBuilder(r.frameId() + ": " + r.added().size()
                + (r.added().size() == 1 ? " pre-label added" : " pre-labels added"));
        if (r.replaced() > 0) {
            s.append(", ").append(r.replaced()).append(" earlier ones replaced");
        }
        if (r.duplicates() > 0) {
            s.append(", ").append(r.duplicates()).append(" on boxes already there left out");
        }
        return s.toString();
    }

    private String json(List<FrameResult> results, int added) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("project", project.toAbsolutePath().normalize().toString()).put("method", method);
        if (model != null) {
            root.put("model", model.toAbsolutePath().normalize().toString());
        }
        root.put("added", added);
        ArrayNode frameArray = root.putArray("frames");
        for (FrameResult r : results) {
            ObjectNode f = frameArray.addObject().put("frame", r.frameId());
            ArrayNode boxes = f.putArray("added");
            for (ObjectAnnotation o : r.added()) {
                ObjectNode b = boxes.addObject().put("id", o.id().toString()).put("track", o.trackId().value())
                        .put("class", o.className());
                o.score().ifPresent(s -> b.put("score", s));
                Cuboid c = o.box();
                b.putObject("box").put("cx", c.cx()).put("cy", c.cy()).put("cz", c.cz()).put("length", c.length())
                        .put("width", c.width()).put("height", c.height()).put("yaw", c.yaw());
            }
            f.put("replaced", r.replaced()).put("duplicates", r.duplicates());
            r.skipped().ifPresent(s -> f.put("skipped", s));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
