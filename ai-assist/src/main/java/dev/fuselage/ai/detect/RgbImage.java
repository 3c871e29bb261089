package dev.fuselage.ai.detect;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A camera image as packed {@code 0xRRGGBB} pixels, row-major (alpha ignored): what detectors read.
 *
 * @param width  pixels
 * @param height pixels
 * @param rgb    {@code rgb[y * width + x]}; not copied, do not change it while a detector runs
 */
public record RgbImage(int width, int height, int[] rgb) {
    public RgbImage {
        Objects.requireNonNull(rgb, "rgb");
        if (width < 1 || height < 1 || (long) width * height != rgb.length) {
            throw new IllegalArgumentException("image " + width + " x " + height + " needs " + (long) width * height
                    + " pixels, got " + rgb.length);
        }
    }

    /** The pixels of a decoded image. */
    public static RgbImage of(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        return new RgbImage(w, h, img.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Decodes a PNG or JPEG file. */
    public static RgbImage read(Path file) throws IOException {
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IOException(file.getFileName() + ": cannot decode the image: " + e.getMessage(), e);
        }
        if (img == null) {
            throw new IOException(file.getFileName() + ": not an image this build decodes (PNG or JPEG)");
        }
        return of(img);
    }

    /** A uniformly coloured image. */
    public static RgbImage filled(int width, int height, int rgb) {
        int[] px = new int[width * height];
        java.util.Arrays.fill(px, rgb);
        return new RgbImage(width, height, px);
    }
}
