package dev.fuselage.project.prelabel;

import dev.fuselage.ai.PreLabelers;
import dev.fuselage.ai.model.ModelRuntime;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.project.EditSession;
import dev.fuselage.project.ProjectOntology;
import dev.fuselage.project.dataset.ExportCancelledException;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ProjectFrames;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pre-labeling the shared KITTI training frames through the edit session: one undoable edit per frame. */
class PreLabelJobTest {
    private static final Path KITTI = TestData.file("kitti/object/training");

    @TempDir
    Path tmp;

    @Test
    void geometricPreLabelsAreOneUndoableEditPerFrameAndReplaceEarlierOnes() throws Exception {
        try (ProjectStore p = KittiImporter.createProject(KITTI, tmp.resolve("p"), ExportProgress.NONE)) {
            List<ObjectAnnotation> labeled = p.annotations().allObjects();
            EditSession session = new EditSession(p);
            PreLabelJob job = new PreLabelJob(PreLabelers.geometric(ProjectOntology.of(p)), ProjectFrames.of(p),
                    false);
            List<String> seen = new ArrayList<>();
            List<FrameResult> results = job.run(session, List.of("000000", "000001"), ExportProgress.NONE,
                    r -> seen.add(r.frameId()));
            assertEquals(List.of("000000", "000001"), seen);
            for (FrameResult r : results) {
                assertFalse(r.added().isEmpty(), "geometric proposes boxes on " + r.frameId());
                assertEquals(r.added().size() + labeledIn(labeled, r.frameId()),
                        p.annotations().objects(r.frameId()).size());
                for (ObjectAnnotation o : r.added()) {
                    ObjectAnnotation stored = p.annotations().object(o.id()).orElseThrow();
                    assertEquals(Source.PRE_LABEL, stored.source());
                    assertFalse(stored.confirmed());
                    assertTrue(stored.score().isPresent(), "the score is stored");
                    for (ObjectAnnotation l : labeled) {
                        if (l.frameId().equals(r.frameId())) {
                            assertTrue(Math.hypot(l.box().cx() - o.box().cx(), l.box().cy() - o.box().cy())
                                    >= PreLabelJob.DUPLICATE_DISTANCE, "no pre-label on a labeled object");
                        }
                    }
                }
            }
            assertEquals("Undo Pre-label 000001 (" + results.get(1).added().size() + " boxes)",
                    session.undoLabel());
            assertTrue(session.undo());
            assertEquals(labeledIn(labeled, "000001"), p.annotations().objects("000001").size(),
                    "one undo removes the whole frame's pre-labels");
            assertEquals(results.get(0).added().size() + labeledIn(labeled, "000000"),
                    p.annotations().objects("000000").size(), "and leaves the other frame's");
            assertTrue(session.redo());

            FrameResult again = PreLabelJob.apply(session, job.propose("000000"));
            assertEquals(results.get(0).added().size(), again.replaced(), "earlier pre-labels are replaced");
            assertEquals(again.added().size() + labeledIn(labeled, "000000"),
                    p.annotations().objects("000000").size());
        }
    }

    @Test
    void yoloxPreLabelsComeFromTheCameraImages() throws Exception {
        try (ProjectStore p = KittiImporter.createProject(KITTI, tmp.resolve("p"), ExportProgress.NONE);
             ModelRuntime runtime = new ModelRuntime()) {
            PreLabelJob job = new PreLabelJob(PreLabelers.yolox(runtime, TestData.file("models/yolox_nano_coco.onnx"),
                    Optional.empty(), ProjectOntology.of(p)), ProjectFrames.of(p), true);
            FrameProposal proposal = job.propose("000001");
            assertTrue(proposal.skipped().isEmpty());
            assertTrue(proposal.labels().stream().anyMatch(l -> l.className().equals("Car")),
                    "the labeled car of 000001 is found: " + proposal.labels());
            FrameResult r = PreLabelJob.apply(new EditSession(p), proposal);
            assertEquals(proposal.labels().size(), r.added().size() + r.duplicates());
            assertTrue(r.duplicates() >= 1, "the car already labeled in label_2 is not added twice");
        }
    }

    @Test
    void cancellingStopsBetweenFramesAndKeepsTheFramesDone() throws Exception {
        try (ProjectStore p = KittiImporter.createProject(KITTI, tmp.resolve("p"), ExportProgress.NONE)) {
            EditSession session = new EditSession(p);
            PreLabelJob job = new PreLabelJob(PreLabelers.geometric(ProjectOntology.of(p)), ProjectFrames.of(p),
                    false);
            List<FrameResult> done = new ArrayList<>();
            ExportProgress cancelAfterOne = new ExportProgress() {
                @Override
                public boolean isCancelled() {
                    return !done.isEmpty();
                }
            };
            assertThrows(ExportCancelledException.class,
                    () -> job.run(session, p.annotations().frames(), cancelAfterOne, done::add));
            assertEquals(1, done.size());
            assertTrue(session.canUndo());
        }
    }

    @Test
    void frameRangesAreCheckedAgainstTheProject() {
        List<String> frames = List.of("000000", "000001", "000002");
        assertEquals(List.of("000001", "000002"), FrameRange.select("000001..000002", frames));
        assertEquals(List.of("000001"), FrameRange.select("000001", frames));
        assertEquals(frames, FrameRange.select(null, frames));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameRange.select("000001..000009", frames));
        assertEquals("no frame '000009' in the project (frames 000000 to 000002)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FrameRange.select("000002..000000", frames));
    }

    private static int labeledIn(List<ObjectAnnotation> objects, String frameId) {
        return (int) objects.stream().filter(o -> o.frameId().equals(frameId)).count();
    }
}
