package org.mtl4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.EncodedData;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.model.Predictions;
import org.mtl4j.model.Task;

/** Prints a few held-out rows with every task's predicted and true value side by side (seed section 6, step 6). */
final class HeldOutExamples {
    private HeldOutExamples() {
    }

    static void print(PrintWriter out, CsvTable table, TrainingJob.Outcome outcome, int count) {
        EncodedData heldOut = outcome.prepared().test().features().rows() > 0 ? outcome.prepared().test()
                : outcome.prepared().validation();
        int shown = Math.min(count, heldOut.features().rows());
        if (shown == 0) {
            return;
        }
        Preprocessor preprocessor = outcome.saved().preprocessor();
        List<Task> tasks = outcome.model().architecture().tasks();
        int[] picked = new int[shown];
        for (int k = 0; k < shown; k++) {
            picked[k] = k * heldOut.features().rows() / shown;          // spread over the part, not its first rows
        }
        heldOut = heldOut.selectRows(picked);
        Predictions predictions = outcome.model().predict(heldOut.features());
        out.printf(Locale.ROOT, "%n%d held-out rows, predicted vs true:%n", shown);
        List<String> header = new ArrayList<>(List.of("line"));
        tasks.forEach(task -> header.add(task.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(heldOut.lineNumbers()[i])));
            for (int t = 0; t < tasks.size(); t++) {
                String truth = table.cell(heldOut.tableRows()[i], table.columnIndex(tasks.get(t).name())).strip();
                cells.add(predicted(preprocessor, predictions, t, i) + " (true " + (truth.isEmpty() || truth.equals(".") ? "?" : truth) + ")");
            }
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        printRow(out, header, widths);
        rows.forEach(row -> printRow(out, row, widths));
        out.flush();
    }

    private static String predicted(Preprocessor preprocessor, Predictions predictions, int task, int row) {
        return switch (predictions.tasks().get(task).kind()) {
            case REGRESSION -> String.format(Locale.ROOT, "%.0f", predictions.output(task).get(row, 0));
            case BINARY -> {
                double probability = predictions.output(task).get(row, 0);
                int label = probability >= 0.5 ? 1 : 0;
                yield String.format(Locale.ROOT, "%s %.0f%%", preprocessor.classLabel(task, label),
                        100 * (label == 1 ? probability : 1 - probability));
            }
            case MULTICLASS -> {
                int label = predictions.labels(task)[row];
                yield String.format(Locale.ROOT, "%s %.0f%%", preprocessor.classLabel(task, label),
                        100 * predictions.output(task).get(row, label));
            }
        };
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            line.append(' ').append(String.format(Locale.ROOT, "%-" + widths[c] + "s", cells.get(c))).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }
}
