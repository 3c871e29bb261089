package dev.fuselage.io.image;

import dev.fuselage.io.FormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Decodes camera images (PNG, JPEG) into ARGB pixels for overlays and model input. */
public final class Images {
    private Images() {
    }

    /**
     * Decodes the whole image.
     *
     * @return pixels as {@code TYPE_INT_ARGB}-compatible values, row-major, with the image size
     */
    public static DecodedImage decode(Path file) throws IOException {
        ImageInfo info = ImageInfo.read(file); // validates the header and names the file on failure
        BufferedImage img;
        try (var in = Files.newInputStream(file)) {
            img = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new FormatException(file, "cannot decode " + info.format() + ": " + e.getMessage(), e);
        }
        if (img == null) {
            throw new FormatException(file, "no decoder for this " + info.format() + " variant");
        }
        int w = img.getWidth(), h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        return new DecodedImage(w, h, argb);
    }

    /** Decoded pixels: {@code argb[y * width + x]}. */
    public record DecodedImage(int width, int height, int[] argb) {
    }
}
