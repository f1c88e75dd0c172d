package org.mtl4j.model;

import java.util.Objects;
import org.mtl4j.math.Matrix;

/**
 * The targets of one task for a set of rows, with a mask of which rows carry a label.
 *
 * <p>{@code values} is rows × outputs in the encoding the head trains on: standardised values for
 * regression, 0/1 for binary, one-hot for multiclass. Rows whose {@code labelled} flag is false hold zeros
 * and take no part in this task's loss (the row still trains the other tasks).
 *
 * @param values   rows × outputs encoded targets
 * @param labelled one flag per row
 */
public record TaskTargets(Matrix values, boolean[] labelled) {
    public TaskTargets {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(labelled, "labelled");
        if (labelled.length != values.rows()) {
            throw new IllegalArgumentException("TaskTargets: " + labelled.length + " label flags for "
                    + values.rows() + " rows");
        }
    }

    /** Targets with every row labelled. */
    public static TaskTargets allLabelled(Matrix values) {
        boolean[] labelled = new boolean[values.rows()];
        java.util.Arrays.fill(labelled, true);
        return new TaskTargets(values, labelled);
    }

    /** How many rows carry a label. */
    public int labelledCount() {
        int count = 0;
        for (boolean flag : labelled) {
            if (flag) {
                count++;
            }
        }
        return count;
    }

    /** The targets of the listed rows, in that order. */
    public TaskTargets selectRows(int[] rowIndices) {
        boolean[] flags = new boolean[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            flags[i] = labelled[rowIndices[i]];
        }
        return new TaskTargets(values.selectRows(rowIndices), flags);
    }
}
