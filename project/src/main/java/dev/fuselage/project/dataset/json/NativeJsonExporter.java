package dev.fuselage.project.dataset.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FrameLoop;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.project.store.ImportedView;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.ReviewEntry;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything in a project as one JSON file, losslessly; see {@link NativeJson} for the layout. */
public final class NativeJsonExporter implements DatasetExporter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String description() {
        return "Fuselage native JSON (everything, lossless)";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        ObjectNode root = tree(source, progress);
        PointCloudIO.writeAtomically(out.resolve(NativeJson.FILE), tmp -> NativeJson.MAPPER.writeValue(tmp.toFile(),
                root));
    }

    /** The project as a JSON tree. */
    static ObjectNode tree(ExportSource source, ExportProgress progress) throws IOException {
        ProjectStore project = source.project();
        AnnotationStore store = project.annotations();
        ObjectNode root = NODES.objectNode();
        root.put("format", NativeJson.FORMAT).put("version", NativeJson.VERSION);
        ObjectNode p = root.putObject("project");
        p.put("name", project.descriptor().name()).put("ontology", project.descriptor().ontology());
        ArrayNode sources = p.putArray("sources");
        for (SourceRef ref : project.descriptor().sources()) {
            sources.addObject().put("kind", ref.kind()).put("path", ref.resolve(project.folder()).toString());
        }
        List<String> frames = store.frames();
        ArrayNode frameArray = root.putArray("frames");
        frames.forEach(frameArray::add);
        ArrayNode objects = root.putArray("objects");
        ArrayNode images = root.putArray("imageAnnotations");
        ArrayNode labels = root.putArray("pointLabels");
        ArrayNode comments = root.putArray("comments");
        ArrayNode views = root.putArray("importedViews");
        // with --confirmed-only, what refers to a left-out pre-label is left out too
        Set<ObjectId> written = new HashSet<>();
        FrameLoop.run(frames, progress, (i, id) -> {
            for (ObjectAnnotation o : source.objects(id)) {
                objects.add(object(o));
                written.add(o.id());
            }
            for (ImageAnnotation a : store.imageAnnotations(id)) {
                images.add(image(a));
            }
            Optional<PointLabels> pl = store.pointLabels(id);
            if (pl.isPresent()) {
                labels.addObject().put("frame", id).put("pointCount", pl.get().pointCount())
                        .put("data", Base64.getEncoder().encodeToString(pl.get().encode()));
            }
            for (Comment c : store.comments(id)) {
                if (!source.confirmedOnly() || c.objectId().isEmpty() || written.contains(c.objectId().get())) {
                    comments.add(comment(c));
                }
            }
            for (ImportedView v : store.importedViews(id).values()) {
                if (!source.confirmedOnly() || written.contains(v.objectId())) {
                    views.add(view(v));
                }
            }
        });
        ArrayNode reviews = root.putArray("reviews");
        for (ReviewEntry r : store.reviews()) {
            if (source.confirmedOnly() && r.objectId().isPresent()
                    && !written.contains(ObjectId.parse(r.objectId().get()))) {
                continue;
            }
            ObjectNode n = reviews.addObject().put("frame", r.frameId());
            r.objectId().ifPresent(o -> n.put("object", o));
            n.put("status", r.status().name());
            r.reviewer().ifPresent(v -> n.put("reviewer", v));
        }
        ReviewJson.write(root, store);
        return root;
    }

    private static ObjectNode object(ObjectAnnotation o) {
        ObjectNode n = NODES.objectNode();
        n.put("id", o.id().toString()).put("frame", o.frameId()).put("track", o.trackId().value())
                .put("class", o.className());
        attributes(n.putObject("attributes"), o.attributes());
        box(n.putObject("box"), o.box());
        n.put("source", o.source().name()).put("confirmed", o.confirmed());
        o.score().ifPresent(score -> n.put("score", score));
        return n;
    }

    private static ObjectNode view(ImportedView v) {
        ObjectNode n = NODES.objectNode();
        n.put("object", v.objectId().toString()).put("position", v.position());
        box(n.putObject("cuboid"), v.cuboid());
        v.box().ifPresent(b -> n.put("camera", b.camera()).putArray("box").add(b.left()).add(b.top()).add(b.right())
                .add(b.bottom()));
        v.alpha().ifPresent(a -> n.put("alpha", a));
        return n;
    }

    private static void box(ObjectNode n, Cuboid b) {
        n.put("cx", b.cx()).put("cy", b.cy()).put("cz", b.cz()).put("length", b.length()).put("width", b.width())
                .put("height", b.height()).put("yaw", b.yaw()).put("pitch", b.pitch()).put("roll", b.roll());
    }

    private static ObjectNode image(ImageAnnotation a) {
        ObjectNode n = NODES.objectNode();
        n.put("id", a.id().toString()).put("frame", a.frameId()).put("camera", a.camera()).put("class", a.className());
        attributes(n.putObject("attributes"), a.attributes());
        n.putArray("box").add(a.left()).add(a.top()).add(a.right()).add(a.bottom());
        return n.put("source", a.source().name());
    }

    private static ObjectNode comment(Comment c) {
        ObjectNode n = NODES.objectNode();
        n.put("id", c.id().toString()).put("frame", c.frameId());
        c.objectId().ifPresent(o -> n.put("object", o.toString()));
        return n.put("author", c.author()).put("text", c.text()).put("created", c.created().toEpochMilli())
                .put("resolved", c.resolved());
    }

    /** Values keep their type: strings, booleans, integers (Long) and doubles (always with a fraction or exponent). */
    private static void attributes(ObjectNode n, Map<String, Object> attributes) {
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            Object v = e.getValue();
            if (v instanceof String s) {
                n.put(e.getKey(), s);
            } else if (v instanceof Boolean b) {
                n.put(e.getKey(), b);
            } else if (v instanceof Long l) {
                n.put(e.getKey(), l);
            } else {
                n.put(e.getKey(), (Double) v);
            }
        }
    }
}
