package dev.fuselage.app.ui.workspace.paint;

import dev.fuselage.ai.segment.GroundEstimator;
import dev.fuselage.ai.segment.GroundParams;
import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.select.RegionGrowing;
import dev.fuselage.core.select.ScreenCamera;
import dev.fuselage.core.select.ScreenCircle;
import dev.fuselage.core.select.ScreenPoints;
import dev.fuselage.core.select.ScreenRegion;
import dev.fuselage.core.select.Visibility;
import dev.fuselage.ontology.SemanticKitti;
import dev.fuselage.project.segment.BoxLabels;
import dev.fuselage.project.segment.FramePoses;
import dev.fuselage.project.segment.GroundLabels;
import dev.fuselage.project.segment.HeightRangeFilter;
import dev.fuselage.project.segment.InstanceEdits;
import dev.fuselage.project.segment.MergedFrames;
import dev.fuselage.project.segment.PaintMode;
import dev.fuselage.project.segment.PaintStroke;
import dev.fuselage.project.segment.PointPainter;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ClassPalette;
import dev.fuselage.render.scene.CloudHandle;
import dev.fuselage.render.scene.ColorMode;
import dev.fuselage.render.scene.FrameCloud;
import dev.fuselage.render.scene.PreparedCloud;
import dev.fuselage.render.scene.Scene;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The view model of point painting: the paint tool, add or subtract, overwrite, depth mode, the active class
 * (SemanticKITTI ids) and instance, the brush radius, which classes are hidden, the height and range filters, the
 * colour mode, and the view painted on — the current frame, or N consecutive frames merged through their ego poses.
 * Points of hidden classes and points the filters hide are neither drawn nor selectable (one mask for every tool).
 *
 * <p>A brush stroke keeps one {@link PaintStroke} per frame of the view: each dab changes working labels, writes
 * the changed points into the view's label columns and recolours only them in the scene
 * ({@link Scene#updateColors(CloudHandle, int[])}); the release makes one undoable edit through the workspace's
 * history. Region tools, box → points, ground and instance edits are one edit each. After any edit, undo or redo
 * that touches a frame in view, that frame's points are brought in line with the store, recolouring only the
 * points that differ. JavaFX thread only.
 */
public final class PaintModel {
    /** Pick tolerance of the smart-select click, in pixels. */
    static final int SMART_PICK_PX = 6;
    /** Distance threshold of smart select's region growing, in metres. */
    static final double SMART_RADIUS = 0.35;
    private static final int SMART_MAX_POINTS = 500_000;
    /** Visible-surface selection: 4 px depth cells, 0.5 m behind the nearest point still counts as visible. */
    static final Visibility SURFACE = Visibility.surface(4, 0.5f);

    private final WorkspaceModel workspace;
    private final Scene scene;
    private final ObjectProperty<PaintTool> tool = new SimpleObjectProperty<>(this, "tool", PaintTool.NONE);
    private final BooleanProperty subtract = new SimpleBooleanProperty(this, "subtract");
    private final BooleanProperty overwrite = new SimpleBooleanProperty(this, "overwrite", true);
    private final BooleanProperty surfaceOnly = new SimpleBooleanProperty(this, "surfaceOnly", true);
    private final IntegerProperty activeClass = new SimpleIntegerProperty(this, "activeClass", SemanticKitti.ROAD);
    private final IntegerProperty instance = new SimpleIntegerProperty(this, "instance", 0);
    private final DoubleProperty brushRadius = new SimpleDoubleProperty(this, "brushRadius", 20);
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode");
    private final ObservableSet<Integer> hiddenClasses = FXCollections.observableSet();
    private final IntegerProperty mergedSpan = new SimpleIntegerProperty(this, "mergedSpan", 10);
    private final BooleanProperty heightFilter = new SimpleBooleanProperty(this, "heightFilter");
    private final DoubleProperty maxHeight = new SimpleDoubleProperty(this, "maxHeight", -1.2);
    private final BooleanProperty rangeFilter = new SimpleBooleanProperty(this, "rangeFilter");
    private final DoubleProperty maxRange = new SimpleDoubleProperty(this, "maxRange", 30);
    private final javafx.beans.property.ReadOnlyBooleanWrapper merged =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "merged");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ClassPalette palette;
    private Runnable redraw = () -> { };
    private PaintView view;
    private Stroke stroke;
    private int[] lastSelection = new int[0];
    private long mergeGeneration;
    /** The view points the height and range filters hide, for the view they were computed for (null: none). */
    private Filtered filtered;
    private long filterGeneration;
    /** The cloud the renderer hides filtered points of (null: none). */
    private CloudHandle masked;
    private CompletableFuture<Void> filtering = CompletableFuture.completedFuture(null);
    /** The view projected through the last camera the brush was readied for (null: none). */
    private Projection projection;

    public PaintModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        this.scene = workspace.renderer().scene();
        Map<Integer, Integer> colours = new HashMap<>();
        for (int id : SemanticKitti.ids()) {
            if (id != SemanticKitti.UNLABELED) {
                colours.put(id, SemanticKitti.colorOf(id)); // unlabelled stays grey: black would vanish
            }
        }
        palette = ClassPalette.of(colours);
        colorMode.set(scene.style().mode());
        colorMode.addListener((o, a, m) -> pushStyle());
        hiddenClasses.addListener((javafx.collections.SetChangeListener<Integer>) c -> pushStyle());
        tool.addListener((o, a, t) -> {
            if (t != PaintTool.NONE && view == null) {
                showFrame(true); // a paint tool needs the frame's labels in view
            }
            if (t != PaintTool.NONE && colorMode.get() != ColorMode.SEMANTIC
                    && colorMode.get() != ColorMode.INSTANCE) {
                colorMode.set(ColorMode.SEMANTIC); // painting shows the classes
            }
        });
        for (javafx.beans.Observable p : List.of(heightFilter, maxHeight, rangeFilter, maxRange)) {
            p.addListener(o -> filtersChanged());
        }
        workspace.frame().cloudProperty().addListener((o, a, c) -> frameShown());
        workspace.frame().frameIdProperty().addListener((o, a, id) -> frameShown());
        workspace.addEditListener(this::edited);
        frameShown();
    }

    /** What to run after the scene changed (the 3D view's redraw). */
    public void setRedraw(Runnable redraw) {
        this.redraw = redraw;
    }

    public ObjectProperty<PaintTool> toolProperty() {
        return tool;
    }

    /** Subtract: the tools take the active class away instead of giving it. */
    public BooleanProperty subtractProperty() {
        return subtract;
    }

    /** Off: painting changes unlabelled points only. */
    public BooleanProperty overwriteProperty() {
        return overwrite;
    }

    /** On: the tools reach the visible surface only; off: everything through. */
    public BooleanProperty surfaceOnlyProperty() {
        return surfaceOnly;
    }

    /** The SemanticKITTI class id painted. */
    public IntegerProperty activeClassProperty() {
        return activeClass;
    }

    /** The instance id painted (0: none). */
    public IntegerProperty instanceProperty() {
        return instance;
    }

    /** Brush radius in pixels. */
    public DoubleProperty brushRadiusProperty() {
        return brushRadius;
    }

    /** How points are coloured. */
    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    /** Classes whose points are neither drawn nor painted. */
    public ObservableSet<Integer> hiddenClasses() {
        return hiddenClasses;
    }

    /** On: points higher than {@link #maxHeightProperty()} above their sensor are neither drawn nor painted. */
    public BooleanProperty heightFilterProperty() {
        return heightFilter;
    }

    /**
     * The height filter's limit, metres above each point's own sensor (z up; a KITTI frame's road is at about
     * -1.73 m), so it follows the car through a merged view.
     */
    public DoubleProperty maxHeightProperty() {
        return maxHeight;
    }

    /** On: points farther than {@link #maxRangeProperty()} from their sensor are neither drawn nor painted. */
    public BooleanProperty rangeFilterProperty() {
        return rangeFilter;
    }

    /** The range filter's limit: metres, horizontal distance from each point's own sensor. */
    public DoubleProperty maxRangeProperty() {
        return maxRange;
    }

    /**
     * Completes on the JavaFX thread once the filters last set reach the view and the renderer (they are applied
     * in the background: one pass over the view's points).
     */
    public CompletableFuture<Void> filtersApplied() {
        return filtering;
    }

    /** Whether view point {@code k} is drawn and selectable (not of a hidden class nor filtered out). */
    public boolean isDrawn(int k) {
        IntPredicate mask = drawnMask();
        return mask == null || mask.test(k);
    }

    /** Frames the merged view shows (from the current one on). */
    public IntegerProperty mergedSpanProperty() {
        return mergedSpan;
    }

    /** Whether the merged view is shown ({@link #showMerged}, {@link #showSingle}). */
    public javafx.beans.property.ReadOnlyBooleanProperty mergedProperty() {
        return merged.getReadOnlyProperty();
    }

    /** One line about the last paint operation or problem. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The frames painted on now (one, or the merged span). */
    public List<String> viewFrames() {
        return view == null ? List.of() : view.frameIds();
    }

    /** Points in the painted view. */
    public int viewSize() {
        return view == null ? 0 : view.size();
    }

    /** The painted view (tests read its cloud). */
    PaintView view() {
        return view;
    }

    /** The view's label of view point {@code k} (class id). */
    public int viewSemantic(int k) {
        return view.semantic(k);
    }

    // ---- brush --------------------------------------------------------------------------------------------------

    /**
     * Readies the brush for {@code camera} in the background: projects the view and builds its screen index, so
     * the press that starts a stroke does not wait for it (the overlay calls this while the pointer hovers).
     */
    public void prepareBrush(RenderCamera camera) {
        if (view == null || projection != null && projection.matches(view, camera, hiddenClasses, filtered)) {
            return;
        }
        Projection p = new Projection(view, camera, Set.copyOf(hiddenClasses), filtered, new CompletableFuture<>());
        projection = p;
        PointCloud c = view.cloud();
        ScreenCamera sc = screenCamera(camera);
        IntPredicate mask = drawnMask();
        CompletableFuture.runAsync(() -> {
            try {
                ScreenPoints sp = ScreenPoints.project(c.x(), c.y(), c.z(), c.size(), c.originX(), c.originY(),
                        c.originZ(), sc, mask);
                sp.select(new ScreenCircle(0, 0, 1), Visibility.THROUGH, null); // builds the screen index
                p.points().complete(sp);
            } catch (RuntimeException e) {
                p.points().completeExceptionally(e);
            }
        }, workspace.background());
    }

    /**
     * Starts a brush stroke seen through {@code camera}: the view is projected once for all its dabs. When the
     * projection is not ready yet (the press came before the pointer hovered long enough), it is made in the
     * background and the stroke's dabs wait for it: the JavaFX thread never projects millions of points itself.
     */
    public void beginStroke(RenderCamera camera, boolean subtractNow) {
        if (view == null) {
            return;
        }
        prepareBrush(camera); // no-op when the projection for this camera and view is made or on its way
        Stroke s = new Stroke(view, painter(subtractNow));
        stroke = s;
        CompletableFuture<ScreenPoints> ready = projection.points();
        ScreenPoints now = ready.getNow(null);
        if (now != null) {
            s.start(now, workspace.store());
        } else {
            ready.whenComplete((sp, e) -> Platform.runLater(() -> projected(s, sp, e)));
        }
    }

    /** The stroke's projection arrived (JavaFX thread): the dabs made meanwhile are applied, in order. */
    private void projected(Stroke s, ScreenPoints points, Throwable error) {
        if (error != null || s.view != view) {
            if (stroke == s) {
                stroke = null;
            }
            status.set(error != null ? "Brush failed: " + error.getMessage() : "Brush stroke dropped: the view changed");
            return;
        }
        s.start(points, workspace.store());
        for (double[] d : s.waiting) {
            apply(s, d[0], d[1]);
        }
        s.waiting.clear();
        if (s.ended) {
            finish(s);
        }
    }

    /** One dab at a window position; returns the number of points whose label it changed (0 while it waits). */
    public int dab(double x, double y) {
        if (stroke == null) {
            return 0;
        }
        if (stroke.points == null) {
            stroke.waiting.add(new double[] {x, y});
            return 0;
        }
        return apply(stroke, x, y);
    }

    private int apply(Stroke s, double x, double y) {
        int[] selected = s.points.select(new ScreenCircle((float) x, (float) y, (float) brushRadius.get()),
                visibility(), null);
        int changed = 0;
        for (Map.Entry<String, int[]> e : view.split(selected).entrySet()) {
            int[] local = s.strokes.get(e.getKey()).dab(e.getValue());
            int[] k = view.write(e.getKey(), local, s.newSemantic(), s.newInstance());
            if (k.length > 0) {
                scene.updateColors(view.handle(), k);
                changed += k.length;
            }
        }
        if (changed > 0) {
            redraw.run();
        }
        return changed;
    }

    /** Ends the stroke: one undoable edit (nothing when it changed nothing), once its dabs are applied. */
    public void endStroke() {
        Stroke s = stroke;
        if (s == null) {
            return;
        }
        stroke = null;
        if (s.points == null) {
            s.ended = true; // made when the projection arrives
            return;
        }
        finish(s);
    }

    private void finish(Stroke s) {
        List<Command> parts = new ArrayList<>();
        int points = 0;
        for (PaintStroke p : s.strokes.values()) {
            p.finish(workspace.store()).ifPresent(parts::add);
            points += p.changedCount();
        }
        run(combine(parts, "Brush " + points + " points"));
    }

    // ---- regions ------------------------------------------------------------------------------------------------

    /**
     * Paints the points in a screen region seen through {@code camera} (lasso, polygon, rectangle): one edit. The
     * selection runs in the background (a lasso over millions of points takes longer than a frame); the edit is
     * made on this thread when it is ready, unless the view changed meanwhile.
     *
     * @return completes on the JavaFX thread once the edit is made (or dropped)
     */
    public CompletableFuture<Void> paintRegion(RenderCamera camera, ScreenRegion region, boolean subtractNow) {
        if (view == null) {
            return CompletableFuture.completedFuture(null);
        }
        PaintView v = view;
        PointCloud c = v.cloud();
        ScreenCamera sc = screenCamera(camera);
        IntPredicate mask = drawnMask();
        Visibility vis = visibility();
        return inBackground(v, () -> ScreenPoints.selectOnce(c.x(), c.y(), c.z(), c.size(), c.originX(),
                c.originY(), c.originZ(), sc, mask, region, vis), selected -> paintSelection(selected, subtractNow));
    }

    /**
     * Grows a region from the point nearest the click (Euclidean, {@value #SMART_RADIUS} m) and paints it; the
     * growing runs in the background.
     *
     * @return completes on the JavaFX thread once the edit is made (or dropped)
     */
    public CompletableFuture<Void> smartSelect(RenderCamera camera, double x, double y, boolean subtractNow) {
        if (view == null) {
            return CompletableFuture.completedFuture(null);
        }
        PaintView v = view;
        ScreenCamera sc = screenCamera(camera);
        IntPredicate mask = drawnMask();
        Visibility vis = visibility();
        return inBackground(v, () -> {
            PointCloud c = v.cloud();
            ScreenPoints points = ScreenPoints.project(c.x(), c.y(), c.z(), c.size(), c.originX(), c.originY(),
                    c.originZ(), sc, mask);
            int[] near = points.select(new ScreenCircle((float) x, (float) y, SMART_PICK_PX), vis, null);
            if (near.length == 0) {
                return null;
            }
            int seed = near[0];
            for (int i : near) {
                if (points.depth(i) < points.depth(seed)) {
                    seed = i;
                }
            }
            return RegionGrowing.grow(c, seed, SMART_RADIUS, mask, SMART_MAX_POINTS);
        }, region -> {
            if (region == null) {
                status.set("Smart select: no point under the pointer");
            } else {
                paintSelection(region, subtractNow);
            }
        });
    }

    /** Runs {@code work} on the workspace's background executor and {@code then} on this thread if the view stayed. */
    private <T> CompletableFuture<Void> inBackground(PaintView v, java.util.function.Supplier<T> work,
                                                     java.util.function.Consumer<T> then) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(work, workspace.background()).whenComplete((r, e) -> Platform.runLater(() -> {
            try {
                if (e != null) {
                    status.set("Selection failed: " + (e.getCause() != null ? e.getCause() : e).getMessage());
                } else if (view == v) {
                    then.accept(r);
                }
            } finally {
                done.complete(null);
            }
        }));
        return done;
    }

    private void paintSelection(int[] selected, boolean subtractNow) {
        lastSelection = selected;
        Map<String, int[]> parts = view.split(selected);
        Optional<Command> edit = painter(subtractNow).paint(workspace.store(), parts, view.pointCounts());
        if (edit.isEmpty()) {
            status.set("Nothing to change among " + selected.length + " selected points");
        }
        edit.ifPresent(this::run);
    }

    // ---- one-key actions ----------------------------------------------------------------------------------------

    /** The selected box's points take its class and instance (its track id). */
    public void boxToPoints() {
        PointCloud cloud = workspace.cloud();
        Optional<ObjectAnnotation> box = workspace.selection().selected();
        if (cloud == null || box.isEmpty()) {
            status.set("Box \u2192 points: select a box first");
            return;
        }
        BoxLabels.forObject(workspace.store(), cloud, box.get(), overwrite.get()).ifPresentOrElse(this::run,
                () -> status.set("Box \u2192 points: nothing to change"));
    }

    /** Every box of the current frame gives its points its class and instance: one edit. */
    public void allBoxesToPoints() {
        PointCloud cloud = workspace.cloud();
        if (cloud == null) {
            return;
        }
        BoxLabels.forFrame(workspace.store(), cloud, workspace.frame().frameId(), overwrite.get())
                .ifPresentOrElse(this::run, () -> status.set("All boxes \u2192 points: nothing to change"));
    }

    /**
     * Labels the current frame's ground (road) in one edit: the estimate runs in the background, the edit is made
     * on this thread (the same edit as {@link GroundLabels#forFrame}).
     *
     * @return completes on the JavaFX thread once the edit is made (or dropped)
     */
    public CompletableFuture<Void> labelGround() {
        PointCloud cloud = workspace.cloud();
        String frame = workspace.frame().frameId();
        if (view == null) {
            showFrame(true);
        }
        if (cloud == null || view == null) {
            return CompletableFuture.completedFuture(null);
        }
        boolean over = overwrite.get();
        return inBackground(view, () -> new GroundEstimator(GroundParams.DEFAULT).groundPoints(cloud),
                ground -> new PointPainter(SemanticKitti.ROAD, 0, PaintMode.ADD, over)
                        .paint(workspace.store(), frame, cloud.size(), ground)
                        .ifPresentOrElse(this::run, () -> status.set("Ground: nothing to change")));
    }

    /** Makes the active instance a new, unused id of the current frame. */
    public void newInstance() {
        String f = workspace.frame().frameId();
        if (f != null) {
            instance.set(InstanceEdits.newInstance(workspace.store(), f));
            status.set("Instance " + instance.get());
        }
    }

    /** The last selection's points that belong to an instance move to a new instance (current frame). */
    public void splitInstance() {
        String f = workspace.frame().frameId();
        int[] own = view == null ? new int[0] : view.split(lastSelection).getOrDefault(f, new int[0]);
        InstanceEdits.split(workspace.store(), f, own).ifPresentOrElse(this::run,
                () -> status.set("Split: select instance points first (lasso, rectangle or smart select)"));
    }

    /** The instance most of the last selection's points have joins the active instance (current frame). */
    public void joinInstance() {
        String f = workspace.frame().frameId();
        int[] own = view == null ? new int[0] : view.split(lastSelection).getOrDefault(f, new int[0]);
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i : own) {
            int inst = view.instance(view.viewIndex(f, i));
            if (inst != 0 && inst != instance.get()) {
                votes.merge(inst, 1, Integer::sum);
            }
        }
        Optional<Integer> from = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (from.isEmpty() || instance.get() == 0) {
            status.set("Join: pick the instance to keep (active instance), then select the other one's points");
            return;
        }
        InstanceEdits.join(workspace.store(), f, from.get(), instance.get()).ifPresent(this::run);
    }

    /** Hides every class but unlabelled, or shows all again. */
    public void toggleUnlabeledOnly() {
        if (hiddenClasses.isEmpty()) {
            for (int id : SemanticKitti.ids()) {
                if (id != SemanticKitti.UNLABELED) {
                    hiddenClasses.add(id);
                }
            }
        } else {
            hiddenClasses.clear();
        }
    }

    /** Hides the active class, or shows it again. */
    public void toggleHideActive() {
        if (!hiddenClasses.remove(activeClass.get())) {
            hiddenClasses.add(activeClass.get());
        }
    }

    /** Shows only the active class, or all again. */
    public void toggleIsolateActive() {
        if (hiddenClasses.isEmpty()) {
            for (int id : SemanticKitti.ids()) {
                if (id != activeClass.get()) {
                    hiddenClasses.add(id);
                }
            }
        } else {
            hiddenClasses.clear();
        }
    }

    /** Cycles the colours: by class, by instance, by height. */
    public void cycleColorMode() {
        colorMode.set(switch (colorMode.get()) {
            case SEMANTIC -> ColorMode.INSTANCE;
            case INSTANCE -> ColorMode.HEIGHT;
            default -> ColorMode.SEMANTIC;
        });
    }

    // ---- merged view --------------------------------------------------------------------------------------------

    /**
     * Shows {@link #mergedSpanProperty()} frames from the current one on, merged in its lidar frame through the
     * project's ego poses; they are read and merged in the background.
     *
     * @return completes on the JavaFX thread once the merged view is shown (or failed: see {@link #statusProperty})
     */
    public CompletableFuture<Void> showMerged() {
        int first = workspace.frame().frameIndexProperty().get();
        if (first < 0) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> ids = workspace.frames().subList(first,
                Math.min(workspace.frames().size(), first + Math.max(1, mergedSpan.get())));
        FramePoses poses;
        try {
            poses = FramePoses.of(workspace.project()).orElse(null);
        } catch (IOException e) {
            status.set("Merged view: " + e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        if (poses == null || !poses.covers(ids)) {
            status.set("Merged view: the project has no ego poses (poses.txt) for frames " + ids.get(0) + "\u2026"
                    + ids.get(ids.size() - 1));
            return CompletableFuture.completedFuture(null);
        }
        long generation = ++mergeGeneration;
        List<String> frameIds = List.copyOf(ids);
        List<CompletableFuture<FrameCloud>> loads = frameIds.stream().map(workspace::frameCloud).toList();
        status.set("Merging " + frameIds.size() + " frames\u2026");
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).thenApplyAsync(v -> {
            Map<String, PointCloud> clouds = new LinkedHashMap<>();
            for (int i = 0; i < frameIds.size(); i++) {
                clouds.put(frameIds.get(i), loads.get(i).join().cloud());
            }
            MergedFrames m = MergedFrames.merge(clouds, poses, frameIds.get(0));
            return Map.entry(m, PreparedCloud.prepare(m.cloud()));
        }, workspace.background()).whenComplete((r, e) -> Platform.runLater(() -> {
            if (generation == mergeGeneration && e == null) {
                applyMerged(r.getKey(), r.getValue());
            } else if (e != null) {
                status.set("Merged view failed: " + (e.getCause() != null ? e.getCause() : e).getMessage());
            }
            done.complete(null);
        }));
        return done;
    }

    private void applyMerged(MergedFrames m, PreparedCloud prepared) {
        workspace.frame().shownCloud().ifPresent(scene::removeCloud);
        if (view != null && view.isMerged()) {
            scene.removeCloud(view.handle());
        }
        CloudHandle h = scene.addPrepared(m.cloud(), prepared);
        view = PaintView.merged(m, h);
        for (String f : m.frameIds()) {
            view.sync(f, workspace.store().pointLabels(f).orElse(null));
        }
        scene.updateColors(h);
        merged.set(true);
        status.set("Merged view: " + m.frameIds().size() + " frames, " + m.cloud().size() + " points");
        refilter();
        redraw.run();
    }

    /** Back to the current frame alone. */
    public CompletableFuture<Void> showSingle() {
        mergeGeneration++;
        if (view == null || !view.isMerged()) {
            return CompletableFuture.completedFuture(null);
        }
        scene.removeCloud(view.handle());
        view = null;
        merged.set(false);
        refilter();
        return workspace.goTo(workspace.frame().frameIndexProperty().get()).thenRun(this::frameShown);
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private void frameShown() {
        showFrame(false);
    }

    /**
     * Puts the shown frame's point labels in view. A frame without stored labels gets its view only when painting
     * needs it ({@code force}): until then the cloud's own colouring by class (the class of the box each point lies
     * in) stays, instead of a view full of unlabelled points.
     */
    private void showFrame(boolean force) {
        putFrameInView(force);
        refilter();
    }

    private void putFrameInView(boolean force) {
        if (view != null && view.isMerged()) {
            if (!view.frameIds().get(0).equals(workspace.frame().frameId())) {
                scene.removeCloud(view.handle()); // another frame was asked for: the merged view ends
                merged.set(false);
                view = null;
                mergeGeneration++;
            } else {
                return;
            }
        }
        stroke = null;
        lastSelection = new int[0];
        PointCloud cloud = workspace.cloud();
        Optional<CloudHandle> handle = workspace.frame().shownCloud();
        if (cloud == null || handle.isEmpty()) {
            view = null;
            return;
        }
        if (scene.cloud(handle.get()).map(c -> c.source() != cloud).orElse(true)) {
            view = null; // mid-switch (the id is set before the cloud): the cloud's own change comes next
            return;
        }
        String id = workspace.frame().frameId();
        Optional<dev.fuselage.core.annotation.PointLabels> labels = workspace.store().pointLabels(id);
        if (labels.isEmpty() && !force && tool.get() == PaintTool.NONE && viewFilter().isNone()) {
            view = null;
            return;
        }
        view = PaintView.single(cloud, handle.get(), id);
        view.sync(id, labels.orElse(null));
        scene.updateColors(handle.get());
    }

    private void edited(Set<String> frames) {
        if (view == null) {
            if (frames.contains(workspace.frame().frameId())) {
                showFrame(false); // the frame got its first labels (box -> points, ground, an import)
                redraw.run();
            }
            return;
        }
        for (String f : frames) {
            if (view.frameIds().contains(f)) {
                int[] changed = view.sync(f, workspace.store().pointLabels(f).orElse(null));
                if (changed.length > 0) {
                    scene.updateColors(view.handle(), changed);
                }
            }
        }
        redraw.run();
    }

    private void run(Command c) {
        if (workspace.execute(c)) {
            status.set(c.description());
        }
    }

    private static Optional<Command> combine(List<Command> parts, String description) {
        return switch (parts.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(parts.get(0));
            default -> Optional.of(new CompoundCommand(description, parts));
        };
    }

    private void run(Optional<Command> c) {
        c.ifPresent(this::run);
    }

    private PointPainter painter(boolean subtractNow) {
        boolean sub = subtract.get() != subtractNow;
        return new PointPainter(activeClass.get(), sub ? 0 : instance.get(), sub ? PaintMode.SUBTRACT : PaintMode.ADD,
                overwrite.get());
    }

    private Visibility visibility() {
        return surfaceOnly.get() ? SURFACE : Visibility.THROUGH;
    }

    /**
     * Points of hidden classes and points the height and range filters hide are neither drawn nor selectable: the
     * one mask every tool selects through (null: all are).
     */
    private IntPredicate drawnMask() {
        PaintView v = view;
        BitSet out = filtered != null && filtered.view() == v && !filtered.hidden().isEmpty()
                ? filtered.hidden() : null;
        if (hiddenClasses.isEmpty() && out == null) {
            return null;
        }
        if (hiddenClasses.isEmpty()) {
            return i -> !out.get(i);
        }
        Set<Integer> hidden = Set.copyOf(hiddenClasses);
        if (out == null) {
            return i -> !hidden.contains(v.semantic(i));
        }
        return i -> !out.get(i) && !hidden.contains(v.semantic(i));
    }

    private HeightRangeFilter viewFilter() {
        return new HeightRangeFilter(heightFilter.get(), maxHeight.get(), rangeFilter.get(), maxRange.get());
    }

    private void filtersChanged() {
        if (view == null && !viewFilter().isNone()) {
            showFrame(true); // filtering needs the paint view (it calls refilter)
        } else {
            refilter();
        }
    }

    /**
     * Works out in the background which points of the view the filters hide, then (on this thread, if the view
     * and filters stayed) hands them to the tools' mask and to the renderer, which recolours the cloud once, as
     * for hidden classes; brush dabs stay partial updates.
     */
    private void refilter() {
        long generation = ++filterGeneration;
        PaintView v = view;
        HeightRangeFilter f = viewFilter();
        if (v == null || f.isNone()) {
            filtered = null; // nothing to work out, and no recolour of a cloud that was never masked
            filtering = CompletableFuture.completedFuture(null);
            if (masked != null) {
                scene.setHiddenPoints(masked, null); // ignored when that cloud left the scene
                masked = null;
                redraw.run();
            }
            return;
        }
        if (filtered != null && filtered.view() == v && filtered.filter().equals(f)) {
            return;
        }
        if (filtered != null && filtered.view() != v) {
            filtered = null; // another view's indices must never mask this one
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        filtering = done;
        CompletableFuture.supplyAsync(() -> v.hiddenBy(f), workspace.background())
                .whenComplete((hidden, e) -> Platform.runLater(() -> {
                    try {
                        if (e != null) {
                            status.set("Filters failed: " + (e.getCause() != null ? e.getCause() : e).getMessage());
                        } else if (generation == filterGeneration && view == v) {
                            filtered = new Filtered(v, f, hidden);
                            if (masked != null && !masked.equals(v.handle())) {
                                scene.setHiddenPoints(masked, null);
                            }
                            scene.setHiddenPoints(v.handle(), hidden);
                            masked = v.handle();
                            status.set(String.format(java.util.Locale.ROOT, "Filters hide %,d of %,d points",
                                    hidden.cardinality(), v.size()));
                            redraw.run();
                        }
                    } finally {
                        done.complete(null);
                    }
                }));
    }

    private ScreenPoints project(RenderCamera camera) {
        PointCloud c = view.cloud();
        return ScreenPoints.project(c.x(), c.y(), c.z(), c.size(), c.originX(), c.originY(), c.originZ(),
                screenCamera(camera), drawnMask());
    }

    /** The selection camera of a render camera (column-major matrices, same window conventions). */
    static ScreenCamera screenCamera(RenderCamera camera) {
        double[] view = new double[16], projection = new double[16];
        camera.view().get(view);
        camera.projection().get(projection);
        return ScreenCamera.of(view, projection, camera.width(), camera.height());
    }

    private void pushStyle() {
        ColorMode m = colorMode.get();
        scene.setStyle(scene.style().withMode(m).withPalette(palette.withHidden(hiddenClasses)));
        redraw.run();
    }

    /** The view projected for one camera and set of hidden classes, ready or on its way. */
    private record Projection(PaintView view, RenderCamera camera, Set<Integer> hidden, Filtered filtered,
                              CompletableFuture<ScreenPoints> points) {
        boolean matches(PaintView v, RenderCamera c, Set<Integer> h, Filtered f) {
            return view == v && camera.equals(c) && hidden.equals(h) && filtered == f;
        }
    }

    /** The points a filter hides in one view (view indices, never changed once made). */
    private record Filtered(PaintView view, HeightRangeFilter filter, BitSet hidden) {
    }

    /**
     * A brush stroke in progress: the projection of the view and one stroke per frame, both made once the
     * projection is there (the per-frame strokes start from the labels as they are then, after any earlier stroke
     * that waited too), and the dabs made before it.
     */
    private static final class Stroke {
        final PaintView view;
        final PointPainter painter;
        final List<double[]> waiting = new ArrayList<>();
        ScreenPoints points;
        Map<String, PaintStroke> strokes;
        boolean ended;

        Stroke(PaintView view, PointPainter painter) {
            this.view = view;
            this.painter = painter;
        }

        void start(ScreenPoints projected, AnnotationStore store) {
            points = projected;
            strokes = new LinkedHashMap<>();
            for (String f : view.frameIds()) {
                strokes.put(f, new PaintStroke(store, f, view.pointCounts().get(f), painter));
            }
        }

        int newSemantic() {
            return painter.mode() == PaintMode.ADD ? painter.semantic() : 0;
        }

        int newInstance() {
            return painter.mode() == PaintMode.ADD ? painter.instance() : 0;
        }
    }
}
