package org.mtl4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mtl4j.math.Matrix;

class PredictionsTest {

    @Test
    void predictReturnsOriginalUnitsProbabilitiesAndLabels() {
        SplittableRandom random = new SplittableRandom(5);
        Architecture plain = ModelFixtures.threeHeads(5);
        List<Task> tasks = List.of(plain.tasks().get(0).withScaling(new OutputScaling(new double[] {100, -3},
                new double[] {10, 2})), plain.tasks().get(1), plain.tasks().get(2));
        Architecture architecture = new Architecture(5, plain.trunk(), tasks);
        MultiTaskModel model = MultiTaskModel.initialize(architecture, random);
        MultiTaskModel unscaled = new MultiTaskModel(plain, model.parameters());
        Matrix features = Matrix.randomNormal(2500, 5, 0, 1, random);

        Predictions scaled = model.predict(features);
        Predictions raw = unscaled.predict(features);

        assertThat(scaled.rows()).isEqualTo(2500);
        for (int i = 0; i < 2500; i += 499) {
            assertThat(scaled.output(0).get(i, 0)).isCloseTo(raw.output(0).get(i, 0) * 10 + 100,
                    org.assertj.core.data.Offset.offset(1e-9));
            double probability = scaled.output(1).get(i, 0);
            assertThat(probability).isBetween(0.0, 1.0);
            assertThat(scaled.labels(1)[i]).isEqualTo(probability >= 0.5 ? 1 : 0);
            double rowSum = scaled.output(2).get(i, 0) + scaled.output(2).get(i, 1) + scaled.output(2).get(i, 2);
            assertThat(rowSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void predictionIsTheSameFromManyThreads() throws Exception {
        SplittableRandom random = new SplittableRandom(9);
        MultiTaskModel model = MultiTaskModel.initialize(ModelFixtures.threeHeads(5), random);
        Matrix features = Matrix.randomNormal(300, 5, 0, 1, random);
        Predictions expected = model.predict(features);
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Predictions>>();
            for (int i = 0; i < 8; i++) {
                futures.add(executor.submit(() -> model.predict(features)));
            }
            for (var future : futures) {
                Predictions actual = future.get();
                for (int t = 0; t < 3; t++) {
                    assertThat(actual.output(t)).isEqualTo(expected.output(t));
                }
            }
        }
    }

    @Test
    void wrongFeatureWidthIsAClearError() {
        MultiTaskModel model = MultiTaskModel.initialize(ModelFixtures.threeHeads(5), new SplittableRandom(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.predict(Matrix.zeros(3, 4)))
                .hasMessageContaining("4 columns").hasMessageContaining("takes 5");
    }
}
