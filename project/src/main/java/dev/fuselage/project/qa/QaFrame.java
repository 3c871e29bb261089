package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One frame as the per-frame checks see it: its boxes, and its cloud, calibration and image size when the
 * project's data has them. The cloud is read on first use and only once, so checks that need no points cost no
 * I/O, and a labels-only project (no data) simply skips the checks that need data.
 */
final class QaFrame {
    private final QaData source;
    private final String frameId;
    private final List<ObjectAnnotation> objects;
    private CloudGrid grid;
    private boolean cloudRead;

    QaFrame(QaData source, String frameId, List<ObjectAnnotation> objects) {
        this.source = source;
        this.frameId = frameId;
        this.objects = objects;
    }

    String frameId() {
        return frameId;
    }

    List<ObjectAnnotation> objects() {
        return objects;
    }

    /** The frame's point cloud bucketed for box queries, if its data is there. */
    Optional<CloudGrid> grid() throws IOException {
        if (!cloudRead) {
            cloudRead = true;
            Optional<Path> file = source.files(frameId).cloud();
            grid = file.isPresent() ? CloudGrid.of(PointCloudIO.read(file.get())) : null;
        }
        return Optional.ofNullable(grid);
    }

    Optional<KittiCalibration> calibration() throws IOException {
        return source.calibration(frameId);
    }

    Optional<ImageInfo> image() throws IOException {
        return source.image(frameId);
    }
}
