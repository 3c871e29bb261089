package dev.fuselage.ai.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fuselage.core.geometry.Cuboid;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acceptance 4 of issue 12 (interpolation half). */
class KeyframeInterpolationTest {
    @Test
    void theMidpointOfTwoKeyframesIsExact() {
        Cuboid a = new Cuboid(1, 2, -1, 4, 1.8, 1.5, 0.2, 0.01, -0.02);
        Cuboid b = new Cuboid(5, -2, -0.5, 4.4, 2.0, 1.7, 0.6, 0.03, 0.02);
        Cuboid mid = KeyframeInterpolation.between(a, b, 0.5);
        // exact: each value is the bit-exact mean of the keyframes' values
        assertEquals(new Cuboid((1 + 5) / 2.0, (2 - 2) / 2.0, (-1 - 0.5) / 2, (4 + 4.4) / 2, (1.8 + 2.0) / 2,
                (1.5 + 1.7) / 2, (0.2 + 0.6) / 2, (0.01 + 0.03) / 2, (-0.02 + 0.02) / 2), mid);
        Map<Integer, Cuboid> filled = KeyframeInterpolation.fill(10, a, 12, b);
        assertEquals(1, filled.size());
        assertEquals(mid, filled.get(11));
        assertEquals(a, KeyframeInterpolation.between(a, b, 0));
    }

    @Test
    void yawAcrossPlusMinusPiTurnsTheShortWay() {
        Cuboid a = Cuboid.upright(0, 0, 0, 4, 2, 1.5, Math.toRadians(170));
        Cuboid b = Cuboid.upright(0, 0, 0, 4, 2, 1.5, Math.toRadians(-170));
        Map<Integer, Cuboid> filled = KeyframeInterpolation.fill(0, a, 4, b);
        double[] expected = {175, -180, -175};
        for (int f = 1; f <= 3; f++) {
            double got = Math.toDegrees(filled.get(f).yaw());
            double diff = ((got - expected[f - 1]) % 360 + 540) % 360 - 180;
            assertEquals(0, diff, 1e-9, "frame " + f + ": yaw " + got);
        }
        // and the other way round, from -170° to 170°
        Cuboid back = KeyframeInterpolation.between(b, a, 0.25);
        assertEquals(-175, Math.toDegrees(back.yaw()), 1e-9);
    }

    @Test
    void withEgoPosesAStillObjectStaysPutInTheWorld() {
        // a parked car at world (20, 3); the ego drives 1 m a frame along x and turns 2° a frame
        Cuboid world = Cuboid.upright(20, 3, -1, 4, 1.8, 1.5, 0.3);
        EgoPose[] poses = new EgoPose[5];
        for (int f = 0; f < 5; f++) {
            poses[f] = new EgoPose(f, 0.1 * f, 0, Math.toRadians(2 * f));
        }
        Map<Integer, Cuboid> filled = KeyframeInterpolation.fill(0, poses[0].fromWorld(world), 4,
                poses[4].fromWorld(world), poses);
        for (int f = 1; f < 4; f++) {
            Cuboid back = poses[f].toWorld(filled.get(f));
            assertEquals(20, back.cx(), 1e-9);
            assertEquals(3, back.cy(), 1e-9);
            assertEquals(0.3, back.yaw(), 1e-9);
        }
    }

    @Test
    void keyframesOutOfOrderAreRefused() {
        Cuboid a = Cuboid.upright(0, 0, 0, 1, 1, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> KeyframeInterpolation.fill(3, a, 3, a));
    }
}
