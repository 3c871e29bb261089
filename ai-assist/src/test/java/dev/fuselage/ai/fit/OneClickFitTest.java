package dev.fuselage.ai.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ai.KittiScene;
import dev.fuselage.ai.geometry.BevIou;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.ontology.Presets;
import dev.fuselage.ontology.SizePrior;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Acceptance 3 of issue 12: one click on each labeled KITTI car with ≥ 50 points gives BEV IoU ≥ 0.6. */
class OneClickFitTest {
    private static final Optional<SizePrior> CAR = Presets.kitti().get("Car").sizePrior();

    @Test
    void clickOnEachLabeledCarFitsItsBox() throws IOException {
        int cars = 0;
        for (String id : KittiScene.LABELED) {
            KittiScene scene = KittiScene.load(id);
            OneClickFit fit = new OneClickFit(scene.cloud());
            for (KittiScene.Labeled l : scene.labels()) {
                if (!l.type().equals("Car") || scene.pointsIn(l.box()) < 50) {
                    continue;
                }
                cars++;
                int click = clickPoint(scene.cloud(), l.box());
                Cuboid got = fit.fitAtPoint(click, CAR).orElseThrow(() -> new AssertionError("no fit on " + id));
                double iou = BevIou.of(got, l.box());
                System.out.printf(Locale.ROOT, "one-click %s car at %.1f m (%d points): BEV IoU %.3f, fit %s, label %s%n", id,
                        l.distance(), scene.pointsIn(l.box()), iou, got, l.box());
                assertTrue(iou >= 0.6, id + ": BEV IoU " + iou + " < 0.6, got " + got + " vs " + l.box());
                assertEquals(l.box().cz() - l.box().height() / 2, got.cz() - got.height() / 2, 0.3,
                        "the box stands on the ground");
            }
        }
        assertTrue(cars >= 2, "the shared frames have labeled cars with >= 50 points: " + cars);
    }

    /** What an annotator clicks: the object's point nearest the middle of its visible points. */
    static int clickPoint(PointCloud cloud, Cuboid box) {
        double mx = 0, my = 0, mz = 0;
        int n = 0;
        for (int i = 0; i < cloud.size(); i++) {
            if (box.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])) {
                mx += cloud.x()[i];
                my += cloud.y()[i];
                mz += cloud.z()[i];
                n++;
            }
        }
        mx /= n;
        my /= n;
        mz /= n;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cloud.size(); i++) {
            if (box.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])) {
                double d = Math.pow(cloud.x()[i] - mx, 2) + Math.pow(cloud.y()[i] - my, 2)
                        + Math.pow(cloud.z()[i] - mz, 2);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return best;
    }
}
