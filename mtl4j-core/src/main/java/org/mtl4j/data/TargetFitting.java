package org.mtl4j.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.mtl4j.model.TaskKind;

/**
 * Fits one task's {@link TargetEncoding}. Missing labels are skipped (they are masked later, never an error).
 * A regression target is standardised with the kept training rows' labels; binary and multiclass label
 * sets come from every kept, labelled row of the table.
 */
final class TargetFitting {
    /** How many distinct values a "needs exactly two values" message lists. */
    private static final int VALUES_SHOWN = 10;

    private final CsvTable table;
    private final int column;
    private final String name;
    private final boolean[] kept;
    private final boolean[] inTrain;
    private final MissingValues missing;
    private final ProblemCollector problems;

    TargetFitting(CsvTable table, int column, boolean[] kept, boolean[] inTrain, ProblemCollector problems) {
        this.table = table;
        this.column = column;
        this.name = table.header().get(column);
        this.kept = kept;
        this.inTrain = inTrain;
        this.missing = table.options().missingValues();
        this.problems = problems;
    }

    /** The encoding, or null after adding a problem. */
    TargetEncoding fit(TaskKind kind) {
        TargetEncoding encoding = switch (kind) {
            case REGRESSION -> fitRegression();
            case BINARY -> fitBinary();
            case MULTICLASS -> fitMulticlass();
        };
        if (encoding != null && kind != TaskKind.REGRESSION && !anyTrainingLabel()) {
            problems.add(0, name, "no training row has a label for this task (its labelled rows all fell into the "
                    + "validation or test part); hold out a smaller share or choose another seed");
            return null;
        }
        return encoding;
    }

    private boolean anyTrainingLabel() {
        for (int row = 0; row < table.rowCount(); row++) {
            if (inTrain[row] && kept[row] && !missing.isMissing(table.cell(row, column))) {
                return true;
            }
        }
        return false;
    }

    private RegressionTarget fitRegression() {
        double[] values = new double[table.rowCount()];
        int count = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            String cell = table.cell(row, column);
            if (!kept[row] || missing.isMissing(cell)) {
                continue;
            }
            double value = NumberText.parse(cell);
            if (Double.isNaN(value)) {
                problems.add(table.lineNumber(row), name, NumberText.cannotRead(cell));
            } else if (inTrain[row]) {
                values[count++] = value;
            }
        }
        if (count == 0) {
            problems.add(0, name, "no training row has a label for this regression task");
            return null;
        }
        for (int i = 0; i < count; i++) {
            if (Math.abs(values[i]) > PreprocessorFitting.MAX_MAGNITUDE) {
                problems.add(0, name, "holds values as large as " + Math.abs(values[i]) + ", too large to standardise; "
                        + "rescale the column (for example to thousands or millions)");
                return null;
            }
        }
        return RegressionTarget.fit(name, values, count);
    }

    private BinaryTarget fitBinary() {
        LabelCounts labels = countLabels();
        List<String> values = labels.sorted();
        if (values.size() == 2) {
            return new BinaryTarget(name, values.get(0), values.get(1));
        }
        if (values.isEmpty()) {
            problems.add(0, name, "no row has a label for this binary task");
            return null;
        }
        String message = "a binary task needs exactly two distinct values, found " + values.size() + ": "
                + labels.describe(values);
        if (values.size() > 2) {
            message += "; if " + labels.describeRarest(values) + " means \"no value\", add it to the missing-value "
                    + "tokens, or make this a multiclass task";
        }
        problems.add(0, name, message);
        return null;
    }

    private MulticlassTarget fitMulticlass() {
        LabelCounts labels = countLabels();
        List<String> classes = labels.sorted();
        if (classes.size() >= 2) {
            return new MulticlassTarget(name, classes);
        }
        problems.add(0, name, "a multiclass task needs at least two classes, found " + classes.size()
                + (classes.isEmpty() ? "" : ": " + labels.describe(classes)));
        return null;
    }

    private LabelCounts countLabels() {
        LabelCounts labels = new LabelCounts(new HashMap<>(), new HashMap<>());
        for (int row = 0; row < table.rowCount(); row++) {
            String cell = table.cell(row, column);
            if (kept[row] && !missing.isMissing(cell)) {
                String label = cell.strip();
                labels.counts().merge(label, 1, Integer::sum);
                labels.firstLines().putIfAbsent(label, table.lineNumber(row));
            }
        }
        return labels;
    }

    /** How often each label occurs and on which line it first does. Maps are looked up, never iterated. */
    private record LabelCounts(Map<String, Integer> counts, Map<String, Integer> firstLines) {
        List<String> sorted() {
            return CategoryOrder.sorted(counts.keySet());
        }

        /** {@code "FEMALE" (165 rows), "MALE" (168 rows), "." (1 row, line 338)}, at most ten values. */
        String describe(List<String> values) {
            StringJoiner text = new StringJoiner(", ");
            values.stream().limit(VALUES_SHOWN).forEach(value -> text.add(describe(value)));
            return text + (values.size() > VALUES_SHOWN ? ", …" : "");
        }

        String describe(String value) {
            int count = counts.get(value);
            return "\"" + value + "\" (" + (count == 1 ? "1 row, line " + firstLines.get(value) : count + " rows") + ")";
        }

        /** The least frequent value (the first in order on ties), quoted. */
        String describeRarest(List<String> values) {
            String rarest = values.get(0);
            for (String value : values) {
                if (counts.get(value) < counts.get(rarest)) {
                    rarest = value;
                }
            }
            return "\"" + rarest + "\"";
        }
    }
}
