package org.mtl4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelFixtures;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskTargets;
import org.mtl4j.optim.Sgd;

class TrainerTest {

    /** One input, one regression output, no trunk, W = 0, B = 0. */
    private static MultiTaskModel linearModel() {
        Architecture architecture = new Architecture(1, List.of(), List.of(Task.regression("y", 1)));
        return new MultiTaskModel(architecture, ModelParameters.zeros(architecture));
    }

    private static TrainingSet identicalRows(int rows) {
        return new TrainingSet(Matrix.filled(rows, 1, 1.0), List.of(TaskTargets.allLabelled(Matrix.filled(rows, 1, 1.0))));
    }

    private static TrainingConfig sgd(double learningRate, int epochs, int batchSize) {
        return TrainingConfig.defaults().withOptimizer(new Sgd(learningRate)).withEpochs(epochs)
                .withBatchSize(batchSize);
    }

    @Test
    void stepDoesNotDependOnBatchSize() {
        // 64 identical rows x = 1, y = 1, W = 0: dL/dW = mean 2(ŷ − y)x = −2, so one step of rate 0.1 gives 0.2.
        MultiTaskModel atBatch64 = new Trainer(sgd(0.1, 1, 64))
                .fit(linearModel(), identicalRows(64), null, TrainingListener.NONE).model();
        MultiTaskModel atBatch1 = new Trainer(sgd(0.1, 1, 1))
                .fit(linearModel(), identicalRows(1), null, TrainingListener.NONE).model();

        assertThat(atBatch64.parameters().heads().weights().get(0, 0)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(atBatch1.parameters().sameValues(atBatch64.parameters())).isTrue();
    }

    @Test
    void lastShortBatchIsAveragedOverItsOwnRows() {
        // 65 rows at batch 64: the second step sees one row and must move W by the same mean gradient rule.
        TrainingResult result = new Trainer(sgd(0.1, 1, 64)).fit(linearModel(), identicalRows(65), null,
                TrainingListener.NONE);
        // after step 1: W = B = 0.2, ŷ = 0.4; step 2 on one row: dW = 2(0.4 − 1) = −1.2 → W = 0.2 + 0.12
        assertThat(result.model().parameters().heads().weights().get(0, 0)).isCloseTo(0.32,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsAndHistory() {
        SplittableRandom random = new SplittableRandom(21);
        Matrix features = Matrix.randomNormal(50, 5, 0, 1, random);
        List<TaskTargets> targets = ModelFixtures.targets(50, random, true);
        TrainingSet train = new TrainingSet(features, targets);
        TrainingConfig config = TrainingConfig.defaults().withEpochs(5).withBatchSize(8).withSeed(99);

        TrainingResult first = new Trainer(config).fit(
                MultiTaskModel.initialize(ModelFixtures.threeHeads(5), new SplittableRandom(4)), train, train,
                TrainingListener.NONE);
        TrainingResult second = new Trainer(config).fit(
                MultiTaskModel.initialize(ModelFixtures.threeHeads(5), new SplittableRandom(4)), train, train,
                TrainingListener.NONE);

        assertThat(first.model().parameters().sameValues(second.model().parameters())).isTrue();
        for (int e = 0; e < 5; e++) {
            assertThat(first.history().epochs().get(e).trainLoss())
                    .isEqualTo(second.history().epochs().get(e).trainLoss());
            assertThat(first.history().epochs().get(e).validationTaskLosses())
                    .isEqualTo(second.history().epochs().get(e).validationTaskLosses());
        }
    }

    @Test
    void largeLearningRateIsCaughtAsDivergence() {
        TrainingSet rows = new TrainingSet(Matrix.of(new double[][] {{1}, {2}, {3}}),
                List.of(TaskTargets.allLabelled(Matrix.of(new double[][] {{2}, {4}, {6}}))));

        assertThatThrownBy(() -> new Trainer(sgd(100.0, 500, 0)).fit(linearModel(), rows, null, TrainingListener.NONE))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("epoch").hasMessageContaining("batch 1")
                .hasMessageContaining("learning rate 100.0");
    }

    @Test
    void zeroEpochsReturnsTheInitialModel() {
        MultiTaskModel initial = MultiTaskModel.initialize(ModelFixtures.threeHeads(5), new SplittableRandom(2));
        SplittableRandom random = new SplittableRandom(3);
        TrainingSet train = new TrainingSet(Matrix.randomNormal(10, 5, 0, 1, random), ModelFixtures.targets(10, random, false));

        TrainingResult result = new Trainer(TrainingConfig.defaults().withEpochs(0)).fit(initial, train, null,
                TrainingListener.NONE);

        assertThat(result.model().parameters().sameValues(initial.parameters())).isTrue();
        assertThat(result.history().epochs()).isEmpty();
    }

    @Test
    void earlyStoppingRestoresTheBestEpoch() {
        SplittableRandom random = new SplittableRandom(8);
        TrainingSet train = new TrainingSet(Matrix.randomNormal(40, 5, 0, 1, random), ModelFixtures.targets(40, random, false));
        TrainingSet validation = new TrainingSet(Matrix.randomNormal(40, 5, 0, 1, random),
                ModelFixtures.targets(40, random, false));
        TrainingConfig config = TrainingConfig.defaults().withEpochs(200).withBatchSize(4).withPatience(3)
                .withOptimizer(org.mtl4j.optim.Adam.withDefaults(0.05));

        TrainingResult result = new Trainer(config).fit(
                MultiTaskModel.initialize(ModelFixtures.threeHeads(5), new SplittableRandom(1)), train, validation,
                TrainingListener.NONE);

        History history = result.history();
        assertThat(history.stoppedEarly()).isTrue();
        double bestLoss = history.epochs().get(history.bestEpoch() - 1).validationLoss();
        for (EpochRecord record : history.epochs()) {
            assertThat(record.validationLoss()).isGreaterThanOrEqualTo(bestLoss);
        }
        assertThat(Evaluation.of(result.model(), validation).totalLoss())
                .isCloseTo(bestLoss, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(history.epochs().size()).isEqualTo(history.bestEpoch() + 3);
    }

    @Test
    void simplifiedRuleWithNonCanonicalPairIsRejectedAtConstruction() {
        Architecture architecture = new Architecture(1, List.of(),
                List.of(Task.binary("b").withLoss(org.mtl4j.loss.Loss.byName("squared_error"))));
        MultiTaskModel model = new MultiTaskModel(architecture, ModelParameters.zeros(architecture));
        TrainingSet rows = identicalRows(2);
        assertThatThrownBy(() -> new Trainer(sgd(0.1, 1, 0).withBackwardRule(BackwardRule.SIMPLIFIED))
                .fit(model, rows, null, TrainingListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigmoid");
    }
}
