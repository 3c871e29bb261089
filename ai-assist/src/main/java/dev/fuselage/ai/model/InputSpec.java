package dev.fuselage.ai.model;

import java.util.Objects;

/**
 * How an image becomes a model's input tensor {@code [1, 3, height, width]} (NCHW, float32):
 * {@code value = (pixel · scale − mean[c]) / std[c]} per channel, channels in {@code channelOrder}.
 *
 * @param name         the ONNX input's name
 * @param width        tensor width, pixels
 * @param height       tensor height, pixels
 * @param channelOrder {@code RGB} or {@code BGR}
 * @param scale        factor applied to 0–255 pixel values first (1 keeps 0–255, 1/255 gives 0–1)
 * @param mean         per-channel mean subtracted, in tensor channel order
 * @param std          per-channel divisor, in tensor channel order, all &gt; 0
 * @param pad          grey value (0–255) of the letterbox padding
 * @param resize       how images of another size are fed
 */
public record InputSpec(String name, int width, int height, String channelOrder, double scale, double[] mean,
                        double[] std, int pad, Resize resize) {

    /** How an image larger than the input is fed. */
    public enum Resize {
        /** Shrunk whole, aspect kept, padded at the bottom/right. */
        LETTERBOX("letterbox"),
        /**
         * Cut into overlapping input-sized tiles at native resolution (small objects keep their pixels), plus one
         * letterboxed pass for objects larger than a tile.
         */
        TILE("tile");

        private final String key;

        Resize(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resize, "resize");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("input size must be positive: " + width + " x " + height);
        }
        if (!channelOrder.equals("RGB") && !channelOrder.equals("BGR")) {
            throw new IllegalArgumentException("'channels' must be \"RGB\" or \"BGR\", not \"" + channelOrder + "\"");
        }
        if (mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("'mean' and 'std' need 3 values each");
        }
        for (double d : std) {
            if (!(d > 0)) {
                throw new IllegalArgumentException("'std' values must be > 0: " + d);
            }
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("'scale' must be > 0: " + scale);
        }
        if (pad < 0 || pad > 255) {
            throw new IllegalArgumentException("'pad' must be 0..255: " + pad);
        }
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSpec i && name.equals(i.name) && width == i.width && height == i.height
                && channelOrder.equals(i.channelOrder) && Double.compare(scale, i.scale) == 0
                && java.util.Arrays.equals(mean, i.mean) && java.util.Arrays.equals(std, i.std) && pad == i.pad
                && resize == i.resize;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, width, height, channelOrder, scale, java.util.Arrays.hashCode(mean),
                java.util.Arrays.hashCode(std), pad, resize);
    }

    @Override
    public String toString() {
        return "InputSpec[" + name + " " + width + "x" + height + " " + channelOrder + " scale " + scale + " mean "
                + java.util.Arrays.toString(mean) + " std " + java.util.Arrays.toString(std) + " pad " + pad + " "
                + resize.key() + "]";
    }

    /** Whether the blue channel comes first. */
    public boolean bgr() {
        return channelOrder.equals("BGR");
    }
}
