package org.mtl4j.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import org.mtl4j.optim.Sgd;
import org.mtl4j.train.Trainer;
import org.mtl4j.train.TrainingConfig;
import org.mtl4j.train.TrainingListener;
import org.mtl4j.train.TrainingSet;

class SeedExampleTest {

    @Test
    void simplifiedStepEqualsGeneralTrainerStepUpToDocumentedConstants() {
        int rows = 200;
        double learningRate = 0.001;
        SeedExample.Data data = SeedExample.data(rows, 1);
        ModelParameters initial = SeedExample.initialParameters(2);

        MultiTaskModel seedStep = SeedExample.train(data, initial, 1, learningRate).model();

        // General trainer: exact mean-loss gradients, so rate η·N, and the regression weight ½ cancels SE's 2.
        Architecture base = SeedExample.architecture();
        Architecture weighted = new Architecture(base.inputSize(), base.trunk(),
                List.of(base.tasks().get(0).withWeight(0.5), base.tasks().get(1), base.tasks().get(2)));
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(new Sgd(learningRate * rows)).withEpochs(1)
                .withBatchSize(TrainingConfig.FULL_BATCH).withBackwardRule(BackwardRule.CHAIN_RULE);
        MultiTaskModel generalStep = new Trainer(config).fit(new MultiTaskModel(weighted, initial),
                new TrainingSet(data.features(), data.targets()), null, TrainingListener.NONE).model();

        for (int b = 0; b < 2; b++) {
            assertThat(generalStep.parameters().blocks().get(b).equalsWithin(seedStep.parameters().blocks().get(b), 1e-12))
                    .as(seedStep.parameters().blockNames().get(b)).isTrue();
        }
    }

    @Test
    void seedTrainingLowersEveryTaskLoss() {
        SeedExample.Data data = SeedExample.data(200, 1);
        SeedExample.Run run = SeedExample.train(data, SeedExample.initialParameters(2), 1000, 0.001);

        double[] first = run.taskLosses().get(0);
        double[] last = run.taskLosses().get(run.taskLosses().size() - 1);
        for (int t = 0; t < 3; t++) {
            assertThat(last[t]).as("task " + t).isLessThan(0.5 * first[t]);
        }
        assertThat(run.losses()).hasSize(1000);
        assertThat(run.model().architecture().tasks()).extracting(Task::name).containsExactly("value", "positive", "class");
    }
}
