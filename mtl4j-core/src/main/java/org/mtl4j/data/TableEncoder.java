package org.mtl4j.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.TaskTargets;

/** Applies a fitted {@link Preprocessor} to a table: {@link Preprocessor#transform}. */
final class TableEncoder {
    private final Preprocessor preprocessor;
    private final CsvTable table;
    private final MissingValues missing;
    private final ProblemCollector problems;
    private final Map<String, Integer> imputed = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> unseen = new LinkedHashMap<>();

    private final boolean readLabels;

    private TableEncoder(Preprocessor preprocessor, CsvTable table, boolean readLabels) {
        this.readLabels = readLabels;
        this.preprocessor = preprocessor;
        this.table = table;
        this.missing = preprocessor.missingValues();
        this.problems = new ProblemCollector(table.source(), table.options().errorLimit());
    }

    static TransformResult transform(Preprocessor preprocessor, CsvTable table, boolean readLabels) {
        return new TableEncoder(preprocessor, table, readLabels).transform();
    }

    private TransformResult transform() {
        int[] featureColumns = featureColumns();
        problems.throwIfAny();
        FeatureRows.reportMissing(table, featureColumns, missing, preprocessor.missingFeatures(), problems);
        boolean[] kept = FeatureRows.kept(table, featureColumns, missing, preprocessor.missingFeatures());
        int[] keptRows = new int[FeatureRows.countTrue(kept)];
        int[] lines = new int[keptRows.length];
        List<Integer> droppedLines = new ArrayList<>();
        for (int row = 0, next = 0; row < kept.length; row++) {
            if (kept[row]) {
                keptRows[next] = row;
                lines[next++] = table.lineNumber(row);
            } else {
                droppedLines.add(table.lineNumber(row));
            }
        }
        Matrix features = encodeFeatures(featureColumns, keptRows);
        List<TaskTargets> targets = new ArrayList<>();
        Map<String, Integer> unlabelled = new LinkedHashMap<>();
        List<String> absent = new ArrayList<>();
        for (TargetEncoding target : preprocessor.targets()) {
            int column = readLabels ? table.columnIndex(target.name()) : -1;
            if (column < 0) {
                absent.add(target.name());
            }
            TaskTargets encoded = new TargetEncoder(table, column, target, missing, problems).encode(keptRows);
            targets.add(encoded);
            unlabelled.put(target.name(), keptRows.length - encoded.labelledCount());
        }
        problems.throwIfAny();
        EncodingReport report = new EncodingReport(table.rowCount(), droppedLines, imputed, unseen, unlabelled, absent);
        return new TransformResult(new EncodedData(features, targets, keptRows, lines), report);
    }

    private int[] featureColumns() {
        int[] columns = new int[preprocessor.features().size()];
        for (int i = 0; i < columns.length; i++) {
            String name = preprocessor.features().get(i).name();
            columns[i] = table.columnIndex(name);
            if (columns[i] < 0) {
                problems.add(0, name, "the file has no such column, and the model needs it as a feature");
            }
        }
        return columns;
    }

    private Matrix encodeFeatures(int[] featureColumns, int[] keptRows) {
        int width = preprocessor.featureWidth();
        Matrix features = Matrix.zeros(keptRows.length, width);
        double[] data = features.data();
        int offset = 0;
        for (int i = 0; i < featureColumns.length; i++) {
            switch (preprocessor.features().get(i)) {
                case NumericColumn numeric -> encodeNumeric(numeric, featureColumns[i], keptRows, data, offset, width);
                case CategoricalColumn categorical ->
                        encodeCategorical(categorical, featureColumns[i], keptRows, data, offset, width);
            }
            offset += preprocessor.features().get(i).width();
        }
        return features;
    }

    private void encodeNumeric(NumericColumn encoding, int column, int[] keptRows, double[] data, int offset,
                               int width) {
        for (int i = 0; i < keptRows.length; i++) {
            String cell = table.cell(keptRows[i], column);
            double value;
            if (missing.isMissing(cell)) {
                countImputed(encoding.name());
                value = encoding.mean();
            } else {
                value = NumberText.parse(cell);
                if (Double.isNaN(value)) {
                    problems.add(table.lineNumber(keptRows[i]), encoding.name(), NumberText.cannotRead(cell));
                    continue;
                }
            }
            data[i * width + offset] = encoding.standardise(value);
        }
    }

    private void encodeCategorical(CategoricalColumn encoding, int column, int[] keptRows, double[] data, int offset,
                                   int width) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int k = 0; k < encoding.categories().size(); k++) {
            indexOf.put(encoding.categories().get(k), k);
        }
        for (int i = 0; i < keptRows.length; i++) {
            String cell = table.cell(keptRows[i], column);
            String value = cell.strip();
            if (missing.isMissing(cell)) {
                countImputed(encoding.name());
                value = encoding.mostFrequent();
            }
            Integer index = indexOf.get(value);
            if (index != null) {
                data[i * width + offset + index] = 1.0;
            } else if (preprocessor.unseenCategories() == UnseenCategoryPolicy.ERROR) {
                problems.add(table.lineNumber(keptRows[i]), encoding.name(), "category \"" + value
                        + "\" was not seen in training; known: " + quoted(encoding.categories()));
            } else {
                unseen.computeIfAbsent(encoding.name(), name -> new TreeMap<>()).merge(value, 1, Integer::sum);
            }
        }
    }

    private void countImputed(String column) {
        imputed.merge(column, 1, Integer::sum);
    }

    /** Up to twenty values, quoted and comma-separated. */
    static String quoted(List<String> values) {
        StringJoiner text = new StringJoiner(", ");
        values.stream().limit(20).forEach(value -> text.add("\"" + value + "\""));
        return text + (values.size() > 20 ? ", …" : "");
    }
}
