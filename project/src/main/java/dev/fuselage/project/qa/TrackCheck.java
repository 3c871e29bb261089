package dev.fuselage.project.qa;

import java.util.List;

/** A check that looks at one track across the frames. */
interface TrackCheck {
    void check(TrackHistory track, List<Finding> out);
}
