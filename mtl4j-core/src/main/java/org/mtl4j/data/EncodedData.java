package org.mtl4j.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.TaskTargets;

/**
 * Rows ready for a multi-task model: the encoded feature matrix, each task's targets with their label mask,
 * and where every row came from.
 *
 * <p>Arrays are copied in and handed out as they are (not copied): treat them as read-only.
 *
 * @param features    rows × encoded width
 * @param targets     one per task, in task order; standardised regression values, 0/1 binary, one-hot
 *                    multiclass; rows without a label are masked
 * @param tableRows   for each row, its index in the {@link CsvTable} it was encoded from
 * @param lineNumbers for each row, the physical line of the file it came from
 */
public record EncodedData(Matrix features, List<TaskTargets> targets, int[] tableRows, int[] lineNumbers) {
    public EncodedData {
        Objects.requireNonNull(features, "features");
        targets = List.copyOf(targets);
        tableRows = tableRows.clone();
        lineNumbers = lineNumbers.clone();
        int rows = features.rows();
        if (tableRows.length != rows || lineNumbers.length != rows) {
            throw new IllegalArgumentException("EncodedData: " + rows + " feature rows, " + tableRows.length
                    + " table rows, " + lineNumbers.length + " line numbers");
        }
        for (TaskTargets target : targets) {
            if (target.values().rows() != rows) {
                throw new IllegalArgumentException("EncodedData: targets have " + target.values().rows()
                        + " rows, features " + rows);
            }
        }
    }

    public int rowCount() {
        return features.rows();
    }

    /** The rows at {@code positions} (indices into this data), in that order. */
    public EncodedData selectRows(int[] positions) {
        int[] sourceRows = new int[positions.length];
        int[] lines = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            sourceRows[i] = tableRows[positions[i]];
            lines[i] = lineNumbers[positions[i]];
        }
        List<TaskTargets> selected = new ArrayList<>(targets.size());
        for (TaskTargets target : targets) {
            selected.add(target.selectRows(positions));
        }
        return new EncodedData(features.selectRows(positions), selected, sourceRows, lines);
    }

    /**
     * The rows that came from the listed table rows, in that order; table rows that were not kept (dropped
     * for missing features) are left out. Turns a {@link Split} of the table into encoded parts.
     */
    public EncodedData selectTableRows(int[] wantedTableRows) {
        Map<Integer, Integer> positionOfTableRow = new HashMap<>();
        for (int i = 0; i < tableRows.length; i++) {
            positionOfTableRow.put(tableRows[i], i);
        }
        int[] positions = new int[wantedTableRows.length];
        int count = 0;
        for (int tableRow : wantedTableRows) {
            Integer position = positionOfTableRow.get(tableRow);
            if (position != null) {
                positions[count++] = position;
            }
        }
        return selectRows(java.util.Arrays.copyOf(positions, count));
    }
}
