package dev.fuselage.project.qa;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.geometry.Cuboid;
import java.util.List;
import java.util.Locale;

/**
 * How a track goes on from frame to frame: {@code track-gap} where it is missing in the middle of its span,
 * {@code track-jump} where position, size or heading jump between consecutive frames, and {@code class-change}
 * where its class differs from the frame before.
 */
final class TrackContinuityCheck implements TrackCheck {
    private final QaSettings settings;

    TrackContinuityCheck(QaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(TrackHistory track, List<Finding> out) {
        List<ObjectAnnotation> boxes = track.boxes();
        int[] pos = track.positions();
        for (int i = 1; i < boxes.size(); i++) {
            ObjectAnnotation prev = boxes.get(i - 1), cur = boxes.get(i);
            int step = pos[i] - pos[i - 1];
            if (step == 0) {
                continue;
            }
            if (step > 1) {
                String first = track.frameIds().get(pos[i - 1] + 1), last = track.frameIds().get(pos[i] - 1);
                out.add(Finding.ofTrack(FindingKind.TRACK_GAP, Severity.WARNING, first, track.track(),
                        "track " + track.track() + " (" + cur.className() + ") is missing in "
                                + (step == 2 ? "frame " + first : (step - 1) + " frames " + first + ".." + last)));
            }
            if (!cur.className().equals(prev.className())) {
                out.add(Finding.of(FindingKind.CLASS_CHANGE, Severity.ERROR, cur, "track " + track.track()
                        + " changes class from " + prev.className() + " to " + cur.className()));
            }
            if (step == 1) {
                String jump = jump(prev.box(), cur.box());
                if (jump != null) {
                    out.add(Finding.of(FindingKind.TRACK_JUMP, Severity.WARNING, cur,
                            cur.className() + " " + track.track() + ": " + jump + " since the frame before"));
                }
            }
        }
    }

    private String jump(Cuboid a, Cuboid b) {
        double move = Math.sqrt(sq(b.cx() - a.cx()) + sq(b.cy() - a.cy()) + sq(b.cz() - a.cz()));
        if (move > settings.jumpMetres()) {
            return String.format(Locale.ROOT, "moved %.2f m", move);
        }
        double turn = Math.abs(Math.IEEEremainder(b.yaw() - a.yaw(), 2 * Math.PI));
        if (turn > settings.jumpYaw()) {
            return String.format(Locale.ROOT, "turned %.0f degrees", Math.toDegrees(turn));
        }
        double[] sa = {a.length(), a.width(), a.height()}, sb = {b.length(), b.width(), b.height()};
        String[] names = {"length", "width", "height"};
        for (int d = 0; d < 3; d++) {
            double change = Math.abs(sb[d] - sa[d]) / sa[d];
            if (change > settings.jumpSize()) {
                return String.format(Locale.ROOT, "%s changed %.0f%% (%.2f to %.2f m)", names[d], change * 100,
                        sa[d], sb[d]);
            }
        }
        return null;
    }

    private static double sq(double v) {
        return v * v;
    }
}
