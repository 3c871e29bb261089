package dev.fuselage.project.demo;

/**
 * One building block of the demo street: an axis-aligned box whose street-facing facade carries a grid of
 * recessed windows (shop windows and doors on the ground floor), so lidar sees depth variation where a real
 * facade has it.
 *
 * @param x0        start along the street, metres (world x)
 * @param x1        end along the street
 * @param side      +1 for the left side of the street (world y &gt; 0), -1 for the right
 * @param facade    distance of the facade from the street centre line, metres
 * @param depth     how far the block reaches back from the facade
 * @param height    roof height above the sidewalk
 * @param colour    facade colour, 0xRRGGBB
 * @param bay       window spacing along the facade
 * @param windowW   window width
 * @param floorH    storey height
 * @param doorEvery every how many bays the ground floor has a door instead of a shop window
 */
record Building(double x0, double x1, int side, double facade, double depth, double height, int colour, double bay,
                double windowW, double floorH, int doorEvery) {
    static final int NO_OPENING = 0, WINDOW = 1, DOOR = 2, SHOP = 3;
    private static final double MARGIN = 0.8;

    /** Lower y of the box. */
    double yLow() {
        return side > 0 ? facade : -facade - depth;
    }

    /** Upper y of the box. */
    double yHigh() {
        return side > 0 ? facade + depth : -facade;
    }

    /** The y of the street-facing facade plane. */
    double facadeY() {
        return side * facade;
    }

    /**
     * The opening at facade point {@code (x, z)}: 0 for plain wall, else a code holding the opening kind (low 2
     * bits) and its cell, so two points can be checked to lie in the same opening.
     */
    int opening(double x, double z) {
        if (x < x0 + MARGIN || x > x1 - MARGIN || z > height - 0.8 || z < 0) {
            return NO_OPENING;
        }
        double u = x - x0 - MARGIN;
        int col = (int) (u / bay);
        double xin = u - col * bay;
        int floor = (int) (z / floorH);
        double zin = z - floor * floorH;
        int kind;
        if (floor == 0) {
            if (col % doorEvery == 1) {
                kind = Math.abs(xin - bay / 2) < 0.55 && zin > 0.1 && zin < 2.2 ? DOOR : NO_OPENING;
            } else {
                kind = xin > 0.25 && xin < bay - 0.25 && zin > 0.55 && zin < 2.6 ? SHOP : NO_OPENING;
            }
        } else {
            kind = Math.abs(xin - bay / 2) < windowW / 2 && zin > 0.9 && zin < 2.3 ? WINDOW : NO_OPENING;
        }
        return kind == NO_OPENING ? NO_OPENING : kind | (floor << 2) | (col << 10);
    }

    /** How deep an opening of this kind sits behind the facade. */
    static double recess(int opening) {
        return switch (opening & 3) {
            case DOOR -> 0.35;
            case SHOP -> 0.15;
            default -> 0.22;
        };
    }
}
