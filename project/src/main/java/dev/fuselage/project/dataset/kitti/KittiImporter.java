package dev.fuselage.project.dataset.kitti;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.DatasetImport;
import dev.fuselage.project.dataset.ImportedObject;
import dev.fuselage.project.store.ImportedView;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.io.kitti.KittiTrackingIO;
import dev.fuselage.io.kitti.KittiTrackingLabel;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ImageAnnotation;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Imports KITTI labels into a project as {@link Source#IMPORTED} objects: each box converted into the lidar frame
 * through its frame's calibration, with {@code truncated} and {@code occluded} kept as attributes, and each
 * {@code DontCare} line kept as a 2D {@link ImageAnnotation} region of camera {@code image_2}, so it survives
 * export. Everything of one import is one edit (one undo step, one transaction).
 */
public final class KittiImporter {
    /** Source kind written into {@code project.json} for a KITTI object folder. */
    public static final String SOURCE_KIND = "kitti-object";
    /** Ontology of projects made from KITTI data (the built-in preset). */
    public static final String ONTOLOGY = "KITTI";

    /**
     * What an import added.
     *
     * @param frames  frames that had labels
     * @param objects 3D objects added
     * @param regions DontCare regions added
     */
    public record Result(int frames, int objects, int regions) {
    }

    private KittiImporter() {
    }

    /**
     * Makes a project in {@code projectFolder} referencing the KITTI object folder {@code data} (never copying it),
     * registers its frames and imports its labels.
     */
    public static ProjectStore createProject(Path data, Path projectFolder, ExportProgress progress)
            throws IOException {
        Path dir = projectFolder.toAbsolutePath().normalize();
        Path src = data.toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            throw new IOException(src + ": not a folder");
        }
        return DatasetImport.createProject(dir, descriptor(src, dir), p -> importObjectLabels(src, p.annotations(),
                progress));
    }

    /** The {@code project.json} of a project in {@code projectFolder} for the KITTI object folder {@code data}. */
    static ProjectDescriptor descriptor(Path data, Path projectFolder) {
        Path dir = projectFolder.toAbsolutePath().normalize();
        Path src = data.toAbsolutePath().normalize();
        String ref = src.startsWith(dir) ? dir.relativize(src).toString() : src.toString();
        return ProjectDescriptor.of(dir.getFileName().toString(), ONTOLOGY, List.of(new SourceRef(SOURCE_KIND, ref)));
    }

    /**
     * Imports {@code label_2/*.txt} of a KITTI object folder (calibration from {@code calib/}). Frames are
     * registered in name order when the store has none yet; KITTI object labels carry no identity across frames,
     * so each box gets a track of its own.
     */
    public static Result importObjectLabels(Path folder, AnnotationStore store, ExportProgress progress)
            throws IOException {
        List<String> ids = frameIds(folder);
        if (store.frames().isEmpty()) {
            store.registerFrames(ids);
        }
        return importObjectLabels(folder, ids, store, progress);
    }

    /**
     * Imports {@code label_2/<id>.txt} of the given frames of a KITTI object folder (calibration from
     * {@code calib/}); frames without a label file are skipped and nothing is registered. For callers that have
     * found and registered the frames themselves.
     */
    public static Result importObjectLabels(Path folder, List<String> ids, AnnotationStore store,
                                            ExportProgress progress) throws IOException {
        List<ImportedObject> objects = new ArrayList<>();
        List<ImageAnnotation> regions = new ArrayList<>();
        long track = store.nextTrackId().value();
        int framesWithLabels = 0;
        for (int i = 0; i < ids.size(); i++) {
            progress.checkCancelled();
            String id = ids.get(i);
            progress.progress(i, ids.size(), "frame " + id);
            Path labels = folder.resolve("label_2").resolve(id + ".txt");
            if (!Files.isRegularFile(labels)) {
                continue;
            }
            framesWithLabels++;
            KittiCalibration calib = null;
            for (KittiLabel l : KittiLabelIO.read(labels)) {
                if (l.isDontCare()) {
                    regions.add(region(id, l));
                    continue;
                }
                if (calib == null) {
                    calib = KittiCalibrationIO.read(folder.resolve("calib").resolve(id + ".txt"));
                }
                objects.add(object(id, TrackId.of(track++), l, calib, Map.of()));
            }
        }
        save(store, "Import KITTI labels", objects, regions);
        progress.progress(ids.size(), ids.size(), "done");
        return new Result(framesWithLabels, objects.size(), regions.size());
    }

    /**
     * Imports a KITTI tracking label file. Frame index {@code i} is the store's i-th frame when it has frames, else
     * a frame named {@code %06d} (a store without frames gets frames 0 to the last index first); track {@code t}
     * becomes track {@code t + 1} (project track ids start at 1). The truncation level is kept as
     * {@code truncation_level}; each object's 2D box and alpha are kept for export (see {@link ImportedObject}).
     *
     * @param calib the sequence's calibration (tracking sequences have one for all frames)
     */
    public static Result importTracking(Path labelFile, KittiCalibration calib, AnnotationStore store,
                                        ExportProgress progress) throws IOException {
        List<KittiTrackingLabel> lines = KittiTrackingIO.read(labelFile);
        if (store.frames().isEmpty() && !lines.isEmpty()) {
            // every index of the sequence, so a frame without labels keeps its place (exports index by position)
            int last = lines.stream().mapToInt(KittiTrackingLabel::frame).max().getAsInt();
            List<String> ids = new ArrayList<>(last + 1);
            for (int i = 0; i <= last; i++) {
                ids.add(String.format("%06d", i));
            }
            store.registerFrames(ids);
        }
        List<String> frames = store.frames();
        List<ImportedObject> objects = new ArrayList<>();
        List<ImageAnnotation> regions = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i % 256 == 0) {
                progress.checkCancelled();
                progress.progress(i, lines.size(), "line " + (i + 1));
            }
            KittiTrackingLabel t = lines.get(i);
            String id = t.frame() < frames.size() ? frames.get(t.frame()) : String.format("%06d", t.frame());
            seen.add(t.frame());
            if (t.label().isDontCare()) {
                regions.add(region(id, t.label()));
            } else {
                Map<String, Object> extra = Map.of(KittiObjectLabels.TRUNCATION_LEVEL, (long) t.label().truncated());
                objects.add(object(id, TrackId.of(t.trackId() + 1), t.label(), calib, extra));
            }
        }
        save(store, "Import KITTI tracking labels", objects, regions);
        progress.progress(lines.size(), lines.size(), "done");
        return new Result(seen.size(), objects.size(), regions.size());
    }

    private static ImportedObject object(String frameId, TrackId track, KittiLabel l, KittiCalibration calib,
                                         Map<String, Object> extra) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put(KittiObjectLabels.TRUNCATED, l.truncated());
        attrs.put(KittiObjectLabels.OCCLUDED, Integer.toString(l.occluded()));
        attrs.putAll(extra);
        ObjectAnnotation o = new ObjectAnnotation(ObjectId.random(), frameId, track, l.type(), attrs,
                KittiBoxes.toLidar(l, calib), Source.IMPORTED, false);
        // the hand-drawn 2D box and alpha, given back by exports while the cuboid is unedited
        return new ImportedObject(o, Optional.of(new ImportedView.ImageBox(CameraFrame.CAMERA_NAME, l.left(), l.top(),
                l.right(), l.bottom())), OptionalDouble.of(l.alpha()));
    }

    private static ImageAnnotation region(String frameId, KittiLabel l) {
        return new ImageAnnotation(UUID.randomUUID(), frameId, CameraFrame.CAMERA_NAME, ImageAnnotation.DONT_CARE,
                Map.of(), l.left(), l.top(), l.right(), l.bottom(), Source.IMPORTED);
    }

    private static void save(AnnotationStore store, String what, List<ImportedObject> objects,
                             List<ImageAnnotation> regions) {
        ImportedObject.save(store, what, objects, regions);
    }

    /** Frame ids of a KITTI object folder: its clouds, or its label files when it has no clouds. */
    static List<String> frameIds(Path folder) throws IOException {
        Map<String, ProjectFrames.FrameFiles> clouds = Files.isDirectory(folder.resolve("velodyne"))
                ? ProjectFrames.scan(folder) : Map.of();
        if (!clouds.isEmpty()) {
            return new ArrayList<>(clouds.keySet());
        }
        Path labels = folder.resolve("label_2");
        if (!Files.isDirectory(labels)) {
            throw new IOException(folder + ": not a KITTI object folder (no velodyne/ or label_2/)");
        }
        try (Stream<Path> s = Files.list(labels)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).map(ProjectFrames::stem).sorted()
                    .toList();
        }
    }
}
