package dev.fuselage.core.cloud.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.geometry.Cuboid;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticLidarTest {
    private static short[] classes(PointCloud c) {
        return c.column(StandardAttributes.SEMANTIC).orElseThrow().shorts();
    }

    @Test
    void sameSeedSameCloudOfExactlyTheAskedSize() {
        SyntheticLidar.Scan a = SyntheticLidar.generate(50_000, 9);
        SyntheticLidar.Scan b = SyntheticLidar.generate(50_000, 9);
        assertEquals(50_000, a.cloud().size());
        assertArrayEquals(a.cloud().x(), b.cloud().x());
        assertArrayEquals(a.cloud().z(), b.cloud().z());
        assertArrayEquals(classes(a.cloud()), classes(b.cloud()));
        assertEquals(a.objects(), b.objects());
        assertEquals(36, a.objects().size());
        PointCloud other = SyntheticLidar.generate(50_000, 10).cloud();
        assertTrue(!java.util.Arrays.equals(a.cloud().x(), other.x()), "another seed, another street");
    }

    @Test
    void sweepsAreRingMajorInRangeAndTimed() {
        PointCloud c = new SyntheticLidar(3).generate(300_000).cloud();
        short[] ring = c.column(StandardAttributes.RING).orElseThrow().shorts();
        double[] time = c.column(StandardAttributes.TIME).orElseThrow().doubles();
        float[] intensity = c.column(StandardAttributes.INTENSITY).orElseThrow().floats();
        int sweeps = 1;
        assertEquals(0, ring[0]);
        for (int i = 0; i < c.size(); i++) {
            double range = Math.sqrt(c.x()[i] * c.x()[i] + c.y()[i] * c.y()[i] + c.z()[i] * c.z()[i]);
            assertTrue(range > 1 && range < SyntheticLidar.MAX_RANGE + 0.2, "range " + range + " at " + i);
            assertTrue(c.z()[i] > -SyntheticLidar.SENSOR_HEIGHT - 0.15, "below the ground at " + i);
            assertTrue(intensity[i] >= 0 && intensity[i] <= 1);
            assertTrue(ring[i] >= 0 && ring[i] < SyntheticLidar.RINGS);
            if (i > 0 && ring[i] < ring[i - 1]) {
                sweeps++;
            } else if (i > 0 && ring[i] == ring[i - 1]) {
                assertTrue(time[i] > time[i - 1], "the beam turns forward in time at " + i);
            }
            assertTrue(time[i] >= 0.1 * (sweeps - 1) && time[i] < 0.1 * sweeps, "time in its sweep at " + i);
        }
        assertEquals(3, sweeps, "about 120 k returns a sweep");
    }

    @Test
    void trafficIsHitWhereItStandsAndABareStreetHasNone() {
        short[] bare = classes(new SyntheticLidar(5).generate(100_000).cloud());
        for (short s : bare) {
            assertTrue(s == SyntheticLidar.GROUND || s == SyntheticLidar.BUILDING || s == SyntheticLidar.BACKGROUND);
        }
        SyntheticLidar.Scan busy = new SyntheticLidar(5).withTraffic(24, 12).generate(100_000); // first sweep only
        List<Cuboid> boxes = busy.objects();
        PointCloud c = busy.cloud();
        short[] cls = classes(c);
        int cars = 0, people = 0;
        for (int i = 0; i < c.size(); i++) {
            if (cls[i] != SyntheticLidar.CAR && cls[i] != SyntheticLidar.PEDESTRIAN) {
                continue;
            }
            boolean car = cls[i] == SyntheticLidar.CAR;
            cars += car ? 1 : 0;
            people += car ? 0 : 1;
            List<Cuboid> kind = car ? boxes.subList(0, 24) : boxes.subList(24, 36);
            int at = i;
            assertTrue(kind.stream().anyMatch(b -> inside(b, c.x()[at], c.y()[at], c.z()[at], 0.1)),
                    "point " + i + " of class " + cls[i] + " lies on a box of its kind");
        }
        assertTrue(cars > 100 && people > 10, "cars " + cars + ", pedestrians " + people);
    }

    private static boolean inside(Cuboid b, double x, double y, double z, double margin) {
        double dx = x - b.cx(), dy = y - b.cy();
        double c = Math.cos(b.yaw()), s = Math.sin(b.yaw());
        double u = c * dx + s * dy, v = -s * dx + c * dy;
        return Math.abs(u) <= b.length() / 2 + margin && Math.abs(v) <= b.width() / 2 + margin
                && Math.abs(z - b.cz()) <= b.height() / 2 + margin;
    }
}
