package dev.fuselage.bench.io;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.core.cloud.synthetic.SyntheticLidar;

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

    private LidarPoints(PointCloud cloud) {
        int n = cloud.size();
        x = cloud.x();
        y = cloud.y();
        z = cloud.z();
        intensity = cloud.column(StandardAttributes.INTENSITY).orElseThrow().floats();
        time = cloud.column(StandardAttributes.TIME).orElseThrow().doubles();
        short[] rings = cloud.column(StandardAttributes.RING).orElseThrow().shorts();
        short[] classes = cloud.column(StandardAttributes.SEMANTIC).orElseThrow().shorts();
        ring = new byte[n];
        classification = new byte[n];
        elevationDeg = new float[n];
        for (int i = 0; i < n; i++) {
            ring[i] = (byte) rings[i];
            classification[i] = (byte) classes[i];
            elevationDeg[i] = (float) SyntheticLidar.elevationDeg(rings[i]);
        }
    }

    /** The first {@code n} returns of the generator's street without traffic (see {@link SyntheticLidar}). */
    static LidarPoints generate(long seed, int n) {
        return new LidarPoints(new SyntheticLidar(seed).generate(n).cloud());
    }

    int size() {
        return x.length;
    }
}
