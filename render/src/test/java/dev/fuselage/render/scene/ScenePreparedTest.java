package dev.fuselage.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import org.junit.jupiter.api.Test;

/** A cloud prepared ahead of time (a prefetched frame) goes into the scene as it is, without another sort. */
class ScenePreparedTest {
    @Test
    void addPreparedUsesTheGivenPreparationAndBumpsTheVersion() {
        PointCloud cloud = SyntheticLidar.generate(20_000, 3).cloud();
        PreparedCloud prepared = PreparedCloud.prepare(cloud);
        Scene scene = new Scene();
        long v = scene.version();
        CloudHandle h = scene.addPrepared(cloud, prepared);
        assertTrue(scene.version() > v, "renderers see the change");
        SceneCloud sc = scene.cloud(h).orElseThrow();
        assertSame(prepared, sc.prepared());
        assertSame(cloud, sc.source());
        assertEquals(1, scene.snapshot().clouds().size());
    }

    @Test
    void aPreparationOfABiggerCloudIsRefused() {
        PreparedCloud big = PreparedCloud.prepare(SyntheticLidar.generate(5_000, 4).cloud());
        PointCloud small = SyntheticLidar.generate(1_000, 5).cloud();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scene().addPrepared(small, big));
        assertTrue(e.getMessage().contains("5000"), e.getMessage());
    }
}
