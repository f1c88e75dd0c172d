package org.mtl4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtl4j.check.GradientCheck;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Matrix;

class MultiTaskModelGradientTest {

    @ParameterizedTest
    @EnumSource(value = BackwardRule.class, names = {"AUTO", "CHAIN_RULE"})
    void wholeModelBackwardMatchesFiniteDifferencesWithMissingLabels(BackwardRule rule) {
        SplittableRandom random = new SplittableRandom(7);
        Architecture architecture = ModelFixtures.threeHeads(5);
        MultiTaskModel model = MultiTaskModel.initialize(architecture, random);
        Matrix features = Matrix.randomNormal(9, 5, 0, 1, random);
        List<TaskTargets> targets = ModelFixtures.targets(9, random, true);
        ModelParameters gradients = model.parameters().zerosLike();
        model.lossAndGradient(features, targets, rule, gradients);

        ModelParameters scratch = model.parameters().zerosLike();
        List<GradientCheck.Block> blocks = new ArrayList<>();
        for (int b = 0; b < gradients.blocks().size(); b++) {
            blocks.add(new GradientCheck.Block(model.parameters().blockNames().get(b),
                    model.parameters().blocks().get(b), gradients.blocks().get(b)));
        }
        GradientCheck.Result worst = GradientCheck.checkAll(blocks,
                () -> model.lossAndGradient(features, targets, rule, scratch));

        assertThat(worst.relativeError()).as(worst.toString()).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void rowWithoutAnyLabelGivesNoGradient() {
        SplittableRandom random = new SplittableRandom(3);
        Architecture architecture = ModelFixtures.threeHeads(5);
        MultiTaskModel model = MultiTaskModel.initialize(architecture, random);
        Matrix features = Matrix.randomNormal(2, 5, 0, 1, random);
        List<TaskTargets> targets = ModelFixtures.targets(2, random, false);
        ModelParameters withOneRow = model.parameters().zerosLike();
        model.lossAndGradient(features.selectRows(new int[] {0}),
                targets.stream().map(t -> t.selectRows(new int[] {0})).toList(), BackwardRule.AUTO, withOneRow);

        List<TaskTargets> secondUnlabelled = targets.stream()
                .map(t -> new TaskTargets(t.values(), new boolean[] {true, false})).toList();
        ModelParameters withUnlabelledRow = model.parameters().zerosLike();
        model.lossAndGradient(features, secondUnlabelled, BackwardRule.AUTO, withUnlabelledRow);

        for (int b = 0; b < withOneRow.blocks().size(); b++) {
            assertThat(withUnlabelledRow.blocks().get(b).equalsWithin(withOneRow.blocks().get(b), 1e-14)).isTrue();
        }
    }

    @Test
    void totalLossIsTheWeightedSumOfTaskLosses() {
        SplittableRandom random = new SplittableRandom(11);
        Architecture architecture = ModelFixtures.threeHeads(5);
        MultiTaskModel model = MultiTaskModel.initialize(architecture, random);
        Matrix features = Matrix.randomNormal(6, 5, 0, 1, random);
        List<TaskTargets> targets = ModelFixtures.targets(6, random, true);
        BatchWorkspace workspace = new BatchWorkspace(architecture, 6, BackwardRule.AUTO);
        workspace.gather(features, targets, new int[] {0, 1, 2, 3, 4, 5}, 0);

        double total = workspace.loss(model.parameters());

        double[] losses = workspace.taskLosses();
        assertThat(total).isCloseTo(0.7 * losses[0] + 1.3 * losses[1] + losses[2], org.assertj.core.data.Offset.offset(1e-12));
    }
}
