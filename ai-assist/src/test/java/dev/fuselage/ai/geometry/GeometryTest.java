package dev.fuselage.ai.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.SyntheticScene;
import dev.fuselage.ai.fit.OneClickFit;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.SizePrior;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The geometric building blocks on synthetic scenes whose answer is known. */
class GeometryTest {
    private static final SizePrior CAR = new SizePrior(3.88, 1.63, 1.53);

    @Test
    void bevIouOfKnownOverlaps() {
        Cuboid a = Cuboid.upright(0, 0, 0, 4, 2, 1, 0);
        assertEquals(1, BevIou.of(a, a), 1e-12);
        assertEquals(1, BevIou.of(a, a.withYaw(Math.PI)), 1e-12);
        assertEquals(0, BevIou.of(a, a.withCenter(10, 0, 0)), 1e-12);
        assertEquals(1.0 / 3, BevIou.of(a, a.withCenter(2, 0, 0)), 1e-12); // half of each overlaps
        // a 2x2 square turned 45° inside a 4x2: overlap is the square minus the corners that stick out
        Cuboid sq = Cuboid.upright(0, 0, 0, 2, 2, 1, Math.PI / 4);
        double inter = 4 - 2 * Math.pow(Math.sqrt(2) - 1, 2);
        assertEquals(inter / (8 + 4 - inter), BevIou.of(a, sq), 1e-9);
    }

    @Test
    void lShapeFitRecoversHeadingAndExtentsOfTwoVisibleSides() {
        double yaw = Math.toRadians(30);
        List<double[]> pts = new ArrayList<>();
        // the two sides facing a sensor at the origin of a 4.2 x 1.8 box centred at (10, 5)
        double c = Math.cos(yaw), s = Math.sin(yaw);
        for (double t = -2.1; t <= 2.1; t += 0.05) {
            pts.add(new double[] {10 + c * t - s * -0.9, 5 + s * t + c * -0.9});
        }
        for (double t = -0.9; t <= 0.9; t += 0.05) {
            pts.add(new double[] {10 + c * -2.1 - s * t, 5 + s * -2.1 + c * t});
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray(), y = pts.stream().mapToDouble(p -> p[1]).toArray();
        Rectangle r = LShapeFit.fit(x, y, x.length);
        assertEquals(0, Angles.axisDifference(r.yaw(), yaw), Math.toRadians(1.01));
        assertEquals(4.2, r.length(), 0.1);
        assertEquals(1.8, r.width(), 0.1);
    }

    @Test
    void aPartialViewGrowsAwayFromTheSensor() {
        // only the rear 1 m of a car straight ahead, sensor at the origin: the car extends forward
        Rectangle seen = new Rectangle(10.5, 0, 1.63, 1.0, Math.PI / 2); // long side across: the rear face
        Rectangle done = CuboidFit.complete(seen, CAR, 0, 0);
        assertEquals(3.88, done.length(), 1e-9);
        assertEquals(1.63, done.width(), 1e-9);
        assertEquals(0, Angles.axisDifference(done.yaw(), 0), 1e-9);
        assertEquals(10 + 3.88 / 2, done.cx(), 1e-9, "the near edge at x = 10 stays");
    }

    @Test
    void groundAndClustersOfASyntheticStreet() {
        SyntheticScene s = new SyntheticScene(3);
        s.ground(-1.7);
        s.box(Cuboid.upright(12, -3, -1.7 + 0.75, 4, 1.8, 1.5, 0.2));
        s.box(Cuboid.upright(15, 4, -1.7 + 0.85, 0.6, 0.6, 1.7, 0));
        PointCloud cloud = s.cloud();
        GroundModel ground = GroundModel.of(cloud);
        assertEquals(-1.7, ground.heightAt(12, -3), 0.05, "the road under the car");
        assertEquals(-1.7, ground.heightAt(30, 20), 0.05);
        SceneSegmentation seg = SceneSegmentation.of(cloud);
        assertEquals(2, seg.clusters().stream().filter(c -> c.length >= 20).count());
    }

    @Test
    void oneClickFitsTheClickedBoxAndNothingOnTheRoad() {
        SyntheticScene s = new SyntheticScene(5);
        s.ground(-1.7);
        Cuboid car = Cuboid.upright(9, 2, -1.7 + 0.75, 4.2, 1.8, 1.5, 0.4);
        s.box(car);
        OneClickFit fit = new OneClickFit(s.cloud());
        Cuboid got = fit.fitAt(car.cx(), car.cy(), car.cz(), Optional.of(CAR)).orElseThrow();
        assertTrue(BevIou.of(got, car) > 0.8, "IoU " + BevIou.of(got, car) + ": " + got);
        assertEquals(car.cz() - 0.75, got.cz() - got.height() / 2, 0.05);
        assertTrue(fit.fitAt(20, -8, -1.7, Optional.of(CAR)).isEmpty(), "a click on the road");
        // refit: a box dragged 40 cm off and 8° askew snaps back
        Cuboid off = Cuboid.upright(car.cx() + 0.4, car.cy() - 0.2, car.cz(), 4.2, 1.8, 1.5, car.yaw() + 0.14);
        Cuboid snapped = fit.refit(off, Optional.empty());
        assertTrue(BevIou.of(snapped, car) > BevIou.of(off, car) && BevIou.of(snapped, car) > 0.8,
                BevIou.of(off, car) + " -> " + BevIou.of(snapped, car));
    }
}
