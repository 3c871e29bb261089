package dev.fuselage.project.dataset.sustech;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;
import dev.fuselage.project.dataset.ImportedObject;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
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
public final class SustechImporter implements DatasetImporter {
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

    /** Source kind of the scene's {@code lidar/} folder in {@code project.json} (a folder of clouds). */
    public static final String SOURCE_KIND = "cloud-folder";
    /** Ontology of new projects: the built-in KITTI preset, as for any data folder the workspace opens. */
    public static final String ONTOLOGY = "kitti";

    @Override
    public String format() {
        return "sustech";
    }

    @Override
    public String description() {
        return "SUSTechPOINTS scene (label/*.json; the project references its lidar/ clouds and cameras)";
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) throws IOException {
        Path lidar = requireScene(source.path()).resolve(LIDAR_DIR);
        Path dir = projectFolder.toAbsolutePath().normalize();
        String ref = lidar.startsWith(dir) ? dir.relativize(lidar).toString() : lidar.toString();
        return ProjectDescriptor.of(dir.getFileName().toString(), ONTOLOGY, List.of(new SourceRef(SOURCE_KIND, ref)));
    }

    /**
     * Imports the scene's labels; a project without frames gets the scene's frames (its clouds, by name) first.
     */
    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        Path scene = requireScene(source.path());
        AnnotationStore store = project.annotations();
        List<String> frames = ProjectFrames.ofFolder(scene.resolve(LIDAR_DIR)).frameIds();
        if (store.frames().isEmpty()) {
            store.registerFrames(frames);
        }
        progress.checkCancelled();
        Result r = importLabels(scene, frames, store, ProjectOntology.of(project));
        progress.progress(1, 1, "done");
        return new ImportResult(r.frames(), r.objects(), 0);
    }

    private static Path requireScene(Path folder) throws IOException {
        return scene(folder).orElseThrow(() -> new IOException(folder.toAbsolutePath().normalize()
                + ": not a SUSTechPOINTS scene (lidar/ beside label/), nor its lidar/ folder"));
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
        List<ImportedObject> objects = new ArrayList<>();
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
                objects.add(ImportedObject.of(new ObjectAnnotation(ObjectId.random(), frame, track, className,
                        attrs, l.box(), Source.IMPORTED, false)));
            }
        }
        ImportedObject.save(store, "Import SUSTechPOINTS labels", objects, List.of());
        long distinct = objects.stream().map(o -> o.object().trackId()).distinct().count();
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
