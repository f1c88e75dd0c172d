package org.mtl4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mtl4j.cli.plot.LearningCurvePlot;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.PreparedData;
import org.mtl4j.data.TaskSpec;
import org.mtl4j.io.ModelFile;
import org.mtl4j.model.Task;
import org.mtl4j.train.History;

/**
 * Narrates a training run for a person at a terminal: what the data is, progress while training, what the
 * model reached, which files were written. Silent (but for errors) when quiet.
 */
final class RunPrinter {
    private final PrintWriter out;
    private final boolean quiet;

    RunPrinter(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Prints the data summary, trains with a progress display, prints the final metrics. */
    TrainingJob.Outcome train(TrainingJob.Request request) {
        List<String> names = request.schema().tasks().stream().map(TaskSpec::name).toList();
        TrainingJob.Start start = TrainingJob.prepare(request);
        dataSummary(request.table(), start.prepared());
        TrainingJob.Outcome outcome;
        try (ProgressReporter progress = new ProgressReporter(names, out, ProgressReporter.stdoutIsTerminal(), quiet)) {
            outcome = TrainingJob.train(start, progress);
        }
        if (!quiet) {
            printResults(outcome);
        }
        return outcome;
    }

    void dataSummary(CsvTable table, PreparedData prepared) {
        if (quiet) {
            return;
        }
        out.printf(Locale.ROOT, "data: %s, %d rows, %d columns%n", table.source(), table.rowCount(), table.columnCount());
        prepared.report().messages().forEach(message -> out.println("  " + message));
        out.printf(Locale.ROOT, "  split: %s%n", TrainingJob.partSizes(prepared).entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey()).reduce((a, b) -> a + ", " + b).orElse(""));
        out.printf(Locale.ROOT, "  inputs: %d (%s)%n", prepared.preprocessor().featureWidth(),
                String.join(", ", prepared.preprocessor().inputNames()));
        out.flush();
    }

    private void printResults(TrainingJob.Outcome outcome) {
        History history = outcome.history();
        out.printf(Locale.ROOT, "trained %d epochs%s; kept the weights of epoch %d%n", history.epochs().size(),
                history.stoppedEarly() ? " (stopped early)" : "", history.bestEpoch());
        List<Task> tasks = outcome.model().architecture().tasks();
        if (outcome.test() != null) {
            out.println("test metrics:");
            MetricsReport.print(out, tasks, outcome.test().metrics());
        } else if (history.last() != null && history.last().hasValidation()) {
            out.println("validation metrics (last epoch):");
            MetricsReport.print(out, tasks, history.last().validationMetrics());
        }
        out.flush();
    }

    /** Saves the model and writes the optional plots, history and predictions, then lists what was written. */
    void writeOutputs(TrainingJob.Outcome outcome, Path model, List<Path> plots, Path history, Path predictions,
                      CsvTable table) {
        ModelFile.save(outcome.saved(), model);
        written("model", model);
        if (!plots.isEmpty() && outcome.history().epochs().isEmpty()) {
            note("no epochs were run, so no learning curve was drawn");
        } else {
            for (Path plot : plots) {
                write(plot, "learning curves", () -> LearningCurvePlot.write(outcome.history(),
                        outcome.model().architecture().tasks(), plot));
            }
        }
        if (history != null) {
            write(history, "history", () -> HistoryCsv.write(outcome.history(), history));
        }
        if (predictions != null) {
            var encoded = outcome.saved().preprocessor().transformFeatures(table).data();
            PredictionTable rows = PredictionTable.of(outcome.model(), outcome.saved().preprocessor(), table, encoded);
            write(predictions, "predictions", () -> rows.write(predictions));
        }
    }

    /** A file-writing step. */
    private interface Writing {
        void run() throws IOException;
    }

    private void write(Path file, String what, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new Main.OutputException(file + ": cannot write the " + what + " (" + OutputFiles.reason(e) + ")");
        }
        written(what, file);
    }

    void note(String message) {
        if (!quiet) {
            out.println(message);
            out.flush();
        }
    }

    private void written(String what, Path file) {
        note(String.format(Locale.ROOT, "wrote %-16s %s", what + ":", file));
    }
}
