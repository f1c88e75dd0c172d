package org.mtl4j.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.EncodedData;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Predictions;
import org.mtl4j.model.Task;

/**
 * Predictions for every row of an input table, in the input's order, as readable cells (seed section 6,
 * step 6): per regression task its value in original units, per binary task its label and the probability
 * of the positive label, per multiclass task its label and each class's probability, written in full double precision. Rows that could not
 * be encoded (a missing feature under the drop policy) keep their place with empty cells.
 *
 * @param header the column names, starting with {@code line}
 * @param rows   one row of cells per table row; empty cells for rows that could not be predicted
 * @param missingLines   the physical lines of rows that could not be encoded (a missing input)
 * @param nonFiniteLines the physical lines of rows whose prediction was not finite (left empty)
 */
record PredictionTable(List<String> header, List<List<String>> rows, List<Integer> missingLines,
                       List<Integer> nonFiniteLines) {

    static PredictionTable of(MultiTaskModel model, Preprocessor preprocessor, CsvTable table, EncodedData encoded) {
        List<Task> tasks = model.architecture().tasks();
        List<String> header = new ArrayList<>(List.of("line"));
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            header.add(task.name());
            switch (task.kind()) {
                case REGRESSION -> { }
                case BINARY -> header.add(task.name() + ":probability(" + preprocessor.classLabel(t, 1) + ")");
                case MULTICLASS -> {
                    for (int c = 0; c < task.outputs(); c++) {
                        header.add(task.name() + ":probability(" + preprocessor.classLabel(t, c) + ")");
                    }
                }
            }
        }
        Predictions predictions = model.predict(encoded.features());
        int[] position = new int[table.rowCount()];
        Arrays.fill(position, -1);
        for (int i = 0; i < encoded.tableRows().length; i++) {
            position[encoded.tableRows()[i]] = i;
        }
        List<int[]> labels = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            labels.add(tasks.get(t).kind() == org.mtl4j.model.TaskKind.REGRESSION ? null : predictions.labels(t));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> nonFinite = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(String.valueOf(table.lineNumber(row)));
            int i = position[row];
            boolean finite = i < 0 || finiteRow(predictions, i);
            if (!finite) {
                nonFinite.add(table.lineNumber(row));
            }
            if (i < 0 || !finite) {
                if (i < 0) {
                    missing.add(table.lineNumber(row));
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
            } else {
                for (int t = 0; t < tasks.size(); t++) {
                    Matrix output = predictions.output(t);
                    switch (tasks.get(t).kind()) {
                        case REGRESSION -> cells.add(number(output.get(i, 0)));
                        case BINARY -> {
                            cells.add(preprocessor.classLabel(t, labels.get(t)[i]));
                            cells.add(number(output.get(i, 0)));
                        }
                        case MULTICLASS -> {
                            cells.add(preprocessor.classLabel(t, labels.get(t)[i]));
                            for (int c = 0; c < output.columns(); c++) {
                                cells.add(number(output.get(i, c)));
                            }
                        }
                    }
                }
            }
            rows.add(cells);
        }
        return new PredictionTable(header, rows, missing, nonFinite);
    }

    /** Whether every output of every task is finite for {@code row}. */
    static boolean finiteRow(Predictions predictions, int row) {
        for (Matrix output : predictions.outputs()) {
            for (int j = 0; j < output.columns(); j++) {
                if (!Double.isFinite(output.get(row, j))) {
                    return false;
                }
            }
        }
        return true;
    }

    void write(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    /** Every digit of the double (Java's shortest form that reads back exactly), as pandas writes float64. */
    private static String number(double value) {
        return Double.toString(value);
    }
}
