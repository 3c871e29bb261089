package dev.fuselage.io.image;

import dev.fuselage.io.FormatException;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Size of a camera image, read from the PNG {@code IHDR} chunk or the JPEG start-of-frame marker without decoding
 * pixels, so listing thousands of frames stays instant.
 *
 * @param format {@code png} or {@code jpeg}
 */
public record ImageInfo(String format, int width, int height) {

    /** Reads the header of a PNG or JPEG file. */
    public static ImageInfo read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 8192))) {
            int b0 = in.read(), b1 = in.read();
            if (b0 == 0x89 && b1 == 'P') {
                return png(file, in);
            }
            if (b0 == 0xFF && b1 == 0xD8) {
                return jpeg(file, in);
            }
            throw new FormatException(file, b0 < 0 ? "empty file" : "not a PNG or JPEG image (wrong magic bytes)");
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such image file");
        } catch (EOFException e) {
            throw new FormatException(file, "image header is truncated");
        }
    }

    private static ImageInfo png(Path file, DataInputStream in) throws IOException {
        byte[] sig = new byte[6];
        in.readFully(sig);
        if (sig[0] != 'N' || sig[1] != 'G' || sig[2] != '\r' || sig[3] != '\n' || sig[4] != 0x1A || sig[5] != '\n') {
            throw new FormatException(file, "broken PNG signature");
        }
        int len = in.readInt();
        int type = in.readInt();
        if (type != 0x49484452 || len != 13) { // "IHDR"
            throw new FormatException(file, "PNG does not start with an IHDR chunk");
        }
        return checked(file, "png", in.readInt(), in.readInt());
    }

    private static ImageInfo jpeg(Path file, DataInputStream in) throws IOException {
        while (true) {
            int b = in.readUnsignedByte();
            if (b != 0xFF) {
                throw new FormatException(file, "JPEG marker expected, found byte 0x" + Integer.toHexString(b));
            }
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) { // fill bytes
                marker = in.readUnsignedByte();
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw new FormatException(file, "JPEG has no frame header before its image data");
            }
            int len = in.readUnsignedShort();
            if (len < 2) {
                throw new FormatException(file, "JPEG segment length " + len + " is invalid");
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                in.readUnsignedByte(); // sample precision
                int h = in.readUnsignedShort();
                int w = in.readUnsignedShort();
                return checked(file, "jpeg", w, h);
            }
            in.skipNBytes(len - 2);
        }
    }

    private static ImageInfo checked(Path file, String format, int w, int h) throws FormatException {
        if (w <= 0 || h <= 0) {
            throw new FormatException(file, "image size " + w + "x" + h + " is invalid");
        }
        return new ImageInfo(format, w, h);
    }
}
