package dev.fuselage.project.store;

import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.edit.MemoryAnnotationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Autosave proof: a child JVM streams edits into a project and is killed with SIGKILL ({@code destroyForcibly})
 * at a random moment, 24 times over the same database. After every kill the project reopens writable (the lock died
 * with the child), SQLite's integrity check passes, every edit the child acknowledged is there, and the whole
 * store equals a replay of exactly the committed edits: nothing torn, nothing lost but the edit in flight.
 */
class KillNineTest {
    private static final int KILLS = 24;

    @TempDir
    Path dir;
    @TempDir
    Path nativeDir;

    @Test
    void killingTheWriterLosesAtMostTheEditInFlight() throws Exception {
        ProjectStore.create(dir, ProjectDescriptor.of("kill test", "kitti", List.of())).close();
        Random random = new Random(20240607L);
        // the expected state, advanced edit by edit; each child starts with a fresh history, and so does the replay
        MemoryAnnotationModel expected = new MemoryAnnotationModel();
        long committed = 0;
        long started = System.nanoTime();
        long totalAcked = 0;
        for (int round = 0; round < KILLS; round++) {
            long lastAck = runAndKill(committed, 30 + random.nextInt(250));
            try (ProjectStore project = ProjectStore.open(dir)) {
                assertTrue(!project.isReadOnly(), "the killed child's lock must not survive it");
                AnnotationStore store = project.annotations();
                assertEquals("ok", store.integrityCheck(), "round " + round);
                long count = store.editCount();
                assertTrue(count >= lastAck + 1, "round " + round + ": child acknowledged edit " + lastAck
                        + " but the store holds only " + count + " edits");
                assertTrue(lastAck >= committed, "round " + round + ": child made no edit before the kill");
                // the child can have committed edits whose numbers the pipe had not yet delivered, but no more
                // than it was able to make; what matters is that the store equals a replay of `count` edits
                EditHistory history = new EditHistory(expected, 100);
                for (long seq = committed; seq < count; seq++) {
                    EditStream.step(seq, expected, history);
                }
                assertEquals(expected.allObjects(), store.allObjects(), "round " + round + " objects");
                for (int f = 0; f < EditStream.FRAMES; f++) {
                    String frame = "frame-" + f;
                    assertEquals(expected.pointLabels(frame), store.pointLabels(frame), "round " + round + " labels");
                }
                totalAcked += lastAck + 1 - committed;
                committed = count;
            }
        }
        System.out.printf("kill -9 test: %d kills, %d edits committed, %d acknowledged, %.1f s%n", KILLS, committed,
                totalAcked, (System.nanoTime() - started) / 1e9);
        assertTrue(totalAcked > KILLS, "the children made too few edits to prove anything: " + totalAcked);
    }

    /** Runs a child from edit {@code start}, kills it {@code delayMs} after its first acknowledgement. */
    private long runAndKill(long start, int delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // quick start-up flags; SQLite's native library is unpacked into the temp dir, since a killed child
        // cannot delete its copy
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.sqlite.tmpdir=" + nativeDir, "-cp", System.getProperty("java.class.path"),
                EditStreamChild.class.getName(), dir.toString(), Long.toString(start))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        AtomicLong lastAck = new AtomicLong(-1);
        Object firstAck = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lastAck.set(Long.parseLong(line.trim()));
                    synchronized (firstAck) {
                        firstAck.notifyAll();
                    }
                }
            } catch (Exception e) {
                // the pipe breaks when the child dies; what was read is what counts
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (firstAck) {
            while (lastAck.get() < 0 && child.isAlive() && System.nanoTime() < deadline) {
                firstAck.wait(50);
            }
        }
        assertTrue(lastAck.get() >= 0, "child never acknowledged an edit (exit " + (child.isAlive() ? "none"
                : child.exitValue()) + ")");
        Thread.sleep(delayMs);
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS), "child did not die");
        reader.join(5000);
        return lastAck.get();
    }
}
