package dev.fuselage.io.kitti;

import dev.fuselage.core.geometry.Affine4;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * KITTI calibration of one frame (object benchmark) or one drive (raw data), normalised to the object-benchmark
 * names. All matrices are row-major double arrays.
 *
 * <ul>
 *   <li>{@code P0..P3}: 3×4 projection matrices of the rectified cameras 0–3 (12 values).</li>
 *   <li>{@code R0_rect}: 3×3 rectifying rotation of camera 0 (9 values).</li>
 *   <li>{@code Tr_velo_to_cam}: 3×4 rigid transform lidar → (unrectified) camera 0 (12 values).</li>
 *   <li>{@code Tr_imu_to_velo}: 3×4 rigid transform IMU → lidar, when the file has it.</li>
 * </ul>
 * A lidar point reaches image 2 as {@code P2 · R0_rect · Tr_velo_to_cam · X}; label boxes, already rectified, as
 * {@code P2 · X}. Raw-data entries that have no object-benchmark name ({@code K_00}, {@code D_00}, {@code S_00},
 * {@code calib_time}, ...) are kept in {@link #extras()} so a raw calibration can be written back unchanged.
 */
public record KittiCalibration(double[][] p, double[] r0Rect, double[] trVeloToCam, Optional<double[]> trImuToVelo,
                               Map<String, String> extras) {
    public KittiCalibration {
        Objects.requireNonNull(p, "p");
        if (p.length != 4) {
            throw new IllegalArgumentException("need P0..P3, got " + p.length);
        }
        p = p.clone();
        for (int i = 0; i < 4; i++) {
            p[i] = check(p[i], 12, "P" + i);
        }
        r0Rect = check(r0Rect, 9, "R0_rect");
        trVeloToCam = check(trVeloToCam, 12, "Tr_velo_to_cam");
        trImuToVelo = trImuToVelo.map(t -> check(t, 12, "Tr_imu_to_velo"));
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    private static double[] check(double[] values, int n, String name) {
        Objects.requireNonNull(values, name);
        if (values.length != n) {
            throw new IllegalArgumentException(name + " needs " + n + " values, got " + values.length);
        }
        return values.clone();
    }

    /** Projection matrix of rectified camera {@code camera} (0–3), a copy. */
    public double[] projection(int camera) {
        return p[camera].clone();
    }

    /** 4×4 row-major homogeneous form of {@code R0_rect}. */
    public double[] r0Rect4x4() {
        double[] m = new double[16];
        for (int r = 0; r < 3; r++) {
            System.arraycopy(r0Rect, 3 * r, m, 4 * r, 3);
        }
        m[15] = 1;
        return m;
    }

    /** 4×4 row-major homogeneous form of {@code Tr_velo_to_cam}. */
    public double[] veloToCam4x4() {
        return to4x4(trVeloToCam);
    }

    /** 4×4 row-major transform lidar → rectified camera 0: {@code R0_rect · Tr_velo_to_cam}. */
    public double[] veloToRect4x4() {
        return Affine4.mul(r0Rect4x4(), veloToCam4x4());
    }

    /** 4×4 row-major transform rectified camera 0 → lidar (the rigid inverse of {@link #veloToRect4x4()}). */
    public double[] rectToVelo4x4() {
        return Affine4.invert(veloToRect4x4());
    }

    static double[] to4x4(double[] m34) {
        double[] m = new double[16];
        System.arraycopy(m34, 0, m, 0, 12);
        m[15] = 1;
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KittiCalibration c && Arrays.deepEquals(p, c.p) && Arrays.equals(r0Rect, c.r0Rect)
                && Arrays.equals(trVeloToCam, c.trVeloToCam)
                && trImuToVelo.isPresent() == c.trImuToVelo.isPresent()
                && (trImuToVelo.isEmpty() || Arrays.equals(trImuToVelo.get(), c.trImuToVelo.get()))
                && extras.equals(c.extras);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(p) * 31 + Arrays.hashCode(trVeloToCam);
    }

    @Override
    public String toString() {
        return "KittiCalibration[P2=" + Arrays.toString(p[2]) + ", Tr_velo_to_cam=" + Arrays.toString(trVeloToCam)
                + "]";
    }
}
