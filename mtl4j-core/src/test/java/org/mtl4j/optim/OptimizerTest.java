package org.mtl4j.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.ModelParameters;

class OptimizerTest {

    private static ModelParameters single(double weight, double bias) {
        return new ModelParameters(List.of(), new DenseParameters(Matrix.filled(1, 1, weight), Matrix.filled(1, 1, bias)));
    }

    @Test
    void adamFirstStepsMatchHandComputedValues() {
        Adam adam = Adam.withDefaults(0.1);
        ModelParameters parameters = single(1.0, 0.0);
        OptimizerState state = adam.newState(parameters);

        adam.step(parameters, single(0.5, 0.0), state);
        // t = 1: m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25, Δ = 0.1 · 0.5 / (0.5 + 1e-8)
        assertThat(parameters.heads().weights().get(0, 0)).isCloseTo(1.0 - 0.1 * 0.5 / (0.5 + 1e-8), offset(1e-15));

        adam.step(parameters, single(-1.0, 0.0), state);
        // t = 2: m = 0.9·0.05 − 0.1 = −0.055, v = 0.999·0.00025 + 0.001 = 0.00124975
        double mHat = -0.055 / (1 - 0.81);
        double vHat = 0.00124975 / (1 - 0.998001);
        double expected = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8) - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertThat(parameters.heads().weights().get(0, 0)).isCloseTo(expected, offset(1e-13));
        assertThat(state.steps()).isEqualTo(2);
    }

    @Test
    void momentumAndNesterovFollowPyTorchsForm() {
        ModelParameters heavy = single(0.0, 0.0);
        ModelParameters nesterov = single(0.0, 0.0);
        Momentum heavyBall = new Momentum(0.1, 0.9, false);
        Momentum lookAhead = new Momentum(0.1, 0.9, true);
        OptimizerState heavyState = heavyBall.newState(heavy);
        OptimizerState nesterovState = lookAhead.newState(nesterov);
        for (int i = 0; i < 2; i++) {
            heavyBall.step(heavy, single(1.0, 0.0), heavyState);
            lookAhead.step(nesterov, single(1.0, 0.0), nesterovState);
        }
        // v1 = 1, v2 = 1.9; heavy: −0.1 − 0.19; Nesterov: −0.1(1 + 0.9) − 0.1(1 + 1.71)
        assertThat(heavy.heads().weights().get(0, 0)).isCloseTo(-0.29, offset(1e-15));
        assertThat(nesterov.heads().weights().get(0, 0)).isCloseTo(-0.19 - 0.271, offset(1e-15));
    }

    @Test
    void weightDecaySkipsBiasesAndClippingBoundsTheNorm() {
        ModelParameters parameters = single(2.0, 3.0);
        ModelParameters gradients = single(0.0, 0.0);
        GradientAdjustments.addWeightDecay(parameters, gradients, 0.5);
        assertThat(gradients.heads().weights().get(0, 0)).isEqualTo(1.0);
        assertThat(gradients.heads().bias().get(0, 0)).isEqualTo(0.0);

        ModelParameters large = single(3.0, 4.0);
        double norm = GradientAdjustments.clipByGlobalNorm(large, 1.0);
        assertThat(norm).isEqualTo(5.0);
        assertThat(large.heads().weights().get(0, 0)).isCloseTo(0.6, offset(1e-15));
        assertThat(large.heads().bias().get(0, 0)).isCloseTo(0.8, offset(1e-15));
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new Sgd(-1)).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new Momentum(0.1, 1.0, false)).hasMessageContaining("momentum");
        assertThatThrownBy(() -> Optimizer.byName("rmsprop", 0.1)).hasMessageContaining("sgd, momentum");
    }
}
