package dev.fuselage.io.ply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast decimal parser agrees bit for bit with the JDK's correctly rounded parsers. */
class AsciiNumbersTest {
    private final AsciiNumbers numbers = new AsciiNumbers();

    private void assertFloat(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseFloat(b, 0, b.length), text);
        assertEquals(Float.floatToIntBits(Float.parseFloat(text)), Float.floatToIntBits(numbers.floatValue), text);
    }

    private void assertDouble(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseDouble(b, 0, b.length), text);
        assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(numbers.doubleValue),
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
        assertTrue(numbers.parseFloat(nan, 0, nan.length) && Float.isNaN(numbers.floatValue));
        byte[] inf = "-inf".getBytes(StandardCharsets.US_ASCII);
        assertTrue(numbers.parseDouble(inf, 0, inf.length));
        assertEquals(Double.NEGATIVE_INFINITY, numbers.doubleValue);
        for (String bad : new String[] {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "0x10", "1f", "1d", "--1",
                "nanx", "Infinit", "1 2"}) {
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            assertFalse(numbers.parseFloat(b, 0, b.length), bad);
            assertFalse(numbers.parseDouble(b, 0, b.length), bad);
        }
    }

    @Test
    void integers() {
        byte[] b = "-2147483648 4294967295 +7 123456789012345678 1234567890123456789 12a".getBytes(
                StandardCharsets.US_ASCII);
        assertTrue(numbers.parseLong(b, 0, 11));
        assertEquals(Integer.MIN_VALUE, numbers.longValue);
        assertTrue(numbers.parseLong(b, 12, 22));
        assertEquals(4294967295L, numbers.longValue);
        assertTrue(numbers.parseLong(b, 23, 25));
        assertEquals(7, numbers.longValue);
        assertTrue(numbers.parseLong(b, 26, 44));
        assertEquals(123456789012345678L, numbers.longValue);
        assertFalse(numbers.parseLong(b, 45, 64), "19 digits is out of any PLY integer's range");
        assertFalse(numbers.parseLong(b, 65, 68));
    }
}
