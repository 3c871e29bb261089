package dev.fuselage.core.annotation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointLabelsTest {

    @Test
    void roundTripsExactlyAndCompressesRuns() {
        PointLabels labels = new PointLabels(100_000);
        Arrays.fill(labels.semantic(), 20_000, 60_000, 7);
        Arrays.fill(labels.instance(), 20_000, 30_000, 3);
        labels.semantic()[99_999] = -1;
        labels.instance()[0] = Integer.MAX_VALUE;
        byte[] blob = labels.encode();
        assertTrue(blob.length < 4000, "runs should deflate to a few KB, got " + blob.length);
        PointLabels back = PointLabels.decode(blob);
        assertArrayEquals(labels.semantic(), back.semantic());
        assertArrayEquals(labels.instance(), back.instance());
    }

    @Test
    void roundTripsRandomLabelsAndEmpty() {
        Random r = new Random(3);
        int[] s = r.ints(5000).toArray();
        int[] i = r.ints(5000, 0, 100).toArray();
        assertEquals(new PointLabels(s, i), PointLabels.decode(new PointLabels(s, i).encode()));
        assertEquals(0, PointLabels.decode(new PointLabels(0).encode()).pointCount());
    }

    @Test
    void damagedBlobsGiveOneLineReasons() {
        byte[] good = new PointLabels(1000).encode();
        assertThrows(IllegalArgumentException.class, () -> PointLabels.decode(new byte[3]));
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 'X';
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointLabels.decode(wrongMagic))
                .getMessage().contains("magic"));
        byte[] bigCount = good.clone();
        bigCount[7] = 0x7f; // claims ~2 billion points in a few bytes: rejected before allocating
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointLabels.decode(bigCount))
                .getMessage().contains("claims"));
        byte[] truncated = Arrays.copyOf(good, good.length - 4);
        assertThrows(IllegalArgumentException.class, () -> PointLabels.decode(truncated));
        byte[] smallCount = good.clone();
        smallCount[4] = (byte) 0xE7; // 999 points claimed, 1000 stored
        smallCount[5] = 0x03;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointLabels.decode(smallCount))
                .getMessage().contains("more than"));
        byte[] garbage = good.clone();
        Arrays.fill(garbage, 8, garbage.length, (byte) 0xff);
        assertThrows(IllegalArgumentException.class, () -> PointLabels.decode(garbage));
    }

    @Test
    void objectAttributesAreCheckedAndWidened() {
        ObjectAnnotation o = ObjectAnnotation.manual("f", TrackId.of(1), "Car",
                dev.fuselage.core.geometry.Cuboid.upright(0, 0, 0, 1, 1, 1, 0)).withAttribute("n", 3);
        assertEquals(3L, o.attributes().get("n"));
        assertThrows(IllegalArgumentException.class, () -> o.withAttribute("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> o.withAttribute("x", new int[1]));
        assertEquals(o, o.withAttribute("gone", null));
    }

    @Test
    void objectIdsSortLikeTheirText() {
        java.util.List<ObjectId> ids = new java.util.ArrayList<>();
        Random r = new Random(5);
        for (int i = 0; i < 200; i++) {
            ids.add(new ObjectId(new java.util.UUID(r.nextLong(), r.nextLong())));
        }
        java.util.List<String> byId = ids.stream().sorted().map(ObjectId::toString).toList();
        java.util.List<String> byText = ids.stream().map(ObjectId::toString).sorted().toList();
        assertEquals(byText, byId);
    }
}
