package org.mtl4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.DataException;
import org.mtl4j.data.DataProblem;
import org.mtl4j.data.TransformResult;
import org.mtl4j.io.ModelFile;
import org.mtl4j.io.SavedModel;
import org.mtl4j.train.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mtl4j evaluate}: per-task metrics of a saved model on a labelled CSV file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure a saved model on a labelled CSV file: loss and metrics per task, confusion matrices.",
        footer = {"", "Example:", "  mtl4j evaluate --model model.json --data penguins-test.csv"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model saved by 'mtl4j train'.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "A CSV file with the task columns filled in.")
    Path data;

    @Mixin
    CsvInputOptions csv = new CsvInputOptions();

    @Override
    public Integer call() throws Exception {
        SavedModel saved = ModelFile.load(model);
        if (saved.preprocessor() == null) {
            throw new Main.UsageException(model + " holds no CSV preprocessing, so it cannot read a CSV file");
        }
        CsvTable table = CsvTable.read(data, csv.csvOptions());
        TransformResult encoded = saved.preprocessor().transform(table);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "data: %s, %d rows, %d used%n", table.source(), table.rowCount(),
                encoded.data().features().rows());
        encoded.report().messages().forEach(message -> out.println("  " + message));
        if (encoded.data().features().rows() == 0) {
            throw new DataException(DataProblem.general(data + ": no row can be evaluated ("
                    + (table.rowCount() == 0 ? "the file has no data rows" : "every row misses an input") + ")"));
        }
        if (encoded.data().targets().stream().allMatch(target -> target.labelledCount() == 0)) {
            throw new DataException(DataProblem.general(data + ": no row has a label for any of the model's tasks ("
                    + String.join(", ", saved.model().architecture().tasks().stream().map(t -> "\"" + t.name() + "\"").toList())
                    + "), so there is nothing to compare with; use 'mtl4j predict' for unlabelled data"));
        }
        Evaluation evaluation = Evaluation.of(saved.model(), TrainingJob.set(encoded.data()));
        if (!Double.isFinite(evaluation.totalLoss())) {
            var predictions = saved.model().predict(encoded.data().features());
            java.util.List<Integer> lines = new java.util.ArrayList<>();
            for (int i = 0; i < encoded.data().features().rows(); i++) {
                if (!PredictionTable.finiteRow(predictions, i)) {
                    lines.add(encoded.data().lineNumbers()[i]);
                }
            }
            throw new DataException(DataProblem.general(data + ": the model's predictions are not finite for "
                    + org.mtl4j.data.EncodingReport.lines(lines) + " (inputs far outside the training data?), so no loss can be measured"));
        }
        out.printf(Locale.ROOT, "total loss %.4f (weighted sum of the task losses)%n", evaluation.totalLoss());
        MetricsReport.print(out, saved.model().architecture().tasks(), evaluation.metrics());
        MetricsReport.printConfusion(out, saved.model().architecture().tasks(), evaluation.metrics(), saved.preprocessor());
        out.flush();
        return Main.OK;
    }
}
