package dev.fuselage.render.scene;

import org.joml.Matrix4fc;

/**
 * Screen-space adaptive splat sizes for moving frames, as Potree sizes points by their level of detail: a chunk
 * whose drawn sample lies denser on screen than one point per pixel gains nothing from larger squares (they only
 * cover each other), so it is drawn with 1 px points; a sparse one (near the camera, or thinned by the budget)
 * gets squares as large as its points' spacing, up to the style's size. The default 2 px look then costs about
 * the pixels of 1 px points where the cloud is dense, which is most of a lidar scan's points.
 *
 * <p>The spacing is estimated per chunk from its box: a lidar chunk is a piece of surface, so its area is about the
 * product of the box's two largest sides, and {@code n} points on it lie {@code sqrt(area / n)} apart. Still frames
 * never use this: they draw every point at the style's size, exactly as before.
 */
public final class SplatSizes {
    private SplatSizes() {
    }

    /**
     * Gives every span of {@code sel} a size from 1 to {@code maxSize} pixels.
     *
     * @param lod        the index the selection was made from
     * @param mvp        cloud-local to clip, as used for the selection
     * @param pixelScale window pixels per world unit at clip {@code w = 1}: half the viewport height times the
     *                   projection's {@code m11} (for an orthographic camera, the pixels per unit everywhere)
     */
    public static void assign(LodIndex lod, LodSelection sel, Matrix4fc mvp, float pixelScale, int maxSize) {
        int spans = sel.spans;
        if (maxSize <= 1) {
            sel.sized = false;
            return;
        }
        float[] b = new float[6];
        float m03 = mvp.m03(), m13 = mvp.m13(), m23 = mvp.m23(), m33 = mvp.m33();
        for (int s = 0; s < spans; s++) {
            lod.chunkBounds(sel.chunk[s], b);
            float ex = b[3] - b[0], ey = b[4] - b[1], ez = b[5] - b[2];
            float big = Math.max(ex, Math.max(ey, ez));
            float small = Math.min(ex, Math.min(ey, ez));
            float area = big * (ex + ey + ez - big - small);
            float w = m03 * (b[0] + b[3]) * 0.5f + m13 * (b[1] + b[4]) * 0.5f + m23 * (b[2] + b[5]) * 0.5f + m33;
            int size = maxSize;
            if (w > 1e-3f) {
                double spacingPx = Math.sqrt(area / Math.max(1, sel.count[s])) * pixelScale / w;
                size = (int) Math.max(1, Math.min(maxSize, Math.ceil(spacingPx)));
            }
            sel.size[s] = (byte) size;
        }
        sel.sized = true;
    }
}
