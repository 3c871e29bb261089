package dev.fuselage.project.demo;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiBinFormat;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The demo project: a folder holding a generated KITTI object layout under {@code data/}
 * ({@code velodyne/NNNNNN.bin}, {@code image_2/NNNNNN.png}, {@code calib/NNNNNN.txt}, {@code label_2/NNNNNN.txt},
 * and the ego poses as KITTI odometry {@code poses.txt} + {@code calib.txt})
 * and a Fuselage project ("Demo street", ontology {@code kitti}) whose frames are those files and whose objects are
 * the generated labels, imported with their track ids.
 *
 * <p>{@link #createIfAbsent} never touches an existing project, so the user's edits survive every later
 * {@code fuselage demo}. A new project is generated in a hidden sibling folder and renamed into place only when
 * complete: a crash leaves no half-made demo behind, and two simultaneous creators end with one project.
 *
 * @param folder  the project folder
 * @param created whether this call generated it (false: it was already there)
 */
public record DemoProject(Path folder, boolean created) {
    /** Display name of the project. */
    public static final String NAME = "Demo street";
    /** The built-in ontology it labels with. */
    public static final String ONTOLOGY = "kitti";
    /** Source kind of the data folder: KITTI's object-benchmark layout. */
    public static final String SOURCE_KIND = "kitti-object";
    /** The data folder, relative to the project. */
    public static final String DATA_DIR = "data";
    /** Frames in the shipped demo. */
    public static final int DEFAULT_FRAMES = 24;

    public DemoProject {
        Objects.requireNonNull(folder, "folder");
    }

    /**
     * Where the demo lives unless told otherwise: {@code $XDG_DATA_HOME/fuselage/demo}, by default
     * {@code ~/.local/share/fuselage/demo}.
     */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv("XDG_DATA_HOME"), System.getProperty("user.home"));
    }

    /** {@link #defaultLocation()} for a given {@code XDG_DATA_HOME} (null or blank: unset) and home folder. */
    public static Path defaultLocation(String xdgDataHome, String userHome) {
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() && Paths.get(xdgDataHome).isAbsolute()
                ? Paths.get(xdgDataHome) : Paths.get(userHome, ".local", "share");
        return base.resolve("fuselage").resolve("demo");
    }

    /** {@link #createIfAbsent(Path, int, long, ProgressListener)} with the shipped frame count and seed. */
    public static DemoProject createIfAbsent(Path dir, ProgressListener progress) throws IOException {
        return createIfAbsent(dir, DEFAULT_FRAMES, DemoSceneGenerator.DEFAULT_SEED, progress);
    }

    /**
     * Returns the project in {@code dir}, generating it first when {@code dir} does not exist or is an empty
     * folder. Frames are generated on all cores; {@code progress} hears of each one and of the import.
     *
     * @throws IOException when {@code dir} holds something else (it is never overwritten), its
     *                     {@code project.json} is damaged, or the files cannot be written
     */
    public static DemoProject createIfAbsent(Path dir, int frames, long seed, ProgressListener progress)
            throws IOException {
        return createIfAbsent(dir, frames, seed, DemoSceneGenerator.DEFAULT_FIRINGS, progress);
    }

    /**
     * {@link #createIfAbsent(Path, int, long, ProgressListener)} with a lidar of {@code firings} firings a turn
     * ({@link DemoSceneGenerator#FULL_FIRINGS}: KITTI's full resolution, for benchmarks at real scan sizes).
     */
    public static DemoProject createIfAbsent(Path dir, int frames, long seed, int firings,
                                             ProgressListener progress) throws IOException {
        if (frames < 1) {
            throw new IllegalArgumentException("the demo needs at least one frame: " + frames);
        }
        Objects.requireNonNull(progress, "progress");
        Path target = dir.toAbsolutePath().normalize();
        if (existing(target)) {
            return new DemoProject(target, false);
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            generate(tmp, frames, seed, firings, progress);
            if (!moveIntoPlace(tmp, target)) {
                deleteTree(tmp);
                return new DemoProject(target, false);
            }
            return new DemoProject(target, true);
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteTree(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Whether {@code dir} already holds a project (checked, so a damaged one is reported, not replaced). */
    private static boolean existing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": exists and is not a folder; choose another place for the demo");
        }
        if (Files.exists(dir.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            ProjectStore.readDescriptor(dir); // throws FormatException naming the problem
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(dir + ": exists, is not empty and is not a Fuselage project; will not "
                        + "overwrite it (choose another folder with --dir)");
            }
        }
        return false;
    }

    /** Renames the finished project into place; false when another creator got there first. */
    private static boolean moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.deleteIfExists(target); // only ever an empty folder here (checked by existing())
        } catch (DirectoryNotEmptyException e) {
            return raced(target, e);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return raced(target, e);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
            return true;
        }
    }

    private static boolean raced(Path target, IOException e) throws IOException {
        if (Files.exists(target.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            return false;
        }
        throw e;
    }

    /** Writes the data files and the project into {@code folder}. */
    private static void generate(Path folder, int frames, long seed, int firings, ProgressListener progress)
            throws IOException {
        DemoSceneGenerator generator = new DemoSceneGenerator(seed, firings);
        Path data = folder.resolve(DATA_DIR);
        for (String sub : List.of("velodyne", "image_2", "calib", "label_2")) {
            Files.createDirectories(data.resolve(sub));
        }
        int total = frames + 1;
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(frames, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demo-generator");
            t.setDaemon(true);
            return t;
        });
        List<List<DemoObject>> objects = new ArrayList<>();
        try {
            List<Future<List<DemoObject>>> futures = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    DemoFrame f = generator.frame(index);
                    writeFrame(f, generator.calibration(), data);
                    progress.progress(done.incrementAndGet(), total, "frame " + f.id());
                    return f.objects();
                }));
            }
            for (Future<List<DemoObject>> f : futures) {
                objects.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("demo generation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("demo generation failed", cause);
        } finally {
            pool.shutdownNow();
        }
        DemoPoses.write(data, frames, generator.calibration());
        importProject(folder, seed, objects);
        progress.progress(total, total, "project");
    }

    /** The four KITTI files of one frame. */
    static void writeFrame(DemoFrame f, KittiCalibration calib, Path data) throws IOException {
        String id = f.id();
        KittiBinFormat bin = new KittiBinFormat();
        PointCloudIO.writeAtomically(data.resolve("velodyne").resolve(id + ".bin"),
                tmp -> bin.write(f.cloud(), tmp, WriteOptions.DEFAULT));
        PointCloudIO.writeAtomically(data.resolve("image_2").resolve(id + ".png"), tmp -> {
            if (!ImageIO.write(f.image(), "png", tmp.toFile())) {
                throw new IOException(tmp + ": no PNG writer in this Java runtime");
            }
        });
        KittiCalibrationIO.write(calib, data.resolve("calib").resolve(id + ".txt"));
        KittiLabelIO.write(f.labels(), data.resolve("label_2").resolve(id + ".txt"));
    }

    /** Creates the project in {@code folder}, registers the frames and imports the labels with their tracks. */
    private static void importProject(Path folder, long seed, List<List<DemoObject>> frames) throws IOException {
        ProjectDescriptor descriptor = ProjectDescriptor.of(NAME, ONTOLOGY, List.of(new SourceRef(SOURCE_KIND,
                DATA_DIR)));
        try (ProjectStore project = ProjectStore.create(folder, descriptor)) {
            AnnotationStore store = project.annotations();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                ids.add(DemoSceneGenerator.frameId(i));
            }
            store.registerFrames(ids);
            for (int i = 0; i < frames.size(); i++) {
                for (DemoObject o : frames.get(i)) {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put("truncated", Math.round(o.label().truncated() * 100) / 100.0);
                    attributes.put("occluded", Integer.toString(o.label().occluded()));
                    store.putObject(new ObjectAnnotation(objectId(seed, i, o), ids.get(i), o.track(), o.type(),
                            attributes, o.box(), Source.IMPORTED, false));
                }
            }
        }
    }

    /** A reproducible object id, so the same seed gives the same database content. */
    private static ObjectId objectId(long seed, int frame, DemoObject o) {
        String key = "fuselage-demo/" + seed + "/" + frame + "/" + o.track().value();
        return new ObjectId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
