package dev.fuselage.project.store;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.ChangeAttribute;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.edit.ChangeClass;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.edit.LabelPoints;
import dev.fuselage.core.edit.SetConfirmed;
import dev.fuselage.core.geometry.Cuboid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationStoreTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("annotations.db");
    }

    /** Doubles that lose bits through text or REAL folding: -0.0, subnormals, extremes, 0.1 + 0.2. */
    private static Cuboid awkwardBox() {
        return new Cuboid(0.1 + 0.2, -0.0, Double.MIN_VALUE, 4.000000000000001, 1e-300, Double.MAX_VALUE,
                Math.PI, -Math.nextUp(0.0), 2.0);
    }

    @Test
    void objectsSurviveCloseAndReopenBitForBit() {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("occluded", true);
        attrs.put("truncation", 0.30000000000000004);
        attrs.put("count", Long.MAX_VALUE);
        attrs.put("colour", "dark \"red\" \u00e9");
        ObjectAnnotation a = new ObjectAnnotation(ObjectId.random(), "000042", TrackId.of(12), "Car", attrs,
                awkwardBox(), Source.PRE_LABEL, false, OptionalDouble.of(0.1 + 0.2));
        ObjectAnnotation b = ObjectAnnotation.manual("000043", TrackId.of(12), "Car",
                new Cuboid(-12.345678901234567, 3.3, -1.7, 4.5, 1.9, 1.6, -3.0, 0.05, -0.04));
        PointLabels labels = new PointLabels(300);
        labels.semantic()[7] = 11;
        labels.instance()[7] = 12;
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            store.registerFrames(List.of("000041", "000042", "000043"));
            EditHistory history = new EditHistory(store, 10);
            history.execute(new AddObject(a));
            history.execute(new AddObject(b));
            store.putPointLabels("000042", labels);
        }
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            ObjectAnnotation back = store.object(a.id()).orElseThrow();
            assertEquals(a, back);
            Cuboid x = back.box();
            double[] got = {x.cx(), x.cy(), x.cz(), x.length(), x.width(), x.height(), x.yaw(), x.pitch(), x.roll()};
            Cuboid e = a.box();
            double[] want = {e.cx(), e.cy(), e.cz(), e.length(), e.width(), e.height(), e.yaw(), e.pitch(), e.roll()};
            for (int i = 0; i < 9; i++) {
                assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "value " + i);
            }
            assertEquals(Long.class, back.attributes().get("count").getClass());
            assertEquals(OptionalDouble.of(0.1 + 0.2), back.score(), "a pre-label's score, exactly");
            assertEquals(OptionalDouble.empty(), store.object(b.id()).orElseThrow().score(), "none on a drawn box");
            assertEquals(List.of(b), store.frame("000043").objects());
            assertEquals(List.of(b, a).stream().sorted((p, q) -> p.id().compareTo(q.id())).toList(),
                    store.allObjects());
            assertEquals(List.of(a, b), store.track(TrackId.of(12)), "track in frame order");
            assertEquals(TrackId.of(13), store.nextTrackId());
            assertEquals(List.of("000041", "000042", "000043"), store.frames());
            assertEquals(labels, store.pointLabels("000042").orElseThrow());
            assertEquals(Optional.empty(), store.pointLabels("000041"));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void commandsUndoAndRedoThroughTheStoreAndAreLogged() {
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            EditHistory history = new EditHistory(store, 100);
            ObjectAnnotation car = ObjectAnnotation.manual("f1", store.nextTrackId(), "Car",
                    Cuboid.upright(1, 2, 3, 4, 2, 1.5, 0.5));
            history.execute(new AddObject(car));
            history.execute(ChangeBox.to(store, car.id(), car.box().withCenter(9, 9, 9)));
            history.execute(ChangeClass.to(store, car.id(), "Truck"));
            history.execute(ChangeAttribute.to(store, car.id(), "parked", true));
            history.execute(SetConfirmed.to(store, car.id(), false));
            ObjectAnnotation edited = store.object(car.id()).orElseThrow();
            assertEquals("Truck", edited.className());
            assertEquals(9.0, edited.box().cx());
            history.undo();
            history.undo();
            history.undo();
            history.undo();
            assertEquals(car, store.object(car.id()).orElseThrow());
            history.undo();
            assertTrue(store.object(car.id()).isEmpty());
            for (int i = 0; i < 5; i++) {
                history.redo();
            }
            assertEquals(edited, store.object(car.id()).orElseThrow());
            history.execute(DeleteObject.of(store, car.id()));
            assertTrue(store.frame("f1").objects().isEmpty());
            history.undo();
            assertEquals(edited, store.object(car.id()).orElseThrow());

            List<EditLogEntry> log = store.editLog(3);
            assertEquals(EditAction.UNDO, log.get(0).action());
            assertEquals("Delete Truck " + car.trackId(), log.get(0).description());
            assertEquals(java.util.Set.of("f1"), log.get(0).frameIds());
            assertEquals(EditAction.DO, log.get(1).action());
            assertEquals(EditAction.REDO, log.get(2).action());
            assertEquals(5 + 5 + 5 + 2, store.editCount());
        }
    }

    @Test
    void historySurvivesFrameSwitchesInTheStore() {
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            EditHistory history = new EditHistory(store, 100);
            ObjectAnnotation a = ObjectAnnotation.manual("000001", TrackId.of(1), "Car", Cuboid.upright(0, 0, 0, 4, 2, 1, 0));
            history.execute(new AddObject(a));
            history.execute(LabelPoints.paint(store, "000001", 10, new int[]{2, 3}, 4, 1));
            // user moves on to frame 2 and works there
            ObjectAnnotation b = a.withBox(a.box().withYaw(1));
            ObjectAnnotation inFrame2 = new ObjectAnnotation(ObjectId.random(), "000002", a.trackId(), "Car",
                    Map.of(), b.box(), Source.MANUAL, true);
            history.execute(new AddObject(inFrame2));
            history.undo();
            history.undo(); // reverts the point labels of frame 1 while frame 2 is shown
            assertTrue(store.frame("000002").objects().isEmpty());
            assertEquals(new PointLabels(10), store.pointLabels("000001").orElseThrow());
            assertEquals(List.of(a), store.frame("000001").objects());
            history.redo();
            assertEquals(4, store.pointLabels("000001").orElseThrow().semantic()[3]);
        }
    }

    @Test
    void failedCompoundLeavesNothingBehind() {
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            EditHistory history = new EditHistory(store, 100);
            ObjectAnnotation a = ObjectAnnotation.manual("f", TrackId.of(1), "Car", Cuboid.upright(0, 0, 0, 4, 2, 1, 0));
            ObjectAnnotation b = ObjectAnnotation.manual("f", TrackId.of(2), "Car", Cuboid.upright(5, 0, 0, 4, 2, 1, 0));
            history.execute(new AddObject(a));
            long edits = store.editCount();
            assertThrows(IllegalStateException.class, () -> history.execute(
                    new CompoundCommand("Paste", List.of(new AddObject(b), new AddObject(a)))));
            assertTrue(store.object(b.id()).isEmpty(), "the first half of a failed edit was rolled back");
            assertEquals(edits, store.editCount());
            assertEquals(1, history.undoSize());
            history.execute(new AddObject(b)); // the count is the log's last number: no gap after the failure
            assertEquals(edits + 1, store.editCount());
            assertEquals(edits + 1, store.editLog(1000).size(), "the count is the number of log rows");
        }
    }

    @Test
    void commentsAndReviewPersist() {
        ObjectId obj = ObjectId.random();
        Comment c = Comment.create("f1", obj, "ana", "box too long");
        try (AnnotationStore store = AnnotationStore.openWritable(db())) {
            store.putComment(c);
            store.putComment(Comment.create("f1", null, "bo", "frame is blurry"));
            store.setReview("f1", null, ReviewStatus.NEEDS_WORK, "bo");
            store.setReview("f1", obj, ReviewStatus.ACCEPTED, "bo");
            store.putComment(c.withResolved(true));
        }
        try (AnnotationStore store = AnnotationStore.openReadOnly(db(), "test")) {
            List<Comment> comments = store.comments("f1");
            assertEquals(2, comments.size());
            assertTrue(comments.contains(c.withResolved(true)));
            assertEquals(ReviewStatus.NEEDS_WORK, store.review("f1", null));
            assertEquals(ReviewStatus.ACCEPTED, store.review("f1", obj));
            assertEquals(ReviewStatus.UNREVIEWED, store.review("f2", null));
        }
    }

    @Test
    void readOnlyStoreRefusesWritesClearly() {
        AnnotationStore.openWritable(db()).close();
        try (AnnotationStore store = AnnotationStore.openReadOnly(db(), "project is open elsewhere")) {
            assertTrue(store.isReadOnly());
            EditHistory history = new EditHistory(store, 10);
            ObjectAnnotation a = ObjectAnnotation.manual("f", TrackId.of(1), "Car", Cuboid.upright(0, 0, 0, 1, 1, 1, 0));
            ReadOnlyProjectException e = assertThrows(ReadOnlyProjectException.class,
                    () -> history.execute(new AddObject(a)));
            assertEquals("annotations.db: cannot save changes, the project is read-only: project is open elsewhere",
                    e.getMessage());
            assertFalse(history.canUndo());
            assertThrows(ReadOnlyProjectException.class, () -> store.setReview("f", null, ReviewStatus.ACCEPTED, "x"));
        }
    }
}
