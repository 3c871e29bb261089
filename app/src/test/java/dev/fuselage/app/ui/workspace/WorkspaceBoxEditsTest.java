package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.project.edit.BoxEdits;
import dev.fuselage.project.edit.BoxEdits.Grip;
import dev.fuselage.project.edit.BoxEdits.Handle;
import dev.fuselage.ai.fit.BoxFitter;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.project.edit.BoxView;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.SizePrior;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Box geometry of the tools: view drags, key moves, fitting to points, points around a box. */
class WorkspaceBoxEditsTest {
    private static final double EPS = 1e-9;
    /** A 4 x 2 x 1.5 box heading along +y (yaw 90 degrees). */
    private final Cuboid box = Cuboid.upright(10, 5, -1, 4, 2, 1.5, Math.PI / 2);

    @Test
    void sideViewFrontEdgeGrowsTheLengthForwardOnly() {
        Cuboid b = BoxEdits.drag(box, BoxView.SIDE, new Handle(Grip.SIDES, 1, 0), 0.6, 0.3);
        assertEquals(4.6, b.length(), EPS);
        assertEquals(1.5, b.height(), EPS, "v ignored for an u edge");
        assertEquals(10, b.cx(), EPS);
        assertEquals(5.3, b.cy(), EPS, "centre moved half the growth along the heading (+y)");
        // the rear face stayed where it was
        assertEquals(box.cy() - 2, b.cy() - b.length() / 2, EPS);
    }

    @Test
    void rearViewCornerResizesWidthAndHeight() {
        // rear view: u is the box's right (-local y), v is up; the top-right corner grows right and up
        Cuboid b = BoxEdits.drag(box, BoxView.REAR, new Handle(Grip.SIDES, 1, 1), 0.4, 0.5);
        assertEquals(2.4, b.width(), EPS);
        assertEquals(2.0, b.height(), EPS);
        assertEquals(-0.75, b.cz(), EPS, "bottom stayed");
        // right of a box heading +y is +x
        assertEquals(10.2, b.cx(), EPS);
    }

    @Test
    void topViewBodyMovesAndRotateHandleTurns() {
        Cuboid moved = BoxEdits.drag(box, BoxView.TOP, Handle.BODY, 1, 0);
        assertEquals(6, moved.cy(), EPS, "u is the heading");
        Cuboid turned = BoxEdits.drag(box, BoxView.TOP, Handle.ROTATE, 0, 3);
        assertEquals(Math.PI, turned.yaw(), EPS, "pointer to the left of the heading: a quarter turn left");
        assertEquals(box.cx(), turned.cx(), EPS);
    }

    @Test
    void topViewEdgesResizeLengthAndWidthNeverHeight() {
        // top view: u is the heading (length), v the box's left (width)
        Cuboid front = BoxEdits.drag(box, BoxView.TOP, new Handle(Grip.SIDES, 1, 0), 0.8, 0.4);
        assertEquals(4.8, front.length(), EPS);
        assertEquals(2, front.width(), EPS, "v ignored on a u edge");
        assertEquals(1.5, front.height(), EPS);
        assertEquals(5.4, front.cy(), EPS, "half the growth along the heading (+y)");
        Cuboid left = BoxEdits.drag(box, BoxView.TOP, new Handle(Grip.SIDES, 0, 1), 0.3, 0.6);
        assertEquals(4, left.length(), EPS, "u ignored on a v edge");
        assertEquals(2.6, left.width(), EPS);
        assertEquals(1.5, left.height(), EPS);
        assertEquals(9.7, left.cx(), EPS, "left of a box heading +y is -x");
        assertEquals(box.cz(), left.cz(), EPS);
        Cuboid corner = BoxEdits.drag(box, BoxView.TOP, new Handle(Grip.SIDES, -1, -1), 0.5, 0.5);
        assertEquals(3.5, corner.length(), EPS, "rear edge dragged forward: shorter");
        assertEquals(1.5, corner.width(), EPS, "right edge dragged left: narrower");
        assertEquals(1.5, corner.height(), EPS);
    }

    @Test
    void rearViewEdgesResizeWidthAndHeightNeverLength() {
        Cuboid right = BoxEdits.drag(box, BoxView.REAR, new Handle(Grip.SIDES, 1, 0), 0.4, 0.9);
        assertEquals(2.4, right.width(), EPS);
        assertEquals(1.5, right.height(), EPS, "v ignored on a u edge");
        assertEquals(4, right.length(), EPS);
        Cuboid top = BoxEdits.drag(box, BoxView.REAR, new Handle(Grip.SIDES, 0, 1), 0.4, 0.5);
        assertEquals(2, top.width(), EPS);
        assertEquals(2, top.height(), EPS);
        assertEquals(4, top.length(), EPS);
        assertEquals(box.cz() + 0.25, top.cz(), EPS, "the bottom stays");
        Cuboid bottom = BoxEdits.drag(box, BoxView.REAR, new Handle(Grip.SIDES, 0, -1), 0, 0.5);
        assertEquals(1.0, bottom.height(), EPS, "bottom edge dragged up: lower box");
        assertEquals(box.cz() + 0.25, bottom.cz(), EPS, "the top stays");
        Cuboid moved = BoxEdits.drag(box, BoxView.REAR, Handle.BODY, 0.5, 0.2);
        assertEquals(10.5, moved.cx(), EPS, "u is the box's right (+x for a box heading +y)");
        assertEquals(5, moved.cy(), EPS, "no move along the heading in the rear view");
        assertEquals(box.cz() + 0.2, moved.cz(), EPS);
    }

    @Test
    void sizesNeverCollapse() {
        Cuboid b = BoxEdits.drag(box, BoxView.TOP, new Handle(Grip.SIDES, -1, 0), 10, 0);
        assertEquals(BoxEdits.MIN_SIZE, b.length(), EPS);
        assertEquals(BoxEdits.MIN_SIZE, BoxEdits.resize(box, 0, -5, 0).width(), EPS);
    }

    @Test
    void keyMovesFollowTheHeading() {
        Cuboid b = BoxEdits.moveLocal(box, 1, 0, 0);
        assertEquals(10, b.cx(), EPS);
        assertEquals(6, b.cy(), EPS);
        assertEquals(-Math.PI / 2, BoxEdits.rotate(box, Math.PI).yaw(), EPS, "yaw kept in (-pi, pi]");
    }

    @Test
    void fitPutsTheBoxOnTheGroundUpToTheHighestPoint() {
        // ground plane at z = -1.7 over 10 x 10 m, and a 1.2 m high block of points at x 2..4, y -1..1
        int n = 0;
        float[] x = new float[20000], y = new float[20000], z = new float[20000];
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++, n++) {
                x[n] = -5 + i * 0.1f;
                y[n] = -5 + j * 0.1f;
                z[n] = -1.7f;
            }
        }
        for (int i = 0; i < 20; i++) {
            for (int k = 0; k < 12; k++, n++) {
                x[n] = 2 + i * 0.1f;
                y[n] = -1 + (k % 4) * 0.5f;
                z[n] = -1.7f + 0.1f * (k + 1);
            }
        }
        PointCloud cloud = new PointCloud(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n),
                java.util.Arrays.copyOf(z, n));
        Cuboid fitted = BoxFitter.fit(cloud, Cuboid.upright(3, 0, 0, 2.2, 2.2, 0, 0), Optional.empty());
        assertEquals(-1.7, fitted.cz() - fitted.height() / 2, 1e-5, "bottom on the ground");
        assertEquals(-0.5, fitted.cz() + fitted.height() / 2, 1e-5, "top at the highest point");
        // nothing in the rectangle: the size prior's height
        Cuboid empty = BoxFitter.fit(cloud, Cuboid.upright(-3, -3, 0, 1, 1, 0, 0),
                Optional.of(new SizePrior(3.9, 1.6, 1.56)));
        assertEquals(1.56, empty.height(), EPS);
        assertEquals(-1.7, empty.cz() - empty.height() / 2, 1e-5);
        // a click: the prior's footprint
        Cuboid click = BoxFitter.fit(cloud, Cuboid.upright(-3, -3, 0, 0, 0, 0, 0),
                Optional.of(new SizePrior(3.9, 1.6, 1.56)));
        assertEquals(3.9, click.length(), EPS);
        assertEquals(1.6, click.width(), EPS);
        Cuboid floating = Cuboid.upright(3, 0, 2, 2, 2, 1, 0);
        assertEquals(-1.2, BoxFitter.snapToGround(cloud, floating).cz(), 1e-5);

        // just above the ground up to above the block: exactly the block's points
        BoxPoints around = BoxPoints.around(cloud, Cuboid.upright(3, 0, -1.05, 2.2, 2.2, 1.2, 0), 0.5);
        assertEquals(240, around.insideCount(), "the block's points");
        assertTrue(around.count() > around.insideCount(), "ground around it too");
    }
}
