package org.mtl4j.data;

import java.util.Objects;

/**
 * How to read a CSV file.
 *
 * @param delimiter     the field separator: {@code ','} (default), {@code ';'}, {@code '\t'}, or any other
 *                      character except the quote and line breaks
 * @param missingValues the cell texts that mean "no value"; saved with a fitted {@link Preprocessor}
 * @param errorLimit    how many problems a {@link DataException} lists before "... and N more"; ≥ 1
 */
public record CsvOptions(char delimiter, MissingValues missingValues, int errorLimit) {
    /** The default error limit. */
    public static final int DEFAULT_ERROR_LIMIT = 20;

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter cannot be a quote or a line break, was "
                    + (int) delimiter);
        }
        Objects.requireNonNull(missingValues, "missingValues");
        if (errorLimit < 1) {
            throw new IllegalArgumentException("errorLimit must be >= 1, was " + errorLimit);
        }
    }

    /** Comma-separated, the default missing-value tokens, and an error limit of 20. */
    public static CsvOptions defaults() {
        return new CsvOptions(',', MissingValues.defaults(), DEFAULT_ERROR_LIMIT);
    }

    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(newDelimiter, missingValues, errorLimit);
    }

    public CsvOptions withMissingValues(MissingValues newMissingValues) {
        return new CsvOptions(delimiter, newMissingValues, errorLimit);
    }

    public CsvOptions withErrorLimit(int newErrorLimit) {
        return new CsvOptions(delimiter, missingValues, newErrorLimit);
    }
}
