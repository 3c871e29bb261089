package dev.fuselage.app.ui.view3d;

import dev.fuselage.core.cloud.Bounds;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.OrbitCamera;
import dev.fuselage.render.camera.RenderCamera;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;

/**
 * The 3D view: shows the renderer's frames and turns mouse and keys into camera moves. Left drag orbits, right or
 * middle drag pans, the wheel zooms; {@code B} toggles the bird's-eye view, {@code L} fly mode, {@code F} fits the
 * scene, {@code R} resets. Frames are requested asynchronously and shown on the JavaFX thread, so a slow frame never blocks input;
 * while the mouse drags, frames are interactive (level of detail), and the release asks for full detail.
 *
 * <p>The renderer keeps a frame-time target ({@link #frameTargetProperty()}, default
 * {@value #DEFAULT_FRAME_TARGET_MILLIS} ms): moving frames draw as many points as fit it, and a still frame fills in
 * over several steps of about that time, the view asking for the next step as each one arrives until the frame is
 * complete. Input between two steps goes first: a step takes about the target, so input waits at most about one.
 */
public final class Viewport3D extends StackPane {
    /** Radians of orbit per pixel of drag. */
    static final double ORBIT_PER_PIXEL = Math.toRadians(0.4);
    /** Zoom factor per wheel notch. */
    static final double ZOOM_PER_NOTCH = 1.15;
    /** Default frame-time target while the camera moves, and per refinement step: 30 frames a second. */
    public static final double DEFAULT_FRAME_TARGET_MILLIS = 33;

    private final Renderer renderer;
    private final OrbitCamera camera;
    private final ImageView imageView = new ImageView();
    private final FramePresenter presenter = new FramePresenter(imageView);
    private final ViewCube viewCube;
    private final ReadOnlyObjectWrapper<FrameImage> lastFrame = new ReadOnlyObjectWrapper<>(this, "lastFrame");
    private final DoubleProperty frameTarget = new SimpleDoubleProperty(this, "frameTarget",
            DEFAULT_FRAME_TARGET_MILLIS);
    private final Pane overlay = new Pane();
    private Tool tool;
    private boolean toolDragging;
    /** Duration of a view-cube snap. */
    static final double SNAP_MILLIS = 250;
    private AnimationTimer snapAnimation;
    private Bounds fitBounds;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private boolean requestInFlight;
    private boolean requestPending;
    private boolean failureReported;
    private boolean ignoreRestOfDrag;
    /** The pointer over the view (NaN when outside): switching to bird's-eye keeps what it points at. */
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private final javafx.scene.control.Label failure = new javafx.scene.control.Label();
    private final java.util.concurrent.atomic.AtomicBoolean sceneRedrawQueued =
            new java.util.concurrent.atomic.AtomicBoolean();

    public Viewport3D(Renderer renderer, OrbitCamera camera) {
        this.renderer = renderer;
        this.camera = camera;
        setMinSize(64, 64);
        setFocusTraversable(true);
        imageView.setManaged(false);
        imageView.setPreserveRatio(false);
        viewCube = new ViewCube(110, this::snapTo);
        StackPane.setAlignment(viewCube, Pos.TOP_RIGHT);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        failure.getStyleClass().add("render-failure");
        failure.setWrapText(true);
        failure.setVisible(false);
        failure.setMouseTransparent(true);
        StackPane.setAlignment(failure, Pos.BOTTOM_LEFT);
        getChildren().addAll(imageView, overlay, failure);
        if (Platform.isSupported(ConditionalFeature.SCENE3D)) {
            getChildren().add(viewCube);
        } else {
            // no 3D pipeline at all (Prism fell back to software): the same snaps as plain buttons
            Node buttons = viewButtons();
            StackPane.setAlignment(buttons, Pos.TOP_RIGHT);
            getChildren().add(buttons);
        }
        getStyleClass().add("viewport-3d");
        renderer.setFrameTarget(frameTarget.get());
        frameTarget.addListener((o, a, ms) -> {
            renderer.setFrameTarget(ms.doubleValue());
            redraw();
        });

        // every scene edit (frame switch, box edit, undo, selection) reaches the screen within one pulse: the
        // renderer's thread-safe callback posts one coalesced redraw to the JavaFX thread
        renderer.scene().addChangeListener(() -> {
            if (sceneRedrawQueued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    sceneRedrawQueued.set(false);
                    redraw();
                });
            }
        });
        // frames are drawn only while on screen (see redraw): the first one when the window shows
        sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .addListener((o, a, showing) -> {
                    if (Boolean.TRUE.equals(showing)) {
                        redraw();
                    }
                });
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (ignoreRestOfDrag) {
                ignoreRestOfDrag = false;
                e.consume();
                return;
            }
            if (toolDragging) {
                toolDragging = false;
                tool.released(e);
                e.consume();
                return;
            }
            dragging = false;
            redraw();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (tool != null && e.isStillSincePress() && e.getButton() == MouseButton.PRIMARY) {
                tool.clicked(e);
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            mouseX = e.getX();
            mouseY = e.getY();
        });
        addEventFilter(MouseEvent.MOUSE_EXITED, e -> mouseX = Double.NaN);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * A hook for editing tools: it sees primary-button presses first and, by taking one, receives the drag and
     * release instead of the camera; clicks (press and release without moving) always reach it. Events are in
     * this view's coordinates, which are the render camera's window coordinates.
     */
    public interface Tool {
        /** A press; return true to take the gesture from the camera. */
        default boolean pressed(MouseEvent e) {
            return false;
        }

        /** A drag of a gesture this tool took. */
        default void dragged(MouseEvent e) {
        }

        /** The release of a gesture this tool took. */
        default void released(MouseEvent e) {
        }

        /** A primary click that did not move. */
        default void clicked(MouseEvent e) {
        }
    }

    /** Ends a tool's gesture early (Escape): the rest of the drag goes nowhere. */
    public void cancelToolGesture() {
        if (toolDragging) {
            toolDragging = false;
            ignoreRestOfDrag = true;
        }
    }

    /** Installs the editing tool (null: camera only). */
    public void setTool(Tool newTool) {
        tool = newTool;
        toolDragging = false;
    }

    /** A layer above the image for tools to draw on (rubber bands); it never takes the mouse. */
    public Pane overlay() {
        return overlay;
    }

    /** The render camera for the view's current size and camera state: what window positions map through. */
    public RenderCamera currentCamera() {
        return camera.camera(Math.max(1, (int) Math.round(getWidth())), Math.max(1, (int) Math.round(getHeight())));
    }

    /** The frame on screen (updated on the JavaFX thread): tests and the status bar read it. */
    public ReadOnlyObjectProperty<FrameImage> lastFrameProperty() {
        return lastFrame.getReadOnlyProperty();
    }

    /** What {@code F} (fit) frames: the bounds of the scene's clouds. */
    public void setFitBounds(Bounds bounds) {
        this.fitBounds = bounds;
    }

    /**
     * Frame-time target in milliseconds (moving frames and refinement steps); 0 or less: the scene's fixed point
     * budget while moving and whole still frames.
     */
    public DoubleProperty frameTargetProperty() {
        return frameTarget;
    }

    /** The camera controller this view moves. */
    public OrbitCamera camera() {
        return camera;
    }

    /** Asks for a new frame for the current camera (call after changing the scene or the camera). */
    public void redraw() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return; // not on screen: a closed window's renderer is closed too, and a hidden one needs no frames
        }
        int w = (int) Math.round(getWidth()), h = (int) Math.round(getHeight());
        if (w < 1 || h < 1) {
            return;
        }
        if (requestInFlight) {
            requestPending = true; // merge: one more frame after the running one, for the newest camera
            return;
        }
        requestInFlight = true;
        RenderCamera cam = camera.camera(w, h);
        viewCube.setView(cam.view());
        renderer.requestFrame(cam, dragging).whenComplete((frame, error) -> Platform.runLater(() -> {
            requestInFlight = false;
            // a failed frame is said in the view (the last good image stays), never a silently frozen view
            failure.setText(error == null ? "" : "Drawing failed: " + rootMessage(error));
            failure.setVisible(error != null);
            if (frame != null) {
                failureReported = false;
                presenter.show(frame);
                imageView.resizeRelocate(0, 0, frame.width(), frame.height());
                lastFrame.set(frame);
            }
            if (requestPending) {
                requestPending = false;
                redraw();
            } else if (frame != null && !frame.complete() && !dragging
                    && frame.plan().kind() != FramePlan.Kind.MOVING) {
                redraw(); // the still frame is filling in: next step (input queued meanwhile went first)
            }
            if (error != null) {
                reportFailure(error);
            }
        }));
    }

    /**
     * Hands a failed frame to the app's error reporter (the thread's uncaught-exception handler) once per run of
     * failures: the view keeps its last frame and the next redraw tries again.
     */
    private void reportFailure(Throwable error) {
        if (failureReported) {
            return;
        }
        failureReported = true;
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, new RenderFailedException(renderer.description(), cause));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    /** The message shown over the view when drawing failed (empty when the last frame was drawn). */
    public String failureText() {
        return failure.isVisible() ? failure.getText() : "";
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        FrameImage shown = presenter.shown();
        if (shown != null) {
            imageView.resizeRelocate(0, 0, shown.width(), shown.height());
        }
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        ignoreRestOfDrag = false;
        if (tool != null && e.getButton() == MouseButton.PRIMARY && !onControls(e) && tool.pressed(e)) {
            toolDragging = true;
            e.consume();
        }
    }

    /** Whether a press landed on the view cube (or its buttons): those are camera controls, never tool input. */
    private boolean onControls(MouseEvent e) {
        for (Object t = e.getTarget(); t instanceof Node n; t = n.getParent()) {
            if (n == this) {
                return false;
            }
            if (n == viewCube || n.getStyleClass().contains("view-buttons")) {
                return true;
            }
        }
        return false;
    }

    private void onDragged(MouseEvent e) {
        if (ignoreRestOfDrag) {
            e.consume();
            return;
        }
        if (toolDragging) {
            tool.dragged(e);
            e.consume();
            return;
        }
        double dx = e.getX() - dragX, dy = e.getY() - dragY;
        dragX = e.getX();
        dragY = e.getY();
        dragging = true;
        if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
            if (camera.mode() == OrbitCamera.Mode.BIRDS_EYE) {
                camera.pan(dx, dy, (int) getHeight());
            } else {
                camera.orbit(-dx * ORBIT_PER_PIXEL, dy * ORBIT_PER_PIXEL);
            }
        } else {
            camera.pan(dx, dy, (int) getHeight());
        }
        redraw();
        e.consume();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // platforms scale wheel deltas differently (GTK 40 px a notch, Monocle 1): count notches
        double perNotch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0;
        zoomAt(e.getX(), e.getY(), Math.pow(ZOOM_PER_NOTCH, e.getDeltaY() / perNotch)); // wheel away: closer
        e.consume();
    }

    /**
     * Zooms by {@code factor} (> 1 closer) about the point under a window position, so that point stays under the
     * cursor: the camera is scaled about it (orbit: target and distance; bird's-eye: centre and scale). The point
     * is where the cursor's ray meets the horizontal plane through the target; without one (the ray runs above
     * the horizon, or fly mode) the zoom is about the view's centre. Zooming out stops where the fit bounds'
     * (the scene's) would fill a tenth of the view, so the scene cannot vanish into a dot.
     */
    public void zoomAt(double x, double y, double factor) {
        RenderCamera cam = currentCamera();
        double limit = zoomOutLimit(cam);
        if (factor < 1 && limit > 0 && scale(cam) * factor < limit) {
            factor = Math.min(1, limit / scale(cam));
        }
        org.joml.Vector3d o = new org.joml.Vector3d(), d = new org.joml.Vector3d();
        cam.ray(x, y, o, d);
        org.joml.Vector3d t = camera.target();
        double along = Math.abs(d.z) < 1e-9 ? -1 : (t.z - o.z) / d.z;
        if (camera.mode() == OrbitCamera.Mode.FLY || along < 0 || along > 1e5) {
            camera.zoom(factor);
        } else {
            double px = o.x + along * d.x, py = o.y + along * d.y;
            double before = camera.mode() == OrbitCamera.Mode.BIRDS_EYE ? camera.pixelsPerMetre() : camera.distance();
            camera.zoom(factor);
            double after = camera.mode() == OrbitCamera.Mode.BIRDS_EYE ? camera.pixelsPerMetre() : camera.distance();
            double k = camera.mode() == OrbitCamera.Mode.BIRDS_EYE ? before / after : after / before; // 1/f, clamped
            camera.setTarget(px + (t.x - px) * k, py + (t.y - py) * k, t.z);
        }
        redraw();
    }

    /** Pixels per metre at the target now: the zoom level in any mode. */
    private double scale(RenderCamera cam) {
        return cam.orthographic() ? cam.pixelsPerMetre(1) : cam.pixelsPerMetre(camera.distance());
    }

    /** The smallest zoom level (pixels per metre) allowed: the scene's extent in a tenth of the view; 0: none. */
    private double zoomOutLimit(RenderCamera cam) {
        if (fitBounds == null || fitBounds.isEmpty()) {
            return 0;
        }
        double extent = Math.max(1, Math.max(fitBounds.maxX() - fitBounds.minX(), fitBounds.maxY() - fitBounds.minY()));
        return 0.1 * Math.min(cam.width(), cam.height()) / extent;
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case B -> toggleBirdsEye();
            case R -> resetCamera();
            case F -> fit();
            case L -> toggleFly();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Switches between the orbit view and the metric top-down view. */
    public void toggleBirdsEye() {
        // the scale at the target carries over both ways, so switching never jumps the zoom
        RenderCamera before = currentCamera();
        double ppm = scale(before);
        if (camera.mode() == OrbitCamera.Mode.BIRDS_EYE) {
            camera.setMode(OrbitCamera.Mode.ORBIT);
            camera.setDistance(currentCamera().pixelsPerMetre(1) / ppm);
        } else {
            org.joml.Vector3d hit = new org.joml.Vector3d();
            boolean keep = Double.isFinite(mouseX) && groundUnder(before, mouseX, mouseY, hit);
            camera.setMode(OrbitCamera.Mode.BIRDS_EYE);
            camera.setPixelsPerMetre(ppm);
            if (keep) {
                // what the user points at stays under the pointer: screen up is +x, screen left is +y
                org.joml.Vector3d t = camera.target();
                camera.setTarget(hit.x + (mouseY - getHeight() / 2) / ppm, hit.y + (mouseX - getWidth() / 2) / ppm,
                        t.z);
            }
        }
        redraw();
    }

    /** Where the ray through a window position meets the horizontal plane through the target (false: nowhere). */
    private boolean groundUnder(RenderCamera cam, double x, double y, org.joml.Vector3d dest) {
        org.joml.Vector3d o = new org.joml.Vector3d(), d = new org.joml.Vector3d();
        cam.ray(x, y, o, d);
        double z = camera.target().z;
        double t = Math.abs(d.z) < 1e-9 ? -1 : (z - o.z) / d.z;
        if (t < 0 || t > 1e5) {
            return false;
        }
        dest.set(o.x + t * d.x, o.y + t * d.y, z);
        return true;
    }

    /**
     * Switches between orbiting a target and flying (first person): in fly mode a drag turns the view, the wheel
     * moves along it, and a right/middle drag slides sideways.
     */
    public void toggleFly() {
        camera.setMode(camera.mode() == OrbitCamera.Mode.FLY ? OrbitCamera.Mode.ORBIT : OrbitCamera.Mode.FLY);
        redraw();
    }

    /** Frames the scene's clouds. */
    public void fit() {
        if (fitBounds != null) {
            camera.fit(fitBounds);
        }
        redraw();
    }

    /** Back to the default view. */
    public void resetCamera() {
        camera.reset();
        redraw();
    }

    /** Looks from {@code dir} (lidar frame) towards the target: the view cube's face, edge or corner views. */
    void snapTo(Point3D dir) {
        if (camera.mode() != OrbitCamera.Mode.ORBIT) {
            camera.setMode(OrbitCamera.Mode.ORBIT);
        }
        double azimuth = Math.atan2(dir.getY(), dir.getX());
        if (dir.getX() == 0 && dir.getY() == 0) {
            // straight down from the top: forward points up on the screen, as in the bird's-eye view (keeping any
            // heading could show the scene upside down); from below: keep the heading
            azimuth = dir.getZ() > 0 ? Math.PI : camera.azimuth();
        }
        double elevation = Math.asin(Math.max(-1, Math.min(1, dir.getZ())));
        animateTo(azimuth, elevation);
    }

    /**
     * Turns the camera to new angles over {@link #SNAP_MILLIS} (ease-in-out, shortest way round), drawing
     * interactive frames on the way and a full-detail frame at the end, so a snap never disorients.
     */
    private void animateTo(double azimuth, double elevation) {
        if (snapAnimation != null) {
            snapAnimation.stop();
        }
        double fromAz = camera.azimuth(), fromEl = camera.elevation();
        double dAz = Math.IEEEremainder(azimuth - fromAz, 2 * Math.PI);
        double dEl = elevation - fromEl;
        snapAnimation = new AnimationTimer() {
            private long start = -1;

            @Override
            public void handle(long now) {
                if (start < 0) {
                    start = now;
                }
                double t = Math.min(1, (now - start) / 1e6 / SNAP_MILLIS);
                double e = t * t * (3 - 2 * t);
                if (t < 1) {
                    camera.setAngles(fromAz + dAz * e, fromEl + dEl * e);
                } else {
                    camera.setAngles(azimuth, elevation); // land exactly on the target, not on an equivalent angle
                }
                dragging = t < 1; // interactive (level-of-detail) frames while moving
                redraw();
                if (t >= 1) {
                    stop();
                    snapAnimation = null;
                }
            }
        };
        snapAnimation.start();
    }

    private Node viewButtons() {
        TilePane pane = new TilePane(2, 2);
        pane.getStyleClass().add("view-buttons");
        pane.setPrefColumns(3);
        pane.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pane.setStyle("-fx-padding: 6;");
        Object[][] views = {{"Top", new Point3D(0, 0, 1)}, {"Front", new Point3D(1, 0, 0)},
                {"Rear", new Point3D(-1, 0, 0)}, {"Left", new Point3D(0, 1, 0)}, {"Right", new Point3D(0, -1, 0)}};
        for (Object[] v : views) {
            Button b = new Button((String) v[0]);
            b.setFocusTraversable(false);
            b.setOnAction(e -> snapTo((Point3D) v[1]));
            pane.getChildren().add(b);
        }
        return pane;
    }

    /** The orientation cube (tests click it). */
    ViewCube viewCube() {
        return viewCube;
    }
}
