package org.mtl4j.data;

/** What to do with a text feature whose value was not among the training rows' categories. */
public enum UnseenCategoryPolicy {
    /** Encode it as all zeros and count it, per column and value, in the report. The default. */
    ZEROS,
    /** Report every such cell as a problem. */
    ERROR
}
