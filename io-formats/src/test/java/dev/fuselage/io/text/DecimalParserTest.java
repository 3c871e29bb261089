package dev.fuselage.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared decimal parser of the ascii PCD and PLY readers agrees bit for bit with the JDK's correctly rounded
 * parsers, including the hard cases: decimals right at and next to float rounding midpoints, where converting
 * through a double could round twice.
 */
class DecimalParserTest {
    private final DecimalParser numbers = new DecimalParser();

    private void assertFloat(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseFloat(b, 0, b.length), text);
        assertEquals(Float.floatToIntBits(Float.parseFloat(text)), Float.floatToIntBits(numbers.floatValue()), text);
    }

    private void assertDouble(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseDouble(b, 0, b.length), text);
        assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(numbers.doubleValue()),
                text);
    }

    @Test
    void randomFloatsPrintedAtEveryPrecision() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int n = 0; n < 100_000; n++) {
            float f = rnd.nextBoolean() ? Float.intBitsToFloat(rnd.nextInt())
                    : (float) rnd.nextDouble(-300, 300);
            if (!Float.isFinite(f)) {
                continue;
            }
            assertFloat(Float.toString(f));
            int digits = 1 + rnd.nextInt(12);
            assertFloat(String.format(Locale.ROOT, "%." + digits + "g", f));
            assertFloat(String.format(Locale.ROOT, "%." + digits + "f", f));
            assertDouble(Double.toString(f));
            assertDouble(String.format(Locale.ROOT, "%." + (1 + rnd.nextInt(19)) + "e", rnd.nextDouble() * 1e6));
        }
    }

    @Test
    void exactFloatMidpointsRoundHalfToEven() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int n = 0; n < 20_000; n++) {
            float f = (float) rnd.nextDouble(-1e6, 1e6);
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            assertFloat(mid.toPlainString());
            assertFloat(mid.stripTrailingZeros().toString());
        }
        assertFloat("16777217"); // 2^24 + 1: halfway between two floats, and an exact double
        assertFloat("16777219");
        assertFloat("1.6777217e7");
        assertFloat("3.4028235677973366e38"); // halfway between Float.MAX_VALUE and 2^128
    }

    @Test
    void edgeSyntaxAndSpecialValues() {
        for (String s : new String[] {"0", "-0", "+0.0", "0e999999", "1.", ".5", "-.5e-3", "1E+05", "007", "1e-46",
                "1e-45", "1.4e-45", "1e39", "123456789012345678901234567890", "0.000000000000000000000000000001",
                "3.4028235e38", "1.17549435E-38", "9007199254740993", "-2.64944", "0.00640115"}) {
            assertFloat(s);
            assertDouble(s);
        }
        byte[] nan = "NaN".getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseFloat(nan, 0, nan.length) && Float.isNaN(numbers.floatValue()));
        byte[] inf = "-inf".getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseDouble(inf, 0, inf.length));
        assertEquals(Double.NEGATIVE_INFINITY, numbers.doubleValue());
        for (String bad : new String[] {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "0x10", "1f", "1d", "--1",
                "nanx", "Infinit", "1 2"}) {
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            assertFalse(numbers.parseFloat(b, 0, b.length), bad);
            assertFalse(numbers.parseDouble(b, 0, b.length), bad);
        }
    }

    @Test
    void midpointNeighboursAndRoundedMidpointsMatchTheJdk() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 60_000; i++) {
            float f = Float.intBitsToFloat(rnd.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                assertFloat(Float.toString(f));
            }
            assertFloat(randomDecimal(rnd));
        }
        // midpoints between adjacent floats, one unit in the last decimal place either side of them, and the
        // midpoints rounded to 15-16 digits: short enough for the fast path, close enough to round twice
        for (int i = 0; i < 20_000; i++) {
            float f = Float.intBitsToFloat(rnd.nextInt(0x0080_0000, 0x7F00_0000));
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            BigDecimal ulp = BigDecimal.ONE.movePointLeft(mid.scale());
            assertFloat(mid.toString());
            assertFloat(mid.add(ulp).toString());
            assertFloat(mid.subtract(ulp).toString());
            assertFloat(mid.round(new MathContext(16)).toString());
            assertFloat(mid.round(new MathContext(15)).toString());
        }
        // found by searching: converting these through a double rounds twice and gives the wrong float
        for (String t : List.of("3099441777401135000", "88.16978073120117", "0.004077194491401315",
                "808936714876747800", "0.0000004886916542545805", "713086670371744300000000",
                "245595274347746300000000000")) {
            assertFloat(t);
        }
    }

    @Test
    void randomBitPatternsAndDecimalsAsDoubles() {
        SplittableRandom rnd = new SplittableRandom(13);
        for (int i = 0; i < 50_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            assertDouble(Double.isFinite(d) ? Double.toString(d) : randomDecimal(rnd));
            assertDouble(randomDecimal(rnd));
        }
    }

    /** Decimals of 1-20 digits with a point anywhere and an optional exponent. */
    static String randomDecimal(SplittableRandom rnd) {
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

    @Test
    void integers() {
        byte[] b = "-2147483648 4294967295 +7 123456789012345678 1234567890123456789 12a".getBytes(
                StandardCharsets.US_ASCII);
        assertTrue(numbers.parseLong(b, 0, 11));
        assertEquals(Integer.MIN_VALUE, numbers.longValue());
        assertTrue(numbers.parseLong(b, 12, 22));
        assertEquals(4294967295L, numbers.longValue());
        assertTrue(numbers.parseLong(b, 23, 25));
        assertEquals(7, numbers.longValue());
        assertTrue(numbers.parseLong(b, 26, 44));
        assertEquals(123456789012345678L, numbers.longValue());
        assertFalse(numbers.parseLong(b, 45, 64), "19 digits is out of any PLY integer's range");
        assertFalse(numbers.parseLong(b, 65, 68));
    }
}
