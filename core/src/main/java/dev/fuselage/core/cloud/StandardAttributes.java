package dev.fuselage.core.cloud;

/**
 * Canonical column names for attributes the whole application understands. Readers map the names files use
 * (e.g. PCD {@code intensity}, KITTI reflectance, LAS {@code Intensity}) onto these where the meaning is the same
 * and keep every other field under its own name.
 */
public final class StandardAttributes {
    /** Return strength / reflectance; float32 in [0,1] for KITTI, integer counts for LAS. */
    public static final String INTENSITY = "intensity";
    /** Packed colour, uint32 {@code 0x00RRGGBB} (PCD {@code rgb}) or {@code 0xAARRGGBB} (PCD {@code rgba}). */
    public static final String RGB = "rgb";
    /** Packed colour with alpha, uint32 {@code 0xAARRGGBB}. */
    public static final String RGBA = "rgba";
    /** Laser ring / channel index. */
    public static final String RING = "ring";
    /** Per-point time stamp (seconds, relative or absolute as the file gives it). */
    public static final String TIME = "time";
    /** Per-point semantic class id. */
    public static final String SEMANTIC = "semantic";
    /** Per-point instance id. */
    public static final String INSTANCE = "instance";

    private StandardAttributes() {
    }
}
