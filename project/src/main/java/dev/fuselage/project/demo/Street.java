package dev.fuselage.project.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed geometry of the demo street in world coordinates (x along the street, y left, z up, metres; z = 0 is
 * the crown of the road) and the actors that move through it. Everything is drawn from one seed, so the same
 * seed always gives the same street.
 *
 * <p>Cross-section: a cambered road (1.5 % fall to each side) between curbs 15 cm high at |y| = 4 m, lane
 * centre line dashed, solid edge lines at |y| = 2.5 m with a parking strip outside them, flat sidewalks up to the
 * facades at |y| = 10..12 m. The ego vehicle drives in the right lane at {@link #EGO_Y}.
 */
final class Street {
    static final double CAMBER = 0.015;
    static final double CURB_Y = 4.0;
    static final double CURB_HEIGHT = 0.15;
    /** Road height at the curb (the low side of the camber). */
    static final double ROAD_EDGE_Z = -CAMBER * CURB_Y;
    static final double SIDEWALK_Z = ROAD_EDGE_Z + CURB_HEIGHT;
    static final double EDGE_LINE_Y = 2.5;
    static final double LINE_WIDTH = 0.12;
    static final double DASH = 3.0, DASH_PERIOD = 9.0;
    static final double EGO_Y = -1.6;
    static final double EGO_SPEED = 8.0;
    static final double POLE_RADIUS = 0.09, POLE_HEIGHT = 6.5, POLE_Y = 4.6;
    static final double TRUNK_RADIUS = 0.16, TRUNK_HEIGHT = 2.6, CROWN_RADIUS = 1.6, TREE_Y = 8.0;
    private static final int[] FACADE_COLOURS = {0xC8B99B, 0x96503C, 0xB4B4AF, 0xE1D7BE, 0xBE965A, 0x788796,
        0xA88C78, 0xD2C3A5};
    private static final int[] CAR_COLOURS = {0xB01E23, 0x1F4E9A, 0xE8E8E4, 0x9EA3A8, 0x2E5E3A, 0xD9A21B, 0x2A2A2E,
        0x6B2A6E};
    private static final int[] CLOTHES = {0x2F3B5C, 0x8C2F2F, 0x3F6B3F, 0xD8C9A3, 0x444444, 0x5E7FA8, 0xB86B2E};

    final List<Building> buildings;
    final double[] poles;   // x, y pairs
    final double[] trees;   // x, y pairs
    final List<Actor> actors;

    private Street(List<Building> buildings, double[] poles, double[] trees, List<Actor> actors) {
        this.buildings = List.copyOf(buildings);
        this.poles = poles;
        this.trees = trees;
        this.actors = List.copyOf(actors);
    }

    /** Road surface height at lateral position {@code y} (inside the curbs). */
    static double roadZ(double y) {
        return -CAMBER * Math.abs(y);
    }

    /** Ground height under a point: road inside the curbs, sidewalk outside. */
    static double groundZ(double y) {
        return Math.abs(y) < CURB_Y ? roadZ(y) : SIDEWALK_Z;
    }

    /** Whether road point {@code (x, y)} is painted (centre dashes or edge lines). */
    static boolean isMarking(double x, double y) {
        double ay = Math.abs(y);
        if (Math.abs(ay - EDGE_LINE_Y) < LINE_WIDTH / 2) {
            return true;
        }
        return ay < LINE_WIDTH / 2 && Math.floorMod((long) Math.floor(x * 4), (long) (DASH_PERIOD * 4)) < DASH * 4;
    }

    /** Builds the street for {@code seed}. */
    static Street generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Building> buildings = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            double x = -130 + rnd.nextDouble(0, 10);
            while (x < 230) {
                double len = rnd.nextDouble(12, 32);
                double floorH = rnd.nextDouble(3.0, 3.5);
                int floors = rnd.nextInt(2, 7);
                buildings.add(new Building(x, x + len, side, rnd.nextDouble(10, 12), 14, floors * floorH + 0.6,
                        FACADE_COLOURS[rnd.nextInt(FACADE_COLOURS.length)], rnd.nextDouble(2.5, 3.3),
                        rnd.nextDouble(1.0, 1.5), floorH, rnd.nextInt(3, 6)));
                x += len + (rnd.nextInt(3) == 0 ? rnd.nextDouble(3, 6) : 0); // every third block an alley
            }
        }
        List<Double> poles = new ArrayList<>();
        List<Double> trees = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            for (double x = -100 + rnd.nextDouble(0, 8); x < 200; x += rnd.nextDouble(22, 32)) {
                poles.add(x);
                poles.add(side * POLE_Y);
            }
            for (double x = -90 + rnd.nextDouble(0, 12); x < 200; x += rnd.nextDouble(14, 26)) {
                trees.add(x);
                trees.add(side * (TREE_Y + rnd.nextDouble(-0.3, 0.3)));
            }
        }
        return new Street(buildings, toArray(poles), toArray(trees), actors(rnd));
    }

    /**
     * Six cars (a lead car in the ego lane, two oncoming, three parked) and four pedestrians (three on the
     * sidewalks, one crossing ahead), placed so that no two paths cross during the sequence.
     */
    private static List<Actor> actors(SplittableRandom rnd) {
        List<Actor> out = new ArrayList<>();
        // lane centres: ego lane -1.6, oncoming +1.5; parked cars with their outer side 25 cm over the curb
        double[][] cars = {
            // x0, y, vx, yaw
            {14 + rnd.nextDouble(-1, 1), EGO_Y, 7.4 + rnd.nextDouble(0, 0.4), 0},
            {35 + rnd.nextDouble(-2, 2), 1.5, -9 - rnd.nextDouble(0, 1), Math.PI},
            {72 + rnd.nextDouble(-4, 4), 1.5, -10 - rnd.nextDouble(0, 1), Math.PI},
            {38 + rnd.nextDouble(-3, 3), -1, 0, 0},
            {6 + rnd.nextDouble(-1, 1), 1, 0, Math.PI},
            {-13 + rnd.nextDouble(-2, 2), 1, 0, Math.PI},
        };
        int track = 1;
        int colourOffset = rnd.nextInt(CAR_COLOURS.length);
        for (double[] c : cars) {
            double length = rnd.nextDouble(3.9, 4.7), width = rnd.nextDouble(1.7, 1.85);
            double height = rnd.nextDouble(1.42, 1.56);
            double y = c[1] == 1 || c[1] == -1 ? c[1] * (CURB_Y + 0.25 - width / 2) : c[1];
            out.add(new Actor(track, true, length, width, height, c[0], y, c[2], 0, c[3],
                    CAR_COLOURS[(colourOffset + track * 3) % CAR_COLOURS.length], 0));
            track++;
        }
        double[][] peds = {
            // x0, y0, vx, vy
            {20 + rnd.nextDouble(-2, 2), -6.2, 1.3 + rnd.nextDouble(0, 0.2), 0},
            {42 + rnd.nextDouble(-3, 3), -7.2, -1.4 - rnd.nextDouble(0, 0.2), 0},
            {27 + rnd.nextDouble(-3, 3), 6.6, -1.2 - rnd.nextDouble(0, 0.2), 0},
            {30 + rnd.nextDouble(-1, 1), 5.4, 0, -1.4},
        };
        for (double[] p : peds) {
            out.add(new Actor(track++, false, 0.42, 0.56, rnd.nextDouble(1.62, 1.82), p[0], p[1], p[2], p[3],
                    Math.atan2(p[3], p[2]), CLOTHES[rnd.nextInt(CLOTHES.length)],
                    CLOTHES[rnd.nextInt(CLOTHES.length)]));
        }
        return out;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
