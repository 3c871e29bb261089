package dev.fuselage.project.dataset.sustech;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Ontology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports the labels of a SUSTechPOINTS scene ({@code <scene>/lidar/<frame>.pcd} beside
 * {@code <scene>/label/<frame>.json}) into a project as {@link Source#IMPORTED} objects, all in one edit (one undo
 * step). SUSTech {@code obj_id}s name the same object in every frame, so each distinct id becomes one track.
 * {@code obj_type}s the ontology knows (in any letter case) take its spelling and attribute defaults; others are
 * kept as they are, so the objects are not lost and validation can point them out.
 */
public final class SustechImporter {
    /** Name of the cloud folder of a scene. */
    public static final String LIDAR_DIR = "lidar";
    /** Name of the label folder of a scene. */
    public static final String LABEL_DIR = "label";

    /**
     * What an import added.
     *
     * @param frames  frames that had a label file
     * @param objects objects added
     * @param tracks  distinct tracks among them
     */
    public record Result(int frames, int objects, int tracks) {
    }

    private SustechImporter() {
    }

    /**
     * The scene a folder belongs to, when it is a SUSTechPOINTS scene ({@code lidar/} next to {@code label/}) or
     * its {@code lidar/} folder.
     */
    public static Optional<Path> scene(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (isScene(f)) {
            return Optional.of(f);
        }
        Path parent = f.getParent();
        if (parent != null && f.getFileName().toString().equals(LIDAR_DIR) && isScene(parent)) {
            return Optional.of(parent);
        }
        return Optional.empty();
    }

    private static boolean isScene(Path folder) {
        return Files.isDirectory(folder.resolve(LIDAR_DIR)) && Files.isDirectory(folder.resolve(LABEL_DIR));
    }

    /**
     * Imports {@code label/<id>.json} of the given (already registered) frames of a scene; frames without a label
     * file are skipped.
     *
     * @throws dev.fuselage.io.FormatException when a label file is malformed (nothing is imported then)
     */
    public static Result importLabels(Path scene, List<String> frameIds, AnnotationStore store, Ontology ontology)
            throws IOException {
        List<ObjectAnnotation> objects = new ArrayList<>();
        Map<String, TrackId> tracks = new HashMap<>();
        Set<String> frames = new LinkedHashSet<>();
        long next = store.nextTrackId().value();
        for (String frame : frameIds) {
            Path file = SustechLabels.file(scene, frame);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            frames.add(frame);
            for (SustechLabels.Label l : SustechLabels.read(file)) {
                TrackId track;
                if (l.id().isBlank()) {
                    track = TrackId.of(next++); // no identity given: a track of its own
                } else {
                    track = tracks.get(l.id());
                    if (track == null) {
                        track = TrackId.of(next++);
                        tracks.put(l.id(), track);
                    }
                }
                Optional<LabelClass> known = classOf(ontology, l.type());
                String className = known.map(LabelClass::name).orElse(l.type());
                Map<String, Object> attrs = known.isPresent() ? ontology.defaults(className) : Map.of();
                objects.add(new ObjectAnnotation(ObjectId.random(), frame, track, className, attrs, l.box(),
                        Source.IMPORTED, false));
            }
        }
        if (!objects.isEmpty()) {
            store.edit(new EditRecord(EditAction.DO, "Import SUSTechPOINTS labels", frames),
                    () -> objects.forEach(store::putObject));
        }
        long distinct = objects.stream().map(ObjectAnnotation::trackId).distinct().count();
        return new Result(frames.size(), objects.size(), (int) distinct);
    }

    /** The ontology's class of a SUSTech type: the exact name, else the one name equal ignoring letter case. */
    static Optional<LabelClass> classOf(Ontology ontology, String type) {
        Optional<LabelClass> exact = ontology.find(type);
        if (exact.isPresent()) {
            return exact;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        List<LabelClass> matches = ontology.concreteClasses().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
