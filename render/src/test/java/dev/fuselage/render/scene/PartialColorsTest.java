package dev.fuselage.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A label change of some points recolours only those points, and gives what a full recolour gives. */
class PartialColorsTest {
    private static final ClassPalette PALETTE = ClassPalette.of(Map.of(10, 0x6496F5, 40, 0xFF00FF, 50, 0xFFC800));

    private static PointCloud labelledCloud() {
        PointCloud cloud = SyntheticLidar.generate(30_000, 7).cloud();
        cloud.removeColumn(StandardAttributes.SEMANTIC); // start unlabelled, as a frame before painting
        cloud.removeColumn(StandardAttributes.INSTANCE);
        cloud.addColumn(StandardAttributes.SEMANTIC, ScalarType.INT32, 1);
        cloud.addColumn(StandardAttributes.INSTANCE, ScalarType.INT32, 1);
        return cloud;
    }

    private static int[] paint(PointCloud cloud, int count, int cls, int inst, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] idx = r.ints(count, 0, cloud.size()).sorted().distinct().toArray();
        AttributeColumn s = cloud.column(StandardAttributes.SEMANTIC).orElseThrow();
        AttributeColumn in = cloud.column(StandardAttributes.INSTANCE).orElseThrow();
        for (int i : idx) {
            s.setLong(i, cls);
            in.setLong(i, inst);
        }
        return idx;
    }

    private static void assertPartialEqualsFull(PointStyle style, BitSet highlight) {
        PointCloud cloud = labelledCloud();
        Scene scene = new Scene();
        scene.setStyle(style);
        CloudHandle h = scene.addCloud(cloud);
        if (highlight != null) {
            scene.setHighlightedPoints(h, highlight);
        }
        SceneCloud sc = scene.cloud(h).orElseThrow();
        ColorBuffer before = sc.colors(style, 0xFF101418);
        int[] oldColours = before.argb().clone();
        int[] changed = paint(cloud, 500, 10, 3, 1);
        scene.updateColors(h, changed);
        int[] more = paint(cloud, 300, 50, 0, 2);
        scene.updateColors(h, more); // two dabs between two frames: both land
        ColorBuffer after = sc.colors(style, 0xFF101418);

        assertTrue(after.isPartialOf(before.stamp()), "a partial update, derived from the last buffer");
        assertNotSame(before.argb(), after.argb());
        assertArrayEquals(oldColours, before.argb(), "a handed-out buffer is never written");
        int[] full = CloudColors.compute(cloud, sc.prepared(), style, 0xFF101418, highlight);
        assertArrayEquals(full, after.argb(), "the same colours as a full recolour");
        BitSet expected = new BitSet();
        int[] src = sc.prepared().sourceIndex();
        BitSet touched = new BitSet();
        Arrays.stream(changed).forEach(touched::set);
        Arrays.stream(more).forEach(touched::set);
        for (int i = 0; i < src.length; i++) {
            if (touched.get(src[i])) {
                expected.set(i);
            }
        }
        assertArrayEquals(expected.stream().toArray(), after.changed(), "exactly the painted points' positions");
        assertTrue(sc.colors(style, 0xFF101418) == after, "no change since: the same buffer");
    }

    @Test
    void semanticAndInstancePartialUpdatesMatchAFullRecolour() {
        PointStyle semantic = PointStyle.DEFAULT.withMode(ColorMode.SEMANTIC).withPalette(PALETTE);
        assertPartialEqualsFull(semantic, null);
        assertPartialEqualsFull(semantic.withMode(ColorMode.INSTANCE), null);
    }

    @Test
    void filterAndHighlightApplyToRecolouredPoints() {
        BitSet highlight = new BitSet();
        highlight.set(0, 30_000, true);
        highlight.clear(0, 15_000);
        PointStyle style = PointStyle.DEFAULT.withMode(ColorMode.SEMANTIC).withPalette(PALETTE)
                .withFilter(PointFilter.range(0, 20, PointFilter.Action.DIM));
        assertPartialEqualsFull(style, highlight);
        assertPartialEqualsFull(style.withFilter(PointFilter.range(5, 30, PointFilter.Action.HIDE)), null);
    }

    @Test
    void hiddenClassesAreNotDrawnAndAStyleChangeRecoloursEverything() {
        PointCloud cloud = labelledCloud();
        int[] roads = paint(cloud, 1000, 40, 0, 3);
        PointStyle style = PointStyle.DEFAULT.withMode(ColorMode.SEMANTIC)
                .withPalette(PALETTE.withHidden(List.of(40)));
        Scene scene = new Scene();
        scene.setStyle(style);
        CloudHandle h = scene.addCloud(cloud);
        SceneCloud sc = scene.cloud(h).orElseThrow();
        ColorBuffer c = sc.colors(style, 0xFF101418);
        int[] src = sc.prepared().sourceIndex();
        BitSet road = new BitSet();
        Arrays.stream(roads).forEach(road::set);
        for (int i = 0; i < src.length; i++) {
            assertEquals(road.get(src[i]), c.argb()[i] == 0, "road hidden, the rest drawn");
        }
        assertFalse(PALETTE.equals(PALETTE.withHidden(List.of(40))), "a style with hidden classes is another style");
        PointStyle shown = style.withPalette(PALETTE);
        scene.updateColors(h, new int[] {roads[0]});
        ColorBuffer all = sc.colors(shown, 0xFF101418);
        assertEquals(null, all.changed(), "another style: a full recolour");
        assertArrayEquals(CloudColors.compute(cloud, sc.prepared(), shown, 0xFF101418, null), all.argb());
    }

    @Test
    void hiddenPointsAreNotDrawnInAnyModeAndStayHiddenThroughPartialUpdates() {
        PointCloud cloud = labelledCloud();
        BitSet hidden = new BitSet();
        for (int i = 0; i < cloud.size(); i += 3) {
            hidden.set(i);
        }
        PointStyle style = PointStyle.DEFAULT.withMode(ColorMode.SEMANTIC).withPalette(PALETTE);
        Scene scene = new Scene();
        scene.setStyle(style);
        CloudHandle h = scene.addCloud(cloud);
        SceneCloud sc = scene.cloud(h).orElseThrow();
        ColorBuffer shown = sc.colors(style, 0xFF101418);
        scene.setHiddenPoints(h, hidden);
        ColorBuffer c = sc.colors(style, 0xFF101418);
        assertEquals(null, c.changed(), "hiding points recolours the cloud once");
        int[] src = sc.prepared().sourceIndex();
        for (int i = 0; i < src.length; i++) {
            assertEquals(hidden.get(src[i]), c.argb()[i] == 0, "hidden points only are not drawn");
        }
        int[] painted = paint(cloud, 2000, 10, 3, 4); // a dab over hidden and shown points
        scene.updateColors(h, painted);
        ColorBuffer after = sc.colors(style, 0xFF101418);
        assertTrue(after.isPartialOf(c.stamp()), "a dab stays a partial update");
        assertArrayEquals(CloudColors.compute(cloud, sc.prepared(), style, 0xFF101418, null, hidden), after.argb(),
                "a dab does not show hidden points");
        ColorBuffer height = sc.colors(style.withMode(ColorMode.HEIGHT), 0xFF101418);
        for (int i = 0; i < src.length; i++) {
            assertEquals(hidden.get(src[i]), height.argb()[i] == 0, "hidden in every colour mode");
        }
        scene.setHiddenPoints(h, null);
        assertArrayEquals(CloudColors.compute(cloud, sc.prepared(), style, 0xFF101418, null),
                sc.colors(style, 0xFF101418).argb(), "shown again");
        assertFalse(Arrays.equals(shown.argb(), c.argb()));
    }

    @Test
    void releasedBuffersAreReusedByLaterDabsAndStillGiveTheFullRecolour() {
        PointStyle style = PointStyle.DEFAULT.withMode(ColorMode.SEMANTIC).withPalette(PALETTE);
        PointCloud cloud = labelledCloud();
        Scene scene = new Scene();
        scene.setStyle(style);
        CloudHandle h = scene.addCloud(cloud);
        SceneCloud sc = scene.cloud(h).orElseThrow();
        List<int[]> arrays = new java.util.ArrayList<>();
        ColorBuffer held = null;
        int[] heldColours = null;
        for (int dab = 0; dab < 8; dab++) { // a renderer's frames between brush dabs: acquire, draw, release
            ColorBuffer c = sc.acquireColors(style, 0xFF101418);
            arrays.add(c.argb());
            assertArrayEquals(CloudColors.compute(cloud, sc.prepared(), style, 0xFF101418, null), c.argb(),
                    "frame " + dab + ": the same colours as a full recolour");
            if (dab == 5) { // a slow reader keeps this one: it must not be written while held
                held = c;
                heldColours = c.argb().clone();
            } else {
                sc.releaseColors(c);
            }
            scene.updateColors(h, paint(cloud, 200, dab % 2 == 0 ? 10 : 50, dab, 10 + dab));
        }
        assertTrue(arrays.get(3) == arrays.get(1) && arrays.get(4) == arrays.get(2),
                "from the third dab on, each frame reuses the array of the frame before the last");
        assertArrayEquals(heldColours, held.argb(), "an array still read is not written");
        assertTrue(arrays.get(7) != held.argb(), "nor reused while held");
        sc.releaseColors(held);
        ColorBuffer pinned = sc.colors(style, 0xFF101418); // handed out for good: never reused
        int[] pinnedColours = pinned.argb().clone();
        for (int dab = 0; dab < 3; dab++) {
            scene.updateColors(h, paint(cloud, 200, 40, 0, 30 + dab));
            ColorBuffer c = sc.acquireColors(style, 0xFF101418);
            assertArrayEquals(CloudColors.compute(cloud, sc.prepared(), style, 0xFF101418, null), c.argb());
            sc.releaseColors(c);
        }
        assertArrayEquals(pinnedColours, pinned.argb(), "a buffer from colors() is never written");
    }
}
