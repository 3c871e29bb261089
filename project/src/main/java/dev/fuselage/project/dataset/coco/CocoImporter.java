package dev.fuselage.project.dataset.coco;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.io.FormatException;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;
import dev.fuselage.project.dataset.ImportedObject;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ImageAnnotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports COCO boxes as 2D {@link ImageAnnotation}s of camera {@code image_2}: the frame is the image file's name
 * without extension, the class the category name; the COCO annotation id and {@code iscrowd} are kept as
 * attributes. Segmentation masks are not imported (the store holds boxes).
 */
public final class CocoImporter implements DatasetImporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "coco";
    }

    @Override
    public String description() {
        return "COCO annotation file (boxes as 2D image annotations)";
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) {
        Path dir = projectFolder.toAbsolutePath().normalize();
        return ProjectDescriptor.of(dir.getFileName().toString(), "COCO", List.of());
    }

    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        progress.checkCancelled();
        List<ImageAnnotation> boxes = read(source.path());
        ImportedObject.save(project.annotations(), "Import COCO boxes", List.of(), boxes);
        return new ImportResult(ImportedObject.frameCount(List.of(), boxes), 0, boxes.size());
    }

    /** Adds every annotation of {@code file} to the store in one edit; returns how many. */
    public static int importBoxes(Path file, AnnotationStore store) throws IOException {
        List<ImageAnnotation> boxes = read(file);
        ImportedObject.save(store, "Import COCO boxes", List.of(), boxes);
        return boxes.size();
    }

    /** The file's boxes. */
    static List<ImageAnnotation> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(file, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("images").isArray() || !root.path("annotations").isArray()
                || !root.path("categories").isArray()) {
            throw new FormatException(file, "not a COCO file: images, annotations and categories arrays expected");
        }
        Map<Long, String> frames = new HashMap<>();
        for (JsonNode i : root.get("images")) {
            frames.put(i.path("id").asLong(), ProjectFrames.stem(Path.of(i.path("file_name").asText("image"))));
        }
        Map<Long, String> classes = new HashMap<>();
        for (JsonNode c : root.get("categories")) {
            classes.put(c.path("id").asLong(), c.path("name").asText());
        }
        List<ImageAnnotation> boxes = new ArrayList<>();
        for (JsonNode a : root.get("annotations")) {
            long id = a.path("id").asLong();
            String frame = frames.get(a.path("image_id").asLong());
            String cls = classes.get(a.path("category_id").asLong());
            JsonNode b = a.path("bbox");
            if (frame == null || cls == null || b.size() != 4) {
                throw new FormatException(file, "annotation " + id + " refers to a missing image or category, or"
                        + " has no [x, y, w, h] bbox");
            }
            double x = b.get(0).asDouble();
            double y = b.get(1).asDouble();
            boxes.add(new ImageAnnotation(UUID.randomUUID(), frame, CameraFrame.CAMERA_NAME, cls,
                    Map.of("coco_id", id, "iscrowd", a.path("iscrowd").asLong()), x, y, x + b.get(2).asDouble(),
                    y + b.get(3).asDouble(), Source.IMPORTED));
        }
        return boxes;
    }
}
