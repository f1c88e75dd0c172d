package org.mtl4j.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtl4j.train.EpochRecord;
import org.mtl4j.train.History;

/**
 * Writes a training history as CSV: one row per epoch with the total and per-task losses (train and, when
 * present, validation) and the validation metrics, e.g. {@code epoch,train_loss,val_loss,train_loss:Sex,…}.
 */
final class HistoryCsv {
    private HistoryCsv() {
    }

    /** A number, or an empty cell for "no value" (NaN). */
    private static Object cell(double value) {
        return Double.isNaN(value) ? "" : value;
    }

    static void write(History history, Path file) throws IOException {
        List<String> tasks = history.taskNames();
        boolean validation = !history.epochs().isEmpty() && history.epochs().get(0).hasValidation();
        List<String> header = new ArrayList<>(List.of("epoch", "train_loss"));
        if (validation) {
            header.add("val_loss");
        }
        tasks.forEach(task -> header.add("train_loss:" + task));
        if (validation) {
            tasks.forEach(task -> header.add("val_loss:" + task));
            EpochRecord first = history.epochs().get(0);
            for (int t = 0; t < tasks.size(); t++) {
                for (String metric : MetricsReport.values(first.validationMetrics().get(t)).keySet()) {
                    if (!metric.equals("rows")) {
                        header.add("val_" + metric + ":" + tasks.get(t));
                    }
                }
            }
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (EpochRecord record : history.epochs()) {
                List<Object> row = new ArrayList<>();
                row.add(record.epoch());
                row.add(cell(record.trainLoss()));
                if (validation) {
                    row.add(cell(record.validationLoss()));
                }
                for (double loss : record.trainTaskLosses()) {
                    row.add(cell(loss));
                }
                if (validation) {
                    for (double loss : record.validationTaskLosses()) {
                        row.add(cell(loss));
                    }
                    for (int t = 0; t < tasks.size(); t++) {
                        for (Map.Entry<String, Double> entry : MetricsReport.values(record.validationMetrics().get(t)).entrySet()) {
                            if (!entry.getKey().equals("rows")) {
                                row.add(cell(entry.getValue()));
                            }
                        }
                    }
                }
                printer.printRecord(row);
            }
        }
    }
}
