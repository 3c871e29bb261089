package dev.fuselage.project.qa;

/** What an automatic check found; {@link #jsonName()} is the {@code kind} of the {@code fuselage qa} output. */
public enum FindingKind {
    /** Unknown class, missing required attribute, or a value the ontology does not allow. */
    ONTOLOGY("ontology"),
    /** Fewer points inside the box than the project's minimum. */
    EMPTY_BOX("empty-box"),
    /** The box's bottom is well above the local ground. */
    FLOATING("floating"),
    /** The box's bottom is well below the local ground. */
    SUNK("sunk"),
    /** A size far off the class prior or off the track's own mean. */
    SIZE_OUTLIER("size-outlier"),
    /** Two boxes of one frame overlap in 3D beyond the threshold. */
    OVERLAP("overlap"),
    /** A track is missing in frames in the middle of its span. */
    TRACK_GAP("track-gap"),
    /** Position, size or heading jump between consecutive frames of a track. */
    TRACK_JUMP("track-jump"),
    /** The class changes along a track. */
    CLASS_CHANGE("class-change"),
    /** One track twice in one frame. */
    DUPLICATE_TRACK("duplicate-track"),
    /** Marked visible, but the box projects outside every camera image. */
    OUTSIDE_IMAGE("outside-image");

    private final String jsonName;

    FindingKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The kind's name in the CLI's JSON output and in messages, e.g. {@code empty-box}. */
    public String jsonName() {
        return jsonName;
    }
}
