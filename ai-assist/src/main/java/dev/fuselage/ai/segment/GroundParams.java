package dev.fuselage.ai.segment;

/**
 * Settings of {@link GroundEstimator}.
 *
 * @param cellSize        ground-candidate grid cell, metres: each cell offers its lowest point
 * @param patchSize       local plane patch, metres: each patch fits its own plane (roads bank and slope)
 * @param above           how far above its local plane a point is still ground, metres
 * @param below           how far below its local plane a point is still ground (noise, kerbs), metres
 * @param maxTiltDegrees  the steepest a ground plane may be
 * @param maxRange        only points within this horizontal distance of the sensor are considered, metres
 */
public record GroundParams(double cellSize, double patchSize, double above, double below, double maxTiltDegrees,
                           double maxRange) {
    /** Tuned on KITTI scans (64-beam Velodyne at 1.73 m): 0.5 m cells, 10 m patches, a 12 cm band above. */
    public static final GroundParams DEFAULT = new GroundParams(0.5, 5, 0.12, 0.3, 15, 80);

    public GroundParams {
        if (!(cellSize > 0 && patchSize >= cellSize && above >= 0 && below >= 0 && maxTiltDegrees > 0
                && maxTiltDegrees < 90 && maxRange > 0)) {
            throw new IllegalArgumentException("bad ground parameters: " + this);
        }
    }
}
