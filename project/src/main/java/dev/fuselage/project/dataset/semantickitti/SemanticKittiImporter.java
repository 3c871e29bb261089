package dev.fuselage.project.dataset.semantickitti;

import dev.fuselage.project.dataset.DatasetImporter;
import dev.fuselage.project.dataset.ImportResult;
import dev.fuselage.project.dataset.ImportSource;

import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditRecord;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.semantickitti.LabelFile;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports a SemanticKITTI sequence: {@code sequences/NN/velodyne/*.bin} become the project's frames (referenced,
 * never copied) and {@code sequences/NN/labels/*.label} their point labels, in one edit. The sequence's
 * {@code poses.txt} and {@code calib.txt} stay beside the scans, where {@code FramePoses} finds them.
 *
 * <p>{@code DIR} may be the sequence folder itself (holding {@code velodyne/}) or a dataset root whose
 * {@code sequences/} holds exactly one sequence.
 */
public final class SemanticKittiImporter implements DatasetImporter {
    /** The ontology of the projects it makes. */
    public static final String ONTOLOGY = "semantickitti";
    /** Source kind: a sequence folder has the KITTI object layout's {@code velodyne/}. */
    public static final String SOURCE_KIND = "kitti-object";

    /**
     * What an import added.
     *
     * @param frames  scans registered
     * @param labeled scans with a {@code .label} file
     */
    public record Result(int frames, int labeled) {
    }

    @Override
    public String format() {
        return "semantickitti";
    }

    @Override
    public String description() {
        return "SemanticKITTI sequence (sequences/NN): scans referenced, .label files as point labels";
    }

    @Override
    public ProjectDescriptor newProject(ImportSource source, Path projectFolder) throws IOException {
        Path sequence = sequenceFolder(source.path());
        Path folder = projectFolder.toAbsolutePath().normalize();
        String ref = sequence.startsWith(folder) ? folder.relativize(sequence).toString() : sequence.toString();
        return ProjectDescriptor.of(folder.getFileName().toString(), ONTOLOGY,
                List.of(new SourceRef(SOURCE_KIND, ref)));
    }

    /** Imports the sequence's point labels: the result counts its scans and those that received labels. */
    @Override
    public ImportResult importInto(ImportSource source, ProjectStore project, ExportProgress progress)
            throws IOException {
        Result r = importLabels(sequenceFolder(source.path()), project.annotations(), progress);
        return new ImportResult(r.frames(), 0, 0, r.labeled());
    }

    /** The sequence folder {@code dir} names (see the class comment). */
    public static Path sequenceFolder(Path dir) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(d.resolve("velodyne"))) {
            return d;
        }
        Path sequences = d.resolve("sequences");
        if (Files.isDirectory(sequences)) {
            List<Path> found;
            try (Stream<Path> s = Files.list(sequences)) {
                found = s.filter(p -> Files.isDirectory(p.resolve("velodyne"))).sorted().toList();
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new IOException(sequences + ": holds " + found.size() + " sequences ("
                        + found.stream().map(p -> p.getFileName().toString()).toList()
                        + "); import one of them, e.g. " + found.get(0));
            }
        }
        throw new IOException(d + ": not a SemanticKITTI sequence (no velodyne/ and no sequences/NN/velodyne/)");
    }

    /** Makes a project in {@code projectFolder} for the sequence in {@code dir} and imports its labels. */
    public static ProjectStore createProject(Path dir, Path projectFolder, ExportProgress progress)
            throws IOException {
        Path sequence = sequenceFolder(dir);
        Path folder = projectFolder.toAbsolutePath().normalize();
        ProjectStore project = ProjectStore.create(folder,
                new SemanticKittiImporter().newProject(ImportSource.of(dir), folder));
        try {
            importLabels(sequence, project.annotations(), progress);
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /**
     * Registers the sequence's scans (when the store has no frames yet) and imports every {@code labels/<id>.label}
     * whose scan exists, as one edit.
     *
     * @throws IOException naming the file when a label file is malformed or does not match its scan's size
     */
    public static Result importLabels(Path sequence, AnnotationStore store, ExportProgress progress)
            throws IOException {
        Map<String, ProjectFrames.FrameFiles> scans = ProjectFrames.scan(sequence);
        List<String> ids = List.copyOf(scans.keySet());
        if (store.frames().isEmpty()) {
            store.registerFrames(ids);
        }
        Map<String, PointLabels> labels = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            progress.checkCancelled();
            String id = ids.get(i);
            progress.progress(i, ids.size(), "frame " + id);
            Path file = sequence.resolve("labels").resolve(id + ".label");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Path scan = scans.get(id).cloud().orElseThrow();
            labels.put(id, LabelFile.read(file, pointCount(scan)));
        }
        if (!labels.isEmpty()) {
            store.edit(new EditRecord(EditAction.DO, "Import SemanticKITTI labels", labels.keySet()),
                    () -> labels.forEach(store::putPointLabels));
        }
        progress.progress(ids.size(), ids.size(), "done");
        return new Result(ids.size(), labels.size());
    }

    /** Points of a scan: a KITTI {@code .bin} by its size, anything else by reading it. */
    private static int pointCount(Path scan) throws IOException {
        if (scan.getFileName().toString().endsWith(".bin")) {
            long size = Files.size(scan);
            if (size % 16 != 0) {
                throw new FormatException(scan, "size " + size + " bytes is not a whole number of 16-byte points");
            }
            return (int) (size / 16);
        }
        return PointCloudIO.read(scan).size();
    }
}
