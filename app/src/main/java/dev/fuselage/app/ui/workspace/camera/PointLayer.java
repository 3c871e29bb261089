package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.render.scene.Colormaps;

/**
 * The lidar points one camera sees in one frame: pixel position, depth and depth colour of each visible point,
 * packed ({@code count} entries). Immutable once built, so the JavaFX thread can draw it while the next frame is
 * projected in the background.
 *
 * <p>Depth colours follow the Turbo ramp, red near ({@value #NEAR_M} m) to blue far ({@value #FAR_M} m) on a
 * square-root scale, which spreads the near range where most labelled objects are.
 */
public record PointLayer(float[] u, float[] v, float[] depth, int[] argb, int count) {
    /** Depth drawn in the nearest colour, metres. */
    public static final double NEAR_M = 2;
    /** Depth drawn in the farthest colour, metres. */
    public static final double FAR_M = 70;

    /** No points. */
    public static final PointLayer EMPTY = new PointLayer(new float[0], new float[0], new float[0], new int[0], 0);

    /**
     * Projects a cloud into a camera. {@code scratch} holds the per-point projection and is reused from frame to
     * frame (one per camera, one thread at a time); only the visible points are copied out.
     */
    public static PointLayer project(CameraModel camera, PointCloud cloud, ProjectedPoints scratch) {
        int n = new PointProjector(camera).project(cloud, scratch);
        int[] idx = scratch.visibleIndices();
        float[] su = scratch.u(), sv = scratch.v(), sd = scratch.depth();
        float[] u = new float[n], v = new float[n], d = new float[n];
        int[] c = new int[n];
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            u[k] = su[i];
            v[k] = sv[i];
            d[k] = sd[i];
            c[k] = depthColor(sd[i]);
        }
        return new PointLayer(u, v, d, c, n);
    }

    /** Opaque ARGB for a camera depth in metres. */
    public static int depthColor(double depthM) {
        double t = Math.sqrt(Math.max(0, depthM - NEAR_M) / (FAR_M - NEAR_M));
        return Colormaps.turbo(1 - Math.min(1, t));
    }

    /**
     * The image with the points painted into it as squares of {@code size} pixels, far points first so near ones
     * stay on top: a new array, {@code image} is left as it is.
     */
    public int[] paintOnto(int[] image, int width, int height, int size) {
        int[] out = image.clone();
        double split = 20; // two passes (far, then near) instead of a sort: near points end on top
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < count; k++) {
                if ((depth[k] >= split) == (pass == 0)) {
                    paint(out, width, height, size, u[k], v[k], argb[k]);
                }
            }
        }
        return out;
    }

    private static void paint(int[] out, int width, int height, int size, float pu, float pv, int color) {
        int x0 = (int) (pu - size / 2f), y0 = (int) (pv - size / 2f);
        int x1 = Math.min(width, x0 + size), y1 = Math.min(height, y0 + size);
        for (int y = Math.max(0, y0); y < y1; y++) {
            int row = y * width;
            for (int x = Math.max(0, x0); x < x1; x++) {
                out[row + x] = color;
            }
        }
    }

    /** A point square's side for an image of this width: about 2 pixels on a 1242-pixel KITTI image. */
    public static int pointSize(int imageWidth) {
        return Math.max(2, Math.round(imageWidth / 600f));
    }
}
