package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The streaming LZF encoder and decoder against each other, across chunk boundaries, and against bad streams. */
class LzfTest {
    @Test
    void randomBytesRoundTripAndBarelyGrow() throws IOException {
        byte[] data = new byte[1_000_003];
        new SplittableRandom(3).nextBytes(data);
        byte[] packed = compress(data, 4096);
        assertTrue(packed.length <= data.length + data.length / 32 + 64, "incompressible input grows by <= 1/32");
        assertArrayEquals(data, decompress(packed, data.length));
    }

    @Test
    void repetitiveDataUsesLongAndOverlappingMatches() throws IOException {
        byte[] data = new byte[3_000_000];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < data.length; i++) {
            // runs of one byte (overlapping copies), a repeating 5-byte motif, and some noise
            data[i] = (byte) (i % 100_000 < 40_000 ? 7 : i % 100_000 < 80_000 ? "lidar".charAt(i % 5)
                    : rnd.nextInt(4));
        }
        byte[] packed = compress(data, 65_537);
        assertTrue(packed.length < data.length / 5, "compressed to " + packed.length);
        assertArrayEquals(data, decompress(packed, data.length));
    }

    @Test
    void everySmallLengthRoundTrips() throws IOException {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int n = 0; n < 600; n++) {
            byte[] data = new byte[n];
            for (int i = 0; i < n; i++) {
                data[i] = (byte) rnd.nextInt(3); // small alphabet: many short matches near the ends
            }
            assertArrayEquals(data, decompress(compress(data, 1 + n / 3), n), "length " + n);
        }
    }

    @Test
    void decoderRejectsMalformedStreams() {
        // match before any output
        assertCorrupt(new byte[] {0x20, 0}, 3, "before the start");
        // match reaching 2 bytes back when only 1 byte exists
        assertCorrupt(new byte[] {0, 9, 0x20, 1}, 4, "before the start");
        // literal run longer than the block
        assertCorrupt(new byte[] {5, 1, 2}, 6, "past the end of the block");
        // extended length byte missing
        assertCorrupt(new byte[] {0, 1, (byte) 0xE0}, 20, "inside a match length");
        // expands beyond what was declared
        assertCorrupt(new byte[] {3, 1, 2, 3, 4}, 3, "expands past the 3 bytes");
    }

    private static void assertCorrupt(byte[] block, long declared, String keyword) {
        FormatException e = assertThrows(FormatException.class, () -> decompress(block, declared));
        assertTrue(e.getMessage().contains(keyword), e.getMessage());
    }

    /** Compresses in pieces of {@code piece} bytes, as the writer feeds field columns. */
    static byte[] compress(byte[] data, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LzfEncoder lzf = new LzfEncoder(Channels.newChannel(out));
        for (int off = 0; off < data.length; off += piece) {
            lzf.write(data, off, Math.min(piece, data.length - off));
        }
        lzf.finish();
        assertEquals(out.size(), lzf.written());
        return out.toByteArray();
    }

    /** Decodes a whole block through the streaming window, collecting every byte. */
    static byte[] decompress(byte[] block, long declared) throws IOException {
        LzfDecoder lzf = new LzfDecoder(null, Channels.newChannel(new ByteArrayInputStream(block)), block.length,
                declared);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int consumed = 0;
        boolean more = true;
        while (more) {
            more = lzf.decode();
            out.write(lzf.buffer(), consumed, lzf.end() - consumed);
            consumed = lzf.compact(lzf.end());
        }
        byte[] result = out.toByteArray();
        if (result.length != declared) {
            throw new FormatException(null, "expands to " + result.length + ", declared " + declared);
        }
        return Arrays.copyOf(result, result.length);
    }
}
