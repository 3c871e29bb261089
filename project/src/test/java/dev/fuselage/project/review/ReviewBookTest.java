package dev.fuselage.project.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.Comment;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ReviewStatus;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.edit.SetConfirmed;
import dev.fuselage.project.dataset.DatasetJobs;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.json.NativeJsonImporter;
import dev.fuselage.project.qa.KittiQaProjects;
import dev.fuselage.project.qa.QaSettings;
import dev.fuselage.project.qa.FrameRange;
import dev.fuselage.project.qa.QualityChecks;
import dev.fuselage.project.review.ReviewOverview.Marker;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.PinnedComment.Pin;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.project.store.ReviewBook;
import dev.fuselage.project.store.ReviewDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review verdicts with reasons and pinned comments: stored, undoable, on the timeline, in the native JSON. */
class ReviewBookTest {
    @TempDir
    Path tmp;

    @Test
    void verdictsAndCommentsAreUndoableEditsOfTheStore() throws Exception {
        try (ProjectStore p = KittiQaProjects.object(tmp.resolve("p"))) {
            AnnotationStore store = p.annotations();
            ReviewBook book = new ReviewBook(store);
            EditHistory history = new EditHistory(store, 100);
            ObjectAnnotation car = store.objects("000003").get(0);
            long edits = store.editCount();

            history.execute(Decide.to(book, ReviewDecision.of("000003", car.id(), ReviewStatus.REJECTED,
                    "box cuts the rear off", "rita")));
            assertEquals("box cuts the rear off", book.decision("000003", car.id()).orElseThrow().reason());
            assertEquals(ReviewStatus.REJECTED, store.review("000003", car.id()));
            assertEquals(edits + 1, store.editCount(), "one edit log row, in the verdict's transaction");

            PinnedComment note = new PinnedComment(Comment.create("000003", car.id(), "rita", "extend 0.4 m back"),
                    Optional.empty());
            PinnedComment pin = new PinnedComment(Comment.create("000003", null, "rita", "unlabelled cyclist"),
                    Optional.of(new Pin(9.5, 4.25, -0.8)));
            history.execute(PutComment.add(book, note));
            history.execute(PutComment.add(book, pin));
            // oldest first; both were written in the same millisecond, where the id decides
            assertEquals(java.util.Set.of(note, pin), java.util.Set.copyOf(book.comments("000003")));

            history.execute(PutComment.resolve(book, note, true));
            assertTrue(book.comment("000003", note.id()).orElseThrow().comment().resolved());
            history.execute(Decide.to(book, ReviewDecision.of("000003", car.id(), ReviewStatus.ACCEPTED, "", "rita")));
            assertEquals(ReviewStatus.ACCEPTED, book.decision("000003", car.id()).orElseThrow().status());

            history.undo();
            assertEquals("box cuts the rear off", book.decision("000003", car.id()).orElseThrow().reason());
            history.undo();
            assertFalse(book.comment("000003", note.id()).orElseThrow().comment().resolved());
            history.undo();
            assertEquals(List.of(note), book.comments("000003"));
            history.undo();
            history.undo();
            assertTrue(book.decision("000003", car.id()).isEmpty(), "undo of the first verdict leaves none");
            assertTrue(book.comments("000003").isEmpty());
            history.redo();
            assertEquals(ReviewStatus.REJECTED, book.decision("000003", car.id()).orElseThrow().status());
        }
    }

    @Test
    void timelineStatusesMarkersAndJumps() throws Exception {
        try (ProjectStore p = KittiQaProjects.object(tmp.resolve("p"))) {
            AnnotationStore store = p.annotations();
            ReviewBook book = new ReviewBook(store);
            ObjectAnnotation car = store.objects("000003").get(0);
            book.decide(ReviewDecision.of("000003", car.id(), ReviewStatus.REJECTED, "too long", "rita"));
            book.decide(ReviewDecision.of("000001", null, ReviewStatus.ACCEPTED, "", "rita"));
            book.put(new PinnedComment(Comment.create("000002", null, "rita", "look here"), Optional.empty()));
            ObjectAnnotation pre = store.objects("000000").get(0);
            store.putObject(new ObjectAnnotation(pre.id(), pre.frameId(), pre.trackId(), pre.className(),
                    pre.attributes(), pre.box(), dev.fuselage.core.annotation.Source.PRE_LABEL, false));
            ObjectAnnotation stretched = car.withBox(car.box().withSize(car.box().length() * 4, car.box().width(),
                    car.box().height()));
            store.putObject(stretched);

            ReviewOverview o = ReviewOverview.of(book, QualityChecks.run(p, FrameRange.ALL, QaSettings.defaults(),
                    ExportProgress.NONE));
            assertEquals(List.of(FrameStatus.PRE_LABELED, FrameStatus.ACCEPTED, FrameStatus.DONE,
                    FrameStatus.REJECTED), List.of(o.status(0), o.status(1), o.status(2), o.status(3)));
            assertEquals(OptionalInt.of(3), o.next(Marker.REJECTED, 0));
            assertEquals(OptionalInt.of(3), o.next(Marker.REJECTED, 3), "wraps around to itself");
            assertEquals(OptionalInt.of(2), o.next(Marker.OPEN_COMMENT, 3));
            assertTrue(o.has(Marker.FINDING, 3), "the stretched car is a size outlier");
            assertEquals(3, o.objectsPerClass().get("Car")[1] + o.objectsPerClass().get("Car")[2]
                    + o.objectsPerClass().get("Car")[3]);
            assertEquals(1, o.statusCounts().get(FrameStatus.REJECTED));

            new EditHistory(store, 10).execute(SetConfirmed.to(store, pre.id(), true));
            assertEquals(FrameStatus.DONE, ReviewOverview.of(book, List.of()).status(0));
        }
    }

    @Test
    void reasonsAndPinsRoundTripThroughTheNativeJson() throws Exception {
        Path out = tmp.resolve("out");
        String first;
        try (ProjectStore p = KittiQaProjects.object(tmp.resolve("p"))) {
            ReviewBook book = new ReviewBook(p.annotations());
            ObjectAnnotation car = p.annotations().objects("000003").get(0);
            book.decide(ReviewDecision.of("000003", car.id(), ReviewStatus.REJECTED, "too long", "rita"));
            book.put(new PinnedComment(Comment.create("000002", null, "rita", "here"),
                    Optional.of(new Pin(1.5, 2.5, -0.5))));
            DatasetJobs.export(p, "json", out, ExportProgress.NONE);
            first = Files.readString(out.resolve("fuselage-project.json"));
        }
        assertTrue(first.contains("\"reviewReasons\"") && first.contains("\"too long\""), first);
        try (ProjectStore q = NativeJsonImporter.createProject(out, tmp.resolve("q"), ExportProgress.NONE)) {
            ReviewBook book = new ReviewBook(q.annotations());
            assertEquals(Optional.of(new Pin(1.5, 2.5, -0.5)), book.comments("000002").get(0).pin());
            Path again = tmp.resolve("again");
            DatasetJobs.export(q, "json", again, ExportProgress.NONE);
            assertEquals(first, Files.readString(again.resolve("fuselage-project.json")));
        }
    }
}
