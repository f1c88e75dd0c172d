package org.mtl4j.data;

import java.util.List;
import java.util.Objects;

/**
 * A numeric feature, standardised: input = (x − mean) / scale.
 *
 * <p>{@code mean} and {@code scale} are the training rows' mean and population standard deviation
 * (divisor n, as scikit-learn's {@code StandardScaler}). A constant column gets scale 1 and its mean exactly,
 * so it becomes all zeros, never NaN; so does a column whose spread is only rounding noise
 * (standard deviation ≤ 1e-9 · |mean|).
 *
 * @param name  the column's name
 * @param mean  the training mean, finite
 * @param scale the training standard deviation, or 1 for a constant column; finite and &gt; 0
 */
public record NumericColumn(String name, double mean, double scale) implements ColumnEncoding {
    /** Spread at or below this fraction of |mean| is treated as rounding noise. */
    static final double RELATIVE_NOISE = 1e-9;

    public NumericColumn {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("column \"" + name + "\": mean must be finite, was " + mean);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("column \"" + name + "\": scale must be finite and > 0, was " + scale);
        }
    }

    /**
     * The standardisation of {@code values[0 .. count)}, which must hold at least one value. Two passes (mean,
     * then squared deviations from it) keep the result accurate for large, nearly equal values.
     */
    public static NumericColumn fit(String name, double[] values, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("column \"" + name + "\": no values to fit");
        }
        return new NumericColumn(name, mean(values, count), standardDeviationOrOne(values, count));
    }

    static double mean(double[] values, int count) {
        double min = values[0];
        double max = values[0];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
            sum += values[i];
        }
        if (min == max) {
            return min;
        }
        double mean = sum / count;
        double correction = 0;
        for (int i = 0; i < count; i++) {
            correction += values[i] - mean;
        }
        return mean + correction / count;
    }

    /** The population standard deviation, or 1 when it is zero or rounding noise. */
    static double standardDeviationOrOne(double[] values, int count) {
        double mean = mean(values, count);
        double squares = 0;
        for (int i = 0; i < count; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }
        double deviation = Math.sqrt(squares / count);
        boolean noise = deviation <= RELATIVE_NOISE * Math.abs(mean) || deviation < Double.MIN_NORMAL;
        return noise ? 1.0 : deviation;
    }

    /** (x − mean) / scale. */
    public double standardise(double value) {
        return (value - mean) / scale;
    }

    @Override
    public int width() {
        return 1;
    }

    @Override
    public List<String> inputNames() {
        return List.of(name);
    }
}
