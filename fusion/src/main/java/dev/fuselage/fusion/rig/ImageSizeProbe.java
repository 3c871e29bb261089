package dev.fuselage.fusion.rig;

import dev.fuselage.fusion.camera.ImageSize;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an image's size from its header. Supplied by the caller (the app passes io-formats' {@code ImageInfo}) so
 * the fusion module does not depend on image readers.
 */
@FunctionalInterface
public interface ImageSizeProbe {
    ImageSize sizeOf(Path image) throws IOException;
}
