package dev.fuselage.project.dataset;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.project.store.ImportedView;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An object read from a dataset file, with what the file said about how it looked: the file's 2D box in camera
 * {@code image_2} and its observation angle. {@link #save} stores both, so an export gives them back while the
 * cuboid stays unedited (see {@link ImportedView}).
 *
 * @param object the annotation
 * @param box    the file's 2D box, if it had one
 * @param alpha  the file's observation angle, if it had one
 */
public record ImportedObject(ObjectAnnotation object, Optional<ImportedView.ImageBox> box, OptionalDouble alpha) {
    public ImportedObject {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(alpha, "alpha");
    }

    /** An object whose file gave no 2D view (its place in the file is still kept). */
    public static ImportedObject of(ObjectAnnotation object) {
        return new ImportedObject(object, Optional.empty(), OptionalDouble.empty());
    }

    /**
     * Stores one import as one edit (one undo step, one transaction): the objects with their views, numbered in
     * list order within each frame, and the 2D regions. Nothing is stored when the lists are empty.
     */
    public static void save(AnnotationStore store, String description, List<ImportedObject> objects,
                            List<ImageAnnotation> regions) {
        if (objects.isEmpty() && regions.isEmpty()) {
            return;
        }
        Set<String> frames = new HashSet<>();
        objects.forEach(o -> frames.add(o.object().frameId()));
        regions.forEach(r -> frames.add(r.frameId()));
        store.edit(new EditRecord(EditAction.DO, description, frames), () -> {
            Map<String, Integer> next = new HashMap<>();
            for (ImportedObject o : objects) {
                ObjectAnnotation a = o.object();
                int position = next.merge(a.frameId(), 1, Integer::sum) - 1;
                store.putObject(a);
                store.putImportedView(new ImportedView(a.id(), position, a.box(), o.box(), o.alpha()));
            }
            regions.forEach(store::putImageAnnotation);
        });
    }

    /** Frames that received something. */
    public static int frameCount(List<ImportedObject> objects, List<ImageAnnotation> regions) {
        Set<String> frames = new HashSet<>();
        objects.forEach(o -> frames.add(o.object().frameId()));
        regions.forEach(r -> frames.add(r.frameId()));
        return frames.size();
    }
}
