package org.mtl4j.data;

/** What to do with a row whose feature cell is missing. Missing labels are never a feature problem: they are masked. */
public enum MissingFeaturePolicy {
    /** Leave the row out (of every task) and list its line in the report. The default. */
    DROP,
    /**
     * Fill the cell from the training rows: a numeric column's mean (which standardises to 0), a text
     * column's most frequent category (the first in sorted order on ties). Counted per column in the report.
     */
    IMPUTE,
    /** Report every missing feature cell as a problem. */
    ERROR
}
