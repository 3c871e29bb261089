package dev.fuselage.project.compare;

import java.util.List;
import java.util.Map;

/**
 * The result of comparing a label set (A, the one checked) against another (B, the reference).
 *
 * @param overall   scores over every class
 * @param classes   scores per class of B (a pair counts for its reference class), by name
 * @param confusion among matched pairs, how often class A (outer key) was given where B has class (inner key)
 * @param unmatched boxes of A without a match (extra) and of B without one (missing)
 * @param pairs     the matched pairs
 */
public record Comparison(Scores overall, Map<String, Scores> classes, Map<String, Map<String, Integer>> confusion,
                         List<Unmatched> unmatched, List<MatchedPair> pairs) {

    /**
     * Precision, recall and mean 3D IoU (and mean BEV IoU) of matched pairs; precision and recall are 1 when there is
     * nothing to find and nothing found.
     *
     * @param precision matched / boxes of A
     * @param recall    matched / boxes of B
     * @param meanIou   mean 3D IoU of the matched pairs, 0 when none
     * @param meanBevIou mean bird's-eye-view IoU of the matched pairs, 0 when none
     * @param matched   matched pairs
     * @param boxesA    boxes of A
     * @param boxesB    boxes of B
     */
    public record Scores(double precision, double recall, double meanIou, double meanBevIou, int matched, int boxesA,
                         int boxesB) {
    }

    /**
     * A box that found no partner.
     *
     * @param side  {@code A} (extra: in the checked set only) or {@code B} (missing: in the reference only)
     * @param box   the box
     * @param bestIou the best 3D IoU it had with any box of the other set in its frame (below the threshold)
     */
    public record Unmatched(String side, LabeledBox box, double bestIou) {
    }

    /**
     * Two boxes matched in one frame.
     *
     * @param a      the box of A
     * @param b      the box of B
     * @param iou    3D IoU
     * @param bevIou bird's-eye-view IoU
     */
    public record MatchedPair(LabeledBox a, LabeledBox b, double iou, double bevIou) {
    }
}
