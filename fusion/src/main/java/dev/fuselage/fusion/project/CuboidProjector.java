package dev.fuselage.fusion.project;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.CameraModel;
import java.util.Objects;

/**
 * Projects boxes into one camera. Each of the 12 edges is clipped against the near plane {@code z = near} in
 * camera space <em>before</em> projection, so a box that reaches behind the camera draws its visible part instead
 * of lines wrapped through infinity. With lens distortion each clipped edge is cut into
 * {@code segmentsPerEdge} pieces projected separately, so the drawn edge follows the lens's curve.
 *
 * <p>Holds scratch buffers: not thread-safe, create one per thread (they are cheap).
 */
public final class CuboidProjector {
    /** Near plane for box clipping, metres. */
    public static final double DEFAULT_NEAR = 0.1;
    /** Pieces per edge for distorting lenses. */
    public static final int DEFAULT_SEGMENTS_DISTORTED = 16;

    private final CameraModel camera;
    private final double near;
    private final int pieces;
    private final double[] lidarCorners = new double[24];
    private final double[] cam = new double[24];
    private final double[] px = new double[2];
    private final double[] p3 = new double[3];

    /** Near plane {@link #DEFAULT_NEAR}; one segment per edge for pinhole cameras, 16 with distortion. */
    public CuboidProjector(CameraModel camera) {
        this(camera, DEFAULT_NEAR, camera.distortion().isNone() ? 1 : DEFAULT_SEGMENTS_DISTORTED);
    }

    public CuboidProjector(CameraModel camera, double near, int segmentsPerEdge) {
        this.camera = Objects.requireNonNull(camera, "camera");
        if (!(near > 0)) {
            throw new IllegalArgumentException("near plane must be > 0: " + near);
        }
        if (segmentsPerEdge < 1 || segmentsPerEdge > 1024) {
            throw new IllegalArgumentException("segments per edge must be in 1..1024: " + segmentsPerEdge);
        }
        this.near = near;
        this.pieces = segmentsPerEdge;
    }

    public CameraModel camera() {
        return camera;
    }

    /** Projects a lidar-frame box into {@code dest} and returns it. */
    public CuboidProjection project(Cuboid box, CuboidProjection dest) {
        box.corners(lidarCorners);
        var ext = camera.lidarToCamera();
        for (int i = 0; i < 24; i += 3) {
            ext.transform(lidarCorners[i], lidarCorners[i + 1], lidarCorners[i + 2], p3);
            cam[i] = p3[0];
            cam[i + 1] = p3[1];
            cam[i + 2] = p3[2];
        }
        return projectCameraCorners(cam, dest);
    }

    /**
     * Projects a box given by its 8 corners already in this camera's frame (24 doubles, in {@link Cuboid#corners}
     * order so {@link Cuboid#EDGES} applies), into {@code dest}. This is the path for KITTI labels, which live in
     * the rectified camera frame.
     */
    public CuboidProjection projectCameraCorners(double[] c, CuboidProjection dest) {
        if (c.length < 24) {
            throw new IllegalArgumentException("need 24 corner coordinates, got " + c.length);
        }
        dest.reset(12 * pieces);
        double sz = 0;
        for (int i = 0; i < 8; i++) {
            sz += c[3 * i + 2];
            boolean front = c[3 * i + 2] >= near;
            dest.cornerInFront[i] = front;
            if (front) {
                dest.cornersInFront++;
                camera.projectCamera(c[3 * i], c[3 * i + 1], c[3 * i + 2], px);
                dest.corners[2 * i] = px[0];
                dest.corners[2 * i + 1] = px[1];
            } else {
                dest.corners[2 * i] = Double.NaN;
                dest.corners[2 * i + 1] = Double.NaN;
            }
        }
        dest.centreDepth = sz / 8;
        double minU = Double.POSITIVE_INFINITY, minV = Double.POSITIVE_INFINITY;
        double maxU = Double.NEGATIVE_INFINITY, maxV = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < 12; e++) {
            int a = 3 * Cuboid.EDGES[e][0], b = 3 * Cuboid.EDGES[e][1];
            double ax = c[a], ay = c[a + 1], az = c[a + 2];
            double bx = c[b], by = c[b + 1], bz = c[b + 2];
            if (az < near && bz < near) {
                continue;
            }
            // clip in camera space: move the end behind the plane onto it
            if (az < near) {
                double t = (near - az) / (bz - az);
                ax += t * (bx - ax);
                ay += t * (by - ay);
                az = near;
            } else if (bz < near) {
                double t = (near - bz) / (az - bz);
                bx += t * (ax - bx);
                by += t * (ay - by);
                bz = near;
            }
            double pu = Double.NaN, pv = Double.NaN;
            boolean prevOk = false;
            for (int k = 0; k <= pieces; k++) {
                double t = (double) k / pieces;
                boolean ok = camera.projectCamera(ax + t * (bx - ax), ay + t * (by - ay), az + t * (bz - az), px);
                if (ok) {
                    double u = px[0], v = px[1];
                    minU = Math.min(minU, u);
                    maxU = Math.max(maxU, u);
                    minV = Math.min(minV, v);
                    maxV = Math.max(maxV, v);
                    if (prevOk) {
                        dest.addSegment(e, pu, pv, u, v);
                    }
                    pu = u;
                    pv = v;
                }
                prevOk = ok;
            }
        }
        if (!(minU <= maxU)) {
            return dest; // behind the camera (or outside the lens model's field)
        }
        double w = camera.size().width(), h = camera.size().height();
        double l = Math.max(0, minU), r = Math.min(w, maxU), t = Math.max(0, minV), bt = Math.min(h, maxV);
        if (l >= r || t >= bt) {
            dest.visibility = Visibility.OUTSIDE_IMAGE;
            return dest;
        }
        dest.hasBox = true;
        dest.left = l;
        dest.top = t;
        dest.right = r;
        dest.bottom = bt;
        double hullArea = (maxU - minU) * (maxV - minV);
        dest.truncation = hullArea > 0 ? Math.max(0, 1 - (r - l) * (bt - t) / hullArea) : 0;
        dest.visibility = dest.truncation > 0 || dest.cornersInFront < 8 ? Visibility.TRUNCATED : Visibility.INSIDE;
        return dest;
    }
}
