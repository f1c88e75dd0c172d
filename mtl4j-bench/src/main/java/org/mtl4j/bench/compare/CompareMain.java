package org.mtl4j.bench.compare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Engine;
import org.mtl4j.math.GemmBackend;
import org.mtl4j.model.BatchWorkspace;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.optim.OptimizerState;
import org.mtl4j.optim.Sgd;
import org.mtl4j.train.Trainer;
import org.mtl4j.train.TrainingConfig;
import org.mtl4j.train.TrainingListener;
import org.mtl4j.train.TrainingSet;

/**
 * The mtl4j peer of {@code bench/compare}: times the three workloads with the GEMM backend the engine selected
 * ({@code -Dmtl4j.backend=NAME}) and prints one JSON line per result, in the same form as the Python peers.
 *
 * <ul>
 *   <li>{@code big}: one epoch of mini-batch SGD exactly as {@link Trainer} runs a batch (gather the batch's
 *       rows, {@link BatchWorkspace#lossAndGradient}, {@link Sgd#step}), in the generated row order, from the
 *       generated initial weights; seconds per epoch.</li>
 *   <li>{@code big-trainer}: the same epoch through {@link Trainer#fit} (its own shuffle, plus the checks it
 *       makes per batch), for the cost of the trainer's bookkeeping; seconds per epoch.</li>
 *   <li>{@code seed}: full-batch steps on the 200 × 4 data; seconds per step.</li>
 *   <li>{@code predict}: {@link MultiTaskModel#predict} on all rows of the big data, with the weights after
 *       one epoch (the initial ones when {@code big} is not run); seconds per call.</li>
 * </ul>
 *
 * <p>The big and seed-size lines also give the bytes the timed steps allocated, per step (the JVM's per-thread
 * counter; it includes the epoch loop itself).
 *
 * <p>Every workload is warmed up first (one epoch, one run of the steps, one prediction); the check loss is the
 * total loss on all rows after the warm-up run, which started from the shared weights, so it must agree with
 * the other peers'. Timed runs restart from the shared weights too.
 *
 * <p>{@code --list-backends} prints the backends the engine accepts here, one per line, and why the others
 * are skipped (on standard error).
 */
public final class CompareMain {
    private static final List<String> BACKENDS = List.of("native", "vector", "plain");
    /** Rows per chunk when the check loss is evaluated on the whole big data. */
    private static final int LOSS_CHUNK = 1000;

    private CompareMain() {
    }

    public static void main(String[] arguments) throws IOException {
        Options options = Options.parse(arguments);
        if (options.listBackends) {
            listBackends();
            return;
        }
        GemmBackend backend;
        try {
            backend = Engine.backend();
        } catch (RuntimeException | ExceptionInInitializerError notAvailable) {
            Throwable reason = notAvailable.getCause() != null ? notAvailable.getCause() : notAvailable;
            System.err.println("mtl4j peer skipped: " + reason.getMessage());
            System.exit(3);
            return;
        }
        String peer = "mtl4j-" + backend.name();
        String info = "\"backend\": \"" + backend.name() + "\", \"description\": \"" + backend.description()
                + "\", \"jdk\": \"" + Runtime.version() + "\"";
        CompareData data = CompareData.open(options.data);
        if (options.workloads.contains("big") || options.workloads.contains("big-trainer")
                || options.workloads.contains("predict")) {
            CompareData.Workload big = data.workload("big");
            ModelParameters trained = big.initial();
            if (options.workloads.contains("big")) {
                trained = runBig(big, options, peer, info);
            }
            if (options.workloads.contains("big-trainer")) {
                runBigTrainer(big, options, peer, info);
            }
            if (options.workloads.contains("predict")) {
                runPredict(big, trained, options, peer, info);
            }
        }
        if (options.workloads.contains("seed")) {
            runSeed(data.workload("seed"), options, peer, info);
        }
    }

    private static void listBackends() {
        for (String name : BACKENDS) {
            try {
                System.out.println(Engine.select(name).name());
            } catch (RuntimeException notAvailable) {
                System.err.println("backend " + name + " skipped: " + notAvailable.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- big: one epoch of mini-batch SGD

    /** Returns the weights after one epoch from the shared initial weights. */
    private static ModelParameters runBig(CompareData.Workload big, Options options, String peer, String info) {
        Epoch epoch = new Epoch(big);
        epoch.run();
        ModelParameters trained = epoch.parameters.copy();
        double check = totalLoss(big, trained);
        double[] seconds = new double[options.bigRepeats];
        long allocatedBefore = allocatedBytes();
        for (int r = 0; r < seconds.length; r++) {
            epoch.reset();
            long start = System.nanoTime();
            epoch.run();
            seconds[r] = (System.nanoTime() - start) * 1e-9;
        }
        long steps = (long) seconds.length * ((big.rows() + big.batch() - 1) / big.batch());
        report(peer, "big", "s/epoch", seconds, check, info + allocation(allocatedBefore, steps));
        return trained;
    }

    /** The loop {@link Trainer#fit} runs per batch, over the generated order, with buffers sized once. */
    private static final class Epoch {
        private final CompareData.Workload workload;
        private final ModelParameters parameters;
        private final ModelParameters gradients;
        private final Sgd optimizer;
        private final OptimizerState state;
        private final BatchWorkspace full;
        private final BatchWorkspace last;

        Epoch(CompareData.Workload workload) {
            this.workload = workload;
            parameters = workload.initial().copy();
            gradients = parameters.zerosLike();
            optimizer = new Sgd(workload.learningRate());
            state = optimizer.newState(parameters);
            full = new BatchWorkspace(workload.architecture(), workload.batch(), BackwardRule.AUTO);
            int remainder = workload.rows() % workload.batch();
            last = remainder == 0 ? full : new BatchWorkspace(workload.architecture(), remainder, BackwardRule.AUTO);
        }

        void reset() {
            parameters.copyFrom(workload.initial());
        }

        void run() {
            int rows = workload.rows();
            for (int from = 0; from < rows; from += workload.batch()) {
                BatchWorkspace workspace = from + workload.batch() <= rows ? full : last;
                workspace.gather(workload.features(), workload.targets(), workload.order(), from);
                workspace.lossAndGradient(parameters, gradients);
                optimizer.step(parameters, gradients, state);
            }
        }
    }

    /** Σ_t L_t over all rows, as the mean of equal chunks' totals (every loss is a mean over rows). */
    private static double totalLoss(CompareData.Workload workload, ModelParameters parameters) {
        int rows = workload.rows();
        int chunk = rows % LOSS_CHUNK == 0 ? LOSS_CHUNK : rows;
        BatchWorkspace workspace = new BatchWorkspace(workload.architecture(), chunk, BackwardRule.AUTO);
        int[] identity = new int[rows];
        Arrays.setAll(identity, i -> i);
        double sum = 0;
        for (int from = 0; from < rows; from += chunk) {
            workspace.gather(workload.features(), workload.targets(), identity, from);
            sum += workspace.loss(parameters);
        }
        return sum / (rows / chunk);
    }

    // ---------------------------------------------------------------- big through Trainer.fit

    private static void runBigTrainer(CompareData.Workload big, Options options, String peer, String info) {
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(new Sgd(big.learningRate())).withEpochs(1)
                .withBatchSize(big.batch()).withSeed(1);
        TrainingSet train = new TrainingSet(big.features(), big.targets());
        MultiTaskModel initial = new MultiTaskModel(big.architecture(), big.initial());
        Trainer trainer = new Trainer(config);
        trainer.fit(initial, train, null, TrainingListener.NONE);
        double[] seconds = new double[options.bigRepeats];
        for (int r = 0; r < seconds.length; r++) {
            long start = System.nanoTime();
            trainer.fit(initial, train, null, TrainingListener.NONE);
            seconds[r] = (System.nanoTime() - start) * 1e-9;
        }
        report(peer, "big-trainer", "s/epoch", seconds, Double.NaN, info);
    }

    // ---------------------------------------------------------------- predict

    private static void runPredict(CompareData.Workload big, ModelParameters parameters, Options options, String peer,
                                   String info) {
        MultiTaskModel model = new MultiTaskModel(big.architecture(), parameters);
        model.predict(big.features());
        double[] seconds = new double[options.predictRepeats];
        for (int r = 0; r < seconds.length; r++) {
            long start = System.nanoTime();
            model.predict(big.features());
            seconds[r] = (System.nanoTime() - start) * 1e-9;
        }
        report(peer, "predict", "s/call", seconds, Double.NaN, info + ", \"rows\": " + big.rows());
    }

    // ---------------------------------------------------------------- seed-size: full-batch steps

    private static void runSeed(CompareData.Workload seed, Options options, String peer, String info) {
        ModelParameters parameters = seed.initial().copy();
        ModelParameters gradients = parameters.zerosLike();
        Sgd optimizer = new Sgd(seed.learningRate());
        OptimizerState state = optimizer.newState(parameters);
        BatchWorkspace workspace = new BatchWorkspace(seed.architecture(), seed.rows(), BackwardRule.AUTO);
        int[] identity = new int[seed.rows()];
        Arrays.setAll(identity, i -> i);
        workspace.gather(seed.features(), seed.targets(), identity, 0);
        Runnable run = () -> {
            for (int step = 0; step < seed.steps(); step++) {
                workspace.lossAndGradient(parameters, gradients);
                optimizer.step(parameters, gradients, state);
            }
        };
        run.run();
        double check = workspace.loss(parameters);
        for (int warmUp = 0; warmUp < 4; warmUp++) {
            run.run();
        }
        double[] seconds = new double[options.seedRepeats];
        long allocatedBefore = allocatedBytes();
        for (int r = 0; r < seconds.length; r++) {
            parameters.copyFrom(seed.initial());
            long start = System.nanoTime();
            run.run();
            seconds[r] = (System.nanoTime() - start) * 1e-9 / seed.steps();
        }
        report(peer, "seed", "s/step", seconds, check,
                info + allocation(allocatedBefore, (long) seconds.length * seed.steps()));
    }

    // ---------------------------------------------------------------- allocation, output and options

    /** Bytes this thread has allocated so far, or −1 where the JVM does not count them. */
    private static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() ? threads.getCurrentThreadAllocatedBytes() : -1;
    }

    /** The JSON field with the bytes allocated per step since {@code before}, over {@code steps} timed steps. */
    private static String allocation(long before, long steps) {
        long after = allocatedBytes();
        return before < 0 || after < 0 ? "" : String.format(Locale.ROOT, ", \"alloc_bytes_per_step\": %.3f",
                (after - before) / (double) steps);
    }

    private static void report(String peer, String workload, String unit, double[] samples, double checkLoss,
                               String info) {
        StringBuilder line = new StringBuilder("{\"peer\": \"").append(peer).append("\", \"workload\": \"")
                .append(workload).append("\", \"unit\": \"").append(unit).append("\", \"samples\": [");
        for (int i = 0; i < samples.length; i++) {
            line.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.9g", samples[i]));
        }
        line.append(']');
        if (!Double.isNaN(checkLoss)) {
            line.append(", \"check_loss\": ").append(String.format(Locale.ROOT, "%.17g", checkLoss));
        }
        System.out.println(line.append(", ").append(info).append('}'));
        System.out.flush();
    }

    private record Options(Path data, List<String> workloads, int bigRepeats, int seedRepeats, int predictRepeats,
                           boolean listBackends) {
        static Options parse(String[] arguments) {
            Path data = null;
            List<String> workloads = List.of("big", "seed", "predict");
            int bigRepeats = 2;
            int seedRepeats = 3;
            int predictRepeats = 3;
            boolean list = false;
            List<String> rest = new ArrayList<>(List.of(arguments));
            while (!rest.isEmpty()) {
                String option = rest.remove(0);
                if (option.equals("--list-backends")) {
                    list = true;
                    continue;
                }
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = rest.remove(0);
                switch (option) {
                    case "--data" -> data = Path.of(value);
                    case "--workloads" -> workloads = List.of(value.split(","));
                    case "--big-repeats" -> bigRepeats = Integer.parseInt(value);
                    case "--seed-repeats" -> seedRepeats = Integer.parseInt(value);
                    case "--predict-repeats" -> predictRepeats = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + option + "; use --data DIR"
                            + " [--workloads big,big-trainer,seed,predict] [--big-repeats N] [--seed-repeats N]"
                            + " [--predict-repeats N] | --list-backends");
                }
            }
            if (data == null && !list) {
                throw new IllegalArgumentException("--data DIR is required (the folder bench/peers/generate.py wrote)");
            }
            return new Options(data, workloads, bigRepeats, seedRepeats, predictRepeats, list);
        }
    }
}
