package dev.fuselage.core.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CuboidTest {
    @Test
    void cornersFollowHeadingAndOrder() {
        Cuboid c = Cuboid.upright(10, 5, 1, 4, 2, 2, Math.PI / 2);
        double[] p = c.corners(new double[Cuboid.CORNER_COORDS]);
        // heading along +y after a quarter turn: front-left corner is at +length/2 along y, +width/2 along -x
        assertEquals(9, p[0], 1e-12);
        assertEquals(7, p[1], 1e-12);
        assertEquals(0, p[2], 1e-12);
        assertEquals(2, p[3 * 4 + 2], 1e-12);
    }

    @Test
    void containsRespectsYawAndPitch() {
        Cuboid c = Cuboid.upright(0, 0, 0, 4, 1, 1, Math.PI / 4);
        assertTrue(c.contains(1.3, 1.3, 0));
        assertFalse(c.contains(1.3, -1.3, 0));
        Cuboid tilted = new Cuboid(0, 0, 0, 4, 1, 1, 0, Math.PI / 2, 0);
        assertTrue(tilted.contains(0, 0, 1.9));
        assertFalse(tilted.contains(1.9, 0, 0));
        double[] corners = tilted.corners(new double[24]);
        for (int i = 0; i < 8; i++) {
            assertTrue(tilted.contains(corners[3 * i] * 0.999, corners[3 * i + 1] * 0.999, corners[3 * i + 2] * 0.999));
        }
    }

    @Test
    void iouOfBoxes() {
        Box2D a = new Box2D(0, 0, 10, 10);
        assertEquals(1.0, a.iou(a), 1e-12);
        assertEquals(25.0 / 175.0, a.iou(new Box2D(5, 5, 15, 15)), 1e-12);
        assertEquals(0.0, a.iou(new Box2D(20, 20, 30, 30)));
    }
}
