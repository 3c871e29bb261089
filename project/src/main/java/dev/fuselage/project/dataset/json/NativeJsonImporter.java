package dev.fuselage.project.dataset.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.dataset.DatasetImport;
import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.project.store.ImportedView;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Makes a project from a native JSON export. Ids, tracks, exact box values, attributes with their types, point
 * labels, comments and reviews come back as they were, so exporting the new project gives the same file.
 */
public final class NativeJsonImporter implements DatasetImporter {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public String description() {
        return "Fuselage native JSON (a whole project; always a new one)";
    }

    @Override
    public boolean addsToExistingProjects() {
        return false;
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) throws IOException {
        Path json = file(source.path());
        JsonNode p = parse(json).path("project");
        List<SourceRef> sources = new ArrayList<>();
        for (JsonNode s : p.path("sources")) {
            sources.add(new SourceRef(text(json, s, "kind"), text(json, s, "path")));
        }
        return ProjectDescriptor.of(text(json, p, "name"), text(json, p, "ontology"), sources);
    }

    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        if (!project.annotations().frames().isEmpty() || !project.annotations().allObjects().isEmpty()) {
            throw new IOException(project.folder() + ": native JSON imports into a new project only");
        }
        Path json = file(source.path());
        fill(json, parse(json), project.annotations(), progress);
        AnnotationStore store = project.annotations();
        return new ImportResult(store.frames().size(), store.allObjects().size(),
                store.allImageAnnotations().size());
    }

    /**
     * Creates a project in {@code projectFolder} from {@code file} (an export folder or its JSON file); the
     * project appears only when the whole file was read.
     *
     * @throws FormatException when the file is not a native export, or a value in it is malformed
     */
    public static ProjectStore createProject(Path file, Path projectFolder, ExportProgress progress)
            throws IOException {
        NativeJsonImporter importer = new NativeJsonImporter();
        ImportSource source = ImportSource.of(file);
        return DatasetImport.createProject(projectFolder, importer.newProject(source, projectFolder),
                p -> importer.importInto(source, p, progress));
    }

    private static Path file(Path path) {
        return Files.isDirectory(path) ? path.resolve(NativeJson.FILE) : path;
    }

    private static JsonNode parse(Path json) throws IOException {
        JsonNode root;
        try {
            root = NativeJson.MAPPER.readTree(json.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(json, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !NativeJson.FORMAT.equals(root.path("format").asText())) {
            throw new FormatException(json, "not a Fuselage native export (format is not '" + NativeJson.FORMAT
                    + "')");
        }
        if (root.path("version").asInt() != NativeJson.VERSION) {
            throw new FormatException(json, "version " + root.path("version") + " is not one this Fuselage reads ("
                    + NativeJson.VERSION + ")");
        }
        return root;
    }

    private static void fill(Path json, JsonNode root, AnnotationStore store, ExportProgress progress)
            throws IOException {
        List<String> frames = new ArrayList<>();
        root.path("frames").forEach(f -> frames.add(f.asText()));
        store.registerFrames(frames);
        progress.progress(0, 4, "objects");
        try {
            for (JsonNode o : root.path("objects")) {
                JsonNode b = o.path("box");
                store.putObject(new ObjectAnnotation(ObjectId.parse(text(json, o, "id")), text(json, o, "frame"),
                        TrackId.of(o.path("track").asLong()), text(json, o, "class"), attributes(o.path("attributes")),
                        cuboid(json, b),
                        Source.valueOf(text(json, o, "source")), o.path("confirmed").asBoolean(),
                        o.has("score") ? OptionalDouble.of(num(json, o, "score")) : OptionalDouble.empty()));
            }
            progress.checkCancelled();
            progress.progress(1, 4, "2D boxes");
            for (JsonNode a : root.path("imageAnnotations")) {
                JsonNode box = a.path("box");
                store.putImageAnnotation(new ImageAnnotation(UUID.fromString(text(json, a, "id")),
                        text(json, a, "frame"), text(json, a, "camera"), text(json, a, "class"),
                        attributes(a.path("attributes")), box.path(0).asDouble(), box.path(1).asDouble(),
                        box.path(2).asDouble(), box.path(3).asDouble(), Source.valueOf(text(json, a, "source"))));
            }
            progress.checkCancelled();
            progress.progress(2, 4, "point labels");
            for (JsonNode l : root.path("pointLabels")) {
                store.putPointLabels(text(json, l, "frame"),
                        PointLabels.decode(Base64.getDecoder().decode(text(json, l, "data"))));
            }
            progress.progress(3, 4, "comments and reviews");
            for (JsonNode c : root.path("comments")) {
                store.putComment(new Comment(UUID.fromString(text(json, c, "id")), text(json, c, "frame"),
                        Optional.ofNullable(c.get("object")).map(n -> ObjectId.parse(n.asText())),
                        text(json, c, "author"), text(json, c, "text"),
                        Instant.ofEpochMilli(c.path("created").asLong()), c.path("resolved").asBoolean()));
            }
            for (JsonNode v : root.path("importedViews")) {
                JsonNode box = v.path("box");
                store.putImportedView(new ImportedView(ObjectId.parse(text(json, v, "object")),
                        v.path("position").asInt(), cuboid(json, v.path("cuboid")),
                        box.isArray() ? Optional.of(new ImportedView.ImageBox(text(json, v, "camera"),
                                box.path(0).asDouble(), box.path(1).asDouble(), box.path(2).asDouble(),
                                box.path(3).asDouble())) : Optional.empty(),
                        v.has("alpha") ? OptionalDouble.of(num(json, v, "alpha")) : OptionalDouble.empty()));
            }
            for (JsonNode r : root.path("reviews")) {
                store.setReview(text(json, r, "frame"),
                        r.has("object") ? ObjectId.parse(r.get("object").asText()) : null,
                        ReviewStatus.valueOf(text(json, r, "status")),
                        r.has("reviewer") ? r.get("reviewer").asText() : null);
            }
            ReviewJson.read(json, root, store);
        } catch (IllegalArgumentException e) {
            throw new FormatException(json, "malformed entry: " + e.getMessage());
        }
        progress.progress(4, 4, "done");
    }

    private static Cuboid cuboid(Path json, JsonNode b) throws FormatException {
        return new Cuboid(num(json, b, "cx"), num(json, b, "cy"), num(json, b, "cz"), num(json, b, "length"),
                num(json, b, "width"), num(json, b, "height"), num(json, b, "yaw"), num(json, b, "pitch"),
                num(json, b, "roll"));
    }

    private static Map<String, Object> attributes(JsonNode n) {
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Object value = v.isTextual() ? v.asText() : v.isBoolean() ? v.asBoolean()
                    : v.isIntegralNumber() ? v.asLong() : v.isNumber() ? v.asDouble() : v.toString();
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static String text(Path file, JsonNode n, String field) throws FormatException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new FormatException(file, "missing text field '" + field + "' in " + abbreviate(n));
        }
        return v.asText();
    }

    private static double num(Path file, JsonNode n, String field) throws FormatException {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new FormatException(file, "missing number field '" + field + "' in " + abbreviate(n));
        }
        return v.asDouble();
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
