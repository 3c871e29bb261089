package dev.fuselage.core.edit;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {
    private final MemoryAnnotationModel model = new MemoryAnnotationModel();
    private final EditHistory history = new EditHistory(model, 50);

    private static ObjectAnnotation car(String frame, long track) {
        return ObjectAnnotation.manual(frame, TrackId.of(track), "Car", Cuboid.upright(track, 2, -1, 4.5, 1.8, 1.5, 0.3));
    }

    @Test
    void everyKindOfEditUndoesAndRedoes() {
        ObjectAnnotation a = car("f1", 1);
        history.execute(new AddObject(a));
        ObjectId id = a.id();
        Cuboid moved = new Cuboid(5.25, -1, 0.5, 4, 2, 1.6, 1.1, 0.02, -0.01);
        // each command is built against the current state, as the UI does
        List<Function<AnnotationModel, Command>> edits = List.of(
                m -> ChangeBox.to(m, id, moved),
                m -> ChangeClass.to(m, id, "Van"),
                m -> ChangeAttribute.to(m, id, "occluded", true),
                m -> ChangeTrack.to(m, id, TrackId.of(9)),
                m -> SetConfirmed.to(m, id, false));
        List<ObjectAnnotation> states = new ArrayList<>();
        states.add(model.requireObject(id));
        for (Function<AnnotationModel, Command> edit : edits) {
            history.execute(edit.apply(model));
            states.add(model.requireObject(id));
        }
        ObjectAnnotation last = states.get(states.size() - 1);
        assertEquals(moved, last.box());
        assertEquals("Van", last.className());
        assertEquals(true, last.attributes().get("occluded"));
        assertEquals(TrackId.of(9), last.trackId());
        assertFalse(last.confirmed());
        for (int i = states.size() - 1; i > 0; i--) {
            history.undo();
            assertEquals(states.get(i - 1), model.requireObject(id));
        }
        history.undo();
        assertTrue(model.object(id).isEmpty());
        assertFalse(history.canUndo());
        history.redo();
        for (int i = 1; i < states.size(); i++) {
            history.redo();
            assertEquals(states.get(i), model.requireObject(id));
        }
        assertFalse(history.canRedo());
        history.execute(DeleteObject.of(model, id));
        assertTrue(model.object(id).isEmpty());
        history.undo();
        assertEquals(last, model.requireObject(id));
    }

    @Test
    void historySurvivesFrameSwitches() {
        ObjectAnnotation inFrame3 = car("000003", 1);
        ObjectAnnotation inFrame7 = car("000007", 2);
        history.execute(new AddObject(inFrame3));
        history.execute(ChangeBox.to(model, inFrame3.id(), inFrame3.box().withYaw(2)));
        // the user switches to frame 7 and edits there; the history is per project, not per frame
        history.execute(new AddObject(inFrame7));
        List<String> undoneFrames = new ArrayList<>();
        history.addListener((h, action, c) -> undoneFrames.addAll(c.frameIds()));
        history.undo();
        history.undo(); // undoes the yaw change in frame 3 while looking at frame 7
        assertEquals(List.of("000007", "000003"), undoneFrames);
        assertEquals(inFrame3, model.requireObject(inFrame3.id()));
        assertTrue(model.objects("000007").isEmpty());
        history.redo();
        history.redo();
        assertEquals(2.0, model.requireObject(inFrame3.id()).box().yaw());
        assertEquals(1, model.objects("000007").size());
    }

    @Test
    void compoundIsOneStepAndAtomic() {
        ObjectAnnotation a = car("f", 1);
        ObjectAnnotation b = car("f", 2);
        history.execute(new CompoundCommand("Paste 2", List.of(new AddObject(a), new AddObject(b))));
        assertEquals(2, model.objects("f").size());
        assertEquals(1, history.undoSize());
        history.undo();
        assertTrue(model.objects("f").isEmpty());
        history.redo();
        // second part fails (a already exists): the first part must not stay applied
        ObjectAnnotation c = car("f", 3);
        assertThrows(IllegalStateException.class, () -> history.execute(
                new CompoundCommand("bad", List.of(new AddObject(c), new AddObject(a)))));
        assertTrue(model.object(c.id()).isEmpty());
        assertEquals(1, history.undoSize());
    }

    @Test
    void newEditClearsRedoAndLimitDropsOldest() {
        EditHistory small = new EditHistory(model, 3);
        for (int i = 1; i <= 5; i++) {
            small.execute(new AddObject(car("f", i)));
        }
        assertEquals(3, small.undoSize());
        small.undo();
        assertTrue(small.canRedo());
        small.execute(new AddObject(car("f", 9)));
        assertFalse(small.canRedo());
        while (small.canUndo()) {
            small.undo();
        }
        assertEquals(2, model.objects("f").size(), "the two oldest adds fell off the history");
    }

    @Test
    void labelPointsUndoesOnlyTheStroke() {
        model.putPointLabels("f", new PointLabels(100));
        history.execute(LabelPoints.paint(model, "f", 100, new int[]{1, 2, 3}, 5, 1));
        history.execute(LabelPoints.paint(model, "f", 100, new int[]{3, 4}, 6, 2));
        PointLabels after = model.pointLabels("f").orElseThrow();
        assertEquals(6, after.semantic()[3]);
        history.undo();
        PointLabels undone = model.pointLabels("f").orElseThrow();
        assertEquals(5, undone.semantic()[3]);
        assertEquals(0, undone.semantic()[4]);
        assertEquals(1, undone.instance()[3]);
        history.undo();
        assertEquals(new PointLabels(100), model.pointLabels("f").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> LabelPoints.paint(model, "f", 100, new int[]{100}, 1, 1));
    }
}
