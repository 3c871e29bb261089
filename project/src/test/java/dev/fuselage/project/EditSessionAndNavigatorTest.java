package dev.fuselage.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.core.edit.EditAction;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.demo.DemoProject;
import dev.fuselage.project.demo.DemoSceneGenerator;
import dev.fuselage.project.demo.ProgressListener;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project layer's edit session and frame navigator on a small generated demo project. */
class EditSessionAndNavigatorTest {
    @TempDir
    static Path temp;
    private static Path folder;
    private static ExecutorService background;

    @BeforeAll
    static void demo() throws Exception {
        folder = DemoProject.createIfAbsent(temp.resolve("demo"), 4, DemoSceneGenerator.DEFAULT_SEED,
                ProgressListener.NONE).folder();
        background = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        background.shutdownNow();
    }

    @Test
    void editsGoThroughOneHistoryWithLabelsCountsAndSaveState() throws Exception {
        try (ProjectStore project = ProjectStore.open(folder)) {
            EditSession session = new EditSession(project);
            String frame = project.annotations().frames().get(1);
            int before = session.objectCount(frame);
            List<String> heard = new ArrayList<>();
            session.addListener((action, command, frames) -> heard.add(action + " " + frames));
            assertEquals("All changes saved", session.saveState());
            assertEquals("Undo", session.undoLabel());

            ObjectAnnotation car = ObjectAnnotation.manual(frame, project.annotations().nextTrackId(), "Car",
                    new Cuboid(10, 2, -1, 4, 1.8, 1.5, 0.3, 0, 0));
            assertTrue(session.execute(new AddObject(car)));
            assertEquals(before + 1, session.objectCount(frame));
            assertEquals("Undo " + new AddObject(car).description(), session.undoLabel());
            assertTrue(session.saveState().startsWith("All changes saved ("), session.saveState());

            assertTrue(session.undo());
            assertEquals(before, session.objectCount(frame));
            assertTrue(session.canRedo());
            assertTrue(session.redo());
            assertEquals(before + 1, session.objectCount(frame));
            assertEquals(List.of(EditAction.DO + " " + Set.of(frame), EditAction.UNDO + " " + Set.of(frame),
                    EditAction.REDO + " " + Set.of(frame)), heard);

            // deleting an object twice fails on the second run: nothing changes, the failure is reported
            assertTrue(session.execute(new DeleteObject(car)));
            assertFalse(session.execute(new DeleteObject(car)));
            assertEquals(before, session.objectCount(frame));
            assertTrue(session.lastError().startsWith("Delete"), session.lastError());
            assertTrue(session.saveState().startsWith("Not saved: "), session.saveState());
            assertEquals(4, heard.size(), "the failed run told nobody");
        }
    }

    @Test
    void navigatorLoadsPrefetchesAndSearches() throws Exception {
        try (ProjectStore project = ProjectStore.open(folder)) {
            FrameNavigator<Integer> nav = FrameNavigator.of(project, background, PointCloud::size);
            assertEquals(4, nav.frames().size());
            assertEquals(-1, nav.shownIndex());

            FrameNavigator<Integer>.Load first = nav.load(0);
            FrameNavigator<Integer>.Load second = nav.load(1);
            assertFalse(first.isLatest(), "a newer request overtakes the older one");
            assertTrue(second.isLatest());
            int points = second.data().get(30, TimeUnit.SECONDS);
            assertTrue(points > 1000, "demo frames hold a lidar sweep: " + points);
            nav.shown(second);
            assertEquals(1, nav.shownIndex());
            for (int i : new int[] {0, 2, 3}) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!nav.isReady(i) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(nav.isReady(i), "neighbour " + i + " prefetched");
            }
            assertEquals(3, nav.nextWhere(i -> i == 3).getAsInt());
            assertEquals(0, nav.nextWhere(i -> i == 0).getAsInt(), "the search wraps around");
            assertTrue(nav.nextWhere(i -> i == 1).isEmpty(), "the shown frame is not its own next");
        }
    }
}
