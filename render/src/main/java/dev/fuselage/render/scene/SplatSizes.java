package dev.fuselage.render.scene;

import org.joml.Matrix4fc;

/**
 * Screen-space adaptive splat sizes for moving frames, as Potree sizes points by their level of detail: a chunk
 * whose drawn sample lies denser on screen than one point per pixel gains nothing from larger squares (they only
 * cover each other), so it is drawn with 1 px points; a sparse one (near the camera, or thinned by the budget)
 * gets squares as large as its points' spacing, up to the style's size ({@link #maxMovingSize}). The default 2 px
 * look then costs the pixels of 1 px points where the cloud is dense on screen.
 *
 * <p>The spacing of a chunk's points is estimated across their rows ({@link #acrossSpacing}, from the sampled
 * nearest-neighbour distance {@link LodIndex#chunkSpacing} and the box): a square of that side closes the gaps
 * between rows as the still frame's squares do. Drawing a fraction {@code f} of the points, a random sample,
 * spreads them about {@code 1 / sqrt(f)} times as far. On screen that is the spacing times the pixels per unit at
 * the chunk centre's depth. Still frames never use
 * this: they draw every point at the style's size, exactly as before.
 */
public final class SplatSizes {
    private SplatSizes() {
    }

    /**
     * The spacing of a chunk's points across their rows (world units). Lidar points lie in rows (rings): close
     * along a row (the nearest-neighbour distance {@code nn}), further between rows. The chunk's surface, about its
     * box's two largest sides multiplied, divided by the points gives the area per point, {@code along * across};
     * for evenly spread points that is {@code nn * nn} and the result is {@code nn}.
     */
    static double acrossSpacing(float[] box, int points, float nn) {
        float ex = box[3] - box[0], ey = box[4] - box[1], ez = box[5] - box[2];
        float big = Math.max(ex, Math.max(ey, ez));
        float small = Math.min(ex, Math.min(ey, ez));
        double area = (double) big * (ex + ey + ez - big - small);
        if (nn <= 0) {
            return Math.sqrt(area / Math.max(1, points));
        }
        return Math.min(big, Math.max(nn, area / Math.max(1, points) / nn));
    }

    /**
     * The largest moving-frame splat for a style's point size: the style's size. Squares up to twice that closed
     * the gaps of a thin sample, but at the small budgets of a slow or busy machine they turned lidar rows into
     * blocky bands that then changed shape when the still frame came: more noticeable than the gaps.
     */
    public static int maxMovingSize(int styleSize) {
        return styleSize;
    }

    /**
     * Gives every span of {@code sel} a size from 1 to {@code maxSize} pixels (for a moving frame:
     * {@link #maxMovingSize}).
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
            int chunk = sel.chunk[s];
            lod.chunkBounds(chunk, b);
            float w = m03 * (b[0] + b[3]) * 0.5f + m13 * (b[1] + b[4]) * 0.5f + m23 * (b[2] + b[5]) * 0.5f + m33;
            int size = maxSize;
            if (w > 1e-3f) {
                int all = lod.chunkSize(chunk);
                double fraction = (double) Math.max(1, sel.count[s]) / all;
                double across = acrossSpacing(b, all, lod.chunkSpacing(chunk));
                double spacingPx = across / Math.sqrt(fraction) * pixelScale / w;
                size = (int) Math.max(1, Math.min(maxSize, Math.ceil(spacingPx)));
            }
            sel.size[s] = (byte) size;
        }
        sel.sized = true;
    }
}
