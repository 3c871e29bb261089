package dev.fuselage.fusion.project;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.Fisheye;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.RadialTangential;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Projects whole point clouds into one camera: a tight loop over the cloud's float arrays, no per-point objects,
 * split over the common fork-join pool for large clouds. The cloud's double origin is folded into the extrinsic
 * translation once per call, so relative float coordinates keep their precision.
 *
 * <p>Immutable and thread-safe; each call writes only into its {@link ProjectedPoints}.
 */
public final class PointProjector {
    /** Points closer than this to the camera plane (metres of camera z) are not drawn. */
    public static final double DEFAULT_MIN_DEPTH = 0.1;
    /** Below this many points a single thread is faster than forking. */
    static final int PARALLEL_THRESHOLD = 32_768;
    private static final int CHUNK = 16_384;

    private static final int NONE = 0, RADTAN = 1, FISHEYE = 2;

    private final CameraModel camera;
    private final double minDepth;
    /** Where large clouds are split; null to stay on the caller's thread. */
    private final ForkJoinPool pool;

    /** A projector with {@link #DEFAULT_MIN_DEPTH} that forks for large clouds. */
    public PointProjector(CameraModel camera) {
        this(camera, DEFAULT_MIN_DEPTH, true);
    }

    /**
     * A projector that, when {@code parallel}, splits large clouds over the common fork-join pool (when that pool
     * has at least two workers).
     */
    public PointProjector(CameraModel camera, double minDepth, boolean parallel) {
        this(camera, minDepth, parallel ? ForkJoinPool.commonPool() : null);
    }

    /** A projector that splits large clouds over {@code pool}; a null pool keeps every call on one thread. */
    PointProjector(CameraModel camera, double minDepth, ForkJoinPool pool) {
        this.camera = Objects.requireNonNull(camera, "camera");
        if (!(minDepth > 0)) {
            throw new IllegalArgumentException("minimum depth must be > 0: " + minDepth);
        }
        this.minDepth = minDepth;
        this.pool = pool;
    }

    public CameraModel camera() {
        return camera;
    }

    /** Projects every point of {@code cloud} into {@code dest}; returns the number of visible points. */
    public int project(PointCloud cloud, ProjectedPoints dest) {
        return project(cloud.x(), cloud.y(), cloud.z(), cloud.size(), cloud.originX(), cloud.originY(),
                cloud.originZ(), dest);
    }

    /**
     * Projects points {@code (ox + x[i], oy + y[i], oz + z[i])}, {@code i < n}, given in the lidar frame, into
     * {@code dest}; returns the number of visible points.
     */
    public int project(float[] x, float[] y, float[] z, int n, double ox, double oy, double oz,
                       ProjectedPoints dest) {
        if (x.length < n || y.length < n || z.length < n) {
            throw new IllegalArgumentException("coordinate arrays shorter than " + n);
        }
        dest.resize(n);
        Kernel kernel = new Kernel(camera, minDepth, ox, oy, oz, x, y, z, dest);
        if (pool == null || n < PARALLEL_THRESHOLD || pool.getParallelism() < 2) {
            dest.visibleCount = kernel.run(0, n, 0);
            return dest.visibleCount;
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        int[] counts = new int[chunks];
        pool.invoke(new Slice(kernel, 0, chunks, counts, n));
        // each chunk compacted its visible indices at its own start; close the gaps (always moves leftwards)
        int total = 0;
        int[] visible = dest.visibleIndices();
        for (int c = 0; c < chunks; c++) {
            if (total != c * CHUNK) {
                System.arraycopy(visible, c * CHUNK, visible, total, counts[c]);
            }
            total += counts[c];
        }
        dest.visibleCount = total;
        return total;
    }

    /** Splits chunk ranges in halves down to single chunks. */
    private static final class Slice extends RecursiveAction {
        private final Kernel kernel;
        private final int fromChunk, toChunk, n;
        private final int[] counts;

        Slice(Kernel kernel, int fromChunk, int toChunk, int[] counts, int n) {
            this.kernel = kernel;
            this.fromChunk = fromChunk;
            this.toChunk = toChunk;
            this.counts = counts;
            this.n = n;
        }

        @Override
        protected void compute() {
            if (toChunk - fromChunk == 1) {
                int from = fromChunk * CHUNK;
                counts[fromChunk] = kernel.run(from, Math.min(n, from + CHUNK), from);
                return;
            }
            int mid = (fromChunk + toChunk) >>> 1;
            invokeAll(new Slice(kernel, fromChunk, mid, counts, n), new Slice(kernel, mid, toChunk, counts, n));
        }
    }

    /** The per-call constants of the projection, unpacked into fields the JIT keeps in registers. */
    private static final class Kernel {
        final double r00, r01, r02, r10, r11, r12, r20, r21, r22, tx, ty, tz;
        final double fx, fy, cx, cy, skew, minDepth, width, height, validR2;
        final int kind;
        final double k1, k2, k3, k4, p1, p2;
        final float[] x, y, z, u, v, depth;
        final int[] visible;

        Kernel(CameraModel cam, double minDepth, double ox, double oy, double oz, float[] x, float[] y, float[] z,
               ProjectedPoints out) {
            double[] m = cam.lidarToCamera().rowMajor4x4();
            r00 = m[0];
            r01 = m[1];
            r02 = m[2];
            r10 = m[4];
            r11 = m[5];
            r12 = m[6];
            r20 = m[8];
            r21 = m[9];
            r22 = m[10];
            // R·(o + p) + t = R·p + (R·o + t)
            double[] t = cam.lidarToCamera().transform(ox, oy, oz, new double[3]);
            tx = t[0];
            ty = t[1];
            tz = t[2];
            Intrinsics k = cam.intrinsics();
            fx = k.fx();
            fy = k.fy();
            cx = k.cx();
            cy = k.cy();
            skew = k.skew();
            this.minDepth = minDepth;
            width = cam.size().width();
            height = cam.size().height();
            validR2 = cam.validRadiusSquared();
            if (cam.distortion() instanceof RadialTangential d) {
                kind = RADTAN;
                k1 = d.k1();
                k2 = d.k2();
                k3 = d.k3();
                k4 = 0;
                p1 = d.p1();
                p2 = d.p2();
            } else if (cam.distortion() instanceof Fisheye d) {
                kind = FISHEYE;
                k1 = d.k1();
                k2 = d.k2();
                k3 = d.k3();
                k4 = d.k4();
                p1 = 0;
                p2 = 0;
            } else {
                kind = NONE;
                k1 = k2 = k3 = k4 = p1 = p2 = 0;
            }
            this.x = x;
            this.y = y;
            this.z = z;
            this.u = out.u();
            this.v = out.v();
            this.depth = out.depth();
            this.visible = out.visibleIndices();
        }

        /** Projects points [from, to), writing visible indices from {@code visibleStart}; returns their count. */
        int run(int from, int to, int visibleStart) {
            int count = visibleStart;
            for (int i = from; i < to; i++) {
                double px = x[i], py = y[i], pz = z[i];
                double zc = r20 * px + r21 * py + r22 * pz + tz;
                depth[i] = (float) zc;
                float pu = Float.NaN, pv = Float.NaN;
                if (zc > minDepth) {
                    double inv = 1 / zc;
                    double xn = (r00 * px + r01 * py + r02 * pz + tx) * inv;
                    double yn = (r10 * px + r11 * py + r12 * pz + ty) * inv;
                    double r2 = xn * xn + yn * yn;
                    if (r2 <= validR2) {
                        double xd, yd;
                        if (kind == NONE) {
                            xd = xn;
                            yd = yn;
                        } else if (kind == RADTAN) {
                            double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
                            double xy = xn * yn;
                            xd = xn * radial + 2 * p1 * xy + p2 * (r2 + 2 * xn * xn);
                            yd = yn * radial + p1 * (r2 + 2 * yn * yn) + 2 * p2 * xy;
                        } else {
                            double r = Math.sqrt(r2);
                            double s = 1;
                            if (r > 1e-12) {
                                double th = Math.atan(r);
                                double t2 = th * th;
                                s = th * (1 + t2 * (k1 + t2 * (k2 + t2 * (k3 + t2 * k4)))) / r;
                            }
                            xd = xn * s;
                            yd = yn * s;
                        }
                        double uu = fx * xd + skew * yd + cx;
                        double vv = fy * yd + cy;
                        if (uu >= 0 && uu <= width && vv >= 0 && vv <= height) {
                            pu = (float) uu;
                            pv = (float) vv;
                            visible[count++] = i;
                        }
                    }
                }
                u[i] = pu;
                v[i] = pv;
            }
            return count - visibleStart;
        }
    }
}
