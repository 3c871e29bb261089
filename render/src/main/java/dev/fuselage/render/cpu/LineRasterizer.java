package dev.fuselage.render.cpu;

import dev.fuselage.render.scene.LineBatch;
import org.joml.Matrix4fc;

/**
 * Draws 3D line segments one pixel wide into a {@link DepthColorBuffer} with depth test: each segment is clipped
 * against the clip volume (so lines through or behind the camera are cut, not wrapped), then stepped one pixel
 * at a time along its major axis with depth interpolated linearly in window space (window depth is affine in
 * screen space, so this matches the GPU).
 */
final class LineRasterizer {
    private final float[] a = new float[4];
    private final float[] b = new float[4];

    void draw(DepthColorBuffer target, Matrix4fc m, LineBatch lines) {
        float[] p = lines.xyz();
        int[] colors = lines.argb();
        for (int s = 0; s < lines.segments(); s++) {
            int o = 6 * s;
            transform(m, p[o], p[o + 1], p[o + 2], a);
            transform(m, p[o + 3], p[o + 4], p[o + 5], b);
            if (clip(a, b)) {
                raster(target, colors[s]);
            }
        }
    }

    private static void transform(Matrix4fc m, float x, float y, float z, float[] out) {
        out[0] = m.m00() * x + m.m10() * y + m.m20() * z + m.m30();
        out[1] = m.m01() * x + m.m11() * y + m.m21() * z + m.m31();
        out[2] = m.m02() * x + m.m12() * y + m.m22() * z + m.m32();
        out[3] = m.m03() * x + m.m13() * y + m.m23() * z + m.m33();
    }

    /** Liang–Barsky against the six planes -w <= x, y, z <= w; shortens a and b in place. */
    private boolean clip(float[] p, float[] q) {
        double t0 = 0, t1 = 1;
        for (int axis = 0; axis < 3; axis++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                // inside when w + sign*coord >= 0 ... written as d = w - sign*coord >= 0
                double dp = p[3] - sign * p[axis], dq = q[3] - sign * q[axis];
                if (dp < 0 && dq < 0) {
                    return false;
                }
                if (dp < 0) {
                    t0 = Math.max(t0, dp / (dp - dq));
                } else if (dq < 0) {
                    t1 = Math.min(t1, dp / (dp - dq));
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            float d = q[k] - p[k];
            float pk = p[k];
            p[k] = (float) (pk + t0 * d);
            q[k] = (float) (pk + t1 * d);
        }
        return true;
    }

    private void raster(DepthColorBuffer target, int color) {
        int w = target.width(), h = target.height();
        long[] buf = target.layer(0);
        float x0 = (a[0] / a[3] + 1) * 0.5f * w, y0 = (1 - a[1] / a[3]) * 0.5f * h, d0 = a[2] / a[3] * 0.5f + 0.5f;
        float x1 = (b[0] / b[3] + 1) * 0.5f * w, y1 = (1 - b[1] / b[3]) * 0.5f * h, d1 = b[2] / b[3] * 0.5f + 0.5f;
        float dx = x1 - x0, dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        float inv = steps == 0 ? 0 : 1f / steps;
        for (int k = 0; k <= steps; k++) {
            float t = k * inv;
            int ix = (int) Math.floor(x0 + t * dx), iy = (int) Math.floor(y0 + t * dy);
            if (ix < 0 || iy < 0 || ix >= w || iy >= h) {
                continue;
            }
            float d = d0 + t * (d1 - d0);
            long key = DepthColorBuffer.pack(Math.max(0f, d), color);
            if (key < buf[iy * w + ix]) {
                buf[iy * w + ix] = key; // lines are drawn on one thread after the points
            }
        }
    }
}
