package dev.fuselage.ai.detect;

import dev.fuselage.ai.model.InputSpec;
import dev.fuselage.ai.model.ModelDescriptor;
import dev.fuselage.ai.model.ModelException;
import dev.fuselage.ai.model.ModelTask;
import dev.fuselage.ai.model.OnnxModel;
import dev.fuselage.ai.model.OutputSpec;
import dev.fuselage.core.geometry.Box2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 2D detection with a YOLOX-style model: anchor-free grid decoding ({@link OutputSpec}), per-class non-maximum
 * suppression, and for {@link InputSpec.Resize#TILE tile} models, native-resolution tiles across wide images.
 *
 * <p>Tiling: input-sized tiles overlap by at least {@link #MIN_OVERLAP} of a tile; a detection touching a tile
 * edge inside the image is cut and dropped (the neighbouring tile sees the whole object when it is narrower than
 * the overlap); one more letterboxed pass over the whole image finds objects too large for a tile. Everything then
 * goes through one NMS. Immutable; thread-safe as its model is.
 */
public final class YoloxDetector {
    /** Tiles overlap by at least this share of their size. */
    static final double MIN_OVERLAP = 0.25;
    /** A box this close (px) to an inner tile edge was cut by it. */
    static final double EDGE = 2;

    private final OnnxModel model;
    private final ModelDescriptor d;

    public YoloxDetector(OnnxModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.d = model.descriptor();
        if (d.task() != ModelTask.DETECT2D) {
            throw new IllegalArgumentException(model.file().getFileName() + ": not a detect2d model");
        }
    }

    /** The detections with a score of at least the descriptor's threshold, best first. */
    public List<Detection2D> detect(RgbImage image) throws ModelException {
        InputSpec in = d.input();
        List<Detection2D> all = new ArrayList<>();
        boolean larger = image.width() > in.width() || image.height() > in.height();
        if (in.resize() == InputSpec.Resize.TILE && larger) {
            for (int oy : offsets(image.height(), in.height())) {
                for (int ox : offsets(image.width(), in.width())) {
                    runTile(image, ox, oy, all);
                }
            }
        }
        runLetterbox(image, all);
        return Nms.perClass(all, d.output().nmsIou());
    }

    /** Tile origins along one axis: first at 0, last flush with the end, overlapping by ≥ MIN_OVERLAP. */
    static int[] offsets(int length, int tile) {
        if (length <= tile) {
            return new int[] {0};
        }
        int maxStep = (int) Math.floor(tile * (1 - MIN_OVERLAP));
        int count = (int) Math.ceil((double) (length - tile) / maxStep) + 1;
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (int) Math.round((double) (length - tile) * i / (count - 1));
        }
        return out;
    }

    private void runTile(RgbImage image, int ox, int oy, List<Detection2D> out) throws ModelException {
        InputSpec in = d.input();
        float[] tensor = new float[3 * in.width() * in.height()];
        Preprocess.crop(image, ox, oy, in, tensor);
        float[] raw = model.run(tensor);
        List<Detection2D> found = new ArrayList<>();
        decode(raw, ox, oy, 1, image, found);
        int tw = Math.min(in.width(), image.width() - ox), th = Math.min(in.height(), image.height() - oy);
        for (Detection2D det : found) {
            Box2D b = det.box();
            boolean cut = (ox > 0 && b.left() <= ox + EDGE)
                    || (ox + tw < image.width() && b.right() >= ox + tw - EDGE)
                    || (oy > 0 && b.top() <= oy + EDGE)
                    || (oy + th < image.height() && b.bottom() >= oy + th - EDGE);
            if (!cut) {
                out.add(det);
            }
        }
    }

    private void runLetterbox(RgbImage image, List<Detection2D> out) throws ModelException {
        InputSpec in = d.input();
        float[] tensor = new float[3 * in.width() * in.height()];
        double r = Preprocess.letterbox(image, in, tensor);
        decode(model.run(tensor), 0, 0, r, image, out);
    }

    /** Grid decoding of one output; boxes mapped to image pixels by {@code (v / r) + offset}. */
    private void decode(float[] raw, int ox, int oy, double r, RgbImage image, List<Detection2D> out) {
        InputSpec in = d.input();
        OutputSpec spec = d.output();
        int classes = d.labels().size(), row = 5 + classes;
        int k = 0;
        for (int stride : spec.strides()) {
            int gw = in.width() / stride, gh = in.height() / stride;
            for (int gy = 0; gy < gh; gy++) {
                for (int gx = 0; gx < gw; gx++, k++) {
                    int base = k * row;
                    float objectness = raw[base + 4];
                    if (objectness < spec.scoreThreshold()) {
                        continue; // score = objectness · class score ≤ objectness
                    }
                    int best = 0;
                    float bestScore = raw[base + 5];
                    for (int c = 1; c < classes; c++) {
                        if (raw[base + 5 + c] > bestScore) {
                            bestScore = raw[base + 5 + c];
                            best = c;
                        }
                    }
                    double score = objectness * bestScore;
                    if (score < spec.scoreThreshold()) {
                        continue;
                    }
                    double cx = (raw[base] + gx) * stride, cy = (raw[base + 1] + gy) * stride;
                    double w = Math.exp(raw[base + 2]) * stride, h = Math.exp(raw[base + 3]) * stride;
                    double left = clamp((cx - w / 2) / r + ox, image.width()),
                            right = clamp((cx + w / 2) / r + ox, image.width());
                    double top = clamp((cy - h / 2) / r + oy, image.height()),
                            bottom = clamp((cy + h / 2) / r + oy, image.height());
                    if (right - left < 1 || bottom - top < 1) {
                        continue; // entirely in the padding
                    }
                    out.add(new Detection2D(new Box2D(left, top, right, bottom), best, d.labels().get(best),
                            d.ontologyClass(best), score));
                }
            }
        }
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
