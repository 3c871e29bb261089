package dev.fuselage.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fuselage.core.geometry.Cuboid;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Views learn of every scene edit through the change listener (so a redraw never waits for a camera move). */
class SceneChangeListenerTest {
    @Test
    void everyEditIsToldUntilTheListenerIsRemoved() {
        Scene scene = new Scene();
        AtomicInteger told = new AtomicInteger();
        Runnable listener = told::incrementAndGet;
        scene.addChangeListener(listener);
        long v = scene.version();
        scene.setCuboids(List.of(new SceneCuboid(1, Cuboid.upright(0, 0, 0, 4, 2, 1.5, 0), 0xFFFFFFFF)));
        scene.setSelectedCuboid(1);
        scene.clearSelectedCuboid();
        scene.setStyle(scene.style().withPointSize(3));
        scene.setBackground(0x202020);
        assertEquals(5, told.get(), "one call per edit");
        assertEquals(v + 5, scene.version());
        scene.removeChangeListener(listener);
        scene.setAxesLength(3);
        assertEquals(5, told.get(), "removed: no more calls");
    }
}
