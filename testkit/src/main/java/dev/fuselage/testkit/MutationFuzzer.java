package dev.fuselage.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded mutation fuzzer for file readers: takes small valid files, mutates them (bit flips, interesting
 * values, truncation, chunk duplication and deletion, header-token edits), feeds each to the reader and fails on
 * anything but success or the reader's declared error type — an unchecked exception, an {@link OutOfMemoryError},
 * a {@link StackOverflowError} or a run that takes too long. Failures name the iteration and seed, so they
 * reproduce exactly.
 *
 * <p>Iterations come from the {@code fuselage.fuzz.iterations} system property (a smoke run by default, 100k in
 * the {@code fuzz} profile).
 */
public final class MutationFuzzer {
    /** A reader under test. */
    @FunctionalInterface
    public interface Target {
        void read(Path file) throws Exception;
    }

    private static final byte[] INTERESTING = {0, 1, -1, 0x7F, (byte) 0x80, 0x7E, (byte) 0xFE, '0', '9', '-', ' ',
            '\n', '.', 'e'};
    private static final String[] TOKENS = {"0", "-1", "1", "4294967295", "2147483648", "1099511627776", "-2147483649",
            "nan", "inf", "NaN", "1e309", " ", "\n", "F", "U", "I", "8", "x", "binary", "ascii",
            "binary_compressed", "double", "uchar", "list", "end_header", "\u00ff"};

    private final List<byte[]> seeds;
    private final long seed;
    private final long maxMillisPerInput;

    public MutationFuzzer(List<byte[]> seeds, long seed) {
        this(seeds, seed, 5_000);
    }

    public MutationFuzzer(List<byte[]> seeds, long seed, long maxMillisPerInput) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed inputs");
        }
        this.seeds = List.copyOf(seeds);
        this.seed = seed;
        this.maxMillisPerInput = maxMillisPerInput;
    }

    /** Iterations to run: the {@code fuselage.fuzz.iterations} property, or {@code fallback}. */
    public static int iterations(int fallback) {
        String p = System.getProperty("fuselage.fuzz.iterations");
        try {
            return p == null || p.isBlank() ? fallback : Integer.parseInt(p.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Runs {@code iterations} mutated inputs through {@code target}.
     *
     * @param dir     a scratch folder (a JUnit {@code @TempDir})
     * @param name    file name to write each input under (its extension picks the format for registries)
     * @param allowed the reader's declared failure type (e.g. the format exception)
     * @return how many inputs the reader rejected with {@code allowed} (the rest were accepted)
     */
    public int run(int iterations, Path dir, String name, Target target, Class<? extends Exception> allowed)
            throws IOException {
        Path file = dir.resolve(name);
        int rejected = 0;
        for (int it = 0; it < iterations; it++) {
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + it);
            byte[] input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            Files.write(file, input);
            long t0 = System.nanoTime();
            try {
                target.read(file);
            } catch (Exception e) {
                if (!allowed.isInstance(e)) {
                    throw new AssertionError(describe(it, input) + " threw " + e, e);
                }
                if (e.getMessage() == null || !e.getMessage().contains(name)) {
                    throw new AssertionError(describe(it, input) + ": error does not name the file: " + e.getMessage());
                }
                rejected++;
            } catch (Throwable t) {
                throw new AssertionError(describe(it, input) + " threw " + t, t);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > maxMillisPerInput) {
                throw new AssertionError(describe(it, input) + " took " + ms + " ms");
            }
        }
        return rejected;
    }

    private String describe(int it, byte[] input) {
        return "fuzz seed " + seed + " iteration " + it + " (" + input.length + " bytes)";
    }

    /** One random mutation (sometimes stacked) of a seed input. */
    static byte[] mutate(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        int rounds = 1 + rnd.nextInt(rnd.nextInt(4) + 1);
        for (int r = 0; r < rounds; r++) {
            b = mutateOnce(b, rnd);
        }
        return b;
    }

    private static byte[] mutateOnce(byte[] b, SplittableRandom rnd) {
        if (b.length == 0) {
            return new byte[] {(byte) rnd.nextInt(256)};
        }
        // header bytes are where readers make decisions: aim half of the edits at the first 512 bytes
        int span = rnd.nextBoolean() ? Math.min(b.length, 512) : b.length;
        int pos = rnd.nextInt(span);
        switch (rnd.nextInt(9)) {
            case 0 -> b[pos] ^= (byte) (1 << rnd.nextInt(8));
            case 1 -> b[pos] = INTERESTING[rnd.nextInt(INTERESTING.length)];
            case 2 -> b[pos] = (byte) rnd.nextInt(256);
            case 3 -> {
                return Arrays.copyOf(b, rnd.nextInt(b.length)); // truncate
            }
            case 4 -> { // delete a chunk
                int len = Math.min(b.length - pos, 1 + rnd.nextInt(16));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, pos);
                System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
                return out;
            }
            case 5 -> { // duplicate a chunk
                int len = Math.min(b.length - pos, 1 + rnd.nextInt(64));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, pos + len);
                System.arraycopy(b, pos, out, pos + len, b.length - pos);
                return out;
            }
            case 6 -> { // replace a text token (a number or a word) with a hostile one
                return replaceToken(b, pos, TOKENS[rnd.nextInt(TOKENS.length)]);
            }
            case 7 -> { // 32-bit little-endian field set to an extreme value
                if (pos + 4 <= b.length) {
                    int v = switch (rnd.nextInt(4)) {
                        case 0 -> Integer.MAX_VALUE;
                        case 1 -> -1;
                        case 2 -> Integer.MIN_VALUE;
                        default -> rnd.nextInt();
                    };
                    b[pos] = (byte) v;
                    b[pos + 1] = (byte) (v >> 8);
                    b[pos + 2] = (byte) (v >> 16);
                    b[pos + 3] = (byte) (v >> 24);
                }
            }
            default -> { // NaN / Inf float where a coordinate may be
                if (pos + 4 <= b.length) {
                    int v = Float.floatToRawIntBits(rnd.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY);
                    b[pos] = (byte) v;
                    b[pos + 1] = (byte) (v >> 8);
                    b[pos + 2] = (byte) (v >> 16);
                    b[pos + 3] = (byte) (v >> 24);
                }
            }
        }
        return b;
    }

    private static byte[] replaceToken(byte[] b, int pos, String token) {
        int start = pos;
        while (start > 0 && !isSeparator(b[start - 1])) {
            start--;
        }
        int end = pos;
        while (end < b.length && !isSeparator(b[end])) {
            end++;
        }
        byte[] t = token.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = new byte[b.length - (end - start) + t.length];
        System.arraycopy(b, 0, out, 0, start);
        System.arraycopy(t, 0, out, start, t.length);
        System.arraycopy(b, end, out, start + t.length, b.length - end);
        return out;
    }

    private static boolean isSeparator(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
