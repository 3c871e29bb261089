package dev.fuselage.ai.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.SyntheticScene;
import dev.fuselage.ai.geometry.Angles;
import dev.fuselage.ai.geometry.SceneSegmentation;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Propagation on synthetic scans: a car driving 1.2 m a frame while the ego drives 0.8 m a frame and turns; the
 * box follows it from the first frame's truth alone. (The demo sequence, with the generator's truth, is checked in
 * app's {@code DemoPropagationTest}.)
 */
class PropagatorTest {
    @Test
    void followsAMovingCarWhileTheEgoMovesAndTurns() {
        Cuboid world0 = Cuboid.upright(15, 3, -1.7 + 0.75, 4.4, 1.8, 1.5, 0.1);
        EgoPose[] poses = new EgoPose[8];
        SceneSegmentation[] scans = new SceneSegmentation[poses.length];
        Cuboid[] truth = new Cuboid[poses.length];
        for (int f = 0; f < poses.length; f++) {
            poses[f] = new EgoPose(0.8 * f, 0, 0, Math.toRadians(1.5 * f));
            Cuboid w = world0.withCenter(world0.cx() + 1.2 * f * Math.cos(0.1), world0.cy() + 1.2 * f * Math.sin(0.1),
                    world0.cz());
            truth[f] = poses[f].fromWorld(w);
            SyntheticScene s = new SyntheticScene(f);
            s.ground(-1.7);
            s.box(truth[f]);
            scans[f] = SceneSegmentation.of(s.cloud());
        }
        Cuboid last = truth[0];
        Optional<Cuboid> before = Optional.empty();
        for (int f = 1; f < poses.length; f++) {
            EgoPose here = poses[f], twoBack = f >= 2 ? poses[f - 2] : null;
            Cuboid lastHere = here.fromFrame(poses[f - 1], last);
            Optional<Cuboid> beforeHere = before.map(b -> here.fromFrame(twoBack, b));
            Cuboid now = Propagator.propagate(lastHere, beforeHere, scans[f]);
            double err = Math.hypot(now.cx() - truth[f].cx(), now.cy() - truth[f].cy());
            assertTrue(err < 0.15, "frame " + f + ": " + err + " m off");
            assertEquals(0, Angles.delta(truth[f].yaw(), now.yaw()), Math.toRadians(3), "heading kept, not reversed");
            assertEquals(4.4, now.length(), 1e-9, "the track keeps its size");
            before = Optional.of(last);
            last = now;
        }
    }

    @Test
    void withoutPointsThePredictionStands() {
        SyntheticScene s = new SyntheticScene(1);
        s.ground(-1.7);
        SceneSegmentation empty = SceneSegmentation.of(s.cloud());
        Cuboid a = Cuboid.upright(10, 0, -1, 4, 2, 1.5, 0), b = Cuboid.upright(11, 0.5, -1, 4, 2, 1.5, 0);
        Cuboid got = Propagator.propagate(b, Optional.of(a), empty);
        assertEquals(12, got.cx(), 1e-9);
        assertEquals(1, got.cy(), 1e-9);
    }
}
