package org.mtl4j.data;

import java.util.Objects;
import java.util.Optional;

/**
 * How to split a table for training: the validation and test fractions, and optionally a classification
 * task to stratify on.
 *
 * @param validationFraction share of rows for validation, in [0, 1)
 * @param testFraction       share of rows for testing, in [0, 1); the two sum to less than 1
 * @param stratifyOn         the name of a binary or multiclass task whose label proportions every part
 *                           keeps, or empty for a plain random split
 */
public record SplitOptions(double validationFraction, double testFraction, Optional<String> stratifyOn) {
    public SplitOptions {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), was " + validationFraction);
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in [0, 1), was " + testFraction);
        }
        if (validationFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validationFraction + testFraction must be < 1, was "
                    + validationFraction + " + " + testFraction);
        }
        Objects.requireNonNull(stratifyOn, "stratifyOn");
    }

    /** A plain random split. */
    public static SplitOptions of(double validationFraction, double testFraction) {
        return new SplitOptions(validationFraction, testFraction, Optional.empty());
    }

    /** The same fractions, stratified on the named classification task. */
    public SplitOptions stratifiedOn(String task) {
        return new SplitOptions(validationFraction, testFraction, Optional.of(task));
    }
}
