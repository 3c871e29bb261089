package dev.fuselage.app.ui.workspace.model;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Playback of the frame sequence at a set rate. Driven by a clock (the timeline calls {@link #tick} on every
 * animation pulse with the pulse's time), it steps to the next frame (wrapping to the first) each time a period
 * has passed, keeping the cadence exact; a step waits for the previous frame to be shown, so a slow frame delays
 * playback instead of queueing switches. JavaFX thread only.
 */
public final class PlaybackModel {
    /** Playback rates offered, frames per second. */
    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 30;

    private final WorkspaceModel ws;
    private final IntegerProperty fps = new SimpleIntegerProperty(this, "fps", 5);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private long lastStep = Long.MIN_VALUE;
    private boolean stepping;

    public PlaybackModel(WorkspaceModel ws) {
        this.ws = ws;
        fps.addListener((o, a, b) -> lastStep = Long.MIN_VALUE); // a new rate counts from the next pulse
    }

    /** Frames per second, {@link #MIN_FPS} to {@link #MAX_FPS}. */
    public IntegerProperty fpsProperty() {
        return fps;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Time between frames at the set rate. */
    public long periodNanos() {
        return Math.round(1e9 / Math.max(MIN_FPS, Math.min(MAX_FPS, fps.get())));
    }

    /** Starts or stops playing; the first step comes one period after the next pulse. */
    public void setPlaying(boolean on) {
        playing.set(on);
        lastStep = Long.MIN_VALUE;
    }

    /**
     * One pulse of the clock while playing.
     *
     * @param nowNanos the pulse's time (any monotonic origin)
     * @return whether it stepped to the next frame
     */
    public boolean tick(long nowNanos) {
        if (!playing.get()) {
            return false;
        }
        long period = periodNanos();
        if (lastStep == Long.MIN_VALUE) {
            lastStep = nowNanos;
            return false;
        }
        if (stepping || nowNanos - lastStep < period) {
            return false;
        }
        // keep the cadence (the next step one period after this one was due), unless playback fell behind
        lastStep = nowNanos - lastStep < 2 * period ? lastStep + period : nowNanos;
        step();
        return true;
    }

    /** Shows the next frame, the first after the last. */
    void step() {
        int n = ws.frames().size();
        if (n == 0) {
            return;
        }
        int next = ws.frame().frameIndexProperty().get() + 1;
        stepping = true;
        ws.goTo(next >= n ? 0 : next).whenComplete((v, e) -> stepping = false);
    }
}
