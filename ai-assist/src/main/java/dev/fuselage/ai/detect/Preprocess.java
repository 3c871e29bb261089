package dev.fuselage.ai.detect;

import dev.fuselage.ai.model.InputSpec;

/** Image pixels into an NCHW float tensor, as an {@link InputSpec} says. */
final class Preprocess {
    private Preprocess() {
    }

    /** The tile at {@code (ox, oy)} at native resolution; what lies outside the image is padding. */
    static void crop(RgbImage img, int ox, int oy, InputSpec in, float[] dest) {
        int w = in.width(), h = in.height(), plane = w * h;
        Channels ch = new Channels(in);
        for (int y = 0; y < h; y++) {
            int sy = oy + y;
            for (int x = 0; x < w; x++) {
                int sx = ox + x;
                int p = y * w + x;
                if (sx < img.width() && sy < img.height()) {
                    ch.put(img.rgb()[sy * img.width() + sx], dest, p, plane);
                } else {
                    ch.pad(dest, p, plane);
                }
            }
        }
    }

    /**
     * The whole image shrunk (or grown) by {@code r = min(W / width, H / height)} with bilinear sampling, at the
     * top-left, padded; returns {@code r}.
     */
    static double letterbox(RgbImage img, InputSpec in, float[] dest) {
        int w = in.width(), h = in.height(), plane = w * h;
        double r = Math.min((double) w / img.width(), (double) h / img.height());
        int rw = (int) Math.round(img.width() * r), rh = (int) Math.round(img.height() * r);
        Channels ch = new Channels(in);
        int[] px = img.rgb();
        int iw = img.width(), ih = img.height();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (x >= rw || y >= rh) {
                    ch.pad(dest, p, plane);
                    continue;
                }
                // pixel-centre alignment, as OpenCV's INTER_LINEAR
                double sx = Math.max(0, (x + 0.5) / r - 0.5), sy = Math.max(0, (y + 0.5) / r - 0.5);
                int x0 = Math.min((int) sx, iw - 1), y0 = Math.min((int) sy, ih - 1);
                int x1 = Math.min(x0 + 1, iw - 1), y1 = Math.min(y0 + 1, ih - 1);
                double fx = sx - x0, fy = sy - y0;
                int a = px[y0 * iw + x0], b = px[y0 * iw + x1], c = px[y1 * iw + x0], e = px[y1 * iw + x1];
                double red = lerp(a >> 16 & 255, b >> 16 & 255, c >> 16 & 255, e >> 16 & 255, fx, fy);
                double green = lerp(a >> 8 & 255, b >> 8 & 255, c >> 8 & 255, e >> 8 & 255, fx, fy);
                double blue = lerp(a & 255, b & 255, c & 255, e & 255, fx, fy);
                ch.put(red, green, blue, dest, p, plane);
            }
        }
        return r;
    }

    private static double lerp(int a, int b, int c, int d, double fx, double fy) {
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    /** Per-channel scale, mean and std in tensor order. */
    private static final class Channels {
        final boolean bgr;
        final double scale;
        final double m0, m1, m2, s0, s1, s2;
        final float pad0, pad1, pad2;

        Channels(InputSpec in) {
            bgr = in.bgr();
            scale = in.scale();
            double[] m = in.mean(), s = in.std();
            m0 = m[0];
            m1 = m[1];
            m2 = m[2];
            s0 = s[0];
            s1 = s[1];
            s2 = s[2];
            pad0 = (float) ((in.pad() * scale - m0) / s0);
            pad1 = (float) ((in.pad() * scale - m1) / s1);
            pad2 = (float) ((in.pad() * scale - m2) / s2);
        }

        void put(int rgb, float[] dest, int p, int plane) {
            put(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, dest, p, plane);
        }

        void put(double r, double g, double b, float[] dest, int p, int plane) {
            double first = bgr ? b : r, third = bgr ? r : b;
            dest[p] = (float) ((first * scale - m0) / s0);
            dest[plane + p] = (float) ((g * scale - m1) / s1);
            dest[2 * plane + p] = (float) ((third * scale - m2) / s2);
        }

        void pad(float[] dest, int p, int plane) {
            dest[p] = pad0;
            dest[plane + p] = pad1;
            dest[2 * plane + p] = pad2;
        }
    }
}
