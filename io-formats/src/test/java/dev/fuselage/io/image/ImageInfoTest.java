package dev.fuselage.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInfoTest {
    @Test
    void pngAndJpegSizesMatchTheDecodedImages() throws IOException {
        for (String f : new String[] {"kitti/object/training/image_2/000001.png", "sustech/camera/front/000965.jpg"}) {
            Path p = TestData.file(f);
            ImageInfo info = ImageInfo.read(p);
            Images.DecodedImage img = Images.decode(p);
            assertEquals(img.width(), info.width(), f);
            assertEquals(img.height(), info.height(), f);
        }
        assertEquals(new ImageInfo("jpeg", 2048, 1536), ImageInfo.read(TestData.file("sustech/camera/left/000970.jpg")));
    }

    @Test
    void brokenImagesAreFormatErrors(@TempDir Path dir) throws IOException {
        byte[] png = Files.readAllBytes(TestData.file("kitti/object/training/image_2/000000.png"));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, 20));
        assertTrue(assertThrows(FormatException.class, () -> ImageInfo.read(cut)).getMessage()
                .startsWith("cut.png: image header is truncated"));
        Path txt = Files.writeString(dir.resolve("x.png"), "hello");
        assertTrue(assertThrows(FormatException.class, () -> ImageInfo.read(txt)).getMessage()
                .startsWith("x.png: not a PNG or JPEG"));
    }
}
