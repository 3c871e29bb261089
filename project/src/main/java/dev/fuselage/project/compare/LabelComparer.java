package dev.fuselage.project.compare;

import dev.fuselage.project.compare.Comparison.MatchedPair;
import dev.fuselage.project.compare.Comparison.Scores;
import dev.fuselage.project.compare.Comparison.Unmatched;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a label set A (the one checked) against a reference B, frame by frame. In each frame, boxes are paired
 * greedily by descending 3D IoU, whatever their classes, keeping pairs at or above the threshold (each box in at
 * most one pair). A pair is a hit when both boxes have the same class; pairs of different classes feed the
 * confusion table (CVAT's "wrong class"); boxes left without a pair are extra (A) or missing (B).
 *
 * <p>Precision = hits / boxes of A, recall = hits / boxes of B, mean IoU = mean 3D IoU of the hits (BEV IoU
 * likewise), overall and per class. Frames only one set has count too: their boxes are all extra or missing.
 */
public final class LabelComparer {
    private final double threshold;
    private final BoxIou iou = new BoxIou();

    /** A comparer pairing boxes at 3D IoU {@code >= threshold} (0.5 on the command line by default). */
    public LabelComparer(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Compares {@code a} against the reference {@code b}. */
    public Comparison compare(LabelSet a, LabelSet b) {
        Set<String> frames = new LinkedHashSet<>(b.frames().keySet());
        frames.addAll(a.frames().keySet());
        List<MatchedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Tally all = new Tally();
        Map<String, Tally> perClass = new TreeMap<>();
        for (String f : frames) {
            matchFrame(a.boxes(f), b.boxes(f), pairs, unmatched);
        }
        for (String f : frames) {
            a.boxes(f).forEach(x -> perClass.computeIfAbsent(x.className(), c -> new Tally()).boxesA++);
            b.boxes(f).forEach(x -> perClass.computeIfAbsent(x.className(), c -> new Tally()).boxesB++);
            all.boxesA += a.boxes(f).size();
            all.boxesB += b.boxes(f).size();
        }
        for (MatchedPair p : pairs) {
            confusion.computeIfAbsent(p.a().className(), c -> new TreeMap<>()).merge(p.b().className(), 1,
                    Integer::sum);
            if (p.a().className().equals(p.b().className())) {
                all.hit(p);
                perClass.get(p.b().className()).hit(p);
            }
        }
        Map<String, Scores> classes = new TreeMap<>();
        perClass.forEach((name, t) -> classes.put(name, t.scores()));
        return new Comparison(all.scores(), classes, confusion, unmatched, pairs);
    }

    private void matchFrame(List<LabeledBox> as, List<LabeledBox> bs, List<MatchedPair> pairs,
                            List<Unmatched> unmatched) {
        int n = as.size(), m = bs.size();
        double[] ious = new double[n * m];
        double[] bestA = new double[n], bestB = new double[m];
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double v = iou.iou3d(as.get(i).box(), bs.get(j).box());
                ious[i * m + j] = v;
                bestA[i] = Math.max(bestA[i], v);
                bestB[j] = Math.max(bestB[j], v);
                if (v >= threshold) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        candidates.sort((p, q) -> Double.compare(ious[q[0] * m + q[1]], ious[p[0] * m + p[1]]));
        boolean[] usedA = new boolean[n], usedB = new boolean[m];
        for (int[] c : candidates) {
            if (usedA[c[0]] || usedB[c[1]]) {
                continue;
            }
            usedA[c[0]] = true;
            usedB[c[1]] = true;
            LabeledBox x = as.get(c[0]), y = bs.get(c[1]);
            pairs.add(new MatchedPair(x, y, ious[c[0] * m + c[1]], iou.bev(x.box(), y.box())));
        }
        for (int i = 0; i < n; i++) {
            if (!usedA[i]) {
                unmatched.add(new Unmatched("A", as.get(i), bestA[i]));
            }
        }
        for (int j = 0; j < m; j++) {
            if (!usedB[j]) {
                unmatched.add(new Unmatched("B", bs.get(j), bestB[j]));
            }
        }
    }

    /** Counts toward one score line. */
    private static final class Tally {
        int boxesA;
        int boxesB;
        int hits;
        double iouSum;
        double bevSum;

        void hit(MatchedPair p) {
            hits++;
            iouSum += p.iou();
            bevSum += p.bevIou();
        }

        Scores scores() {
            double precision = boxesA == 0 ? (boxesB == 0 ? 1 : 0) : (double) hits / boxesA;
            double recall = boxesB == 0 ? (boxesA == 0 ? 1 : 0) : (double) hits / boxesB;
            return new Scores(precision, recall, hits == 0 ? 0 : iouSum / hits, hits == 0 ? 0 : bevSum / hits, hits,
                    boxesA, boxesB);
        }
    }
}
