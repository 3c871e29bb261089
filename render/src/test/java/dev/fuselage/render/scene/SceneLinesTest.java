package dev.fuselage.render.scene;

import dev.fuselage.core.geometry.Cuboid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dashed (unconfirmed) cuboids: the same edges as solid ones, drawn as dashes with gaps between. */
class SceneLinesTest {
    private static final Cuboid BOX = Cuboid.upright(10, 2, 0, 4.2, 1.8, 1.5, 0.4);

    @Test
    void dashedEdgesCoverAboutHalfOfEachEdgeStartingAndEndingAtTheCorners() {
        LineBatch solid = SceneLines.build(0, 0, 0, null, 0, List.of(new SceneCuboid(1, BOX, 0xFF0000)), -1,
                List.of());
        LineBatch dashed = SceneLines.build(0, 0, 0, null, 0, List.of(new SceneCuboid(1, BOX, 0xFF0000, true)), -1,
                List.of());
        int edges = Cuboid.EDGES.length;
        int markers = solid.segments() - edges;
        assertEquals(3, markers, "heading line and front cross");
        double solidLength = length(solid, 0, edges);
        double dashedLength = length(dashed, 0, dashed.segments() - markers);
        assertTrue(dashed.segments() - markers > 3 * edges, "several dashes per edge: " + dashed.segments());
        assertTrue(dashedLength > 0.5 * solidLength && dashedLength < 0.62 * solidLength,
                dashedLength + " of " + solidLength);
        // the first edge's first dash starts at its corner, its last dash ends at the other corner
        double[] c = new double[Cuboid.CORNER_COORDS];
        BOX.corners(c);
        int a = Cuboid.EDGES[0][0];
        assertEquals(c[3 * a], dashed.xyz()[0], 1e-5);
        assertEquals(c[3 * a + 1], dashed.xyz()[1], 1e-5);
    }

    private static double length(LineBatch b, int from, int to) {
        double sum = 0;
        float[] p = b.xyz();
        for (int i = from; i < to; i++) {
            int o = 6 * i;
            sum += Math.sqrt(Math.pow(p[o + 3] - p[o], 2) + Math.pow(p[o + 4] - p[o + 1], 2)
                    + Math.pow(p[o + 5] - p[o + 2], 2));
        }
        return sum;
    }
}
