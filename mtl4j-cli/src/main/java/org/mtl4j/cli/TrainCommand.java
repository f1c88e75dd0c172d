package org.mtl4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.SchemaOptions;
import org.mtl4j.data.SplitOptions;
import org.mtl4j.data.TaskSpec;
import org.mtl4j.optim.Optimizer;
import org.mtl4j.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mtl4j train}: fit a multi-task model to a CSV file and save it. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train one model for several columns of a CSV file at once and save it as JSON.",
        footer = {"", "Example:",
                "  mtl4j train --data penguins.csv --na-values . \\",
                "      --task Species:multiclass --task Sex:binary \\",
                "      --task 'Body Mass (g):regression' --hidden 32,16 --epochs 200 \\",
                "      --out model.json --plot curves.png"})
final class TrainCommand implements Callable<Integer> {
    /** Widest hidden layer accepted; wider ones are almost always a typo. */
    static final int MAX_WIDTH = 65_536;
    /** Most weights in one layer (400 MB of doubles). */
    static final long MAX_LAYER_WEIGHTS = 50_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file to learn from (with a header row).")
    Path data;

    @Option(names = "--task", required = true, paramLabel = "NAME:KIND[:WEIGHT]",
            description = "A column to predict; KIND is regression, binary or multiclass; WEIGHT (default 1) scales its loss. Repeat for each task.")
    List<String> tasks;

    @Option(names = "--features", split = ",", paramLabel = "A,B", description = "Use only these columns as inputs (default: every other column).")
    List<String> features = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "C", description = "Columns that are neither inputs nor tasks (an id, a note).")
    List<String> ignored = new ArrayList<>();

    @Option(names = "--categorical", split = ",", paramLabel = "C", description = "Number-valued columns to one-hot encode anyway (a zip code).")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--hidden", split = ",", paramLabel = "SIZES", defaultValue = "32",
            description = "Hidden layer widths of the shared trunk; 0 for none, the seed's single layer (default: ${DEFAULT-VALUE}).")
    List<Integer> hidden;

    @Option(names = "--activation", defaultValue = "tanh", paramLabel = "NAME",
            description = "Activation of the hidden layers: tanh, relu or sigmoid (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "NAME",
            description = "sgd, momentum, nesterov or adam (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.01", paramLabel = "X", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--epochs", defaultValue = "100", paramLabel = "N", description = "Passes over the training rows (default: ${DEFAULT-VALUE}; 0 saves the initial model).")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N|full", description = "Rows per mini-batch, or 'full' (default: ${DEFAULT-VALUE}).")
    String batchSize;

    @Option(names = "--l2", defaultValue = "0", paramLabel = "X", description = "L2 weight decay on weights (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--clip-norm", defaultValue = "0", paramLabel = "X", description = "Clip the gradient's global norm to X; 0 = off (default).")
    double clipNorm;

    @Option(names = "--val-split", defaultValue = "0.2", paramLabel = "F", description = "Share of rows held out for validation (default: ${DEFAULT-VALUE}).")
    double validationSplit;

    @Option(names = "--test-split", defaultValue = "0", paramLabel = "F", description = "Share of rows held out for a final test (default: ${DEFAULT-VALUE}).")
    double testSplit;

    @Option(names = "--stratify", paramLabel = "TASK", description = "Keep this classification task's label proportions in every part of the split.")
    String stratify;

    @Option(names = "--patience", defaultValue = "0", paramLabel = "N",
            description = "Stop after N epochs without a lower validation loss and keep the best weights; 0 = off (default).")
    int patience;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed for the split, the initial weights and the shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--missing-features", defaultValue = "drop", paramLabel = "POLICY",
            description = "Rows with a missing input: drop, impute (training mean / most frequent) or error (default: ${DEFAULT-VALUE}).")
    String missingFeatures;

    @Mixin
    CsvInputOptions csv = new CsvInputOptions();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to save the model (JSON).")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE", description = "Write the learning curves to FILE (.png or .svg).")
    List<Path> plots = new ArrayList<>();

    @Option(names = "--history", paramLabel = "FILE", description = "Write the per-epoch losses and metrics to FILE (CSV).")
    Path history;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        OutputFiles files = new OutputFiles().input(data).output("--out", out).output("--history", history);
        plots.forEach(plot -> files.plot("--plot", plot));
        checkSplit();
        CsvTable table = CsvTable.read(data, csv.csvOptions());
        TrainingJob.Request request = new TrainingJob.Request(table, schema(), split(), hiddenSizes(),
                Activation.byName(activation), config());
        RunPrinter printer = new RunPrinter(spec.commandLine().getOut(), quiet);
        TrainingJob.Outcome outcome = printer.train(request);
        printer.writeOutputs(outcome, out, plots, history, null, table);
        return Main.OK;
    }

    private SchemaOptions schema() {
        List<TaskSpec> specs = tasks.stream().map(TaskSpec::parse).toList();
        return SchemaOptions.forTasks(specs).withFeatures(features).withIgnored(ignored).withCategorical(categorical)
                .withMissingFeatures(policy(missingFeatures));
    }

    private void checkSplit() {
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new Main.UsageException("--val-split must be at least 0 and below 1, not " + validationSplit);
        }
        if (!(testSplit >= 0 && testSplit < 1)) {
            throw new Main.UsageException("--test-split must be at least 0 and below 1, not " + testSplit);
        }
        if (validationSplit + testSplit >= 1) {
            throw new Main.UsageException("--val-split " + validationSplit + " and --test-split " + testSplit
                    + " leave no rows for training; together they must stay below 1");
        }
    }

    private SplitOptions split() {
        SplitOptions options = SplitOptions.of(validationSplit, testSplit);
        return stratify == null ? options : options.stratifiedOn(stratify);
    }

    private List<Integer> hiddenSizes() {
        if (hidden.size() == 1 && hidden.get(0) == 0) {
            return List.of();
        }
        long previous = 1;
        for (int size : hidden) {
            if (size < 1 || size > MAX_WIDTH) {
                throw new Main.UsageException("--hidden sizes must be between 1 and " + MAX_WIDTH
                        + " (or a single 0 for no hidden layer), got " + hidden);
            }
            if (previous * size > MAX_LAYER_WEIGHTS) {
                throw new Main.UsageException("--hidden " + hidden + " asks for a layer of " + previous * size
                        + " weights; the limit is " + MAX_LAYER_WEIGHTS);
            }
            previous = size;
        }
        return hidden;
    }

    private TrainingConfig config() {
        int rows;
        if (batchSize.equalsIgnoreCase("full")) {
            rows = TrainingConfig.FULL_BATCH;
        } else {
            try {
                rows = Integer.parseInt(batchSize.trim());
            } catch (NumberFormatException e) {
                throw new Main.UsageException("--batch-size must be a whole number ≥ 1 or 'full', not \"" + batchSize + "\"");
            }
            if (rows < 1) {
                throw new Main.UsageException("--batch-size must be ≥ 1 or 'full', not " + rows);
            }
        }
        return TrainingConfig.defaults().withOptimizer(Optimizer.byName(optimizer, learningRate)).withEpochs(epochs)
                .withBatchSize(rows).withWeightDecay(l2).withClipNorm(clipNorm).withPatience(patience).withSeed(seed);
    }

    static MissingFeaturePolicy policy(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "drop" -> MissingFeaturePolicy.DROP;
            case "impute" -> MissingFeaturePolicy.IMPUTE;
            case "error" -> MissingFeaturePolicy.ERROR;
            default -> throw new Main.UsageException("--missing-features must be drop, impute or error, not \"" + name + "\"");
        };
    }
}
