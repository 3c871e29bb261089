package dev.fuselage.project.demo;

import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Generates the demo street sequence, deterministically from a seed: a straight street with cambered road,
 * curbs, sidewalks, facades with windows and doors, poles and trees; six cars (moving both ways and parked) and
 * four walking pedestrians; the ego vehicle driving forward at 8 m/s, one frame every 0.1 s like KITTI.
 *
 * <p>Each {@link #frame(int) frame} holds a 64-beam lidar scan ({@link LidarScanner}), a rendered camera-2 image
 * ({@link CameraRenderer}) of the same scene and the KITTI labels of the objects the camera sees. Frames are
 * independent of each other, so they can be generated on any threads in any order and still come out
 * identical for the same seed and index.
 *
 * <pre>{@code
 * DemoSceneGenerator gen = new DemoSceneGenerator(DemoSceneGenerator.DEFAULT_SEED);
 * DemoFrame f = gen.frame(0);
 * KittiLabelIO.write(f.labels(), dir.resolve("label_2/000000.txt"));
 * }</pre>
 */
public final class DemoSceneGenerator {
    /** The seed of the shipped demo. */
    public static final long DEFAULT_SEED = 20_110_926L;
    /** Time between frames (KITTI's 10 Hz). */
    public static final double FRAME_SECONDS = 0.1;
    /** Lidar height above the road, as on KITTI's car. */
    public static final double LIDAR_HEIGHT = 1.73;
    /** Objects showing fewer pixels than this are too small or too hidden to label. */
    static final int MIN_VISIBLE_PIXELS = 30;

    private final long seed;
    private final Street street;
    private final KittiCalibration calibration;
    private final KittiCamera camera;
    private final LidarScanner lidar;
    private final CameraRenderer renderer;

    /** Lidar firings a turn of the shipped demo: 0.35 deg apart, half the real sensor's resolution. */
    public static final int DEFAULT_FIRINGS = LidarScanner.COLUMNS;
    /** Lidar firings a turn at KITTI's full 0.17 deg resolution (about 130 k points a scan). */
    public static final int FULL_FIRINGS = LidarScanner.FULL_COLUMNS;

    /** A generator of the street {@code seed} scanned with {@link #DEFAULT_FIRINGS}. */
    public DemoSceneGenerator(long seed) {
        this(seed, DEFAULT_FIRINGS);
    }

    /** A generator of the street {@code seed} scanned with {@code firings} lidar firings a turn. */
    public DemoSceneGenerator(long seed, int firings) {
        this.seed = seed;
        this.street = Street.generate(seed);
        this.calibration = DemoCalibration.kitti();
        this.camera = DemoCalibration.camera2();
        this.lidar = new LidarScanner(firings);
        this.renderer = new CameraRenderer(camera.camera());
    }

    public long seed() {
        return seed;
    }

    /** The calibration of every frame. */
    public KittiCalibration calibration() {
        return calibration;
    }

    /** Camera 2, the one the images are rendered for. */
    public KittiCamera camera() {
        return camera;
    }

    /** Number of tracks (cars and pedestrians) in the street. */
    public int trackCount() {
        return street.actors.size();
    }

    /** KITTI's six-digit frame id. */
    public static String frameId(int index) {
        return String.format(Locale.ROOT, "%06d", index);
    }

    /** World position of the lidar at {@code time}: over the ego lane, driving along +x. */
    static double[] sensorAt(double time) {
        return new double[] {Street.EGO_SPEED * time, Street.EGO_Y, Street.roadZ(Street.EGO_Y) + LIDAR_HEIGHT};
    }

    /** Generates frame {@code index}. Thread-safe. */
    public DemoFrame frame(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must be >= 0: " + index);
        }
        double time = index * FRAME_SECONDS;
        double[] s = sensorAt(time);
        RayTracer tracer = new RayTracer(street);
        tracer.setTime(time);
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        LidarScanner.Scan scan = lidar.scan(tracer, s[0], s[1], s[2], rnd);
        int w = renderer.width(), h = renderer.height();
        int[] rgb = new int[w * h], tracks = new int[w * h];
        byte[] materials = new byte[w * h];
        renderer.render(tracer, street, s[0], s[1], s[2], index, rgb, tracks, materials);
        List<DemoObject> objects = label(tracer, s, scan, tracks);
        return new DemoFrame(index, frameId(index), time, scan.cloud(), scan.materials(), scan.tracks(), w, h, rgb,
                tracks, materials, objects);
    }

    /** The label lines of the actors the camera sees, in track order. */
    private List<DemoObject> label(RayTracer tracer, double[] s, LidarScanner.Scan scan, int[] pixelTracks) {
        int n = street.actors.size();
        int[] pixels = new int[n + 1], points = new int[n + 1];
        for (int t : pixelTracks) {
            pixels[t]++;
        }
        for (int t : scan.tracks()) {
            points[t]++;
        }
        CuboidProjector projector = new CuboidProjector(camera.camera());
        CuboidProjection proj = new CuboidProjection();
        List<DemoObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = street.actors.get(i);
            int visible = pixels[a.track()];
            if (visible < MIN_VISIBLE_PIXELS) {
                continue;
            }
            Cuboid box = Cuboid.upright(tracer.actorX(i) - s[0], tracer.actorY(i) - s[1],
                    tracer.actorGround(i) + a.height() / 2 - s[2], a.length(), a.width(), a.height(), a.yaw());
            projector.project(box, proj);
            if (!proj.hasBox()) {
                continue;
            }
            double hidden = hiddenShare(tracer, i, s, proj, visible);
            int occluded = hidden < 0.1 ? 0 : hidden < 0.5 ? 1 : 2;
            double[] cam = KittiBoxes.toCamera(box, calibration);
            double alpha = KittiBoxes.normalize(cam[3] - Math.atan2(cam[0], cam[2]));
            KittiLabel label = new KittiLabel(a.type(), Math.min(1, proj.truncation()), occluded, alpha,
                    proj.boxLeft(), proj.boxTop(), proj.boxRight(), proj.boxBottom(), a.height(), a.width(),
                    a.length(), cam[0], cam[1], cam[2], cam[3], OptionalDouble.empty());
            out.add(new DemoObject(TrackId.of(a.track()), a.type(), box, label, points[a.track()], visible, hidden));
        }
        return out;
    }

    /**
     * Share of actor {@code i}'s silhouette that nearer things hide: its pixels when traced alone inside its 2D
     * box, against the pixels that show it in the full render.
     */
    private double hiddenShare(RayTracer tracer, int i, double[] s, CuboidProjection proj, int visible) {
        double[] o = renderer.cameraOrigin(s[0], s[1], s[2]);
        double[] d = new double[3];
        int u0 = (int) Math.floor(proj.boxLeft()), u1 = Math.min(renderer.width() - 1, (int) Math.ceil(proj.boxRight()));
        int v0 = (int) Math.floor(proj.boxTop()), v1 = Math.min(renderer.height() - 1,
                (int) Math.ceil(proj.boxBottom()));
        int alone = 0;
        for (int v = Math.max(0, v0); v <= v1; v++) {
            for (int u = Math.max(0, u0); u <= u1; u++) {
                renderer.direction(u, v, d);
                if (tracer.traceActor(i, o[0], o[1], o[2], d[0], d[1], d[2], 400)) {
                    alone++;
                }
            }
        }
        return alone == 0 ? 0 : Math.max(0, 1 - (double) visible / alone);
    }
}
