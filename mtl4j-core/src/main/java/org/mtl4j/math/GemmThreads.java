package org.mtl4j.math;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The small persistent pool of daemon threads that {@link VectorGemm} splits its work over.
 *
 * <p>The thread count is the system property {@code mtl4j.threads} when set (at least 1), else the number of
 * available processors. A call with {@code parts} parts runs part 0 on the calling thread and the others on
 * the pool, and returns when all are done. Which thread runs a part never changes what the part computes.
 */
final class GemmThreads {
    /** The system property that sets the thread count. */
    static final String THREADS_PROPERTY = "mtl4j.threads";
    /** The number of threads a product may use, the caller included. */
    static final int COUNT = threadCount();

    private static final ForkJoinPool POOL = COUNT > 1 ? createPool(COUNT - 1) : null;

    private GemmThreads() {
    }

    private static int threadCount() {
        int available = Runtime.getRuntime().availableProcessors();
        String requested = System.getProperty(THREADS_PROPERTY);
        if (requested == null || requested.isBlank()) {
            return available;
        }
        try {
            return Math.max(1, Integer.parseInt(requested.trim()));
        } catch (NumberFormatException notANumber) {
            return available;
        }
    }

    private static ForkJoinPool createPool(int workers) {
        AtomicInteger created = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("mtl4j-gemm-" + created.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ForkJoinPool(workers, factory, null, false);
    }

    /**
     * Runs {@code part.accept(index)} for every index in {@code [0, parts)}, part 0 on the caller, and waits.
     * An exception from any part is rethrown after every part has finished.
     */
    static void run(int parts, IntConsumer part) {
        if (parts <= 1 || POOL == null) {
            for (int index = 0; index < parts; index++) {
                part.accept(index);
            }
            return;
        }
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[parts - 1];
        for (int index = 1; index < parts; index++) {
            int taskIndex = index;
            tasks[index - 1] = POOL.submit(() -> part.accept(taskIndex));
        }
        RuntimeException failure = null;
        try {
            part.accept(0);
        } catch (RuntimeException partFailed) {
            failure = partFailed;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException partFailed) {
                if (failure == null) {
                    failure = partFailed;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
