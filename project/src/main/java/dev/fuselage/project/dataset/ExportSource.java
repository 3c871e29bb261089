package dev.fuselage.project.dataset;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.ontology.Ontology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exporter reads: the open project, where its frames' files lie, its ontology (with every class in use
 * added, so nothing exports without a category) and, for formats with 2D geometry, a {@link BoxProjector}.
 * Calibrations and image sizes are read once per frame and cached.
 */
public final class ExportSource {
    private final ProjectStore project;
    private final ProjectFrames frames;
    private final Ontology ontology;
    private final BoxProjector projector;
    private final boolean confirmedOnly;
    private final Map<Path, KittiCalibration> calibs = new HashMap<>();
    private final Map<Path, ImageInfo> images = new HashMap<>();

    private ExportSource(ProjectStore project, ProjectFrames frames, Ontology ontology, BoxProjector projector,
                         boolean confirmedOnly) {
        this.project = project;
        this.confirmedOnly = confirmedOnly;
        this.frames = frames;
        this.ontology = ontology;
        this.projector = projector;
    }

    /**
     * The export view of a project.
     *
     * @param projector projection for 2D geometry; null when the caller has none (KITTI object and COCO export then
     *                  refuse with a clear message)
     */
    public static ExportSource of(ProjectStore project, BoxProjector projector) throws IOException {
        return of(project, projector, false);
    }

    /**
     * The export view of a project, optionally without the pre-labels nobody accepted yet.
     *
     * @param projector     projection for 2D geometry; null when the caller has none
     * @param confirmedOnly leave out unaccepted pre-labels (source pre-label, unconfirmed); drawn and imported
     *                      boxes are exported either way
     */
    public static ExportSource of(ProjectStore project, BoxProjector projector, boolean confirmedOnly)
            throws IOException {
        Objects.requireNonNull(project, "project");
        List<String> used = project.annotations().allObjects().stream().filter(o -> keeps(confirmedOnly, o))
                .map(o -> o.className()).distinct().toList();
        Ontology ontology = ProjectOntology.of(project).withAddedClasses(used);
        return new ExportSource(project, ProjectFrames.of(project), ontology, projector, confirmedOnly);
    }

    /**
     * The objects of a frame that this export writes: all of them, or without unaccepted pre-labels. Exporters
     * read objects through this, never from the store directly.
     */
    public List<ObjectAnnotation> objects(String frameId) {
        List<ObjectAnnotation> all = project.annotations().objects(frameId);
        return confirmedOnly ? all.stream().filter(o -> keeps(true, o)).toList() : all;
    }

    /** Whether unaccepted pre-labels are left out. */
    public boolean confirmedOnly() {
        return confirmedOnly;
    }

    private static boolean keeps(boolean confirmedOnly, ObjectAnnotation o) {
        return !confirmedOnly || o.source() != Source.PRE_LABEL || o.confirmed();
    }

    public ProjectStore project() {
        return project;
    }

    public AnnotationStore store() {
        return project.annotations();
    }

    /** The project's frames in sequence order. */
    public List<String> frameIds() {
        return project.annotations().frames();
    }

    public ProjectFrames.FrameFiles files(String frameId) {
        return frames.files(frameId);
    }

    public Ontology ontology() {
        return ontology;
    }

    /** The projector, or an exception naming the format that needs one. */
    public BoxProjector projector(String format) throws IOException {
        if (projector == null) {
            throw new IOException(format + " export needs a camera projector to derive 2D boxes; none was given");
        }
        return projector;
    }

    /** The frame's KITTI calibration, if it has one. */
    public Optional<KittiCalibration> calibration(String frameId) throws IOException {
        Optional<Path> file = files(frameId).calib();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        KittiCalibration c = calibs.get(file.get());
        if (c == null) {
            c = KittiCalibrationIO.read(file.get());
            calibs.put(file.get(), c);
        }
        return Optional.of(c);
    }

    /** Width and height of the frame's image, read from its header, if it has one. */
    public Optional<ImageInfo> imageInfo(String frameId) throws IOException {
        Optional<Path> file = files(frameId).image();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        ImageInfo info = images.get(file.get());
        if (info == null) {
            info = ImageInfo.read(file.get());
            images.put(file.get(), info);
        }
        return Optional.of(info);
    }
}
