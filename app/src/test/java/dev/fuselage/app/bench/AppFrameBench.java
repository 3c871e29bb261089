package dev.fuselage.app.bench;

import dev.fuselage.app.ui.FuselageApp;
import dev.fuselage.app.ui.help.KeyOverlay;
import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.app.ui.workspace.paint.PaintModel;
import dev.fuselage.app.ui.workspace.paint.PaintTool;
import dev.fuselage.app.ui.workspace.view.WorkspaceWindow;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.WriteOptions;
import dev.fuselage.render.BackendChoice;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import dev.fuselage.render.Renderers;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * The in-app renderer benchmark of issue #15: launches the real desktop app ({@link FuselageApp}, the viewer for a
 * cloud file, the annotation workspace for a folder) in a real window, waits for the first full-detail frame, then
 * drives the 3D view as a user would — mouse button down, a steady back-and-forth orbit drag at 60 mouse moves a
 * second, button up — through the JavaFX {@link Robot} (real X input events under Xvfb), and collects what the app
 * itself reports: each frame it shows (the renderer's frame time, points drawn, budget), the interval between
 * frames on screen, the hand-off from the render thread to the screen, how long each mouse move took to reach the
 * view's event handlers, and, after the release, how long the still frame takes to reach full detail. Default
 * settings throughout (point size, colour, frame-time target: whatever the app starts with). Prints one JSON line
 * per run; {@code bench/run-app-bench.sh} runs it over the generated clouds and the demo and makes the table.
 *
 * <p>It lives in the app's test sources because it must launch the app's window (the {@code bench} module does not
 * depend on {@code app}); it is a {@code main}, not a test, so the build never runs it. Usage:
 * <pre>
 * AppFrameBench --generate DIR 1M 10M 50M       # write DIR/synthetic-1M.bin ... (SyntheticLidar, seed 42)
 * AppFrameBench --open PATH [--label L] [--orbits N] [--orbit-seconds S] [--warmup-seconds S] [--shots DIR]
 *               [--paint-merged N]
 * </pre>
 *
 * <p>{@code --paint-merged N} (issue #11; a workspace project with ego poses): before the drags, the workspace shows
 * its first N frames merged and takes the brush (class building), so each drag paints instead of orbiting; the
 * frames counted are then every frame shown during the drag (a paint drag asks for still frames, not moving ones),
 * and their interval is the frame rate while painting.</p>
 */
public final class AppFrameBench {
    /** Mouse moves per second while dragging: a typical mouse's report rate seen by a desktop. */
    static final int MOVES_PER_SECOND = 60;
    /** Amplitude of the back-and-forth drag in pixels (0.4 degree of orbit a pixel: +-72 degrees). */
    static final int DRAG_AMPLITUDE = 180;
    /** One back-and-forth takes this long: about 230 pixels a second at the centre. */
    static final double DRAG_PERIOD_SECONDS = 5;
    /** Painting: the classes the drags paint in turn (SemanticKITTI building, vegetation). */
    static final int PAINT_CLASS = 50;
    static final int PAINT_CLASS_OTHER = 70;
    /** Painting: period of the brush's sweep up and down the view. */
    static final double PAINT_SWEEP_SECONDS = 7.3;

    private AppFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--generate")) {
            generate(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        Options o = Options.parse(args);
        Thread driver = new Thread(() -> {
            int status = 0;
            try {
                System.out.println(new AppFrameBench.Run(o).call());
            } catch (Throwable t) {
                t.printStackTrace();
                status = 1;
            }
            System.out.flush();
            Runtime.getRuntime().halt(status); // do not wait for the app's own shutdown (autosave etc. is not timed)
        }, "app-bench-driver");
        driver.setDaemon(true);
        driver.start();
        FuselageApp.launchDesktop(FuselageApp.arguments(o.open, Optional.empty(), Optional.empty(),
                BackendChoice.AUTO));
    }

    /** Writes synthetic lidar clouds ({@code SyntheticLidar}, seed 42, as the JMH render benchmarks draw). */
    static void generate(Path dir, String[] sizes) throws IOException {
        Files.createDirectories(dir);
        for (String label : sizes) {
            Path file = dir.resolve("synthetic-" + label + ".bin");
            if (Files.isRegularFile(file)) {
                System.out.println("present: " + file);
                continue;
            }
            int points = parseSize(label);
            PointCloudIO.write(SyntheticLidar.generate(points, 42).cloud(), file, WriteOptions.DEFAULT);
            System.out.println("wrote " + file + " (" + points + " points)");
        }
    }

    static int parseSize(String label) {
        String s = label.trim().toUpperCase(Locale.ROOT);
        double scale = s.endsWith("M") ? 1e6 : s.endsWith("K") ? 1e3 : 1;
        return (int) Math.round(Double.parseDouble(s.replaceAll("[MK]$", "")) * scale);
    }

    /** Command-line options of a run. */
    record Options(Path open, String label, int orbits, double orbitSeconds, double warmupSeconds,
                   Optional<Path> shots, int paintMerged) {
        static Options parse(String[] args) {
            Path open = null;
            String label = null;
            int orbits = 3;
            double seconds = 12;
            double warmup = 2;
            Path shots = null;
            int paint = 0;
            for (int i = 0; i < args.length; i++) {
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--open" -> open = Path.of(v);
                    case "--label" -> label = v;
                    case "--orbits" -> orbits = Integer.parseInt(v);
                    case "--orbit-seconds" -> seconds = Double.parseDouble(v);
                    case "--warmup-seconds" -> warmup = Double.parseDouble(v);
                    case "--shots" -> shots = Path.of(v);
                    case "--paint-merged" -> paint = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (open == null) {
                throw new IllegalArgumentException("--open CLOUD_OR_FOLDER is required");
            }
            return new Options(open, label == null ? open.getFileName().toString() : label, orbits, seconds,
                    warmup, Optional.ofNullable(shots), paint);
        }
    }

    /** A frame as it reached the screen. */
    private record Shown(long nanos, FrameImage frame, double handoffMillis) {
    }

    /** One benchmark run against the launched app. */
    private static final class Run implements Callable<String> {
        private final Options o;
        private final long started = System.nanoTime();
        private final List<Shown> shown = new ArrayList<>();
        private final List<Double> inputMillis = new ArrayList<>();
        /** Latest intended time of a mouse move to each x position. */
        private final Map<Integer, Long> movedAt = new ConcurrentHashMap<>();
        private volatile boolean measuring;
        private Viewport3D view;

        Run(Options o) {
            this.o = o;
        }

        @Override
        public String call() throws Exception {
            view = waitFor("the 3D view", 120, () -> fx(AppFrameBench::findViewport));
            FrameImage loaded = waitFor("the first full-detail frame", 900, () -> fx(() -> {
                FrameImage f = view.lastFrameProperty().get();
                return f != null && f.complete() && f.pointsVisible() > 0 ? f : null;
            }));
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            // prefs are empty in every run, so the workspace shows its first-run key overlay over the view, which
            // takes the drags: dismiss it as a user would ("Got it")
            fx(() -> {
                KeyOverlay overlay = find(view.getScene().getRoot(), KeyOverlay.class);
                if (overlay != null) {
                    overlay.dismiss();
                }
                return null;
            });
            Thread.sleep(1500); // let the workspace finish its own start-up work (prefetching neighbours)
            long mergedPoints = o.paintMerged() > 0 ? paintMerged() : 0;
            fx(() -> {
                view.lastFrameProperty().addListener((obs, a, f) -> {
                    if (f != null) {
                        long now = System.nanoTime();
                        synchronized (shown) {
                            shown.add(new Shown(now, f, (now - f.finishedNanos()) / 1e6));
                        }
                    }
                });
                view.getScene().addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
                    Long at = movedAt.get((int) Math.round(e.getScreenX()));
                    if (measuring && at != null) {
                        synchronized (inputMillis) {
                            inputMillis.add((System.nanoTime() - at) / 1e6);
                        }
                    }
                });
                return null;
            });
            Robot robot = fx(Robot::new);
            // the drags start below the view's centre: on the road ahead, not on a box (in the workspace a drag that
            // starts on a box moves the box instead of the camera); the orbit is the same wherever it starts
            Point2D centre = fx(() -> view.localToScreen(view.getWidth() / 2, view.getHeight() * 0.75));
            // painting: the brush also sweeps up and down most of the view (and each drag paints another class over
            // the last), so that its dabs keep changing points; a dab that changes nothing asks for no frame
            Point2D paintCentre = fx(() -> view.localToScreen(view.getWidth() / 2, view.getHeight() / 2));
            int paintSweep = fx(() -> (int) Math.round(view.getHeight() * 0.35));
            String viewport = fx(() -> (int) view.getWidth() + "x" + (int) view.getHeight());
            List<Double> renderMs = new ArrayList<>(), intervalMs = new ArrayList<>(), handoffMs = new ArrayList<>();
            List<Double> drawn = new ArrayList<>(), stillMs = new ArrayList<>(), stepMs = new ArrayList<>();
            List<Integer> steps = new ArrayList<>();
            long gcBefore = gcMillis();
            double orbitSeconds = 0;
            for (int orbit = 0; orbit < o.orbits(); orbit++) {
                synchronized (shown) {
                    shown.clear();
                }
                if (o.paintMerged() > 0) {
                    int cls = orbit % 2 == 0 ? PAINT_CLASS : PAINT_CLASS_OTHER;
                    fx(() -> {
                        find(view.getScene().getRoot(), WorkspaceWindow.class).paint().activeClassProperty().set(cls);
                        return null;
                    });
                }
                long t0 = o.paintMerged() > 0 ? drag(robot, paintCentre, paintSweep, PAINT_SWEEP_SECONDS)
                        : drag(robot, centre, 30, 2 * DRAG_PERIOD_SECONDS);
                long measureFrom = t0 + (long) (o.warmupSeconds() * 1e9);
                long released = System.nanoTime();
                orbitSeconds += (released - measureFrom) / 1e9;
                if (orbit == 0) {
                    shot(o.shots(), "moving");
                }
                Shown still = waitFor("the still frame after the drag", 120, () -> {
                    synchronized (shown) {
                        return shown.stream().filter(s -> s.nanos() > released && s.frame().complete()).findFirst()
                                .orElse(null);
                    }
                });
                stillMs.add((still.nanos() - released) / 1e6);
                List<Shown> frames;
                synchronized (shown) {
                    frames = List.copyOf(shown);
                }
                Shown previous = null;
                int stepCount = 0;
                for (Shown s : frames) {
                    boolean moving = o.paintMerged() > 0 || s.frame().plan().kind() == FramePlan.Kind.MOVING;
                    if (moving && s.nanos() >= measureFrom && s.nanos() <= released) {
                        renderMs.add(s.frame().renderMillis());
                        handoffMs.add(s.handoffMillis());
                        drawn.add((double) s.frame().pointsDrawn());
                        if (previous != null && previous.nanos() >= measureFrom) {
                            intervalMs.add((s.nanos() - previous.nanos()) / 1e6);
                        }
                    }
                    if (!moving && s.nanos() > released && s.nanos() <= still.nanos()) {
                        stepCount++;
                        stepMs.add(s.frame().renderMillis());
                    }
                    previous = moving ? s : previous;
                }
                steps.add(stepCount);
                if (orbit == 0) {
                    Thread.sleep(300);
                    shot(o.shots(), "refined");
                }
            }
            long gc = gcMillis() - gcBefore;
            double[] style = styleChange(robot);
            List<Double> input;
            synchronized (inputMillis) {
                input = List.copyOf(inputMillis);
            }
            return String.format(Locale.ROOT, "{\"case\":\"%s\",\"points\":%d,\"viewport\":\"%s\",\"renderer\":\"%s\","
                            + "\"loadSeconds\":%.1f,\"orbitSeconds\":%.1f,\"movingFrames\":%d,"
                            + "\"renderMedianMs\":%.1f,\"renderP95Ms\":%.1f,\"intervalMedianMs\":%.1f,"
                            + "\"intervalP95Ms\":%.1f,\"handoffMedianMs\":%.1f,\"drawnMedian\":%.0f,"
                            + "\"inputEvents\":%d,\"inputMedianMs\":%.1f,\"inputP95Ms\":%.1f,\"inputMaxMs\":%.1f,"
                            + "\"stillMs\":%s,\"stillSteps\":%s,\"stepMaxMs\":%.1f,\"gcMsDuringRun\":%d,"
                            + "\"styleFirstFrameMs\":%.0f,\"styleCompleteMs\":%.0f,\"paintMerged\":%d,"
                            + "\"mergedPoints\":%d}",
                    o.label(), loaded.pointsVisible(), viewport, Renderers.explainAuto().replace('"', '\''), loadSeconds,
                    orbitSeconds, renderMs.size(), pct(renderMs, 50), pct(renderMs, 95), pct(intervalMs, 50),
                    pct(intervalMs, 95), pct(handoffMs, 50), pct(drawn, 50), input.size(), pct(input, 50),
                    pct(input, 95), pct(input, 100), list(stillMs), steps, pct(stepMs, 100), gc, style[0], style[1],
                    o.paintMerged(), mergedPoints);
        }

        /**
         * Shows the workspace's first {@code --paint-merged} frames merged and takes the brush (class building,
         * overwrite on), as a user would from the Segment section; returns the merged view's point count.
         */
        private long paintMerged() throws Exception {
            PaintModel paint = fx(() -> find(view.getScene().getRoot(), WorkspaceWindow.class).paint());
            CompletableFuture<Void> shown = fx(() -> {
                paint.mergedSpanProperty().set(o.paintMerged());
                return paint.showMerged();
            });
            shown.get(600, TimeUnit.SECONDS);
            if (!fx(() -> paint.mergedProperty().get())) {
                throw new IllegalStateException("no merged view: " + fx(() -> paint.statusProperty().get()));
            }
            fx(() -> {
                paint.activeClassProperty().set(PAINT_CLASS);
                paint.toolProperty().set(PaintTool.BRUSH);
                return null;
            });
            waitFor("the merged view in full detail", 300, () -> fx(() -> {
                FrameImage f = view.lastFrameProperty().get();
                return f != null && f.complete() && f.pointsVisible() > 0 ? f : null;
            }));
            return fx(paint::viewSize);
        }

        /**
         * The viewer's colour-mode shortcut (Alt+1: intensity; the default is height): milliseconds from the key
         * to the first frame in the new colours and to the complete one. NaN when the window has no such shortcut
         * (the workspace) or nothing changed within 30 s.
         */
        private double[] styleChange(Robot robot) throws Exception {
            FrameImage before = fx(() -> view.lastFrameProperty().get());
            synchronized (shown) {
                shown.clear();
            }
            long pressed = System.nanoTime();
            fx(() -> {
                robot.keyPress(KeyCode.ALT);
                robot.keyPress(KeyCode.DIGIT1);
                robot.keyRelease(KeyCode.DIGIT1);
                robot.keyRelease(KeyCode.ALT);
                return null;
            });
            double first = Double.NaN, complete = Double.NaN;
            long end = pressed + 30_000_000_000L;
            while (System.nanoTime() < end && Double.isNaN(complete)) {
                synchronized (shown) {
                    for (Shown s : shown) {
                        if (s.frame().sceneVersion() > before.sceneVersion()) {
                            if (Double.isNaN(first)) {
                                first = (s.nanos() - pressed) / 1e6;
                            }
                            if (s.frame().complete()) {
                                complete = (s.nanos() - pressed) / 1e6;
                                break;
                            }
                        }
                    }
                }
                Thread.sleep(20);
            }
            return new double[] {first, complete};
        }

        /**
         * Button down at {@code centre}, back and forth (and up and down by {@code yAmplitude} px) for the orbit
         * time, button up; returns the start time.
         */
        private long drag(Robot robot, Point2D centre, int yAmplitude, double yPeriodSeconds) throws Exception {
            int cx = (int) Math.round(centre.getX()), cy = (int) Math.round(centre.getY());
            fx(() -> {
                robot.mouseMove(cx, cy);
                return null;
            });
            Thread.sleep(200);
            fx(() -> {
                robot.mousePress(MouseButton.PRIMARY);
                return null;
            });
            long t0 = System.nanoTime();
            long measureFrom = t0 + (long) (o.warmupSeconds() * 1e9);
            long end = t0 + (long) ((o.warmupSeconds() + o.orbitSeconds()) * 1e9);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            CompletableFuture<Void> done = new CompletableFuture<>();
            ScheduledFuture<?> task = ticker.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                if (now >= end) {
                    done.complete(null);
                    return;
                }
                measuring = now >= measureFrom;
                double t = (now - t0) / 1e9;
                int x = cx + (int) Math.round(DRAG_AMPLITUDE * Math.sin(2 * Math.PI * t / DRAG_PERIOD_SECONDS));
                int y = cy + (int) Math.round(yAmplitude * Math.sin(2 * Math.PI * t / yPeriodSeconds));
                movedAt.put(x, now);
                Platform.runLater(() -> robot.mouseMove(x, y));
            }, 0, 1_000_000 / MOVES_PER_SECOND, TimeUnit.MICROSECONDS);
            done.get();
            task.cancel(false);
            ticker.shutdown();
            measuring = false;
            fx(() -> {
                robot.mouseRelease(MouseButton.PRIMARY);
                return null;
            });
            return t0;
        }

        /** Writes a PNG of the whole window as it is on screen now. */
        private void shot(Optional<Path> dir, String name) throws Exception {
            if (dir.isEmpty()) {
                return;
            }
            Files.createDirectories(dir.get());
            WritableImage img = fx(() -> view.getScene().snapshot(null));
            int w = (int) img.getWidth(), h = (int) img.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            PixelReader r = img.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, r.getArgb(x, y));
                }
            }
            Path file = dir.get().resolve(o.label() + "-" + name + ".png");
            ImageIO.write(out, "png", file.toFile());
        }
    }

    private static Viewport3D findViewport() {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (w.isShowing() && s != null) {
                Viewport3D v = find(s.getRoot(), Viewport3D.class);
                if (v != null && v.getWidth() > 0) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The first node of {@code type} in the tree under {@code n} (depth first), or null. */
    private static <T> T find(Node n, Class<T> type) {
        if (type.isInstance(n)) {
            return type.cast(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                T v = find(c, type);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** The p-th percentile (nearest rank), NaN for no samples. */
    static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    private static String list(List<Double> values) {
        StringBuilder sb = new StringBuilder("[");
        for (double d : values) {
            sb.append(sb.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "%.0f", d));
        }
        return sb.append(']').toString();
    }

    /** Runs on the JavaFX thread and waits. */
    static <T> T fx(Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static <T> T waitFor(String what, int seconds, ThrowingSupplier<T> probe) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            T v;
            try {
                v = probe.get();
            } catch (IllegalStateException e) {
                v = null; // the toolkit is not up yet
            }
            if (v != null) {
                return v;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out after " + seconds + " s waiting for " + what);
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
