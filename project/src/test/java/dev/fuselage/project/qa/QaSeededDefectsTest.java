package dev.fuselage.project.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.store.AnnotationStore;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 1 of issue 13: one defect of each kind seeded into projects built from the shared KITTI object and
 * tracking imports is found, at its frame and on its track; the clean imports give no empty-box, size-outlier or
 * overlap finding.
 */
class QaSeededDefectsTest {
    @TempDir
    Path tmp;

    private final Set<FindingKind> seededKinds = EnumSet.noneOf(FindingKind.class);

    /** A seeded defect: the finding that must appear. */
    private record Expected(FindingKind kind, String frame, long track) {
    }

    @Test
    void cleanImportsHaveNoEmptyBoxSizeOrOverlapFindings() throws Exception {
        for (ProjectStore p : List.of(KittiQaProjects.object(tmp.resolve("o")),
                KittiQaProjects.tracking(tmp.resolve("t")))) {
            try (p) {
                List<Finding> findings = run(p);
                Set<FindingKind> kinds = findings.stream().map(Finding::kind).collect(Collectors.toSet());
                assertFalse(kinds.contains(FindingKind.EMPTY_BOX), () -> describe(findings));
                assertFalse(kinds.contains(FindingKind.SIZE_OUTLIER), () -> describe(findings));
                assertFalse(kinds.contains(FindingKind.OVERLAP), () -> describe(findings));
            }
        }
    }

    @Test
    void everySeededDefectIsFound() throws Exception {
        List<Expected> expected = new ArrayList<>();
        try (ProjectStore p = KittiQaProjects.object(tmp.resolve("o"))) {
            AnnotationStore s = p.annotations();
            List<Finding> clean = run(p);
            // frame 000003 holds one car, frame 000001 a car, a truck and a cyclist
            ObjectAnnotation car3 = only(s, "000003", "Car");
            ObjectAnnotation car1 = only(s, "000001", "Car");
            ObjectAnnotation truck = only(s, "000001", "Truck");
            ObjectAnnotation pedestrian = only(s, "000000", "Pedestrian");
            Cuboid b = car3.box();
            // floating: the car lifted 1.5 m
            s.putObject(car3.withBox(b.withCenter(b.cx(), b.cy(), b.cz() + 1.5)));
            expected.add(new Expected(FindingKind.FLOATING, "000003", car3.trackId().value()));
            // sunk: the pedestrian pushed 1.2 m into the ground
            Cuboid pb = pedestrian.box();
            s.putObject(pedestrian.withBox(pb.withCenter(pb.cx(), pb.cy(), pb.cz() - 1.2)));
            expected.add(new Expected(FindingKind.SUNK, "000000", pedestrian.trackId().value()));
            // overlap: the far car labelled a second time, 0.3 m off
            Cuboid cb = car1.box();
            ObjectAnnotation twin = ObjectAnnotation.manual("000001", s.nextTrackId(), "Car",
                    cb.withCenter(cb.cx() + 0.3, cb.cy(), cb.cz())).withAttribute("occluded", "0")
                    .withAttribute("truncated", 0.0);
            s.putObject(twin);
            expected.add(new Expected(FindingKind.OVERLAP, "000001", twin.trackId().value()));
            // size-outlier: the truck three times the prior's width
            Cuboid tb = truck.box();
            s.putObject(truck.withBox(tb.withSize(tb.length(), 2.59 * 3, tb.height())));
            expected.add(new Expected(FindingKind.SIZE_OUTLIER, "000001", truck.trackId().value()));
            // empty-box: a box in the air 25 m above the car of frame 3, where no lidar beam goes
            ObjectAnnotation air = ObjectAnnotation.manual("000003", s.nextTrackId(), "Car",
                    b.withCenter(b.cx(), b.cy(), b.cz() + 25)).withAttribute("occluded", "3")
                    .withAttribute("truncated", 0.0);
            s.putObject(air);
            expected.add(new Expected(FindingKind.EMPTY_BOX, "000003", air.trackId().value()));
            // outside-image: a fully visible car 15 m behind the sensor
            ObjectAnnotation behind = ObjectAnnotation.manual("000002", s.nextTrackId(), "Car",
                    Cuboid.upright(-15, 0, -0.9, 3.9, 1.6, 1.5, 0)).withAttribute("occluded", "0")
                    .withAttribute("truncated", 0.0);
            s.putObject(behind);
            expected.add(new Expected(FindingKind.OUTSIDE_IMAGE, "000002", behind.trackId().value()));
            // ontology: an occlusion level KITTI does not have
            ObjectAnnotation misc = only(s, "000002", "Misc");
            s.putObject(misc.withAttribute("occluded", "7"));
            expected.add(new Expected(FindingKind.ONTOLOGY, "000002", misc.trackId().value()));
            assertFound(clean, run(p), expected);
        }
        expected.clear();
        try (ProjectStore p = KittiQaProjects.tracking(tmp.resolve("t"))) {
            AnnotationStore s = p.annotations();
            List<Finding> clean = run(p);
            List<List<ObjectAnnotation>> tracks = longestTracks(s, 4);
            // track-gap: a box deleted in the middle of a track
            List<ObjectAnnotation> t0 = tracks.get(0);
            ObjectAnnotation gone = t0.get(t0.size() / 2);
            s.removeObject(gone.id());
            expected.add(new Expected(FindingKind.TRACK_GAP, gone.frameId(), gone.trackId().value()));
            // track-jump: one box moved 8 m sideways
            List<ObjectAnnotation> t1 = tracks.get(1);
            ObjectAnnotation jumped = t1.get(t1.size() / 2);
            Cuboid jb = jumped.box();
            s.putObject(jumped.withBox(jb.withCenter(jb.cx(), jb.cy() + 8, jb.cz())));
            expected.add(new Expected(FindingKind.TRACK_JUMP, jumped.frameId(), jumped.trackId().value()));
            // class-change: one box of a track relabelled
            List<ObjectAnnotation> t2 = tracks.get(2);
            ObjectAnnotation relabelled = t2.get(t2.size() / 3);
            String other = relabelled.className().equals("Car") ? "Van" : "Car";
            s.putObject(relabelled.withClassName(other));
            expected.add(new Expected(FindingKind.CLASS_CHANGE, relabelled.frameId(),
                    relabelled.trackId().value()));
            // duplicate-track: a second box of the same track 30 m away in one frame
            List<ObjectAnnotation> t3 = tracks.get(3);
            ObjectAnnotation dup = t3.get(1);
            Cuboid db = dup.box();
            s.putObject(new ObjectAnnotation(ObjectId.random(), dup.frameId(), dup.trackId(), dup.className(),
                    dup.attributes(), db.withCenter(db.cx() + 30, db.cy(), db.cz()), dup.source(), false));
            expected.add(new Expected(FindingKind.DUPLICATE_TRACK, dup.frameId(), dup.trackId().value()));
            // size-outlier against the track's own mean: one box of a long track 50% longer
            ObjectAnnotation longer = t3.get(t3.size() - 2);
            Cuboid lb = longer.box();
            s.putObject(longer.withBox(lb.withSize(lb.length() * 1.5, lb.width(), lb.height())));
            expected.add(new Expected(FindingKind.SIZE_OUTLIER, longer.frameId(), longer.trackId().value()));
            assertFound(clean, run(p), expected);
        }
        assertEquals(EnumSet.allOf(FindingKind.class), seededKinds, "one seeded defect of every kind");
    }

    @Test
    void frameRangeLimitsTheChecks() throws Exception {
        try (ProjectStore p = KittiQaProjects.tracking(tmp.resolve("t"))) {
            List<Finding> all = run(p);
            List<Finding> some = QualityChecks.run(p, FrameRange.parse("10..20"), QaSettings.defaults(),
                    ExportProgress.NONE);
            assertTrue(some.stream().allMatch(f -> f.frameId().compareTo("000010") >= 0
                    && f.frameId().compareTo("000020") <= 0), () -> describe(some));
            assertTrue(some.size() <= all.size());
        }
    }

    private static List<Finding> run(ProjectStore p) throws Exception {
        return QualityChecks.run(p, FrameRange.ALL, QaSettings.load(p.folder()), ExportProgress.NONE);
    }

    private void assertFound(List<Finding> clean, List<Finding> seeded, List<Expected> expected) {
        for (Expected e : expected) {
            seededKinds.add(e.kind());
            boolean before = clean.stream().anyMatch(f -> matches(f, e));
            boolean after = seeded.stream().anyMatch(f -> matches(f, e));
            assertFalse(before, () -> e + " was there before seeding: " + describe(clean));
            assertTrue(after, () -> e + " not found in " + describe(seeded));
        }
    }

    private static boolean matches(Finding f, Expected e) {
        return f.kind() == e.kind() && f.frameId().equals(e.frame())
                && f.track().map(TrackId::value).equals(Optional.of(e.track()));
    }

    private static ObjectAnnotation only(AnnotationStore s, String frame, String className) {
        List<ObjectAnnotation> found = s.objects(frame).stream().filter(o -> o.className().equals(className))
                .toList();
        assertEquals(1, found.size(), () -> "one " + className + " expected in frame " + frame);
        return found.get(0);
    }

    /** The {@code n} longest tracks (boxes in frame order), longest first. */
    private static List<List<ObjectAnnotation>> longestTracks(AnnotationStore s, int n) {
        Map<TrackId, List<ObjectAnnotation>> byTrack = s.allObjects().stream()
                .collect(Collectors.groupingBy(ObjectAnnotation::trackId));
        return byTrack.keySet().stream().sorted(Comparator.comparingInt((TrackId t) -> -byTrack.get(t).size())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(n).map(s::track).toList();
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.kind().jsonName() + " " + f.frameId() + " " + f.track()
                .map(TrackId::toString).orElse("-") + ": " + f.message()).collect(Collectors.joining("\n", "\n", ""));
    }
}
