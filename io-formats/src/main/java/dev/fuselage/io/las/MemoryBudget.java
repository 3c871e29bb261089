package dev.fuselage.io.las;

import dev.fuselage.io.FormatException;
import java.nio.file.Path;
import java.util.List;

/**
 * The last guard against a header that claims more points than memory can hold: the columns a read would
 * allocate are totted up first, and a claim that could never fit in this JVM's heap fails with a
 * {@link FormatException} instead of an {@link OutOfMemoryError}.
 */
final class MemoryBudget {
    private MemoryBudget() {
    }

    /** Bytes per point of the position arrays, the layout's columns and optionally the raw integers. */
    static long bytesPerPoint(List<RecordLayout.Spec> specs, boolean raw) {
        long sum = 12 + (raw ? 12 : 0);
        for (RecordLayout.Spec s : specs) {
            sum += (long) s.type().bytes() * s.components();
        }
        return sum;
    }

    static void check(Path file, int points, long bytes) throws FormatException {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max) {
            throw new FormatException(file, points + " points need " + (bytes >> 20) + " MiB of columns, more than "
                    + "this JVM's " + (max >> 20) + " MiB heap");
        }
    }
}
