package dev.fuselage.project.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.qa.KittiQaProjects;
import dev.fuselage.project.store.ProjectStore;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance 2 of issue 13: the KITTI import against itself, with one box moved 1 m, and against its label folder. */
class LabelComparerTest {
    @TempDir
    Path tmp;

    @Test
    void importAgainstItselfScoresOne() throws Exception {
        try (ProjectStore p = KittiQaProjects.object(tmp.resolve("a"))) {
            Comparison c = new LabelComparer(0.5).compare(LabelSet.of(p), LabelSet.of(p));
            assertPerfect(c, 7);
            assertTrue(c.unmatched().isEmpty());
            assertEquals(3, c.classes().get("Car").matched());
            c.classes().values().forEach(s -> assertEquals(1, s.precision(), 0));
        }
    }

    @Test
    void oneBoxMovedOneMetreAlongItsHeading() throws Exception {
        try (ProjectStore a = KittiQaProjects.object(tmp.resolve("a"));
             ProjectStore b = KittiQaProjects.object(tmp.resolve("b"))) {
            ObjectAnnotation car = a.annotations().objects("000003").get(0);
            Cuboid box = car.box();
            a.annotations().putObject(car.withBox(box.withCenter(box.cx() + Math.cos(box.yaw()),
                    box.cy() + Math.sin(box.yaw()), box.cz())));
            // same size and heading, shifted d along the length l: overlap (l - d) w h, union (l + d) w h
            double l = box.length();
            double moved = (l - 1) / (l + 1);
            assertEquals(3.15 / 5.15, moved, 1e-9, "the KITTI car of frame 3 is 4.15 m long");

            Comparison c = new LabelComparer(0.5).compare(LabelSet.of(a), LabelSet.of(b));
            assertEquals(1, c.overall().precision(), 0);
            assertEquals(1, c.overall().recall(), 0);
            assertEquals((6 + moved) / 7, c.overall().meanIou(), 1e-9);
            assertEquals((6 + moved) / 7, c.overall().meanBevIou(), 1e-9);
            assertEquals((3 - 1 + moved) / 3, c.classes().get("Car").meanIou(), 1e-9);

            // at a threshold above its IoU the moved car is an extra box in A and a missing one in B
            Comparison strict = new LabelComparer(0.7).compare(LabelSet.of(a), LabelSet.of(b));
            assertEquals(6 / 7.0, strict.overall().precision(), 1e-12);
            assertEquals(6 / 7.0, strict.overall().recall(), 1e-12);
            assertEquals(1, strict.overall().meanIou(), 1e-9);
            assertEquals(2, strict.unmatched().size());
            assertEquals(moved, strict.unmatched().get(0).bestIou(), 1e-9);

            // and the same numbers against the KITTI label folder itself
            LabelSet folder = LabelSet.ofKittiFolder(TestData.file(KittiQaProjects.OBJECT));
            Comparison vsFolder = new LabelComparer(0.5).compare(LabelSet.of(a), folder);
            assertEquals(c.overall().precision(), vsFolder.overall().precision(), 0);
            assertEquals(c.overall().recall(), vsFolder.overall().recall(), 0);
            assertEquals(c.overall().meanIou(), vsFolder.overall().meanIou(), 1e-9);
            assertPerfect(new LabelComparer(0.5).compare(LabelSet.of(b), folder), 7);
        }
    }

    @Test
    void wrongClassGoesToTheConfusion() throws Exception {
        try (ProjectStore a = KittiQaProjects.object(tmp.resolve("a"))) {
            LabelSet reference = LabelSet.of(a);
            ObjectAnnotation misc = a.annotations().objects("000002").stream()
                    .filter(o -> o.className().equals("Misc")).findFirst().orElseThrow();
            a.annotations().putObject(misc.withClassName("Van"));
            Comparison c = new LabelComparer(0.5).compare(LabelSet.of(a), reference);
            assertEquals(1, c.confusion().get("Van").get("Misc"));
            assertEquals(6 / 7.0, c.overall().precision(), 1e-12);
            assertEquals(0, c.classes().get("Misc").recall(), 0);
            assertTrue(c.unmatched().isEmpty(), "a wrong class is a pair, not a missing box");
        }
    }

    @Test
    void iouOfRotatedBoxesMatchesTheirGeometry() {
        BoxIou iou = new BoxIou();
        Cuboid a = Cuboid.upright(0, 0, 0, 2, 2, 2, 0);
        // the same square turned 45 degrees: the intersection is a regular octagon of side 2(sqrt2 - 1)
        Cuboid b = a.withYaw(Math.PI / 4);
        double octagon = 8 * (Math.sqrt(2) - 1);
        assertEquals(octagon / (8 - octagon), iou.bev(a, b), 1e-9);
        assertEquals(octagon * 2 / (16 - octagon * 2), iou.iou3d(a, b), 1e-9);
        // half the height apart: half the volume shared
        assertEquals(1 / 3.0, iou.iou3d(a, a.withCenter(0, 0, 1)), 1e-12);
        assertEquals(0, iou.iou3d(a, a.withCenter(5, 0, 0)), 0);
    }

    private static void assertPerfect(Comparison c, int boxes) {
        assertEquals(1, c.overall().precision(), 0);
        assertEquals(1, c.overall().recall(), 0);
        assertEquals(1, c.overall().meanIou(), 1e-9);
        assertEquals(boxes, c.overall().matched());
    }
}
