package org.mtl4j.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mtl4j.activation.Activation;
import org.mtl4j.check.GradientCheck;
import org.mtl4j.loss.Loss;
import org.mtl4j.math.Matrix;
import org.mtl4j.testing.Samples;

class HeadObjectivePropertiesTest {

    /** All fifteen activation/loss pairs by the chain rule. */
    @Provide
    Arbitrary<HeadObjective> chainRulePairs() {
        List<HeadObjective> heads = new ArrayList<>();
        for (Activation activation : Activation.all()) {
            for (Loss loss : Loss.all()) {
                heads.add(new HeadObjective(activation, loss, BackwardRule.CHAIN_RULE));
            }
        }
        return Arbitraries.of(heads);
    }

    /** The three canonical pairs under AUTO and SIMPLIFIED (both the fused rule). */
    @Provide
    Arbitrary<HeadObjective> fusedPairs() {
        List<HeadObjective> heads = new ArrayList<>();
        for (Activation activation : Activation.all()) {
            for (Loss loss : Loss.all()) {
                if (new HeadObjective(activation, loss).isCanonical()) {
                    heads.add(new HeadObjective(activation, loss, BackwardRule.AUTO));
                    heads.add(new HeadObjective(activation, loss, BackwardRule.SIMPLIFIED));
                }
            }
        }
        return Arbitraries.of(heads);
    }

    @Property(tries = 100)
    void chainRuleMatchesFiniteDifferencesForEveryPair(@ForAll("chainRulePairs") HeadObjective head,
                                                       @ForAll boolean masked,
                                                       @ForAll @IntRange(min = 1, max = 8) int rows,
                                                       @ForAll @IntRange(min = 1, max = 6) int columns,
                                                       @ForAll long seed) {
        assertGradientChecks(head, masked, rows, columns, seed);
    }

    @Property(tries = 50)
    void fusedRuleMatchesFiniteDifferencesForCanonicalPairs(@ForAll("fusedPairs") HeadObjective head,
                                                            @ForAll boolean masked,
                                                            @ForAll @IntRange(min = 1, max = 8) int rows,
                                                            @ForAll @IntRange(min = 1, max = 6) int columns,
                                                            @ForAll long seed) {
        assertThat(head.usesFusedRule()).isTrue();
        assertGradientChecks(head, masked, rows, columns, seed);
    }

    @Property(tries = 50)
    void fusedRuleEqualsChainRuleForCanonicalPairs(@ForAll("fusedPairs") HeadObjective head,
                                                   @ForAll boolean masked,
                                                   @ForAll @IntRange(min = 1, max = 8) int rows,
                                                   @ForAll @IntRange(min = 1, max = 6) int columns,
                                                   @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix logits = Samples.logits(head.activation(), head.loss(), rows, columns, random);
        Matrix target = Samples.targets(head.loss(), rows, columns, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);
        HeadObjective chain = new HeadObjective(head.activation(), head.loss(), BackwardRule.CHAIN_RULE);
        Matrix output = Matrix.zeros(rows, columns);
        Matrix fusedGradient = Matrix.zeros(rows, columns);
        Matrix chainGradient = Matrix.zeros(rows, columns);
        double fusedValue = head.evaluate(logits, target, labelled, output, fusedGradient);
        double chainValue = chain.evaluate(logits, target, labelled, output, chainGradient);
        assertThat(fusedValue).isEqualTo(chainValue);
        assertThat(fusedGradient.equalsWithin(chainGradient, 1e-12))
                .as("%s%nfused %s%nchain %s", head, fusedGradient, chainGradient).isTrue();
    }

    /** Every pair, with and without a mask, by every rule it allows: a sweep that cannot miss a pair. */
    @Example
    void everyPairAndRulePassesTheGradientCheck() {
        SplittableRandom shapes = new SplittableRandom(2024);
        for (Activation activation : Activation.all()) {
            for (Loss loss : Loss.all()) {
                for (BackwardRule rule : BackwardRule.values()) {
                    if (rule == BackwardRule.SIMPLIFIED && !new HeadObjective(activation, loss).isCanonical()) {
                        continue;
                    }
                    HeadObjective head = new HeadObjective(activation, loss, rule);
                    for (boolean masked : new boolean[] {false, true}) {
                        assertGradientChecks(head, masked, 1 + shapes.nextInt(8), 1 + shapes.nextInt(6),
                                shapes.nextLong());
                    }
                }
            }
        }
    }

    private static void assertGradientChecks(HeadObjective head, boolean masked, int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix logits = Samples.logits(head.activation(), head.loss(), rows, columns, random);
        Matrix target = Samples.targets(head.loss(), rows, columns, random);
        boolean[] labelled = Samples.maskOrNull(masked, rows, random);
        GradientCheck.Result worst = GradientCheck.checkHead(head, logits, target, labelled);
        assertThat(worst.relativeError()).as("%s", worst).isLessThanOrEqualTo(1e-6);
    }
}
