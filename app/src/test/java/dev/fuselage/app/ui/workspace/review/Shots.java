package dev.fuselage.app.ui.workspace.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Screenshots of a scene as PNG files: into the test's temp folder, and also into the folder the system property
 * {@code fuselage.shots} names, when set (how the docs screenshots are made: {@code -Dfuselage.shots=docs}).
 */
final class Shots {
    private Shots() {
    }

    /** Saves {@code scene} as {@code name} in {@code temp} (and the shots folder); returns the temp file. */
    static Path save(FxRobot robot, Scene scene, Path temp, String name) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        WritableImage img = image.get();
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Path file = temp.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        String shots = System.getProperty("fuselage.shots");
        if (shots != null && !shots.isBlank()) {
            Files.createDirectories(Path.of(shots));
            Files.copy(file, Path.of(shots).resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
