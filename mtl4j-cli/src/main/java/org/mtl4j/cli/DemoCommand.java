package org.mtl4j.cli;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mtl4j.activation.Activation;
import org.mtl4j.data.CsvOptions;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.MissingValues;
import org.mtl4j.data.SchemaOptions;
import org.mtl4j.data.SplitOptions;
import org.mtl4j.optim.Adam;
import org.mtl4j.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mtl4j demo}: the main job. Seed section 6's steps on real data: three tasks learned at once from the
 * Palmer penguins — Species (multiclass), Sex (binary) and Body Mass (g) (regression) — from Island and the
 * three other measurements.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train three tasks at once on the Palmer penguins and show every step.",
                "Data, model, training with progress, test metrics, five held-out penguins, saved files.",
                "With --seed-example, run the seed tutorial's own toy network instead (printed only, no files)."},
        footer = {"", "Example:", "  mtl4j demo", "  mtl4j demo --out-dir /tmp/penguins", "  mtl4j demo --seed-example"})
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCE = "demo/penguins.csv";
    static final List<String> TASKS = List.of("Species:multiclass", "Sex:binary", "Body Mass (g):regression");

    @Spec
    CommandSpec spec;

    @Option(names = "--out-dir", defaultValue = "mtl4j-demo", paramLabel = "DIR",
            description = "Folder for model.json, learning-curve.png/.svg, history.csv, predictions.csv (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--seed-example", description = "Run the seed tutorial's one-layer, three-head network with the simplified update.")
    boolean seedExample;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the split, weights and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (seedExample) {
            SeedExampleRun.run(out, seed);
            if (spec.commandLine().getParseResult().hasMatchedOption("--out-dir")) {
                out.println("(--seed-example only prints; nothing was written to " + outDir + ")");
            }
            return Main.OK;
        }
        OutputFiles files = new OutputFiles();
        for (String name : new String[] {"model.json", "learning-curve.png", "learning-curve.svg", "history.csv",
                "predictions.csv"}) {
            files.output("--out-dir", outDir.resolve(name));
        }
        CsvTable table = bundledTable();
        RunPrinter printer = new RunPrinter(out, quiet);
        printer.note("mtl4j demo: three tasks at once on the Palmer penguins (" + table.rowCount() + " birds)");
        printer.note("  Species (3 classes), Sex (binary) and Body Mass (g) (regression),");
        printer.note("  learned together from Island and the beak and flipper measurements; '.' counts as missing.");
        printer.note("");
        TrainingJob.Outcome outcome = printer.train(request(table, seed));
        if (!quiet) {
            HeldOutExamples.print(out, table, outcome, 5);
        }
        printer.writeOutputs(outcome, outDir.resolve("model.json"),
                List.of(outDir.resolve("learning-curve.png"), outDir.resolve("learning-curve.svg")),
                outDir.resolve("history.csv"), outDir.resolve("predictions.csv"), table);
        printer.note(String.format(Locale.ROOT, "%nnext: ./mtl4j predict --model %s --data <file.csv>",
                outDir.resolve("model.json")));
        return Main.OK;
    }

    /** The demo's whole configuration, fixed so that a seed gives the same run everywhere. */
    static TrainingJob.Request request(CsvTable table, long seed) {
        SchemaOptions schema = SchemaOptions.forTasks(TASKS.toArray(String[]::new));
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(Adam.withDefaults(0.01)).withEpochs(200)
                .withBatchSize(32).withPatience(30).withSeed(seed);
        return new TrainingJob.Request(table, schema, SplitOptions.of(0.15, 0.2).stratifiedOn("Species"),
                List.of(16), Activation.byName("tanh"), config);
    }

    /** The bundled copy of penguins.csv (see demo/SOURCE.md), with "." as a missing-value token. */
    static CsvTable bundledTable() throws java.io.IOException {
        CsvOptions options = CsvOptions.defaults().withMissingValues(MissingValues.defaults().plus("."));
        try (Reader reader = new InputStreamReader(DemoCommand.class.getResourceAsStream(RESOURCE),
                StandardCharsets.UTF_8)) {
            return CsvTable.read(reader, "penguins.csv (bundled)", options);
        }
    }
}
