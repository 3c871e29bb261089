package dev.fuselage.project.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.store.ProjectDescriptor;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.SourceRef;
import dev.fuselage.project.store.StoreSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A project as one zip file that travels: an annotator sends work to a reviewer and gets it back, offline. The pack
 * holds {@code project.json}, a consistent snapshot of the annotation database (labels, review state, comments,
 * edit log) and every other file of the project folder (its settings, an ontology file); with data, also each
 * source's folder under {@code data/<n>-<name>/}, and the sources then point there by relative paths. Without
 * data, every source is written as the absolute path it resolves to here, so the pack opens wherever the data lies
 * at the same place (a shared disk, the same mount).
 *
 * <pre>{@code
 * ProjectPack.pack(project, Path.of("work.zip"), true);
 * try (ProjectStore copy = ProjectPack.unpack(Path.of("work.zip"), Path.of("review/work"))) { ... }
 * }</pre>
 */
public final class ProjectPack {
    /** Folder of the pack that holds the sources' data. */
    public static final String DATA = "data";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> SKIPPED = Set.of(ProjectStore.LOCK_FILE, ProjectStore.DATABASE_FILE,
            ProjectStore.DATABASE_FILE + "-wal", ProjectStore.DATABASE_FILE + "-shm", ProjectStore.DESCRIPTOR_FILE);

    private ProjectPack() {
    }

    /**
     * Writes the open project into {@code zip}, atomically (the zip appears only when complete).
     *
     * @param withData copy each source's folder into the pack
     * @throws IOException when a source folder to copy is missing, or the zip cannot be written
     */
    public static void pack(ProjectStore project, Path zip, boolean withData) throws IOException {
        Path folder = project.folder();
        List<SourceRef> sources = new ArrayList<>();
        List<Path> dataFolders = new ArrayList<>();
        List<SourceRef> refs = project.descriptor().sources();
        for (int i = 0; i < refs.size(); i++) {
            SourceRef ref = refs.get(i);
            Path data = ref.resolve(folder);
            if (withData) {
                if (!Files.isDirectory(data)) {
                    throw new IOException(data + ": the project's data folder is missing; cannot pack it");
                }
                String name = DATA + "/" + (i + 1) + "-" + data.getFileName();
                sources.add(new SourceRef(ref.kind(), name));
                dataFolders.add(data);
            } else {
                sources.add(new SourceRef(ref.kind(), data.toString()));
            }
        }
        ProjectDescriptor d = project.descriptor();
        byte[] descriptor = JSON.writeValueAsBytes(new ProjectDescriptor(d.formatVersion(), d.name(), d.ontology(),
                sources));
        Path snapshot = Files.createTempFile(zip.toAbsolutePath().getParent(), ".pack-", ".db");
        try {
            Files.delete(snapshot);
            StoreSnapshot.write(project.annotations(), snapshot);
            PointCloudIO.writeAtomically(zip, tmp -> {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                    entry(out, ProjectStore.DESCRIPTOR_FILE, descriptor);
                    file(out, ProjectStore.DATABASE_FILE, snapshot);
                    for (Path p : projectFiles(folder)) {
                        file(out, folder.relativize(p).toString().replace('\\', '/'), p);
                    }
                    for (int i = 0; i < dataFolders.size(); i++) {
                        tree(out, sources.get(i).path(), dataFolders.get(i));
                    }
                }
            });
        } finally {
            Files.deleteIfExists(snapshot);
        }
    }

    /**
     * Unpacks {@code zip} into {@code folder} (created; it must not hold a project) and opens the project.
     *
     * @throws FormatException when the zip is no Fuselage pack or an entry would land outside the folder
     */
    public static ProjectStore unpack(Path zip, Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(ProjectStore.DESCRIPTOR_FILE))) {
            throw new IOException(dir + ": a project already exists here");
        }
        Files.createDirectories(dir);
        boolean sawDescriptor = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir) || target.equals(dir)) {
                    throw new FormatException(zip, "entry '" + e.getName() + "' would land outside the project");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                sawDescriptor |= e.getName().equals(ProjectStore.DESCRIPTOR_FILE);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        } catch (ZipException e) {
            throw new FormatException(zip, "not a readable zip: " + e.getMessage());
        }
        if (!sawDescriptor) {
            throw new FormatException(zip, "not a Fuselage pack (no " + ProjectStore.DESCRIPTOR_FILE + ")");
        }
        return ProjectStore.open(dir);
    }

    /** The project folder's own files besides the descriptor, database and lock, sorted. */
    private static List<Path> projectFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !(p.getParent().equals(folder) && SKIPPED.contains(p.getFileName().toString())))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static void tree(ZipOutputStream out, String prefix, Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        for (Path f : files) {
            file(out, prefix + "/" + root.relativize(f).toString().replace('\\', '/'), f);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void file(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }
}
