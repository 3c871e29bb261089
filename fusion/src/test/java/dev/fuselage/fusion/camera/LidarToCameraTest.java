package dev.fuselage.fusion.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class LidarToCameraTest {
    /** A camera looking along lidar +x, mounted 0.3 m above and 0.2 m behind the lidar, slightly yawed. */
    static final LidarToCamera FRONT_CAMERA;

    static {
        double a = Math.toRadians(4);
        // camera axes in lidar coordinates: x_cam = right = -y_lidar, y_cam = down = -z, z_cam = forward = +x
        Matrix4d m = new Matrix4d().rotateZ(a).translate(-0.2, 0, 0.3); // camera pose in the lidar frame
        Matrix4d axes = new Matrix4d(0, -1, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0, 0, 0, 0, 1); // columns (JOML order): cam axes in lidar
        m.mul(axes);
        FRONT_CAMERA = LidarToCamera.from(m.invert(new Matrix4d()));
    }

    @Test
    void frameConventionLidarForwardIsCameraForward() {
        double[] p = LidarToCamera.fromRowMajor3x4(new double[] {0, -1, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0})
                .transform(10, 2, 1, new double[3]);
        assertArrayEquals(new double[] {-2, -1, 10}, p, 0); // left is -x (image left), up is -y (image up)
        double[] pos = FRONT_CAMERA.cameraPositionInLidar(new double[3]);
        assertArrayEquals(new double[] {-0.2 * Math.cos(Math.toRadians(4)), -0.2 * Math.sin(Math.toRadians(4)), 0.3},
                pos, 1e-12);
    }

    @Test
    void theTestCameraLooksForward() {
        double[] c = FRONT_CAMERA.transform(10, 0, 0.3, new double[3]);
        assertTrue(c[2] > 9.9 && Math.abs(c[1]) < 1e-12 && c[0] > 0, "yawed 4 degrees left: a point ahead is right of centre");
    }

    @Test
    void inverseAndJomlAgree() {
        double[] c = FRONT_CAMERA.transform(3, -4, 0.5, new double[3]);
        double[] back = FRONT_CAMERA.inverseTransform(c[0], c[1], c[2], new double[3]);
        assertArrayEquals(new double[] {3, -4, 0.5}, back, 1e-12);
        Matrix4d m = FRONT_CAMERA.toMatrix(new Matrix4d());
        Vector3d v = m.transformPosition(new Vector3d(3, -4, 0.5));
        assertArrayEquals(c, new double[] {v.x, v.y, v.z}, 1e-12);
        Vector3d w = FRONT_CAMERA.transform(new Vector3d(3, -4, 0.5), new Vector3d());
        assertArrayEquals(c, new double[] {w.x, w.y, w.z}, 1e-12);
        assertEquals(FRONT_CAMERA, LidarToCamera.fromRowMajor4x4(FRONT_CAMERA.rowMajor4x4()));
        assertEquals(m.getRowColumn(1, 3), FRONT_CAMERA.get(1, 3), 0);
    }

    @Test
    void afterComposesLikeMatrixProduct() {
        LidarToCamera shift = LidarToCamera.fromRowMajor3x4(new double[] {1, 0, 0, 0.5, 0, 1, 0, -1, 0, 0, 1, 2});
        LidarToCamera both = shift.after(FRONT_CAMERA);
        double[] a = FRONT_CAMERA.transform(1, 2, 3, new double[3]);
        double[] b = shift.transform(a[0], a[1], a[2], new double[3]);
        assertArrayEquals(b, both.transform(1, 2, 3, new double[3]), 1e-12);
    }

    @Test
    void nonRigidMatricesAreRejected() {
        var scaled = assertThrows(IllegalArgumentException.class,
                () -> LidarToCamera.fromRowMajor3x4(new double[] {2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0}));
        assertTrue(scaled.getMessage().contains("not a rigid transform"), scaled.getMessage());
        assertThrows(IllegalArgumentException.class, // a reflection
                () -> LidarToCamera.fromRowMajor3x4(new double[] {-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0}));
        assertThrows(IllegalArgumentException.class, // a transposed homogeneous matrix: translation in the last row
                () -> LidarToCamera.fromRowMajor4x4(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 2, 3, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> LidarToCamera.fromRowMajor3x4(new double[] {1, 0, 0, Double.NaN, 0, 1, 0, 0, 0, 0, 1, 0}));
    }
}
