package dev.fuselage.render;

/**
 * Adapts a per-frame point budget to a frame-time target from the frames just drawn. A frame costs roughly a fixed
 * part (clearing, resolving, handing the pixels over) plus a part proportional to the points drawn; scaling the
 * budget by {@code target / time} converges to the budget whose frames take the target time whatever the cloud,
 * the point size, the machine or the load. The time is smoothed over the last few frames and each step is limited
 * to halving or one and a half times, so a single slow frame (a garbage collection, a neighbour process) does not
 * throw the budget away. A frame that drew fewer points than its budget (little in view) says nothing about larger
 * budgets, so it can only lower the budget.
 *
 * <p>Not thread-safe: the render thread owns it.
 */
public final class FrameBudget {
    /** The budget never falls below this: a frame must show something. */
    public static final int MIN_POINTS = 50_000;
    /** Nor grows beyond this. */
    public static final int MAX_POINTS = 500_000_000;
    private static final double SMOOTHING = 0.5;
    private static final double MAX_GROWTH = 1.5;
    private static final double MAX_SHRINK = 0.5;
    private double targetMillis;
    private double smoothedMillis = Double.NaN;
    private int budget;

    /**
     * @param targetMillis  the frame time to keep (milliseconds, positive)
     * @param initialBudget the budget before any frame was measured
     */
    public FrameBudget(double targetMillis, int initialBudget) {
        setTarget(targetMillis);
        budget = clamp(initialBudget);
    }

    /** Changes the target; the budget follows over the next frames. */
    public void setTarget(double millis) {
        if (!(millis > 0)) {
            throw new IllegalArgumentException("frame-time target must be positive: " + millis);
        }
        targetMillis = millis;
    }

    public double target() {
        return targetMillis;
    }

    /** The budget for the next frame. */
    public int budget() {
        return budget;
    }

    /**
     * Records a frame drawn with the current budget.
     *
     * @param pointsDrawn points the frame actually drew (at most about the budget)
     * @param millis      how long it took
     */
    public void record(long pointsDrawn, double millis) {
        if (!(millis > 0)) {
            return;
        }
        smoothedMillis = Double.isNaN(smoothedMillis) ? millis : SMOOTHING * millis + (1 - SMOOTHING) * smoothedMillis;
        // react at once to a frame far over the target: waiting for the average would let input lag
        double time = Math.max(smoothedMillis, millis > 2 * targetMillis ? millis : 0);
        double ratio = Math.max(MAX_SHRINK, Math.min(MAX_GROWTH, targetMillis / time));
        boolean limited = pointsDrawn >= budget * 0.9;
        if (limited) {
            budget = clamp((long) (budget * ratio));
        } else if (ratio < 1) {
            budget = clamp((long) (Math.max(pointsDrawn, MIN_POINTS) * ratio));
        }
    }

    private static int clamp(long points) {
        return (int) Math.max(MIN_POINTS, Math.min(MAX_POINTS, points));
    }

    @Override
    public String toString() {
        return "FrameBudget[" + budget + " points for " + targetMillis + " ms]";
    }
}
