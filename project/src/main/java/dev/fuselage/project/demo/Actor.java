package dev.fuselage.project.demo;

/**
 * A car or pedestrian of the demo street moving at constant velocity along the street (a track). Cars are a
 * body, a narrower cabin and four wheels inside the labelled box; pedestrians an elliptic-cylinder body and a head.
 *
 * @param track    track id, 1-based, stable over the sequence
 * @param car      true for a car, false for a pedestrian
 * @param length   label box length (along the heading), metres
 * @param width    label box width
 * @param height   label box height (ground to roof or head top)
 * @param x0       world x of the box centre at time 0
 * @param y0       world y of the box centre at time 0
 * @param vx       world velocity along x, m/s
 * @param vy       world velocity along y, m/s
 * @param yaw      heading, radians (counter-clockwise from world +x)
 * @param colour   body paint (cars) or upper clothing (pedestrians), 0xRRGGBB
 * @param colour2  lower clothing (pedestrians); unused for cars
 */
record Actor(int track, boolean car, double length, double width, double height, double x0, double y0, double vx,
             double vy, double yaw, int colour, int colour2) {

    /** KITTI type name. */
    String type() {
        return car ? "Car" : "Pedestrian";
    }

    double x(double t) {
        return x0 + vx * t;
    }

    double y(double t) {
        return y0 + vy * t;
    }
}
