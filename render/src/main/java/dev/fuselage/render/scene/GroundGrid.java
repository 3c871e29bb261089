package dev.fuselage.render.scene;

/**
 * A square ground grid centred on the world origin.
 *
 * @param spacing    metres between lines
 * @param halfExtent metres from the centre to the edge
 * @param z          height of the grid plane
 * @param argb       line colour
 */
public record GroundGrid(double spacing, double halfExtent, double z, int argb) {
    /** 10 m cells out to 100 m at z = −1.8 (a car-mounted sensor's ground), dark grey. */
    public static final GroundGrid DEFAULT = new GroundGrid(10, 100, -1.8, 0xFF3A3A3A);

    public GroundGrid {
        if (!(spacing > 0) || !(halfExtent > 0) || halfExtent / spacing > 1000) {
            throw new IllegalArgumentException("grid needs spacing > 0, extent > 0 and at most 2000 lines a side");
        }
    }
}
