package dev.fuselage.project.prelabel;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.store.AnnotationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filling a track's gaps between keyframes: one undoable edit, exact midpoints, unconfirmed boxes. */
class TrackInterpolationTest {
    @TempDir
    Path dir;

    @Test
    void gapsBetweenKeyframesAreFilledAsOneEdit() {
        List<String> frames = List.of("a", "b", "c", "d", "e", "f");
        try (AnnotationStore store = AnnotationStore.openWritable(dir.resolve("annotations.db"))) {
            store.registerFrames(frames);
            TrackId t = TrackId.of(4);
            store.putObject(ObjectAnnotation.manual("a", t, "Car", new Cuboid(0, 0, 0, 4, 2, 1.5, Math.PI - 0.1, 0, 0)));
            store.putObject(ObjectAnnotation.manual("e", t, "Car", new Cuboid(8, 4, 0, 5, 2, 1.5, -Math.PI + 0.1, 0,
                    0)));
            store.putObject(ObjectAnnotation.manual("f", t, "Car", new Cuboid(9, 4, 0, 5, 2, 1.5, -Math.PI + 0.1, 0,
                    0)));
            Command fill = TrackInterpolation.fillGaps(store, frames, t).orElseThrow();
            assertEquals("Interpolate Car 4 (3 boxes)", fill.description());
            EditHistory history = new EditHistory(store, 10);
            history.execute(fill);
            ObjectAnnotation mid = store.objects("c").get(0);
            assertEquals(4, mid.box().cx(), 0);
            assertEquals(2, mid.box().cy(), 0);
            assertEquals(4.5, mid.box().length(), 0);
            assertEquals(Math.PI, Math.abs(mid.box().yaw()), 1e-12, "yaw across ±π the short way");
            assertFalse(mid.confirmed(), "interpolated boxes wait for review");
            assertEquals(6, store.track(t).size());
            assertTrue(TrackInterpolation.fillGaps(store, frames, t).isEmpty(), "no gaps left");
            history.undo();
            assertEquals(3, store.track(t).size());
        }
    }
}
