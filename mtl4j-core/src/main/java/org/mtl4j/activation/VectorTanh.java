package org.mtl4j.activation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector form of {@link TanhKernel}; loaded only after {@link TanhKernel} has checked that the
 * {@code jdk.incubator.vector} module is present.
 */
final class VectorTanh {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorTanh() {
    }

    static int lanes() {
        return SPECIES.length();
    }

    /** out[i] ← tanh(in[i]) for whole vectors at the start of [0, length); returns how many were done. */
    static int apply(double[] in, double[] out, int length) {
        int bound = SPECIES.loopBound(length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, in, i).lanewise(VectorOperators.TANH).intoArray(out, i);
        }
        return bound;
    }
}
