package dev.fuselage.io;

import dev.fuselage.core.cloud.PointCloud;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Entry point for reading and writing point clouds in any registered format. Formats are chosen by extension;
 * files with an unknown extension are recognised by their magic bytes. Writes are atomic: the file appears
 * complete or not at all.
 */
public final class PointCloudIO {
    private static final List<PointCloudFormat> FORMATS = load();

    private PointCloudIO() {
    }

    private static List<PointCloudFormat> load() {
        List<PointCloudFormat> list = new ArrayList<>();
        ServiceLoader.load(PointCloudFormat.class, PointCloudIO.class.getClassLoader()).forEach(list::add);
        return List.copyOf(list);
    }

    /** All registered formats. */
    public static List<PointCloudFormat> formats() {
        return FORMATS;
    }

    /** The format registered under a name ({@code pcd}, {@code ply}, ...). */
    public static Optional<PointCloudFormat> byName(String name) {
        return FORMATS.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The format a file's extension names, without looking inside. */
    public static Optional<PointCloudFormat> byExtension(Path file) {
        String ext = extension(file);
        return FORMATS.stream().filter(f -> f.extensions().contains(ext)).findFirst();
    }

    /**
     * The format for an existing file: by extension, else by magic bytes.
     *
     * @throws FormatException if neither identifies a supported format
     */
    public static PointCloudFormat detect(Path file) throws IOException {
        Optional<PointCloudFormat> byExt = byExtension(file);
        if (byExt.isPresent()) {
            return byExt.get();
        }
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such file");
        }
        for (PointCloudFormat f : FORMATS) {
            if (f.sniff(head, n)) {
                return f;
            }
        }
        throw new FormatException(file, "unknown point-cloud format (extension '" + extension(file)
                + "'; supported: " + supportedExtensions() + ")");
    }

    /** Reads a point cloud in whatever supported format the file is. */
    public static PointCloud read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new FormatException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new FormatException(file, "is a directory, not a point-cloud file");
        }
        return detect(file).read(file);
    }

    /** Writes a cloud in the format its extension names, atomically (temp file in the same folder, then rename). */
    public static void write(PointCloud cloud, Path file, WriteOptions options) throws IOException {
        PointCloudFormat format = byExtension(file).orElseThrow(() -> new FormatException(file,
                "cannot tell the output format from extension '" + extension(file) + "' (supported: "
                        + supportedExtensions() + ")"));
        PointCloudWriter writer = format.writer().orElseThrow(() -> new FormatException(file,
                "Fuselage reads " + format.name() + " but does not write it"));
        writeAtomically(file, tmp -> writer.write(cloud, tmp, options));
    }

    /** Body of an atomic write: writes the complete content to the given temporary file. */
    @FunctionalInterface
    public interface FileBody {
        void writeTo(Path tmp) throws IOException;
    }

    /** Runs {@code body} against a temporary sibling of {@code target} and renames it into place when it succeeds. */
    public static void writeAtomically(Path target, FileBody body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            body.writeTo(tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String supportedExtensions() {
        List<String> all = new ArrayList<>();
        FORMATS.forEach(f -> all.addAll(f.extensions()));
        return String.join(", ", all);
    }
}
