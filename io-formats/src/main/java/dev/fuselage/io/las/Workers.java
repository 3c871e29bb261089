package dev.fuselage.io.las;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a few coarse decoding tasks on the common fork-join pool plus the calling thread and waits for all of
 * them. The first failure is rethrown as it was thrown; the other tasks see it and stop early, and no task is
 * left running when this returns (so nothing touches a cloud or a channel after the reader gave up on it).
 */
final class Workers {
    /** One task; {@code index} runs from 0 to the task count. */
    @FunctionalInterface
    interface Task {
        void run(int index, Workers workers) throws IOException;
    }

    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private Workers() {
    }

    /** Threads worth splitting work across: the pool's workers plus the caller. */
    static int parallelism() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                ForkJoinPool.getCommonPoolParallelism() + 1));
    }

    /** Whether another task already failed (long tasks check this between blocks). */
    boolean failed() {
        return failure.get() != null;
    }

    static void run(int tasks, Task task) throws IOException {
        Workers w = new Workers();
        if (tasks <= 1) {
            if (tasks == 1) {
                task.run(0, w);
            }
            return;
        }
        List<RecursiveAction> actions = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            int index = i;
            actions.add(new RecursiveAction() {
                @Override
                protected void compute() {
                    if (w.failed()) {
                        return;
                    }
                    try {
                        task.run(index, w);
                    } catch (Throwable t) {
                        w.failure.compareAndSet(null, t);
                    }
                }
            });
        }
        ForkJoinTask.invokeAll(actions);
        Throwable t = w.failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
