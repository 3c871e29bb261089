package dev.fuselage.bench.io;

/**
 * Struct-of-arrays holder for generated returns: what the emitters need to write every format from one source.
 * Coordinates are metres in the sensor frame (x forward, y left, z up), intensity is KITTI-style reflectance
 * in [0, 1].
 */
final class LidarPoints {
    final float[] x;
    final float[] y;
    final float[] z;
    final float[] intensity;
    /** Laser index, 0 = top beam. */
    final byte[] ring;
    /** ASPRS class: 2 ground, 6 building, 1 unclassified (far background). */
    final byte[] classification;
    /** Elevation angle of the beam in degrees (LAS scan angle). */
    final float[] elevationDeg;
    /** Seconds since the first sweep started (LAS GPS time, offset by an arbitrary epoch). */
    final double[] time;

    LidarPoints(int n) {
        x = new float[n];
        y = new float[n];
        z = new float[n];
        intensity = new float[n];
        ring = new byte[n];
        classification = new byte[n];
        elevationDeg = new float[n];
        time = new double[n];
    }

    int size() {
        return x.length;
    }
}
