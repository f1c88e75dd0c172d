package org.mtl4j.data;

import java.util.Objects;
import org.mtl4j.model.TaskKind;

/**
 * A regression label, standardised for training: y' = (y − mean) / scale, with the training rows' mean and
 * population standard deviation (scale 1 for a constant label, as for {@link NumericColumn}). Predictions
 * are reported in original units through {@link #toOriginalUnits}.
 *
 * @param name  the label column's name
 * @param mean  the training mean, finite
 * @param scale the training standard deviation or 1; finite and &gt; 0
 */
public record RegressionTarget(String name, double mean, double scale) implements TargetEncoding {
    public RegressionTarget {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("task \"" + name + "\": mean must be finite, was " + mean);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("task \"" + name + "\": scale must be finite and > 0, was " + scale);
        }
    }

    /** The standardisation of the labels {@code values[0 .. count)}, at least one. */
    public static RegressionTarget fit(String name, double[] values, int count) {
        NumericColumn column = NumericColumn.fit(name, values, count);
        return new RegressionTarget(name, column.mean(), column.scale());
    }

    /** y' = (y − mean) / scale. */
    public double standardise(double value) {
        return (value - mean) / scale;
    }

    /** y = y' · scale + mean: a prediction in the label's own units. */
    public double toOriginalUnits(double standardised) {
        return standardised * scale + mean;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REGRESSION;
    }

    @Override
    public int width() {
        return 1;
    }
}
