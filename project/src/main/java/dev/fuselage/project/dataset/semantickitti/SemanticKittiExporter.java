package dev.fuselage.project.dataset.semantickitti;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FileCopies;
import dev.fuselage.project.dataset.FrameLoop;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * SemanticKITTI layout for the project as sequence {@code 00}: {@code sequences/00/velodyne/<frame>.bin} and
 * {@code sequences/00/labels/<frame>.label}, one little-endian uint32 a point, {@code semantic | instance << 16}.
 * A frame's painted point labels are written as they are; a frame without them gets labels from its cuboids (a
 * point inside a box takes the box's class, mapped to SemanticKITTI ids, and its track id as the instance).
 * Frames without a cloud are skipped.
 */
public final class SemanticKittiExporter implements DatasetExporter {
    private static final String SEQUENCE = "sequences/00";

    @Override
    public String format() {
        return "semantickitti";
    }

    @Override
    public String description() {
        return "SemanticKITTI (velodyne/*.bin + labels/*.label)";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        List<String> frames = source.frameIds();
        Path velodyne = out.resolve(SEQUENCE).resolve("velodyne");
        Path labels = out.resolve(SEQUENCE).resolve("labels");
        Files.createDirectories(velodyne);
        Files.createDirectories(labels);
        FrameLoop.run(frames, progress, (i, id) -> {
            Optional<Path> cloudFile = source.files(id).cloud();
            if (cloudFile.isEmpty()) {
                return;
            }
            PointCloud cloud = PointCloudIO.read(cloudFile.get());
            Path bin = velodyne.resolve(id + ".bin");
            if (cloudFile.get().getFileName().toString().endsWith(".bin")) {
                FileCopies.linkOrCopy(cloudFile.get(), bin);
            } else {
                PointCloudIO.write(cloud, bin, WriteOptions.DEFAULT);
            }
            int[] packed = source.store().pointLabels(id).filter(l -> l.pointCount() == cloud.size())
                    .map(SemanticKittiExporter::pack)
                    .orElseGet(() -> fromBoxes(cloud, source.objects(id)));
            write(packed, labels.resolve(id + ".label"));
        });
    }

    static int[] pack(PointLabels labels) {
        int[] s = labels.semantic();
        int[] inst = labels.instance();
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = (s[i] & 0xFFFF) | (inst[i] << 16);
        }
        return out;
    }

    /** Labels from cuboids: the first box containing a point wins. */
    static int[] fromBoxes(PointCloud cloud, List<ObjectAnnotation> objects) {
        int[] out = new int[cloud.size()];
        for (ObjectAnnotation o : objects) {
            Cuboid b = o.box();
            int label = SemanticKittiClasses.id(o.className()) | (int) ((o.trackId().value() & 0xFFFF) << 16);
            double reach = 0.5 * Math.sqrt(b.length() * b.length() + b.width() * b.width() + b.height() * b.height());
            for (int i = 0; i < out.length; i++) {
                if (out[i] != 0) {
                    continue;
                }
                double x = cloud.worldX(i);
                double y = cloud.worldY(i);
                double z = cloud.worldZ(i);
                // cheap sphere reject before the exact oriented test
                if (Math.abs(x - b.cx()) <= reach && Math.abs(y - b.cy()) <= reach && Math.abs(z - b.cz()) <= reach
                        && b.contains(x, y, z)) {
                    out[i] = label;
                }
            }
        }
        return out;
    }

    private static void write(int[] labels, Path file) throws IOException {
        PointCloudIO.writeAtomically(file, tmp -> {
            ByteBuffer buf = ByteBuffer.allocate(labels.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asIntBuffer().put(labels);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        });
    }
}
