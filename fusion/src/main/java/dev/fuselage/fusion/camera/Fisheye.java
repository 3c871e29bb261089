package dev.fuselage.fusion.camera;

/**
 * OpenCV's equidistant fisheye model ({@code cv::fisheye}): with {@code r = |(x, y)|} and the angle from the optical
 * axis {@code θ = atan(r)},
 * <pre>
 *   θd = θ·(1 + k1·θ² + k2·θ⁴ + k3·θ⁶ + k4·θ⁸)
 *   (xd, yd) = (θd / r)·(x, y)
 * </pre>
 * so the distorted radius is (nearly) proportional to the angle, not to its tangent. Only points in front of the
 * camera (θ &lt; 90°) are modelled.
 */
public record Fisheye(double k1, double k2, double k3, double k4) implements Distortion {
    private static final int MAX_ITERATIONS = 50;

    public Fisheye {
        if (!Double.isFinite(k1) || !Double.isFinite(k2) || !Double.isFinite(k3) || !Double.isFinite(k4)) {
            throw new IllegalArgumentException("fisheye coefficients must be finite");
        }
    }

    @Override
    public String model() {
        return "fisheye";
    }

    @Override
    public double[] coefficients() {
        return new double[] {k1, k2, k3, k4};
    }

    /** The scale θd/r for a normalized radius r (its limit 1 at r = 0). */
    public double scale(double r) {
        if (r < 1e-12) {
            return 1;
        }
        double t = Math.atan(r);
        double t2 = t * t;
        return t * (1 + t2 * (k1 + t2 * (k2 + t2 * (k3 + t2 * k4)))) / r;
    }

    @Override
    public void distort(double x, double y, double[] dest) {
        double s = scale(Math.sqrt(x * x + y * y));
        dest[0] = x * s;
        dest[1] = y * s;
    }

    @Override
    public boolean undistort(double xd, double yd, double[] dest) {
        double thetaD = Math.sqrt(xd * xd + yd * yd);
        if (thetaD < 1e-12) {
            dest[0] = xd;
            dest[1] = yd;
            return true;
        }
        double t = Math.min(thetaD, 1.5);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double t2 = t * t;
            double f = t * (1 + t2 * (k1 + t2 * (k2 + t2 * (k3 + t2 * k4)))) - thetaD;
            double df = 1 + t2 * (3 * k1 + t2 * (5 * k2 + t2 * (7 * k3 + t2 * 9 * k4)));
            if (!(df > 0)) {
                break;
            }
            double step = f / df;
            t -= step;
            if (Math.abs(step) < 1e-15 * (1 + t)) {
                if (t >= 0 && t < Math.PI / 2) {
                    double s = Math.tan(t) / thetaD;
                    dest[0] = xd * s;
                    dest[1] = yd * s;
                    return true;
                }
                break;
            }
        }
        dest[0] = Double.NaN;
        dest[1] = Double.NaN;
        return false;
    }

    /** tan of the first angle below 90° where dθd/dθ turns non-positive; infinity when it never does. */
    @Override
    public double validRadius() {
        double turn = Monotonic.firstTurn(t -> {
            double t2 = t * t;
            return 1 + t2 * (3 * k1 + t2 * (5 * k2 + t2 * (7 * k3 + t2 * 9 * k4)));
        }, Math.PI / 2);
        return Double.isInfinite(turn) ? Double.POSITIVE_INFINITY : Math.tan(turn);
    }
}
