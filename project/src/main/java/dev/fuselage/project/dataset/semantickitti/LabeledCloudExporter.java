package dev.fuselage.project.dataset.semantickitti;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Each frame's cloud as a PCD or PLY file ({@code <frame>.pcd} / {@code .ply}, binary) with two more uint32 fields,
 * {@code label} (SemanticKITTI class id) and {@code instance}: the frame's painted labels, or for a frame without
 * them the labels its cuboids give (as the SemanticKITTI export does). PCL and Open3D read both fields.
 */
public final class LabeledCloudExporter implements DatasetExporter {
    /** Field name of the class id. */
    public static final String LABEL = "label";
    /** Field name of the instance id. */
    public static final String INSTANCE = "instance";

    private final String format;

    private LabeledCloudExporter(String format) {
        this.format = format;
    }

    /** The {@code pcd} export. */
    public static LabeledCloudExporter pcd() {
        return new LabeledCloudExporter("pcd");
    }

    /** The {@code ply} export. */
    public static LabeledCloudExporter ply() {
        return new LabeledCloudExporter("ply");
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public String description() {
        return format.toUpperCase(java.util.Locale.ROOT) + " clouds with label and instance fields";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        List<String> frames = source.frameIds();
        Files.createDirectories(out);
        for (int i = 0; i < frames.size(); i++) {
            progress.checkCancelled();
            String id = frames.get(i);
            progress.progress(i, frames.size(), "frame " + id);
            Optional<Path> cloudFile = source.files(id).cloud();
            if (cloudFile.isEmpty()) {
                continue;
            }
            PointCloud cloud = PointCloudIO.read(cloudFile.get());
            int[] packed = source.store().pointLabels(id).filter(l -> l.pointCount() == cloud.size())
                    .map(SemanticKittiExporter::pack)
                    .orElseGet(() -> SemanticKittiExporter.fromBoxes(cloud, source.objects(id)));
            withLabels(cloud, packed);
            PointCloudIO.write(cloud, out.resolve(id + "." + format), WriteOptions.encoding(
                    format.equals("pcd") ? "binary" : "binary_little_endian"));
        }
        progress.progress(frames.size(), frames.size(), "done");
    }

    /** Adds (or replaces) the {@code label} and {@code instance} columns from packed SemanticKITTI labels. */
    public static PointCloud withLabels(PointCloud cloud, int[] packed) {
        cloud.removeColumn(LABEL);
        cloud.removeColumn(INSTANCE);
        AttributeColumn label = cloud.addColumn(LABEL, ScalarType.UINT32, 1);
        AttributeColumn instance = cloud.addColumn(INSTANCE, ScalarType.UINT32, 1);
        for (int i = 0; i < packed.length; i++) {
            label.setLong(i, packed[i] & 0xFFFF);
            instance.setLong(i, packed[i] >>> 16);
        }
        return cloud;
    }
}
