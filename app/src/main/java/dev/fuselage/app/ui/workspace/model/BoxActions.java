package dev.fuselage.app.ui.workspace.model;

import dev.fuselage.project.edit.BoxEdits;
import dev.fuselage.ai.fit.BoxFitter;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.ChangeAttribute;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.edit.ChangeClass;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.LabelClass;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The edits the tools make, each one command through the workspace's history: create a box from a bird's-eye
 * rectangle, change class or attributes, move/turn/resize by a step, set a dragged box, delete, copy and paste,
 * copy to the next frame (keeping the track id), snap to the ground.
 */
public final class BoxActions {
    private final WorkspaceModel ws;
    private ObjectAnnotation clipboard;

    public BoxActions(WorkspaceModel ws) {
        this.ws = ws;
    }

    /**
     * Makes a box of the active class on a bird's-eye rectangle, its height and bottom fitted to the points (the
     * class's size prior when too few), and selects it.
     */
    public Optional<ObjectAnnotation> create(Cuboid footprint) {
        PointCloud cloud = ws.cloud();
        String frameId = ws.frame().frameId();
        if (cloud == null || frameId == null) {
            return Optional.empty();
        }
        String cls = ws.tools().activeClassProperty().get();
        Optional<LabelClass> lc = ws.ontology().find(cls);
        Cuboid box = BoxFitter.fit(cloud, footprint, lc.flatMap(LabelClass::sizePrior));
        ObjectAnnotation o = ObjectAnnotation.manual(frameId, ws.store().nextTrackId(), cls, box);
        if (!ws.execute(new AddObject(o))) {
            return Optional.empty();
        }
        ws.selection().select(o.id());
        return Optional.of(o);
    }

    /** Picks a class: the selected object changes to it, and new boxes get it. */
    public void setClass(String className) {
        ws.tools().activeClassProperty().set(className);
        ws.selection().selected().filter(o -> !o.className().equals(className))
                .ifPresent(o -> ws.execute(ChangeClass.to(ws.store(), o.id(), className)));
    }

    /** Sets (or with null removes) an attribute of the selected object. */
    public void setAttribute(String name, Object value) {
        ws.selection().selected().filter(o -> !java.util.Objects.equals(o.attributes().get(name), value))
                .ifPresent(o -> ws.execute(ChangeAttribute.to(ws.store(), o.id(), name, value)));
    }

    /** Moves the selected box along its own axes by steps (fine: a fifth of a step). */
    public void move(int forward, int left, int up, boolean fine) {
        double s = ws.tools().step(fine);
        changeSelected(b -> BoxEdits.moveLocal(b, forward * s, left * s, up * s));
    }

    /** Resizes the selected box by steps about its centre. */
    public void resize(int length, int width, int height, boolean fine) {
        double s = ws.tools().step(fine);
        changeSelected(b -> BoxEdits.resize(b, length * s, width * s, height * s));
    }

    /** Turns the selected box by angle steps, counter-clockwise seen from above for positive steps. */
    public void rotate(int steps, boolean fine) {
        double a = ws.tools().angleStep(fine);
        changeSelected(b -> BoxEdits.rotate(b, steps * a));
    }

    /** Stands the selected box on the local ground. */
    public void snapToGround() {
        PointCloud cloud = ws.cloud();
        if (cloud != null) {
            changeSelected(b -> BoxFitter.snapToGround(cloud, b));
        }
    }

    /** Sets the selected object's box (the end of a drag in a box view). */
    public void setBox(Cuboid box) {
        changeSelected(b -> box);
    }

    /** Deletes every selected object: one edit (one undo step) however many there are. */
    public void delete() {
        List<ObjectAnnotation> doomed = ws.selection().selectedObjects();
        if (doomed.size() == 1) {
            ws.execute(new DeleteObject(doomed.get(0)));
        } else if (!doomed.isEmpty()) {
            ws.execute(new CompoundCommand("Delete " + doomed.size() + " boxes",
                    doomed.stream().<Command>map(DeleteObject::new).toList()));
        }
    }

    /** Selects every object of the current frame (the first one is the one the editor shows). */
    public void selectAll() {
        ws.selection().selectAll(ws.frame().objects().stream().map(ObjectAnnotation::id).toList(), null);
    }

    /** Remembers the selected object for {@link #paste}. */
    public void copy() {
        ws.selection().selected().ifPresent(o -> clipboard = o);
    }

    public boolean hasClipboard() {
        return clipboard != null;
    }

    /**
     * Pastes the copied object into the current frame: with its track id when the frame has no box of that track
     * yet (the same physical object in another frame), else as a new track.
     */
    public void paste() {
        String frameId = ws.frame().frameId();
        if (clipboard == null || frameId == null) {
            return;
        }
        List<ObjectAnnotation> here = ws.store().objects(frameId);
        boolean trackTaken = here.stream().anyMatch(o -> o.trackId().equals(clipboard.trackId()));
        TrackId track = trackTaken ? ws.store().nextTrackId() : clipboard.trackId();
        ObjectAnnotation copy = new ObjectAnnotation(ObjectId.random(), frameId, track, clipboard.className(),
                clipboard.attributes(), clipboard.box(), clipboard.source(), true);
        if (ws.execute(new AddObject(copy))) {
            ws.selection().select(copy.id());
        }
    }

    /**
     * Copies the selected object into the next frame under the same track id (replacing that track's box there,
     * if it has one), then shows the next frame with the copy selected.
     */
    public void copyToNextFrame() {
        int next = ws.frame().frameIndexProperty().get() + 1;
        Optional<ObjectAnnotation> sel = ws.selection().selected();
        if (sel.isEmpty() || next >= ws.frames().size()) {
            return;
        }
        ObjectAnnotation o = sel.get();
        String nextId = ws.frames().get(next);
        Optional<ObjectAnnotation> existing = ws.store().objects(nextId).stream()
                .filter(x -> x.trackId().equals(o.trackId())).findFirst();
        ObjectId target;
        if (existing.isPresent()) {
            target = existing.get().id();
            ws.execute(ChangeBox.to(ws.store(), target, o.box()));
        } else {
            ObjectAnnotation copy = new ObjectAnnotation(ObjectId.random(), nextId, o.trackId(), o.className(),
                    o.attributes(), o.box(), o.source(), true);
            target = copy.id();
            ws.execute(new AddObject(copy));
        }
        ws.goTo(next).thenRun(() -> ws.selection().select(target));
    }

    private void changeSelected(UnaryOperator<Cuboid> change) {
        ws.selection().setPreview(null);
        ws.selection().selected().ifPresent(o -> {
            Cuboid nb = change.apply(o.box());
            if (!nb.equals(o.box())) {
                ws.execute(ChangeBox.to(ws.store(), o.id(), nb));
            }
        });
    }
}
