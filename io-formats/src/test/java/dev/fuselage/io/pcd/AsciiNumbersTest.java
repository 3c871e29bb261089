package dev.fuselage.io.pcd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's own number parsing must give exactly what {@link Float#parseFloat} and {@link Double#parseDouble}
 * give, including the hard cases: decimals right at and next to float rounding midpoints, where converting through a
 * double could round twice.
 */
class AsciiNumbersTest {
    @Test
    void floatsMatchTheJdkBitForBit() throws IOException {
        SplittableRandom rnd = new SplittableRandom(11);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            float f = Float.intBitsToFloat(rnd.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                tokens.add(Float.toString(f));
            }
            tokens.add(randomDecimal(rnd));
        }
        // midpoints between adjacent floats, one unit in the last decimal place either side of them, and the
        // midpoints rounded to 15-16 digits: short enough for the fast path, close enough to round twice
        for (int i = 0; i < 20_000; i++) {
            float f = Float.intBitsToFloat(rnd.nextInt(0x0080_0000, 0x7F00_0000));
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            BigDecimal ulp = BigDecimal.ONE.movePointLeft(mid.scale());
            tokens.add(mid.toString());
            tokens.add(mid.add(ulp).toString());
            tokens.add(mid.subtract(ulp).toString());
            tokens.add(mid.round(new MathContext(16)).toString());
            tokens.add(mid.round(new MathContext(15)).toString());
        }
        // found by searching: converting these through a double rounds twice and gives the wrong float
        tokens.addAll(List.of("3099441777401135000", "88.16978073120117", "0.004077194491401315",
                "808936714876747800", "0.0000004886916542545805", "713086670371744300000000",
                "245595274347746300000000000"));
        AsciiTokenizer text = tokenizer(String.join("\n", tokens) + "\n", 1);
        for (String t : tokens) {
            text.nextLine();
            float expected = Float.parseFloat(t);
            float actual = text.nextFloat("v");
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), t);
        }
    }

    @Test
    void doublesMatchTheJdkBitForBit() throws IOException {
        SplittableRandom rnd = new SplittableRandom(13);
        StringBuilder text = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            String t = Double.isFinite(d) ? Double.toString(d) : randomDecimal(rnd);
            tokens.add(t);
            tokens.add(randomDecimal(rnd));
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

    /** Decimals of 1-20 digits with a point anywhere and an optional exponent. */
    private static String randomDecimal(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        if (rnd.nextBoolean()) {
            b.append('-');
        }
        int digits = 1 + rnd.nextInt(20);
        int point = rnd.nextInt(digits + 1);
        for (int i = 0; i < digits; i++) {
            if (i == point) {
                b.append('.');
            }
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        if (rnd.nextInt(4) == 0) {
            b.append('e').append(rnd.nextInt(-50, 50));
        }
        String s = b.toString();
        return s.endsWith(".") || s.startsWith(".") || s.startsWith("-.") ? s + "0" : s;
    }

    private static AsciiTokenizer tokenizer(String text, int values) {
        return new AsciiTokenizer(null, Channels.newChannel(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.US_ASCII))), 1, values);
    }
}
