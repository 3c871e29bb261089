package dev.fuselage.bench.dataset;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.dataset.BoxProjector;
import dev.fuselage.io.dataset.HullPolygons;
import dev.fuselage.io.dataset.ProjectedBox;
import dev.fuselage.io.kitti.KittiCalibration;
import java.util.Optional;

/**
 * The same fusion-backed projection as the app's {@code FusionBoxProjector} (the bench module does not depend on
 * the app): fusion's derived box and truncation, hull of the near-clipped edges clipped to the image.
 */
final class BenchProjector implements BoxProjector {
    private final CuboidProjection projection = new CuboidProjection();
    private KittiCalibration last;
    private CuboidProjector projector;

    @Override
    public Optional<ProjectedBox> project(Cuboid box, KittiCalibration calib, int camera, int width, int height) {
        if (projector == null || !calib.equals(last)) {
            double[][] p = new double[4][];
            for (int i = 0; i < 4; i++) {
                p[i] = calib.projection(i);
            }
            projector = new CuboidProjector(KittiCameras.camera(camera, p, calib.r0Rect(), calib.trVeloToCam(),
                    new ImageSize(width, height)).camera());
            last = calib;
        }
        projector.project(box, projection);
        if (!projection.hasBox()) {
            return Optional.empty();
        }
        int n = projection.segmentCount();
        double[] hull = HullPolygons.clipToImage(HullPolygons.convexHull(projection.segments(), 2 * n), width, height);
        if (hull.length < 6) {
            return Optional.empty();
        }
        return Optional.of(new ProjectedBox(projection.boxLeft(), projection.boxTop(), projection.boxRight(),
                projection.boxBottom(), projection.truncation(), projection.centreDepth(), hull));
    }
}
