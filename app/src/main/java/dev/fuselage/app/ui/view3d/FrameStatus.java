package dev.fuselage.app.ui.view3d;

import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import java.util.Locale;

/**
 * The status-bar text for a drawn frame: what it drew against its point budget and how long it took, e.g.
 * {@code "moving: 1,850,000 points (budget 1.9 M) • 31.2 ms"}, {@code "refining 45 % of 10,000,000 points • 30.8 ms"}
 * or {@code "10,000,000 points, full detail • last step 30.1 ms"}.
 */
public final class FrameStatus {
    private FrameStatus() {
    }

    /**
     * Lets a status bar update at most {@link #INTERVAL_MILLIS} apart while frames stream in, and always for a
     * complete frame. Each new status text is laid out and painted again; with JavaFX's software pipeline (what
     * Prism falls back to without a GPU, e.g. under Xvfb) that cost about as much per frame as painting the whole 3D
     * image, on the same cores the renderer needs. JavaFX thread only.
     */
    public static final class Throttle {
        /** Minimum time between two updates for frames that are not complete. */
        public static final long INTERVAL_MILLIS = 250;
        private long last = Long.MIN_VALUE / 2;

        /** True when the status should show this frame now. */
        public boolean due(FrameImage f) {
            long now = System.nanoTime();
            if (f == null || f.complete() || now - last >= INTERVAL_MILLIS * 1_000_000) {
                last = now;
                return true;
            }
            return false;
        }
    }

    /** The text for a frame (empty for null). */
    public static String describe(FrameImage f) {
        if (f == null) {
            return "";
        }
        String time = String.format(Locale.ROOT, " \u2022 %.1f ms", f.renderMillis());
        FramePlan plan = f.plan();
        if (plan.kind() == FramePlan.Kind.MOVING) {
            return String.format(Locale.ROOT, "moving: %,d points (budget %s)", f.pointsDrawn(),
                    millions(plan.points())) + time;
        }
        if (!f.complete()) {
            return String.format(Locale.ROOT, "refining %d %% of %,d points", percent(f), f.pointsVisible()) + time;
        }
        if (plan.kind() != FramePlan.Kind.FULL) {
            // a finished progressive frame: its own time is only the last step's
            return String.format(Locale.ROOT, "%,d points, full detail \u2022 last step %.1f ms", f.pointsDrawn(),
                    f.renderMillis());
        }
        return String.format(Locale.ROOT, "%,d points", f.pointsDrawn()) + time;
    }

    private static int percent(FrameImage f) {
        return f.pointsVisible() == 0 ? 100 : (int) (100 * f.pointsDrawn() / f.pointsVisible());
    }

    private static String millions(long points) {
        return points >= 1_000_000 ? String.format(Locale.ROOT, "%.1f M", points / 1e6)
                : String.format(Locale.ROOT, "%d k", points / 1000);
    }
}
