package org.mtl4j.math;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * The small persistent pool of daemon threads that {@link VectorGemm} splits its work over.
 *
 * <p>The thread count is the system property {@code mtl4j.threads} when set (at least 1), else the number of
 * available processors; the pool holds that count minus one workers, the caller being the last. A call with
 * {@code parts} parts runs part 0 on the caller and part i on worker i − 1, and returns when all are done.
 * Which thread runs a part never changes what the part computes, so results do not depend on it.
 *
 * <p>Why not a {@code ForkJoinPool}: waking a parked thread costs tens of microseconds on a virtual machine,
 * as much as a whole 128 × 256 product. A worker here spins for {@value #SPIN_NANOS} ns after each part
 * before it parks, so the back-to-back products of a training loop find it awake. When another thread is
 * already using the pool, a call runs all its parts itself, with the same result.
 */
final class GemmThreads {
    /** The system property that sets the thread count. */
    static final String THREADS_PROPERTY = "mtl4j.threads";
    /** The number of threads a product may use, the caller included. */
    static final int COUNT = threadCount();

    private static final long SPIN_NANOS = 200_000;
    private static final ReentrantLock IN_USE = new ReentrantLock();
    private static final Worker[] WORKERS = startWorkers(COUNT - 1);
    private static final AtomicInteger UNFINISHED = new AtomicInteger();
    private static volatile Thread caller;
    private static volatile Throwable failure;

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

    private static Worker[] startWorkers(int count) {
        Worker[] workers = new Worker[count];
        for (int index = 0; index < count; index++) {
            workers[index] = new Worker(index + 1);
            workers[index].start();
        }
        return workers;
    }

    /**
     * Runs {@code part.accept(index)} for every index in {@code [0, parts)} and waits for all of them. An
     * exception from any part is rethrown (as is, or wrapped when checked) after every part has finished.
     */
    static void run(int parts, IntConsumer part) {
        if (parts <= 1 || parts > COUNT || !IN_USE.tryLock()) {
            for (int index = 0; index < parts; index++) {
                part.accept(index);
            }
            return;
        }
        try {
            failure = null;
            caller = Thread.currentThread();
            UNFINISHED.set(parts - 1);
            for (int index = 1; index < parts; index++) {
                WORKERS[index - 1].hand(part);
            }
            try {
                part.accept(0);
            } catch (RuntimeException | Error partFailed) {
                failure = partFailed;
            }
            awaitWorkers();
            Throwable failed = failure;
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failed instanceof Error error) {
                throw error;
            } else if (failed != null) {
                throw new IllegalStateException("a GEMM part failed", failed);
            }
        } finally {
            caller = null;
            IN_USE.unlock();
        }
    }

    private static void awaitWorkers() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (UNFINISHED.get() > 0) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    /** One pool thread: waits for a part, runs it, reports, spins a while, then parks. */
    private static final class Worker extends Thread {
        private final int partIndex;
        private volatile IntConsumer job;

        Worker(int partIndex) {
            super("mtl4j-gemm-" + partIndex);
            this.partIndex = partIndex;
            setDaemon(true);
        }

        void hand(IntConsumer part) {
            job = part;
            LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (true) {
                IntConsumer part = awaitJob();
                try {
                    part.accept(partIndex);
                } catch (Throwable partFailed) {
                    failure = partFailed;
                }
                job = null;
                if (UNFINISHED.decrementAndGet() == 0) {
                    Thread waiting = caller;
                    if (waiting != null) {
                        LockSupport.unpark(waiting);
                    }
                }
            }
        }

        private IntConsumer awaitJob() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            IntConsumer part;
            while ((part = job) == null) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return part;
        }
    }
}
