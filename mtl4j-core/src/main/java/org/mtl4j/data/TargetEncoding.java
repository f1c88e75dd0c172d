package org.mtl4j.data;

import org.mtl4j.model.TaskKind;

/**
 * How one task's label column becomes the values its head trains on, and back. Fitted on the data, saved
 * with the model.
 */
public sealed interface TargetEncoding permits RegressionTarget, BinaryTarget, MulticlassTarget {

    /** The label column's name in the header. */
    String name();

    TaskKind kind();

    /** How many output values per row: 1 for regression and binary, the class count for multiclass. */
    int width();
}
