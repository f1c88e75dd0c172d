package org.mtl4j.model;

import java.util.Arrays;
import org.mtl4j.math.Matrix;

/**
 * How a regression task's standardised outputs map back to the target's original units:
 * {@code original_j = standardised_j · scale_j + mean_j}.
 *
 * <p>Training sees standardised targets (so one learning rate suits grams and millimetres alike); predictions
 * and metrics are reported in original units. Classification tasks use {@link #identity}.
 *
 * @param mean  one offset per output
 * @param scale one factor per output, finite and non-zero
 */
public record OutputScaling(double[] mean, double[] scale) {
    public OutputScaling {
        mean = mean.clone();
        scale = scale.clone();
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("OutputScaling: " + mean.length + " means for " + scale.length
                    + " scales");
        }
        for (int j = 0; j < scale.length; j++) {
            if (!Double.isFinite(mean[j]) || !Double.isFinite(scale[j]) || scale[j] == 0.0) {
                throw new IllegalArgumentException("OutputScaling: output " + j + " has mean " + mean[j]
                        + " and scale " + scale[j] + "; both must be finite and the scale non-zero");
            }
        }
    }

    /** mean 0, scale 1 for each of {@code outputs} outputs. */
    public static OutputScaling identity(int outputs) {
        double[] ones = new double[outputs];
        Arrays.fill(ones, 1.0);
        return new OutputScaling(new double[outputs], ones);
    }

    public int outputs() {
        return mean.length;
    }

    /** The means (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** The scales (a copy). */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** standardised → original units, for output {@code j}. */
    public double toOriginal(int j, double standardised) {
        return standardised * scale[j] + mean[j];
    }

    /**
     * Writes {@code standardised} (rows × outputs; not modified) in original units into {@code out}
     * (modified), starting at row {@code fromRow} of {@code out}.
     */
    public void toOriginal(Matrix standardised, Matrix out, int fromRow) {
        int columns = standardised.columns();
        if (columns != mean.length || out.columns() != columns || fromRow + standardised.rows() > out.rows()) {
            throw new IllegalArgumentException("toOriginal: " + standardised.shape() + " into " + out.shape()
                    + " at row " + fromRow + " with " + mean.length + " outputs");
        }
        double[] source = standardised.data();
        double[] target = out.data();
        int base = fromRow * columns;
        for (int i = 0; i < source.length; i++) {
            int j = i % columns;
            target[base + i] = source[i] * scale[j] + mean[j];
        }
    }

    /** original units → standardised, for output {@code j}. */
    public double toStandardised(int j, double original) {
        return (original - mean[j]) / scale[j];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputScaling that && Arrays.equals(mean, that.mean) && Arrays.equals(scale, that.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "OutputScaling[mean=" + Arrays.toString(mean) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
