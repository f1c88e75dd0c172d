package org.mtl4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.mtl4j.activation.Activation;
import org.mtl4j.check.GradientCheck;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.math.Matrix;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.ModelParameters;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskTargets;
import org.mtl4j.io.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mtl4j gradcheck}: compares the model's backward pass with finite differences of its loss, block by
 * block, on seeded random rows (every third row missing one task's label).
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the backward pass against finite differences of the loss, parameter block by block.",
                "Uses a saved model, or a small random one (trunk 5→4→3 tanh, a regression, a binary and a 3-class head)."},
        footer = {"", "Example:", "  mtl4j gradcheck", "  mtl4j gradcheck --model model.json --rule chain_rule",
                "", "Exit code 0 when every block's worst relative error is at most the tolerance, 5 otherwise."})
final class GradcheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "A saved model (default: a small random model).")
    Path model;

    @Option(names = "--rows", defaultValue = "8", paramLabel = "N", description = "Random rows to check on (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--rule", defaultValue = "auto", paramLabel = "RULE",
            description = "Head backward rule: auto, chain_rule or simplified (default: ${DEFAULT-VALUE}).")
    String rule;

    @Option(names = "--tolerance", defaultValue = "1e-6", paramLabel = "X", description = "Largest accepted relative error (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--step", paramLabel = "H",
            description = "Relative finite-difference step (default: 1e-3; for models with ReLU layers the closest of 1e-3, 1e-4, …, 1e-7).")
    Double step;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the random rows and model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (rows < 1 || rows > 10_000) {
            throw new Main.UsageException("--rows must be between 1 and 10000, not " + rows);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new Main.UsageException("--tolerance must be a positive number, not " + tolerance);
        }
        BackwardRule backwardRule = switch (rule.toLowerCase(Locale.ROOT)) {
            case "auto" -> BackwardRule.AUTO;
            case "chain_rule", "chain" -> BackwardRule.CHAIN_RULE;
            case "simplified" -> BackwardRule.SIMPLIFIED;
            default -> throw new Main.UsageException("--rule must be auto, chain_rule or simplified, not \"" + rule + "\"");
        };
        SplittableRandom random = new SplittableRandom(seed);
        MultiTaskModel checked = model == null ? MultiTaskModel.initialize(randomArchitecture(), random)
                : ModelFile.load(model).model();
        Matrix features = Matrix.randomNormal(rows, checked.architecture().inputSize(), 0, 1, random);
        List<TaskTargets> targets = randomTargets(checked.architecture(), rows, random);
        ModelParameters gradients = checked.parameters().zerosLike();
        checked.lossAndGradient(features, targets, backwardRule, gradients);
        ModelParameters scratch = gradients.zerosLike();
        boolean relu = checked.architecture().trunk().stream().anyMatch(layer -> layer.activation().name().equals("relu"));
        double[] steps = step != null ? new double[] {step}
                : relu ? new double[] {GradientCheck.STEP, 1e-4, 1e-5, 1e-6, 1e-7} : new double[] {GradientCheck.STEP};

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "gradient check of %s on %d random rows, rule %s, step %s%n",
                model == null ? "a random model" : model.toString(), rows, backwardRule,
                steps.length == 1 ? String.format(Locale.ROOT, "%.0e", steps[0])
                        : "1e-3 … 1e-7, the closest per entry (ReLU: a large step may straddle its corner at 0, "
                        + "a small one loses digits on tiny gradients; a wrong gradient fails both)");
        out.println("  relative error = |analytic − numeric| / max(|analytic|, |numeric|, noise / tolerance), "
                + "noise = 4·ulp(loss)/h");
        out.printf(Locale.ROOT, "  %-16s %-10s %-14s %s%n", "block", "shape", "worst rel. err", "at");
        double worst = 0;
        for (int b = 0; b < gradients.blocks().size(); b++) {
            Matrix parameter = checked.parameters().blocks().get(b);
            GradientCheck.Result result = checkBlock(checked.parameters().blockNames().get(b), parameter,
                    gradients.blocks().get(b), () -> checked.lossAndGradient(features, targets, backwardRule, scratch),
                    steps);
            worst = Math.max(worst, result.relativeError());
            out.printf(Locale.ROOT, "  %-16s %-10s %-14.3e [%d, %d] analytic %.6e, numeric %.6e%n", result.block(),
                    parameter.shape(), result.relativeError(), result.row(), result.column(), result.analytic(),
                    result.numeric());
        }
        boolean passed = worst <= tolerance;
        out.printf(Locale.ROOT, "%s: worst relative error %.3e %s tolerance %.1e%n", passed ? "passed" : "FAILED", worst,
                passed ? "≤" : ">", tolerance);
        out.flush();
        return passed ? Main.OK : Main.CHECK_FAILED;
    }

    /**
     * The worst entry of a block, each entry judged by the closest of its estimates at the given steps, with
     * relative error |a − n| / max(|a|, |n|, noise / tolerance): a difference below the rounding noise of a
     * finite difference, noise = 4·ulp(L)/h, cannot be told from zero and is not counted as an error.
     */
    GradientCheck.Result checkBlock(String name, Matrix parameter, Matrix analytic,
                                    java.util.function.DoubleSupplier loss, double[] steps) {
        Matrix expected = analytic.copy();
        double lossUlp = Math.ulp(Math.abs(loss.getAsDouble()));
        GradientCheck.Result worst = null;
        for (int i = 0; i < parameter.rows(); i++) {
            for (int j = 0; j < parameter.columns(); j++) {
                GradientCheck.Result best = null;
                for (double relativeStep : steps) {
                    double numeric = GradientCheck.numericDerivative(parameter, i, j, loss, relativeStep);
                    double h = relativeStep * Math.max(1.0, Math.abs(parameter.get(i, j)));
                    double noise = 4 * lossUlp / h;
                    double a = expected.get(i, j);
                    double scale = Math.max(Math.max(Math.abs(a), Math.abs(numeric)), noise / tolerance);
                    double error = scale == 0 ? 0 : Math.abs(a - numeric) / scale;
                    if (best == null || error < best.relativeError()) {
                        best = new GradientCheck.Result(name, i, j, a, numeric, error);
                    }
                }
                if (worst == null || !(best.relativeError() <= worst.relativeError())) {
                    worst = best;
                }
            }
        }
        return worst;
    }

    private static Architecture randomArchitecture() {
        return Architecture.of(5, List.of(4, 3), Activation.byName("tanh"),
                List.of(Task.regression("amount", 1), Task.binary("flag"), Task.multiclass("kind", 3)));
    }

    /** Random targets of the right kind per task; every third row misses the label of one task. */
    static List<TaskTargets> randomTargets(Architecture architecture, int rows, SplittableRandom random) {
        List<TaskTargets> targets = new ArrayList<>();
        for (int t = 0; t < architecture.tasks().size(); t++) {
            Task task = architecture.tasks().get(t);
            Matrix values = Matrix.zeros(rows, task.outputs());
            boolean[] labelled = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                labelled[i] = rows < 3 || i % 3 != t % 3;
                if (!labelled[i]) {
                    continue;
                }
                switch (task.kind()) {
                    case REGRESSION -> values.set(i, 0, random.nextGaussian());
                    case BINARY -> values.set(i, 0, random.nextBoolean() ? 1 : 0);
                    case MULTICLASS -> values.set(i, random.nextInt(task.outputs()), 1);
                }
            }
            targets.add(new TaskTargets(values, labelled));
        }
        return targets;
    }
}
