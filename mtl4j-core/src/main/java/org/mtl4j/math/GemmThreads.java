package org.mtl4j.math;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * The small persistent pool of daemon threads that {@link VectorGemm} splits its work over.
 *
 * <p>The thread count is the system property {@code mtl4j.threads} when set (at least 1), else the number of
 * available processors; the pool holds that count minus one workers, the caller being the last. A call with
 * {@code parts} parts lets the caller and the workers claim parts one at a time until none is left, and
 * returns when all are done. Each part computes the same thing whichever thread claims it, so results do not
 * depend on the claiming; claiming instead of assigning means that a worker the operating system has not
 * scheduled yet (another process holds its core) delays nothing: the caller takes its part.
 *
 * <p>Why not a {@code ForkJoinPool}: waking a parked thread costs tens of microseconds on a virtual machine,
 * as much as a whole 128 × 256 product. A worker here spins for {@value #SPIN_NANOS} ns after each call
 * before it parks, so the back-to-back products of a training loop find it awake; the spin is kept short so
 * that on a busy machine the worker gives its core back. When another thread is already using the pool, a
 * call runs all its parts itself, with the same result.
 */
final class GemmThreads {
    /** The system property that sets the thread count. */
    static final String THREADS_PROPERTY = "mtl4j.threads";
    /** The number of threads a product may use, the caller included. */
    static final int COUNT = threadCount();

    private static final long SPIN_NANOS = 50_000;
    private static final ReentrantLock IN_USE = new ReentrantLock();
    private static final Worker[] WORKERS = startWorkers(COUNT - 1);

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
     * Runs {@code part.accept(index)} once for every index in {@code [0, parts)} and waits for all of them.
     * An exception from any part is rethrown (as is, or wrapped when checked) after every part has finished.
     */
    /** The one job, reused by every call (see {@link Job}). */
    private static final Job JOB = new Job();

    static void run(int parts, IntConsumer part) {
        if (parts <= 1 || WORKERS.length == 0 || !IN_USE.tryLock()) {
            for (int index = 0; index < parts; index++) {
                part.accept(index);
            }
            return;
        }
        try {
            Job job = JOB;
            job.reset(part, parts, Thread.currentThread());
            for (int index = 0; index < Math.min(WORKERS.length, parts - 1); index++) {
                WORKERS[index].hand(job);
            }
            job.claimAndRun();
            job.awaitAll();
            Throwable failed = job.failure;
            job.release();
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failed instanceof Error error) {
                throw error;
            } else if (failed != null) {
                throw new IllegalStateException("a GEMM part failed", failed);
            }
        } finally {
            IN_USE.unlock();
        }
    }

    /**
     * One call's parts: a claim counter, a finish counter, the first failure and the waiting caller. There is
     * one job, reused by every call under {@code IN_USE}, so a call allocates nothing. A worker still leaving
     * the previous call either sees the old claim counter (at or past its end: it stops) or, through the
     * volatile counter written last by {@link #reset}, the new call's fields (it helps with the new call).
     */
    private static final class Job {
        private volatile IntConsumer part;
        private volatile int parts;
        private volatile Thread caller;
        /** A claim counter far past any part count, yet far from overflow however many late claims arrive. */
        private static final int CLOSED = Integer.MAX_VALUE / 2;
        private final AtomicInteger nextPart = new AtomicInteger(CLOSED);
        private final AtomicInteger finishedParts = new AtomicInteger();
        private volatile Throwable failure;

        void reset(IntConsumer newPart, int newParts, Thread newCaller) {
            part = newPart;
            parts = newParts;
            caller = newCaller;
            failure = null;
            finishedParts.set(0);
            nextPart.set(0);                    // last: publishes the fields above to claiming workers
        }

        /** Lets go of the finished call's part (and the arrays it holds). */
        void release() {
            nextPart.set(CLOSED);
            part = null;
        }

        /** Claims and runs parts until none is left to claim. */
        void claimAndRun() {
            int index;
            while ((index = nextPart.getAndIncrement()) < parts) {
                IntConsumer current = part;
                try {
                    current.accept(index);
                } catch (Throwable partFailed) {
                    if (failure == null) {
                        failure = partFailed;
                    }
                }
                if (finishedParts.incrementAndGet() == parts && Thread.currentThread() != caller) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** Returns when every part has finished: spins briefly, then parks. */
        void awaitAll() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (finishedParts.get() < parts) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, 50_000);
                }
            }
        }
    }

    /** One pool thread: waits for a job, claims parts of it, spins a while, then parks. */
    private static final class Worker extends Thread {
        private final AtomicReference<Job> assigned = new AtomicReference<>();

        Worker(int number) {
            super("mtl4j-gemm-" + number);
            setDaemon(true);
        }

        void hand(Job job) {
            assigned.set(job);
            LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (true) {
                Job job = awaitJob();
                job.claimAndRun();
                // Cleared only if no newer job was handed meanwhile; a newer one is picked up next.
                assigned.compareAndSet(job, null);
            }
        }

        private Job awaitJob() {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            Job job;
            while ((job = assigned.get()) == null) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return job;
        }
    }
}
