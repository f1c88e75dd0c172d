package org.mtl4j.data;

import org.mtl4j.math.Matrix;
import org.mtl4j.model.TaskTargets;

/**
 * Encodes one task's labels for the kept rows: standardised regression values, 0/1 binary, one-hot
 * multiclass. A missing label, or an absent label column, leaves the row unlabelled for this task; a label
 * that cannot be read or is not a known class is a problem.
 */
final class TargetEncoder {
    private final CsvTable table;
    private final int column;
    private final TargetEncoding target;
    private final MissingValues missing;
    private final ProblemCollector problems;

    /** {@code column} is the label column's index in {@code table}, or −1 when the table has none. */
    TargetEncoder(CsvTable table, int column, TargetEncoding target, MissingValues missing, ProblemCollector problems) {
        this.table = table;
        this.column = column;
        this.target = target;
        this.missing = missing;
        this.problems = problems;
    }

    TaskTargets encode(int[] keptRows) {
        Matrix values = Matrix.zeros(keptRows.length, target.width());
        boolean[] labelled = new boolean[keptRows.length];
        if (column < 0) {
            return new TaskTargets(values, labelled);
        }
        for (int i = 0; i < keptRows.length; i++) {
            String cell = table.cell(keptRows[i], column);
            if (!missing.isMissing(cell)) {
                labelled[i] = encodeLabel(cell, values, i, table.lineNumber(keptRows[i]));
            }
        }
        return new TaskTargets(values, labelled);
    }

    /** Writes row {@code row}'s encoded label; false (after adding a problem) when it cannot be encoded. */
    private boolean encodeLabel(String cell, Matrix values, int row, int line) {
        switch (target) {
            case RegressionTarget regression -> {
                double value = NumberText.parse(cell);
                if (Double.isNaN(value)) {
                    problems.add(line, target.name(), NumberText.cannotRead(cell));
                    return false;
                }
                values.set(row, 0, regression.standardise(value));
            }
            case BinaryTarget binary -> {
                int index = binary.indexOf(cell);
                if (index < 0) {
                    return unknownLabel(cell, line, TableEncoder.quoted(binary.labels()));
                }
                values.set(row, 0, index);
            }
            case MulticlassTarget multiclass -> {
                int index = multiclass.indexOf(cell);
                if (index < 0) {
                    return unknownLabel(cell, line, TableEncoder.quoted(multiclass.classes()));
                }
                values.set(row, index, 1.0);
            }
        }
        return true;
    }

    private boolean unknownLabel(String cell, int line, String known) {
        problems.add(line, target.name(), "label \"" + cell.strip() + "\" is not one the model knows: " + known);
        return false;
    }
}
