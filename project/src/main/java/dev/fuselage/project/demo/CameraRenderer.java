package dev.fuselage.project.demo;

import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.Intrinsics;
import dev.fuselage.fusion.camera.LidarToCamera;

/**
 * Renders camera 2's view of the demo street by casting one ray per pixel through the same {@link RayTracer} the
 * lidar uses, so both sensors see the same objects at the same places. Pixel {@code (u, v)} is sampled at its
 * centre, which KITTI's projection matrices put at integer coordinates: a lidar point projected to
 * {@code (u, v)} falls in pixel {@code (round(u), round(v))}.
 *
 * <p>Shading: a sky gradient, a sun with hard shadows (one shadow ray per lit pixel), material colours with a
 * little texture (asphalt grain, paving joints, window grids), and distance haze. Alongside the colours it fills
 * the ground-truth buffers: the track id and the material seen in each pixel.
 */
final class CameraRenderer {
    private static final double SUN_X = 0.30, SUN_Y = 0.36, SUN_Z = 0.88;
    private static final double SUN_NORM = 1 / Math.sqrt(SUN_X * SUN_X + SUN_Y * SUN_Y + SUN_Z * SUN_Z);
    private static final double MAX_DEPTH = 400;

    private final int width, height;
    /** Unit ray directions in the lidar frame, {@code 3 * (v * width + u)}. */
    private final float[] dirs;
    /** Camera centre in the lidar frame. */
    private final double camX, camY, camZ;

    CameraRenderer(CameraModel camera) {
        width = camera.size().width();
        height = camera.size().height();
        LidarToCamera ext = camera.lidarToCamera();
        double[] c = ext.cameraPositionInLidar(new double[3]);
        camX = c[0];
        camY = c[1];
        camZ = c[2];
        Intrinsics k = camera.intrinsics();
        dirs = new float[3 * width * height];
        double[] d = new double[3];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                double yn = (v - k.cy()) / k.fy();
                double xn = (u - k.cx() - k.skew() * yn) / k.fx();
                ext.inverseRotate(xn, yn, 1, d);
                double inv = 1 / Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                int o = 3 * (v * width + u);
                dirs[o] = (float) (d[0] * inv);
                dirs[o + 1] = (float) (d[1] * inv);
                dirs[o + 2] = (float) (d[2] * inv);
            }
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Ray direction of pixel {@code (u, v)} into {@code dest}. */
    void direction(int u, int v, double[] dest) {
        int o = 3 * (v * width + u);
        dest[0] = dirs[o];
        dest[1] = dirs[o + 1];
        dest[2] = dirs[o + 2];
    }

    /** World position of the camera centre when the lidar sits at {@code (sx, sy, sz)} (the rig does not turn). */
    double[] cameraOrigin(double sx, double sy, double sz) {
        return new double[] {sx + camX, sy + camY, sz + camZ};
    }

    /**
     * Renders one image with the camera's lidar at world {@code (sx, sy, sz)}; the tracer must already be set to
     * the frame's time. Writes {@code rgb} (0xRRGGBB), {@code tracks} and {@code materials} per pixel.
     */
    void render(RayTracer tracer, Street street, double sx, double sy, double sz, int frame, int[] rgb,
                int[] tracks, byte[] materials) {
        double ox = sx + camX, oy = sy + camY, oz = sz + camZ;
        double lx = SUN_X * SUN_NORM, ly = SUN_Y * SUN_NORM, lz = SUN_Z * SUN_NORM;
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                int p = v * width + u;
                double dx = dirs[3 * p], dy = dirs[3 * p + 1], dz = dirs[3 * p + 2];
                int colour;
                if (!tracer.trace(ox, oy, oz, dx, dy, dz, MAX_DEPTH, true)) {
                    colour = sky(dz);
                    tracks[p] = 0;
                    materials[p] = 0;
                } else {
                    double t = tracer.t;
                    double hx = ox + t * dx, hy = oy + t * dy, hz = oz + t * dz;
                    Material m = tracer.material;
                    tracks[p] = tracer.track;
                    materials[p] = (byte) m.ordinal();
                    double nx = tracer.nx, ny = tracer.ny, nz = tracer.nz;
                    int albedo = albedo(tracer, street, m, hx, hy, hz);
                    double nDotL = nx * lx + ny * ly + nz * lz;
                    double light = 0.52;
                    if (nDotL > 0) {
                        // the shadow ray's origin is lifted off the surface so it does not hit it again
                        boolean shadow = tracer.trace(hx + 0.01 * nx, hy + 0.01 * ny, hz + 0.01 * nz, lx, ly, lz,
                                60, false);
                        if (!shadow) {
                            light += 0.62 * nDotL;
                        }
                    }
                    colour = haze(scale(albedo, light), t);
                }
                rgb[p] = grain(colour, u, v, frame);
            }
        }
    }

    private static int albedo(RayTracer tr, Street street, Material m, double x, double y, double z) {
        switch (m) {
            case ROAD: {
                double g = hash(Math.floor(x * 6), Math.floor(y * 6));
                return grey((int) (92 + 14 * g));
            }
            case LANE_MARKING:
                return 0xDCDCD2;
            case CURB:
                return 0xAEADA6;
            case SIDEWALK: {
                double fx = x / 0.6 - Math.floor(x / 0.6), fy = y / 0.6 - Math.floor(y / 0.6);
                return fx < 0.05 || fy < 0.05 ? 0x77736B : 0xA29C92;
            }
            case FACADE: {
                Building b = street.buildings.get(tr.index);
                double zin = z / b.floorH() - Math.floor(z / b.floorH());
                return zin < 0.04 && z > 1 ? scale(b.colour(), 0.8) : b.colour();
            }
            case WINDOW: {
                // glass mirrors the sky: brighter towards the top of each pane
                double zin = z / street.buildings.get(tr.index).floorH();
                zin -= Math.floor(zin);
                return scale(0x465668, 0.8 + 0.5 * zin);
            }
            case DOOR:
                return 0x5A3C28;
            case POLE:
                return 0x55595E;
            case TRUNK:
                return 0x5B4330;
            case FOLIAGE:
                return scale(0x3D6B2E, 0.8 + 0.4 * hash(Math.floor(x * 4), Math.floor(z * 4 + y * 3)));
            case CAR_PAINT:
                return street.actors.get(tr.index).colour();
            case CAR_GLASS:
                return 0x1E252D;
            case CAR_TYRE:
                return 0x1C1C1C;
            case CAR_REFLECTOR: {
                Actor a = street.actors.get(tr.index);
                double c = Math.cos(a.yaw()), s = Math.sin(a.yaw());
                double rx = x - tr.actorX(tr.index), ry = y - tr.actorY(tr.index);
                double lx = c * rx + s * ry, ly = -s * rx + c * ry;
                if (Math.abs(ly) < 0.3) {
                    return 0xE8E8DE; // plate
                }
                return lx > 0 ? 0xF2F0DC : 0xC41E1E;
            }
            case CLOTHING: {
                Actor a = street.actors.get(tr.index);
                return tr.aux < 0.47 * a.height() ? a.colour2() : a.colour();
            }
            case SKIN:
                return 0xC89878;
            default:
                return 0xFF00FF;
        }
    }

    private static int sky(double dz) {
        double f = Math.max(0, Math.min(1, dz * 3));
        return mix(0xC9D8E8, 0x5E8DC9, f);
    }

    private static int haze(int colour, double distance) {
        return mix(colour, 0xC4CFDA, 1 - Math.exp(-distance / 260));
    }

    /** Deterministic sensor noise of about +-2 levels. */
    private static int grain(int c, int u, int v, int frame) {
        int h = (u * 73856093) ^ (v * 19349663) ^ (frame * 83492791);
        h ^= h >>> 13;
        h *= 0x5bd1e995;
        h ^= h >>> 15;
        int n = (h & 7) - 3;
        int r = clamp(((c >> 16) & 255) + n), g = clamp(((c >> 8) & 255) + n), b = clamp((c & 255) + n);
        return (r << 16) | (g << 8) | b;
    }

    /** A value in [0, 1) that depends only on the two cell coordinates. */
    private static double hash(double a, double b) {
        long h = Double.doubleToLongBits(a) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(b) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }

    private static int grey(int level) {
        int g = clamp(level);
        return (g << 16) | (g << 8) | g;
    }

    static int scale(int c, double f) {
        return (clamp((int) (((c >> 16) & 255) * f)) << 16) | (clamp((int) (((c >> 8) & 255) * f)) << 8)
                | clamp((int) ((c & 255) * f));
    }

    private static int mix(int a, int b, double f) {
        int r = (int) (((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) (((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) ((a & 255) * (1 - f) + (b & 255) * f);
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(bl);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
