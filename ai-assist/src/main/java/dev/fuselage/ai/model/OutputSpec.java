package dev.fuselage.ai.model;

import java.util.List;
import java.util.Objects;

/**
 * How a detect2d model's output tensor is read.
 *
 * <p>{@code yolox}: one output {@code [1, N, 5 + classes]}, one row per anchor-free grid cell over the strides in
 * order (N = Σ (W/s)·(H/s)), rows {@code (x, y, log w, log h, objectness, class scores…)}, already through their
 * sigmoids; decoded as {@code cx = (x + gx)·s}, {@code cy = (y + gy)·s}, {@code w = e^{log w}·s},
 * {@code h = e^{log h}·s}, {@code score = objectness · class score}.
 *
 * @param name           the ONNX output's name
 * @param decoding       the decoding scheme; only {@code yolox} exists
 * @param strides        grid strides, pixels, in output order
 * @param scoreThreshold detections below this score are dropped (0–1)
 * @param nmsIou         same-class boxes overlapping more than this are suppressed (0–1)
 */
public record OutputSpec(String name, String decoding, List<Integer> strides, double scoreThreshold, double nmsIou) {
    public OutputSpec {
        Objects.requireNonNull(name, "name");
        if (!"yolox".equals(decoding)) {
            throw new IllegalArgumentException("unknown 'decoding' \"" + decoding + "\" (this build knows \"yolox\")");
        }
        strides = List.copyOf(strides);
        if (strides.isEmpty() || strides.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("'strides' must be positive integers: " + strides);
        }
        if (!(scoreThreshold >= 0 && scoreThreshold <= 1) || !(nmsIou > 0 && nmsIou <= 1)) {
            throw new IllegalArgumentException("'scoreThreshold' must be in 0..1 and 'nmsIou' in (0, 1]: "
                    + scoreThreshold + ", " + nmsIou);
        }
    }

    /** Number of grid cells (output rows) for an input of {@code width x height}. */
    public int rows(int width, int height) {
        int n = 0;
        for (int s : strides) {
            n += (width / s) * (height / s);
        }
        return n;
    }
}
