package dev.fuselage.project.demo;

import java.util.List;

/**
 * Casts rays against the demo street analytically: planes for the ground and curbs, boxes for buildings and car
 * parts, cylinders for poles, trunks and pedestrians, spheres for crowns and heads. Each object is first tested
 * against a cheap bound (the side of the street a ray can reach, a car's whole box) so a ray costs a few dozen
 * arithmetic tests.
 *
 * <p>The result of {@link #trace} sits in public-to-the-package fields ({@link #t}, the normal, {@link #material},
 * {@link #track}, {@link #index}), so tracing allocates nothing. Not thread-safe: one per thread.
 */
final class RayTracer {
    /** Rays shorter than this do not hit (avoids self-hits of shadow rays). */
    private static final double EPS = 1e-4;

    private final Street street;
    private final Building[] buildings;
    private final Actor[] actors;
    // actor poses at the current time
    private final double[] ax, ay, az, cos, sin;

    // ---- result of the last trace
    double t;
    double nx, ny, nz;
    Material material;
    /** Track id of the actor hit, 0 for the static street. */
    int track;
    /** Index of the building or actor hit, or -1. */
    int index;
    /** Height of the hit above the actor's ground (for clothing), or the opening code of a facade hit. */
    double aux;

    // ---- scratch of the box test
    private int entryAxis;

    RayTracer(Street street) {
        this.street = street;
        this.buildings = street.buildings.toArray(new Building[0]);
        List<Actor> list = street.actors;
        this.actors = list.toArray(new Actor[0]);
        int n = actors.length;
        ax = new double[n];
        ay = new double[n];
        az = new double[n];
        cos = new double[n];
        sin = new double[n];
    }

    /** Moves the actors to their poses at {@code time} seconds. */
    void setTime(double time) {
        for (int i = 0; i < actors.length; i++) {
            Actor a = actors[i];
            ax[i] = a.x(time);
            ay[i] = a.y(time);
            az[i] = Street.groundZ(ay[i]);
            cos[i] = Math.cos(a.yaw());
            sin[i] = Math.sin(a.yaw());
        }
    }

    double actorX(int i) {
        return ax[i];
    }

    double actorY(int i) {
        return ay[i];
    }

    double actorGround(int i) {
        return az[i];
    }

    /**
     * Finds the nearest hit of the ray {@code o + t·d} ({@code d} unit length) closer than {@code maxT}; returns
     * whether there is one. With {@code withGround} false the ground is skipped (shadow rays from the ground).
     */
    boolean trace(double ox, double oy, double oz, double dx, double dy, double dz, double maxT, boolean withGround) {
        t = maxT;
        material = Material.NONE;
        track = 0;
        index = -1;
        if (withGround) {
            ground(ox, oy, oz, dx, dy, dz);
        }
        buildings(ox, oy, oz, dx, dy, dz);
        poles(ox, oy, oz, dx, dy, dz);
        for (int i = 0; i < actors.length; i++) {
            if (actors[i].car()) {
                car(i, ox, oy, oz, dx, dy, dz);
            } else {
                pedestrian(i, ox, oy, oz, dx, dy, dz);
            }
        }
        return material != Material.NONE;
    }

    /** Like {@link #trace} but against actor {@code i} alone (to measure how much of it others hide). */
    boolean traceActor(int i, double ox, double oy, double oz, double dx, double dy, double dz, double maxT) {
        t = maxT;
        material = Material.NONE;
        track = 0;
        index = -1;
        if (actors[i].car()) {
            car(i, ox, oy, oz, dx, dy, dz);
        } else {
            pedestrian(i, ox, oy, oz, dx, dy, dz);
        }
        return material != Material.NONE;
    }

    // ---- ground ------------------------------------------------------------------------------------------------

    private void ground(double ox, double oy, double oz, double dx, double dy, double dz) {
        // two cambered road halves: z = -c·|y|, i.e. planes z + c·y = 0 (y >= 0) and z - c·y = 0 (y < 0)
        for (int s = -1; s <= 1; s += 2) {
            double denom = dz + s * Street.CAMBER * dy;
            if (denom < 0) {
                double tt = -(oz + s * Street.CAMBER * oy) / denom;
                if (tt > EPS && tt < t) {
                    double y = oy + tt * dy;
                    if (y * s >= 0 && Math.abs(y) <= Street.CURB_Y) {
                        double inv = 1 / Math.sqrt(1 + Street.CAMBER * Street.CAMBER);
                        double x = ox + tt * dx;
                        set(tt, 0, s * Street.CAMBER * inv, inv,
                                Street.isMarking(x, y) ? Material.LANE_MARKING : Material.ROAD, 0, -1);
                    }
                }
            }
        }
        // sidewalks: z = SIDEWALK_Z outside the curbs (they run on under the buildings, which hide them)
        if (dz < 0) {
            double tt = (Street.SIDEWALK_Z - oz) / dz;
            if (tt > EPS && tt < t && Math.abs(oy + tt * dy) >= Street.CURB_Y) {
                set(tt, 0, 0, 1, Material.SIDEWALK, 0, -1);
            }
        }
        // curb faces, vertical at |y| = CURB_Y, facing the road
        for (int s = -1; s <= 1; s += 2) {
            if (dy * s > 0) {
                double tt = (s * Street.CURB_Y - oy) / dy;
                if (tt > EPS && tt < t) {
                    double z = oz + tt * dz;
                    if (z >= Street.ROAD_EDGE_Z && z <= Street.SIDEWALK_Z) {
                        set(tt, 0, -s, 0, Material.CURB, 0, -1);
                    }
                }
            }
        }
    }

    // ---- buildings ---------------------------------------------------------------------------------------------

    private void buildings(double ox, double oy, double oz, double dx, double dy, double dz) {
        for (int i = 0; i < buildings.length; i++) {
            Building b = buildings[i];
            // a ray that starts on the street side and runs away from this side of the street cannot reach it
            if (b.side() > 0 ? dy <= 0 && oy < b.facade() : dy >= 0 && oy > -b.facade()) {
                continue;
            }
            double tt = box(ox, oy, oz, dx, dy, dz, b.x0(), b.x1(), b.yLow(), b.yHigh(), Street.SIDEWALK_Z - 0.5,
                    b.height());
            if (tt < 0 || tt >= t) {
                continue;
            }
            int axis = entryAxis;
            double nxx = axis == 0 ? -Math.signum(dx) : 0, nyy = axis == 1 ? -Math.signum(dy) : 0;
            double nzz = axis == 2 ? -Math.signum(dz) : 0;
            Material m = Material.FACADE;
            double code = 0;
            if (axis == 1 && nyy == -b.side()) {
                // the street-facing facade: openings are recessed behind it
                int opening = b.opening(ox + tt * dx, oz + tt * dz);
                if (opening != Building.NO_OPENING) {
                    double t2 = (b.facadeY() + b.side() * Building.recess(opening) - oy) / dy;
                    if (b.opening(ox + t2 * dx, oz + t2 * dz) == opening) {
                        tt = t2;
                        m = (opening & 3) == Building.DOOR ? Material.DOOR : Material.WINDOW;
                        code = opening;
                    }
                }
            }
            if (tt < t) {
                set(tt, nxx, nyy, nzz, m, 0, i);
                aux = code;
            }
        }
    }

    // ---- poles and trees ---------------------------------------------------------------------------------------

    private void poles(double ox, double oy, double oz, double dx, double dy, double dz) {
        double[] p = street.poles;
        for (int i = 0; i < p.length; i += 2) {
            cylinder(ox, oy, oz, dx, dy, dz, p[i], p[i + 1], Street.POLE_RADIUS, Street.SIDEWALK_Z,
                    Street.POLE_HEIGHT, Material.POLE);
        }
        double[] tr = street.trees;
        for (int i = 0; i < tr.length; i += 2) {
            cylinder(ox, oy, oz, dx, dy, dz, tr[i], tr[i + 1], Street.TRUNK_RADIUS, Street.SIDEWALK_Z,
                    Street.TRUNK_HEIGHT + 0.5, Material.TRUNK);
            sphere(ox, oy, oz, dx, dy, dz, tr[i], tr[i + 1], Street.TRUNK_HEIGHT + 1.1, Street.CROWN_RADIUS,
                    Material.FOLIAGE, 0, -1);
        }
    }

    private void cylinder(double ox, double oy, double oz, double dx, double dy, double dz, double cx, double cy,
                          double r, double z0, double z1, Material m) {
        double px = ox - cx, py = oy - cy;
        double a = dx * dx + dy * dy;
        if (a < 1e-12) {
            return;
        }
        double b = px * dx + py * dy;
        double c = px * px + py * py - r * r;
        double disc = b * b - a * c;
        if (disc < 0) {
            return;
        }
        double tt = (-b - Math.sqrt(disc)) / a;
        if (tt > EPS && tt < t) {
            double z = oz + tt * dz;
            if (z >= z0 && z <= z1) {
                set(tt, (px + tt * dx) / r, (py + tt * dy) / r, 0, m, 0, -1);
            }
        }
    }

    private void sphere(double ox, double oy, double oz, double dx, double dy, double dz, double cx, double cy,
                        double cz, double r, Material m, int trk, int idx) {
        double px = ox - cx, py = oy - cy, pz = oz - cz;
        double b = px * dx + py * dy + pz * dz;
        double c = px * px + py * py + pz * pz - r * r;
        double disc = b * b - c;
        if (disc < 0) {
            return;
        }
        double tt = -b - Math.sqrt(disc);
        if (tt > EPS && tt < t) {
            set(tt, (px + tt * dx) / r, (py + tt * dy) / r, (pz + tt * dz) / r, m, trk, idx);
        }
    }

    // ---- cars --------------------------------------------------------------------------------------------------

    private void car(int i, double ox, double oy, double oz, double dx, double dy, double dz) {
        Actor a = actors[i];
        double c = cos[i], s = sin[i];
        // the ray in the car's frame: origin at the centre of its footprint on the ground, x along its heading
        double rx = ox - ax[i], ry = oy - ay[i], rz = oz - az[i];
        double lox = c * rx + s * ry, loy = -s * rx + c * ry;
        double ldx = c * dx + s * dy, ldy = -s * dx + c * dy;
        double hl = a.length() / 2, hw = a.width() / 2, h = a.height();
        if (box(lox, loy, rz, ldx, ldy, dz, -hl, hl, -hw, hw, 0, h) < 0) {
            return; // misses the whole label box
        }
        double bodyTop = 0.2 + 0.58 * (h - 0.2);
        double best = t;
        int bestAxis = -1;
        Material bestM = null;
        // body
        double tt = box(lox, loy, rz, ldx, ldy, dz, -hl, hl, -hw, hw, 0.2, bodyTop);
        if (tt > 0 && tt < best) {
            best = tt;
            bestAxis = entryAxis;
            bestM = Material.CAR_PAINT;
        }
        // cabin: narrower and set back
        double cabinRear = -hl + 0.12 * a.length(), cabinFront = hl - 0.3 * a.length();
        tt = box(lox, loy, rz, ldx, ldy, dz, cabinRear, cabinFront, -hw + 0.1, hw - 0.1, bodyTop, h);
        if (tt > 0 && tt < best) {
            best = tt;
            bestAxis = entryAxis;
            bestM = entryAxis == 2 ? Material.CAR_PAINT : Material.CAR_GLASS;
        }
        // wheels, below the body
        double wheelX = hl - 0.75, wr = 0.33;
        for (int k = 0; k < 4; k++) {
            double wx = (k & 1) == 0 ? wheelX : -wheelX;
            double y0 = (k & 2) == 0 ? hw - 0.24 : -hw, y1 = (k & 2) == 0 ? hw : -hw + 0.24;
            tt = box(lox, loy, rz, ldx, ldy, dz, wx - wr, wx + wr, y0, y1, 0, 2 * wr);
            if (tt > 0 && tt < best) {
                best = tt;
                bestAxis = entryAxis;
                bestM = Material.CAR_TYRE;
            }
        }
        if (bestM == null) {
            return;
        }
        double lnx = 0, lny = 0, lnz = 0;
        double sign = bestAxis == 0 ? -Math.signum(ldx) : bestAxis == 1 ? -Math.signum(ldy) : -Math.signum(dz);
        if (bestAxis == 0) {
            lnx = sign;
        } else if (bestAxis == 1) {
            lny = sign;
        } else {
            lnz = sign;
        }
        double lz = rz + best * dz;
        if (bestM == Material.CAR_PAINT && bestAxis == 0) {
            // front and rear faces: the licence plate in the middle, lights at the corners
            double ly = loy + best * ldy;
            boolean plate = Math.abs(ly) < 0.26 && lz > 0.38 && lz < 0.5;
            boolean light = Math.abs(ly) > hw - 0.35 && lz > bodyTop - 0.22 && lz < bodyTop - 0.06;
            if (plate || light) {
                bestM = Material.CAR_REFLECTOR;
            }
        }
        set(best, c * lnx - s * lny, s * lnx + c * lny, lnz, bestM, a.track(), i);
        aux = lz;
    }

    // ---- pedestrians -------------------------------------------------------------------------------------------

    private void pedestrian(int i, double ox, double oy, double oz, double dx, double dy, double dz) {
        Actor a = actors[i];
        double c = cos[i], s = sin[i];
        double rx = ox - ax[i], ry = oy - ay[i], rz = oz - az[i];
        double h = a.height();
        double headR = 0.115;
        double bodyTop = h - 2 * headR - 0.04;
        // body: elliptic cylinder filling the label box (shoulders and arms across, chest to back along)
        double ea = a.length() / 2, eb = a.width() / 2;
        double lox = (c * rx + s * ry) / ea, loy = (-s * rx + c * ry) / eb;
        double ldx = (c * dx + s * dy) / ea, ldy = (-s * dx + c * dy) / eb;
        double qa = ldx * ldx + ldy * ldy;
        if (qa > 1e-12) {
            double qb = lox * ldx + loy * ldy;
            double qc = lox * lox + loy * loy - 1;
            double disc = qb * qb - qa * qc;
            if (disc >= 0) {
                double tt = (-qb - Math.sqrt(disc)) / qa;
                if (tt > EPS && tt < t) {
                    double z = rz + tt * dz;
                    if (z >= 0 && z <= bodyTop) {
                        // normal of the ellipse (x/a)² + (y/b)² = 1 is (x/a², y/b²)
                        double px = (lox + tt * ldx) / ea, py = (loy + tt * ldy) / eb;
                        double lnx = px / ea, lny = py / eb;
                        double len = Math.sqrt(lnx * lnx + lny * lny);
                        lnx /= len;
                        lny /= len;
                        set(tt, c * lnx - s * lny, s * lnx + c * lny, 0, Material.CLOTHING, a.track(), i);
                        aux = z;
                    }
                }
            }
        }
        sphere(ox, oy, oz, dx, dy, dz, ax[i], ay[i], az[i] + h - headR, headR, Material.SKIN, a.track(), i);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void set(double tt, double nxx, double nyy, double nzz, Material m, int trk, int idx) {
        t = tt;
        nx = nxx;
        ny = nyy;
        nz = nzz;
        material = m;
        track = trk;
        index = idx;
        aux = 0;
    }

    /**
     * Slab test of an axis-aligned box; returns the entry distance, or -1 for a miss or an origin inside the
     * box. Leaves the axis (0, 1, 2) of the entry face in {@link #entryAxis}.
     */
    private double box(double ox, double oy, double oz, double dx, double dy, double dz, double x0, double x1,
                       double y0, double y1, double z0, double z1) {
        double tn = Double.NEGATIVE_INFINITY, tf = Double.POSITIVE_INFINITY;
        int axis = -1;
        if (dx != 0) {
            double inv = 1 / dx;
            double a = (x0 - ox) * inv, b = (x1 - ox) * inv;
            if (a > b) {
                double tmp = a;
                a = b;
                b = tmp;
            }
            tn = a;
            axis = 0;
            tf = b;
        } else if (ox < x0 || ox > x1) {
            return -1;
        }
        if (dy != 0) {
            double inv = 1 / dy;
            double a = (y0 - oy) * inv, b = (y1 - oy) * inv;
            if (a > b) {
                double tmp = a;
                a = b;
                b = tmp;
            }
            if (a > tn) {
                tn = a;
                axis = 1;
            }
            tf = Math.min(tf, b);
        } else if (oy < y0 || oy > y1) {
            return -1;
        }
        if (dz != 0) {
            double inv = 1 / dz;
            double a = (z0 - oz) * inv, b = (z1 - oz) * inv;
            if (a > b) {
                double tmp = a;
                a = b;
                b = tmp;
            }
            if (a > tn) {
                tn = a;
                axis = 2;
            }
            tf = Math.min(tf, b);
        } else if (oz < z0 || oz > z1) {
            return -1;
        }
        if (tn > tf || tn <= EPS || axis < 0) {
            return -1;
        }
        entryAxis = axis;
        return tn;
    }
}
