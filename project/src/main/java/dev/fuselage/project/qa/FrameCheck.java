package dev.fuselage.project.qa;

import java.io.IOException;
import java.util.List;

/** A check that looks at one frame at a time. */
interface FrameCheck {
    void check(QaFrame frame, List<Finding> out) throws IOException;
}
