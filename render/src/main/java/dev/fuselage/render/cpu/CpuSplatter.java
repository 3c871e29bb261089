package dev.fuselage.render.cpu;

import org.joml.Matrix4fc;

/**
 * Projects points and depth-tests them into a {@link DepthColorBuffer}. Follows OpenGL's point rules so the CPU
 * and GL backends agree pixel for pixel: a point whose centre lies outside the clip volume is dropped; otherwise it
 * covers the pixels whose centres fall inside the {@code size x size} square centred on its window position.
 */
final class CpuSplatter {
    private CpuSplatter() {
    }

    /**
     * Splats the sorted points in the given spans, restricted to the global range {@code [from, to)} of the spans'
     * concatenation (how the work is cut between threads), into one layer of the target: with plain stores when
     * this thread owns the layer, with an atomic min when {@code atomic} (shared layer). Colour 0 means hidden.
     * Points are {@code pointSize} pixels wide, or {@code sizes[s]} in span {@code s} when {@code sizes} is given.
     */
    static long splat(DepthColorBuffer target, int layer, boolean atomic, Matrix4fc m, float[] x, float[] y,
                      float[] z, int[] argb, int[] first, int[] count, byte[] sizes, int spans, long from, long to,
                      int uniformSize) {
        long[] buf = target.layer(layer);
        int w = target.width(), h = target.height();
        float m00 = m.m00(), m01 = m.m01(), m02 = m.m02(), m03 = m.m03();
        float m10 = m.m10(), m11 = m.m11(), m12 = m.m12(), m13 = m.m13();
        float m20 = m.m20(), m21 = m.m21(), m22 = m.m22(), m23 = m.m23();
        float m30 = m.m30(), m31 = m.m31(), m32 = m.m32(), m33 = m.m33();
        float hw = w * 0.5f, hh = h * 0.5f;
        long drawn = 0;
        long offset = 0;
        for (int s = 0; s < spans && offset < to; s++) {
            int c = count[s];
            long spanEnd = offset + c;
            if (spanEnd > from) {
                int pointSize = sizes == null ? uniformSize : sizes[s];
                float half = pointSize * 0.5f;
                int a = first[s] + (int) Math.max(0, from - offset);
                int b = first[s] + (int) Math.min(c, to - offset);
                for (int i = a; i < b; i++) {
                    int color = argb[i];
                    if (color == 0) {
                        continue;
                    }
                    float px = x[i], py = y[i], pz = z[i];
                    float cw = m03 * px + m13 * py + m23 * pz + m33;
                    float cx = m00 * px + m10 * py + m20 * pz + m30;
                    float cy = m01 * px + m11 * py + m21 * pz + m31;
                    float cz = m02 * px + m12 * py + m22 * pz + m32;
                    // inside the clip volume: |x|, |y|, |z| <= w (false for w <= 0 and for NaN)
                    if (!(Math.abs(cx) <= cw && Math.abs(cy) <= cw && Math.abs(cz) <= cw)) {
                        continue;
                    }
                    float inv = 1f / cw;
                    float sx = (cx * inv + 1f) * hw;
                    float sy = (1f - cy * inv) * hh;
                    float depth = cz * inv * 0.5f + 0.5f;
                    long key = DepthColorBuffer.pack(depth, color);
                    drawn++;
                    if (pointSize == 1) {
                        int ix = (int) sx, iy = (int) sy;
                        if (ix < w && iy < h) {
                            write(buf, iy * w + ix, key, atomic);
                        }
                    } else {
                        int x0 = Math.max(0, (int) Math.ceil(sx - half - 0.5f));
                        int y0 = Math.max(0, (int) Math.ceil(sy - half - 0.5f));
                        int x1 = Math.min(w, x0 + pointSize), y1 = Math.min(h, y0 + pointSize);
                        for (int yy = y0; yy < y1; yy++) {
                            int row = yy * w;
                            for (int xx = x0; xx < x1; xx++) {
                                write(buf, row + xx, key, atomic);
                            }
                        }
                    }
                }
            }
            offset = spanEnd;
        }
        return drawn;
    }

    private static void write(long[] buf, int index, long key, boolean atomic) {
        if (atomic) {
            DepthColorBuffer.depthMin(buf, index, key);
        } else if (key < buf[index]) {
            buf[index] = key;
        }
    }
}
