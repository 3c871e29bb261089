package dev.fuselage.bench.io;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.PointCloudIO;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures what one read costs in memory, in a fresh JVM per file: heap retained by the returned cloud (used heap
 * after full GC, minus before, per point) and the resident-set growth from before the read to the read's peak
 * ({@code VmHWM - VmRSS} from {@code /proc/self/status}), each against the issue #2 budget of 16 bytes a point
 * plus 50 MiB (x y z intensity as float32 is exactly 16 bytes, so the slack is for headers, extra columns and
 * transient buffers). Prints {@code MEM impl format size retained_B_per_point peak_rss_growth_MiB budget_MiB verdict}.
 *
 * <p>Usage: {@code MemoryFootprint DATA_DIR FORMAT SIZE [--plain]}; {@code --plain} measures the baseline
 * {@link PlainBinReader} instead of the registry (format must be {@code bin}).
 */
public final class MemoryFootprint {
    private static final long MIB = 1 << 20;
    private static final long BUDGET_BYTES_PER_POINT = 16;
    private static final long BUDGET_SLACK = 50 * MIB;

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: MemoryFootprint DATA_DIR FORMAT SIZE [--plain]");
            System.exit(2);
        }
        BenchFile format = BenchFile.of(args[1]);
        CloudSize size = CloudSize.of(args[2]);
        boolean plain = args.length > 3 && args[3].equals("--plain");
        Path file = format.in(Path.of(args[0]), size);
        String impl = plain ? "java-plain" : "fuselage";
        if (!Files.isRegularFile(file)) {
            System.out.printf("MEM %s %s %s - - - missing-input%n", impl, format.key(), size.label());
            return;
        }
        if (!plain && PointCloudIO.byExtension(file).isEmpty()) {
            System.out.printf("MEM %s %s %s - - - pending-merge%n", impl, format.key(), size.label());
            return;
        }
        MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
        PointCloudIO.formats(); // load the registry before the baseline, so its classes are not counted
        long heapBefore = usedAfterGc(heap);
        long rssBefore = procStatus("VmRSS");
        resetPeak();
        Object result = plain ? PlainBinReader.read(file) : PointCloudIO.read(file);
        long peak = Math.max(procStatus("VmHWM"), procStatus("VmRSS"));
        long heapAfter = usedAfterGc(heap);
        int n = result instanceof PointCloud c ? c.size() : ((float[]) result).length / 4;
        Reference.reachabilityFence(result);
        double perPoint = (double) (heapAfter - heapBefore) / n;
        long growth = peak - rssBefore;
        long budget = BUDGET_BYTES_PER_POINT * n + BUDGET_SLACK;
        boolean ok = heapAfter - heapBefore <= budget && growth <= budget;
        System.out.printf(Locale.ROOT, "MEM %s %s %s %.1f %.1f %.1f %s%n", impl, format.key(), size.label(), perPoint,
                growth / (double) MIB, budget / (double) MIB, ok ? "ok" : "over");
    }

    private static long usedAfterGc(MemoryMXBean heap) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return heap.getHeapMemoryUsage().getUsed();
    }

    /** Resets VmHWM to the current RSS (Linux 4.0+: writing 5 to clear_refs), so the peak is this read's. */
    private static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            // not permitted here: the peak then also covers JVM start-up, which only overstates the growth
        }
    }

    /** A {@code kB} field of {@code /proc/self/status}, in bytes. */
    private static long procStatus(String field) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith(field + ":")) {
                return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("/proc/self/status has no " + field);
    }
}
