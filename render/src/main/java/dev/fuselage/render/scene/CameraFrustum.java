package dev.fuselage.render.scene;

import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * A camera drawn as a pyramid: the apex (camera centre) and the four corners of its image plane at some depth,
 * all in world coordinates, corners in order top-left, top-right, bottom-right, bottom-left.
 */
public record CameraFrustum(double[] apex, double[] corners, int argb) {
    public CameraFrustum {
        if (apex.length != 3 || corners.length != 12) {
            throw new IllegalArgumentException("need 3 apex and 12 corner coordinates");
        }
        apex = apex.clone();
        corners = corners.clone();
    }

    /**
     * A frustum from a camera-to-world pose in the computer-vision convention (camera x right, y down, z forward),
     * a horizontal field of view in radians, the image aspect (width / height) and the depth to draw it at.
     */
    public static CameraFrustum fromPose(Matrix4dc cameraToWorld, double hfov, double aspect, double depth,
                                         int argb) {
        double hx = Math.tan(hfov / 2) * depth, hy = hx / aspect;
        Vector3d p = new Vector3d();
        cameraToWorld.transformPosition(p.set(0, 0, 0));
        double[] apex = {p.x, p.y, p.z};
        double[] c = new double[12];
        double[][] local = {{-hx, -hy}, {hx, -hy}, {hx, hy}, {-hx, hy}};
        for (int i = 0; i < 4; i++) {
            cameraToWorld.transformPosition(p.set(local[i][0], local[i][1], depth));
            c[3 * i] = p.x;
            c[3 * i + 1] = p.y;
            c[3 * i + 2] = p.z;
        }
        return new CameraFrustum(apex, c, argb);
    }
}
