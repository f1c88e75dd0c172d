package org.mtl4j.data;

import java.util.Arrays;

/** Which rows a transform keeps, the same rule at fitting time and at every later transform. */
final class FeatureRows {
    private FeatureRows() {
    }

    /**
     * One flag per table row: false for a row with a missing feature cell under {@link MissingFeaturePolicy#DROP},
     * true otherwise (under IMPUTE the cell is filled, under ERROR it is reported by {@link #reportMissing}).
     */
    static boolean[] kept(CsvTable table, int[] featureColumns, MissingValues missing, MissingFeaturePolicy policy) {
        boolean[] kept = new boolean[table.rowCount()];
        Arrays.fill(kept, true);
        if (policy != MissingFeaturePolicy.DROP) {
            return kept;
        }
        for (int row = 0; row < kept.length; row++) {
            for (int column : featureColumns) {
                if (missing.isMissing(table.cell(row, column))) {
                    kept[row] = false;
                    break;
                }
            }
        }
        return kept;
    }

    /** Under {@link MissingFeaturePolicy#ERROR}, adds one problem per missing feature cell. */
    static void reportMissing(CsvTable table, int[] featureColumns, MissingValues missing, MissingFeaturePolicy policy,
                              ProblemCollector problems) {
        if (policy != MissingFeaturePolicy.ERROR) {
            return;
        }
        for (int row = 0; row < table.rowCount(); row++) {
            for (int column : featureColumns) {
                String cell = table.cell(row, column);
                if (missing.isMissing(cell)) {
                    problems.add(table.lineNumber(row), table.header().get(column), "missing value "
                            + describe(cell) + "; choose the DROP or IMPUTE policy for missing features to accept it");
                }
            }
        }
    }

    /** A cell's text for a message: quoted, or "(empty cell)". */
    static String describe(String cell) {
        return cell.isBlank() ? "(empty cell)" : "\"" + cell.strip() + "\"";
    }

    static int countTrue(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            if (flag) {
                count++;
            }
        }
        return count;
    }
}
