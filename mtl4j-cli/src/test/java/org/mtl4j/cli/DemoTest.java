package org.mtl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtl4j.train.TaskMetrics;

class DemoTest {
    @TempDir
    Path folder;

    @Test
    void demoMetricsClearTheirFloorsOnTheTestSplit() throws IOException {
        TrainingJob.Request request = DemoCommand.request(DemoCommand.bundledTable(), 42);
        TrainingJob.Outcome outcome = TrainingJob.train(TrainingJob.prepare(request),
                org.mtl4j.train.TrainingListener.NONE);

        var metrics = outcome.test().metrics();
        assertThat(((TaskMetrics.Multiclass) metrics.get(0)).accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(((TaskMetrics.Binary) metrics.get(1)).accuracy()).isGreaterThanOrEqualTo(0.80);
        assertThat(((TaskMetrics.Regression) metrics.get(2)).rSquared()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void demoWritesEveryFileAndShowsFiveHeldOutPenguins() {
        Path out = folder.resolve("demo");
        CliRun run = CliRun.of("demo", "--out-dir", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("344 rows").contains("test metrics").contains("5 held-out rows");
        for (String file : new String[] {"model.json", "learning-curve.png", "learning-curve.svg", "history.csv",
                "predictions.csv"}) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void seedExamplePrintsItsLossCurveAndPredictions() {
        CliRun run = CliRun.of("demo", "--seed-example");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("loss curve").contains("predictions for the first five rows");
    }

    @Test
    void gradcheckOfTheRandomModelPasses() {
        CliRun run = CliRun.of("gradcheck");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("heads.weights").contains("passed");
    }

    @Test
    void gradcheckOfATrainedReluModelPasses() throws java.io.IOException {
        Path model = folder.resolve("relu.json");
        assertThat(CliRun.of("train", "--data", CliRun.iris(folder).toString(), "--task", "species:multiclass",
                "--task", "petal_width:regression", "--hidden", "16,8", "--activation", "relu", "--epochs", "20",
                "--out", model.toString(), "--quiet").exitCode()).isZero();

        CliRun run = CliRun.of("gradcheck", "--model", model.toString(), "--seed", "3");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("trunk.1.weights").contains("closest per entry").contains("passed");
    }
}
