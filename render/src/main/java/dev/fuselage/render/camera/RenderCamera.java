package dev.fuselage.render.camera;

import java.util.Objects;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector4d;

/**
 * An immutable camera snapshot: view and projection matrices plus the viewport size in pixels. Both backends and
 * the picker take every screen position from this one class, so what the CPU splatter draws, what OpenGL draws and
 * what a click picks agree.
 *
 * <p><b>Conventions.</b> World space is the lidar frame (x forward, y left, z up, metres). Eye space is OpenGL's
 * right-handed frame: the camera looks along −Z with +Y up. Clip space is OpenGL's: after the divide by w, NDC x, y
 * and z all lie in [−1, 1]. <i>Window</i> coordinates, as returned by {@link #project}, are image coordinates: x in
 * pixels from the left edge, y in pixels from the <b>top</b> edge (image rows, so OpenGL's bottom-up rows are
 * flipped), pixel {@code (i, j)} covering {@code [i, i+1) x [j, j+1)} with its centre at {@code (i+0.5, j+0.5)};
 * depth = NDC z / 2 + 0.5 in [0, 1], smaller is nearer.
 *
 * <p>Matrices are kept in double precision so that georeferenced clouds (origins of millions of metres) are
 * translated next to the camera before anything is rounded to float: see {@link #mvp}.
 */
public final class RenderCamera {
    private final int width;
    private final int height;
    private final boolean orthographic;
    private final Matrix4d view;
    private final Matrix4d projection;
    private final Matrix4d viewProjection;
    private final Matrix4d inverseViewProjection;
    private final Vector3d eye;

    private RenderCamera(int width, int height, boolean orthographic, Matrix4dc view, Matrix4dc projection) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("viewport must be at least 1x1: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.orthographic = orthographic;
        this.view = new Matrix4d(view);
        this.projection = new Matrix4d(projection);
        this.viewProjection = new Matrix4d(projection).mul(view);
        this.inverseViewProjection = new Matrix4d(viewProjection).invert();
        this.eye = new Matrix4d(view).invert().getTranslation(new Vector3d());
    }

    /**
     * A perspective camera at {@code eye} looking at {@code target} with {@code up} as the screen's up direction.
     *
     * @param fovY vertical field of view in radians
     */
    public static RenderCamera perspective(Vector3d eye, Vector3d target, Vector3d up, double fovY, int width,
                                           int height, double near, double far) {
        Matrix4d v = new Matrix4d().lookAt(eye, target, up);
        Matrix4d p = new Matrix4d().perspective(fovY, (double) width / height, near, far, false);
        return new RenderCamera(width, height, false, v, p);
    }

    /**
     * A top-down orthographic bird's-eye view centred on world {@code (cx, cy)}: lidar +x points up the screen and
     * +y to the left, and one metre spans exactly {@code pixelsPerMetre} pixels. Everything between heights
     * {@code zBottom} and {@code zTop} is visible.
     */
    public static RenderCamera birdsEye(double cx, double cy, double pixelsPerMetre, int width, int height,
                                        double zBottom, double zTop) {
        if (!(pixelsPerMetre > 0) || !(zTop > zBottom)) {
            throw new IllegalArgumentException("need pixelsPerMetre > 0 and zTop > zBottom");
        }
        double eyeZ = zTop + 1;
        Matrix4d v = new Matrix4d().lookAt(cx, cy, eyeZ, cx, cy, eyeZ - 1, 1, 0, 0);
        double hw = width / (2 * pixelsPerMetre), hh = height / (2 * pixelsPerMetre);
        Matrix4d p = new Matrix4d().ortho(-hw, hw, -hh, hh, 1, eyeZ - zBottom, false);
        return new RenderCamera(width, height, true, v, p);
    }

    /** A camera from explicit matrices (OpenGL clip conventions, see the class comment). */
    public static RenderCamera of(Matrix4dc view, Matrix4dc projection, int width, int height, boolean orthographic) {
        return new RenderCamera(width, height, orthographic, view, projection);
    }

    /** Viewport width in pixels. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean orthographic() {
        return orthographic;
    }

    /** World to eye. */
    public Matrix4dc view() {
        return view;
    }

    /** Eye to clip. */
    public Matrix4dc projection() {
        return projection;
    }

    /** World to clip. */
    public Matrix4dc viewProjection() {
        return viewProjection;
    }

    /** The camera's position in world coordinates. */
    public Vector3d eye(Vector3d dest) {
        return dest.set(eye);
    }

    /**
     * The float model-view-projection matrix for geometry stored relative to {@code (ox, oy, oz)} (a cloud's
     * origin): computed in double, rounded once. Both backends transform points with exactly this matrix.
     */
    public Matrix4f mvp(double ox, double oy, double oz, Matrix4f dest) {
        Matrix4d m = new Matrix4d(viewProjection).translate(ox, oy, oz);
        return dest.set(m);
    }

    /**
     * Projects a world point to window coordinates ({@code dest.x, dest.y} in pixels from the top-left corner,
     * {@code dest.z} = depth in [0, 1]). Returns false, leaving {@code dest} undefined, when the point is behind
     * the camera (clip w ≤ 0); a point outside the viewport or depth range still projects and returns true.
     */
    public boolean project(double x, double y, double z, Vector3d dest) {
        Vector4d c = new Vector4d(x, y, z, 1).mul(viewProjection);
        if (c.w <= 0) {
            return false;
        }
        double nx = c.x / c.w, ny = c.y / c.w, nz = c.z / c.w;
        dest.set((nx * 0.5 + 0.5) * width, (0.5 - ny * 0.5) * height, nz * 0.5 + 0.5);
        return true;
    }

    /** Inverse of {@link #project}: window x, y (top-left origin) and depth in [0, 1] back to world. */
    public Vector3d unproject(double winX, double winY, double depth, Vector3d dest) {
        double nx = winX / width * 2 - 1, ny = 1 - winY / height * 2, nz = depth * 2 - 1;
        Vector4d w = new Vector4d(nx, ny, nz, 1).mul(inverseViewProjection);
        return dest.set(w.x / w.w, w.y / w.w, w.z / w.w);
    }

    /**
     * The world ray through a window position: {@code origin} on the near plane, {@code dir} normalized, pointing
     * away from the camera.
     */
    public void ray(double winX, double winY, Vector3d origin, Vector3d dir) {
        unproject(winX, winY, 0, origin);
        unproject(winX, winY, 1, dir);
        dir.sub(origin).normalize();
    }

    /** Window-space pixels per world metre at eye distance {@code distance} (constant for orthographic cameras). */
    public double pixelsPerMetre(double distance) {
        double sy = projection.m11() * height / 2;
        return orthographic ? sy : sy / distance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderCamera c && c.width == width && c.height == height
                && c.orthographic == orthographic && c.view.equals(view) && c.projection.equals(projection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, view, projection);
    }

    @Override
    public String toString() {
        return "RenderCamera[" + width + "x" + height + (orthographic ? ", ortho" : "") + ", eye=" + eye + "]";
    }
}
