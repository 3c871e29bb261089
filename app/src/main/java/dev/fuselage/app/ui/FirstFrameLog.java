package dev.fuselage.app.ui;

import dev.fuselage.app.ui.view3d.Viewport3D;
import dev.fuselage.render.FrameImage;
import java.lang.management.ManagementFactory;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs when a 3D view first shows a frame with points, counted from the JVM's start; {@code bench/first-frame.sh}
 * waits for this line and times the whole start (native launcher included) with its own clock.
 */
final class FirstFrameLog {
    /** The start of the logged line, which the benchmark script and the installer test look for. */
    static final String MARK = "first frame shown";
    private static final Logger LOG = LoggerFactory.getLogger(FirstFrameLog.class);

    private FirstFrameLog() {
    }

    /** Logs {@code viewport}'s first frame, once. */
    static void watch(Viewport3D viewport) {
        ChangeListener<FrameImage> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends FrameImage> o, FrameImage a,
                                FrameImage frame) {
                if (frame == null || frame.pointsDrawn() == 0) {
                    return; // the empty scene drawn before the cloud arrives does not count
                }
                o.removeListener(this);
                // the JVM's start in ms (the kernel's process start time is only good to a second)
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info("{}: {} ms after the JVM started ({}x{}, {} points)", MARK, ms, frame.width(),
                        frame.height(), frame.pointsDrawn());
            }
        };
        viewport.lastFrameProperty().addListener(listener);
    }
}
