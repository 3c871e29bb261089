package dev.fuselage.fusion.camera;

/**
 * OpenCV's radial-tangential ("plumb bob") model: with {@code r² = x² + y²},
 * <pre>
 *   radial = 1 + k1·r² + k2·r⁴ + k3·r⁶
 *   xd = x·radial + 2·p1·x·y + p2·(r² + 2x²)
 *   yd = y·radial + p1·(r² + 2y²) + 2·p2·x·y
 * </pre>
 * Coefficient order in the rig format: k1 k2 p1 p2 k3 (OpenCV's order).
 */
public record RadialTangential(double k1, double k2, double p1, double p2, double k3) implements Distortion {
    private static final int MAX_ITERATIONS = 50;

    public RadialTangential {
        if (!Double.isFinite(k1) || !Double.isFinite(k2) || !Double.isFinite(p1) || !Double.isFinite(p2)
                || !Double.isFinite(k3)) {
            throw new IllegalArgumentException("radtan coefficients must be finite");
        }
    }

    @Override
    public String model() {
        return "radtan";
    }

    @Override
    public double[] coefficients() {
        return new double[] {k1, k2, p1, p2, k3};
    }

    @Override
    public void distort(double x, double y, double[] dest) {
        double r2 = x * x + y * y;
        double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
        double xy = x * y;
        dest[0] = x * radial + 2 * p1 * xy + p2 * (r2 + 2 * x * x);
        dest[1] = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * xy;
    }

    @Override
    public boolean undistort(double xd, double yd, double[] dest) {
        double x = xd, y = yd;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double r2 = x * x + y * y;
            double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
            double dRadial = k1 + r2 * (2 * k2 + 3 * k3 * r2); // d(radial)/d(r²)
            double xy = x * y;
            double fx = x * radial + 2 * p1 * xy + p2 * (r2 + 2 * x * x) - xd;
            double fy = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * xy - yd;
            // Jacobian of the forward model
            double jxx = radial + 2 * x * x * dRadial + 2 * p1 * y + 6 * p2 * x;
            double jxy = 2 * xy * dRadial + 2 * p1 * x + 2 * p2 * y;
            double jyy = radial + 2 * y * y * dRadial + 6 * p1 * y + 2 * p2 * x;
            double det = jxx * jyy - jxy * jxy;
            if (!(Math.abs(det) > 1e-300)) {
                break;
            }
            double dx = (jyy * fx - jxy * fy) / det;
            double dy = (jxx * fy - jxy * fx) / det;
            x -= dx;
            y -= dy;
            if (Math.abs(dx) + Math.abs(dy) < 1e-15 * (1 + Math.abs(x) + Math.abs(y))) {
                dest[0] = x;
                dest[1] = y;
                return true;
            }
        }
        dest[0] = Double.NaN;
        dest[1] = Double.NaN;
        return false;
    }

    /** First radius where d(r·radial(r))/dr turns non-positive (tangential terms are small and ignored here). */
    @Override
    public double validRadius() {
        return Monotonic.firstTurn(r -> {
            double r2 = r * r;
            return 1 + r2 * (3 * k1 + r2 * (5 * k2 + r2 * 7 * k3));
        }, 20.0);
    }
}
