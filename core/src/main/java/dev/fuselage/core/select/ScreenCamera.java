package dev.fuselage.core.select;

/**
 * A camera for selection: view and projection matrices (OpenGL conventions, column-major {@code double[16]} as
 * JOML's {@code Matrix4d.get(double[])} writes them) and the viewport size in pixels.
 *
 * <p>Window coordinates follow the renderer's {@code RenderCamera}: x in pixels from the left edge, y in pixels
 * from the <b>top</b> edge; pixel {@code (i, j)} covers {@code [i, i+1) x [j, j+1)}. Depth is the eye-space distance
 * along the viewing direction ({@code -z_eye}, metres), for perspective and orthographic cameras alike, so a depth
 * tolerance is in metres.
 *
 * <p>A point projects when it is inside the clip volume's depth range ({@code w > 0}, NDC z in [−1, 1]); a point
 * outside it is not drawn and so never selected.
 */
public final class ScreenCamera {
    private final double[] view;
    private final double[] viewProjection;
    private final int width;
    private final int height;

    private ScreenCamera(double[] view, double[] projection, int width, int height) {
        if (view.length != 16 || projection.length != 16) {
            throw new IllegalArgumentException("view and projection must be 4x4 (16 values)");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("viewport must be at least 1x1: " + width + "x" + height);
        }
        this.view = view.clone();
        this.viewProjection = mul(projection, view);
        this.width = width;
        this.height = height;
    }

    /** A camera from column-major view and projection matrices and a viewport of {@code width x height} pixels. */
    public static ScreenCamera of(double[] view, double[] projection, int width, int height) {
        return new ScreenCamera(view, projection, width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * Projects world point {@code (x, y, z)}: writes window x, window y and depth into {@code dest[0..2]} and returns
     * true, or returns false (dest untouched) when the point is outside the depth range.
     */
    public boolean project(double x, double y, double z, float[] dest) {
        double[] m = viewProjection;
        double cw = m[3] * x + m[7] * y + m[11] * z + m[15];
        if (!(cw > 0)) {
            return false;
        }
        // one reciprocal instead of three divisions; ScreenPoints.selectOnce inlines these same expressions and
        // must keep them identical so that both paths select the same points
        double inv = 1 / cw;
        double nz = (m[2] * x + m[6] * y + m[10] * z + m[14]) * inv;
        if (!(nz >= -1 && nz <= 1)) {
            return false;
        }
        double cx = m[0] * x + m[4] * y + m[8] * z + m[12];
        double cy = m[1] * x + m[5] * y + m[9] * z + m[13];
        dest[0] = (float) ((cx * inv + 1) * (0.5 * width));
        dest[1] = (float) ((1 - cy * inv) * (0.5 * height));
        dest[2] = (float) -(view[2] * x + view[6] * y + view[10] * z + view[14]);
        return true;
    }

    /** The column-major view-projection matrix itself (not a copy: callers only read it). */
    double[] viewProjectionMatrix() {
        return viewProjection;
    }

    /** {@code a · b} for column-major 4×4 matrices. */
    static double[] mul(double[] a, double[] b) {
        double[] r = new double[16];
        for (int c = 0; c < 4; c++) {
            for (int row = 0; row < 4; row++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += a[k * 4 + row] * b[c * 4 + k];
                }
                r[c * 4 + row] = s;
            }
        }
        return r;
    }
}
