package dev.fuselage.project.dataset;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.project.dataset.BoxProjector;
import dev.fuselage.project.dataset.HullPolygons;
import dev.fuselage.project.dataset.ProjectedBox;
import dev.fuselage.io.kitti.KittiCalibration;
import java.util.Optional;

/**
 * Projects cuboids with fusion's {@link CuboidProjector}: edges clipped at the near plane, the derived 2D box
 * clipped to the image and its truncation are fusion's; the hull polygon is the convex hull of the clipped edge
 * endpoints, clipped to the image. Keeps the last camera, since an export projects frame after frame with the
 * same calibration. Not thread-safe.
 */
public final class FusionBoxProjector implements BoxProjector {
    private final CuboidProjection projection = new CuboidProjection();
    private KittiCalibration lastCalib;
    private int lastCamera = -1;
    private ImageSize lastSize;
    private CuboidProjector projector;

    @Override
    public Optional<ProjectedBox> project(Cuboid box, KittiCalibration calib, int camera, int width, int height) {
        ImageSize size = new ImageSize(width, height);
        if (projector == null || !calib.equals(lastCalib) || camera != lastCamera || !size.equals(lastSize)) {
            double[][] p = new double[4][];
            for (int i = 0; i < 4; i++) {
                p[i] = calib.projection(i);
            }
            projector = new CuboidProjector(KittiCameras.camera(camera, p, calib.r0Rect(), calib.trVeloToCam(), size)
                    .camera());
            lastCalib = calib;
            lastCamera = camera;
            lastSize = size;
        }
        projector.project(box, projection);
        if (!projection.hasBox()) {
            return Optional.empty();
        }
        int n = projection.segmentCount();
        double[] points = new double[4 * n];
        System.arraycopy(projection.segments(), 0, points, 0, 4 * n);
        double[] hull = HullPolygons.clipToImage(HullPolygons.convexHull(points, 2 * n), width, height);
        if (hull.length < 6) {
            return Optional.empty();
        }
        return Optional.of(new ProjectedBox(projection.boxLeft(), projection.boxTop(), projection.boxRight(),
                projection.boxBottom(), projection.truncation(), projection.centreDepth(), hull));
    }
}
