package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The PCD tokenizer hands each value's text, between PCD's separators (spaces, tabs, commas, CR), to the shared
 * {@link dev.fuselage.io.text.DecimalParser} (whose own bit-for-bit tests are {@code DecimalParserTest}): values
 * read through it equal {@link Float#parseFloat} and {@link Double#parseDouble} bit for bit, and its whole-number
 * parsing covers every PCD integer type.
 */
class AsciiTokenizerTest {
    @Test
    void floatsOnePerLineMatchTheJdkBitForBit() throws IOException {
        SplittableRandom rnd = new SplittableRandom(11);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            float f = Float.intBitsToFloat(rnd.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                tokens.add(Float.toString(f));
            }
        }
        // found by searching: converting these through a double rounds twice and gives the wrong float
        tokens.addAll(List.of("3099441777401135000", "88.16978073120117", "0.004077194491401315",
                "808936714876747800", "0.0000004886916542545805", "713086670371744300000000",
                "245595274347746300000000000"));
        AsciiTokenizer text = tokenizer(String.join("\r\n", tokens) + "\n", 1);
        for (String t : tokens) {
            assertTrue(text.nextLine());
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(t)), Float.floatToRawIntBits(text.nextFloat("v")),
                    t);
            text.endLine();
        }
    }

    @Test
    void doublesSeparatedByCommasTabsAndSpacesMatchTheJdkBitForBit() throws IOException {
        SplittableRandom rnd = new SplittableRandom(13);
        StringBuilder text = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            tokens.add(Double.isFinite(d) ? Double.toString(d) : "1.5e-300");
        }
        for (String t : tokens) {
            text.append(t).append(",\t ");
        }
        AsciiTokenizer tok = tokenizer(text + "\n", tokens.size());
        tok.nextLine();
        for (String t : tokens) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(tok.nextDouble("v")), t);
        }
        tok.endLine();
    }

    @Test
    void wordsForSpecialValues() throws IOException {
        AsciiTokenizer t = tokenizer("nan NaN -inf Infinity +INF\n", 5);
        t.nextLine();
        assertEquals(Float.NaN, t.nextFloat("v"));
        assertEquals(Float.NaN, t.nextFloat("v"));
        assertEquals(Float.NEGATIVE_INFINITY, t.nextFloat("v"));
        assertEquals(Double.POSITIVE_INFINITY, t.nextDouble("v"));
        assertEquals(Float.POSITIVE_INFINITY, t.nextFloat("v"));
    }

    @Test
    void aMalformedValueIsNamedWithItsLineAndField() throws IOException {
        AsciiTokenizer t = new AsciiTokenizer(Path.of("cloud.pcd"), Channels.newChannel(new ByteArrayInputStream(
                "1.5,1.5e+x 2\n".getBytes(StandardCharsets.US_ASCII))), 12, 3);
        t.nextLine();
        assertEquals(1.5f, t.nextFloat("x"));
        FormatException e = assertThrows(FormatException.class, () -> t.nextFloat("y"));
        assertEquals("cloud.pcd: line 12: '1.5e+x' is not a number (field 'y')", e.getMessage());
    }

    @Test
    void integersOfEveryRange() throws IOException {
        AsciiTokenizer t = tokenizer(
                "18446744073709551615 -9223372036854775808 4294967295 -128 000000000000000000000255\n", 5);
        t.nextLine();
        assertEquals(-1L, t.nextLong("u8", 0, Long.MAX_VALUE, true, "U8"));
        assertEquals(Long.MIN_VALUE, t.nextLong("i8", Long.MIN_VALUE, Long.MAX_VALUE, false, "I8"));
        assertEquals(4294967295L, t.nextLong("u4", 0, 4294967295L, false, "U4"));
        assertEquals(-128, t.nextLong("i1", -128, 127, false, "I1"));
        assertEquals(255, t.nextLong("u1", 0, 255, false, "U1"));
    }

    private static AsciiTokenizer tokenizer(String text, int values) {
        return new AsciiTokenizer(null, Channels.newChannel(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.US_ASCII))), 1, values);
    }
}
