package org.mtl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageErrorTest {
    @TempDir
    Path folder;

    @Test
    void unknownColumnIsBadDataWithTheColumnNamed() throws IOException {
        CliRun run = CliRun.of("train", "--data", CliRun.iris(folder).toString(), "--task", "colour:binary",
                "--out", folder.resolve("m.json").toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("colour").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(folder.resolve("m.json")).doesNotExist();
    }

    @Test
    void badTaskKindIsAUsageError() throws IOException {
        CliRun run = CliRun.of("train", "--data", CliRun.iris(folder).toString(), "--task", "species:categorical",
                "--out", folder.resolve("m.json").toString());
        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("categorical").contains("regression, binary, multiclass")
                .doesNotContain("\tat ");
    }

    @Test
    void unreadableFileNamesTheFile() {
        Path missing = folder.resolve("nothing-here.csv");
        CliRun run = CliRun.of("train", "--data", missing.toString(), "--task", "a:binary", "--out",
                folder.resolve("m.json").toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("nothing-here.csv").doesNotContain("\tat ");
    }

    @Test
    void badNumberInTheDataNamesLineColumnAndText() throws IOException {
        Path data = folder.resolve("bad.csv");
        Files.writeString(data, "x,y\n1,0\n2,1\n65,536,0\n");
        CliRun run = CliRun.of("train", "--data", data.toString(), "--task", "y:binary", "--out",
                folder.resolve("m.json").toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("bad.csv:4").doesNotContain("\tat ");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.of("train", "--task", "a:binary");
        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--data");
    }

    @Test
    void corruptModelFileIsBadInput() throws IOException {
        Path model = folder.resolve("broken.json");
        Files.writeString(model, "{\"format\": \"mtl4j-model\", \"formatVersion\": 1, \"architec");
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--data", CliRun.iris(folder).toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("broken.json: truncated or invalid model file").doesNotContain("\tat ");
    }

    @Test
    void divergenceExitsWithFourAndNamesTheLearningRate() throws IOException {
        CliRun run = CliRun.of("train", "--data", CliRun.iris(folder).toString(), "--task", "sepal_length:regression",
                "--optimizer", "sgd", "--lr", "1e9", "--epochs", "50", "--out", folder.resolve("m.json").toString(),
                "--quiet");
        assertThat(run.exitCode()).isEqualTo(Main.DIVERGED);
        assertThat(run.err()).contains("diverged").contains("learning rate 1.0E9");
        assertThat(folder.resolve("m.json")).doesNotExist();
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : new String[] {"train", "predict", "evaluate", "gradcheck", "info", "demo"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Example:");
        }
        assertThat(CliRun.of("--version").out()).contains("mtl4j");
    }

    @Test
    void badOutputPathsFailBeforeTrainingAndLeaveFilesAlone() throws IOException {
        Path data = CliRun.iris(folder);
        Path existing = folder.resolve("existing.json");
        Files.writeString(existing, "{\"keep\":1}");

        CliRun badPlot = CliRun.of("train", "--data", data.toString(), "--task", "species:multiclass",
                "--out", existing.toString(), "--plot", folder.resolve("curves.jpg").toString());
        CliRun overInput = CliRun.of("train", "--data", data.toString(), "--task", "species:multiclass",
                "--out", data.toString());
        CliRun sameTwice = CliRun.of("train", "--data", data.toString(), "--task", "species:multiclass",
                "--out", existing.toString(), "--history", existing.toString());

        assertThat(badPlot.exitCode()).isEqualTo(Main.USAGE);
        assertThat(badPlot.err()).contains("must end in .png or .svg");
        assertThat(badPlot.out()).doesNotContain("epoch");
        assertThat(overInput.exitCode()).isEqualTo(Main.USAGE);
        assertThat(overInput.err()).contains("is also an input");
        assertThat(sameTwice.exitCode()).isEqualTo(Main.USAGE);
        assertThat(sameTwice.err()).contains("same file as --out");
        assertThat(Files.readString(existing)).isEqualTo("{\"keep\":1}");
        assertThat(Files.readString(data)).startsWith("sepal_length,");
    }

    @Test
    void predictIgnoresLabelsItDoesNotNeedAndEvaluateRefusesAFileWithoutLabels() throws IOException {
        Path data = CliRun.iris(folder);
        Path model = folder.resolve("m.json");
        assertThat(CliRun.of("train", "--data", data.toString(), "--task", "species:multiclass", "--epochs", "5",
                "--out", model.toString(), "--quiet").exitCode()).isZero();
        Path relabelled = folder.resolve("relabelled.csv");
        Files.writeString(relabelled, Files.readString(data).replace(",setosa\n", ",unknown-species\n"));
        Path unlabelled = folder.resolve("unlabelled.csv");
        Files.writeString(unlabelled, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n");

        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", relabelled.toString());
        CliRun evaluate = CliRun.of("evaluate", "--model", model.toString(), "--data", unlabelled.toString());

        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out().lines().count()).isEqualTo(151);
        assertThat(evaluate.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(evaluate.err()).contains("no row has a label").contains("predict");
    }

    @Test
    void identifierColumnAndHugeNumbersAreRefusedWithAdvice() throws IOException {
        StringBuilder ids = new StringBuilder("id,x,y\n");
        for (int i = 0; i < 3000; i++) {
            ids.append("user-").append(i).append(',').append(i % 7).append(',').append(i % 5).append('\n');
        }
        Path idFile = folder.resolve("ids.csv");
        Files.writeString(idFile, ids);
        Path hugeFile = folder.resolve("huge.csv");
        Files.writeString(hugeFile, "a,b,y\n1,1e308,3\n4,1e308,6\n7,-1e308,9\n1,1,1\n2,2,2\n3,4,5\n");

        CliRun id = CliRun.of("train", "--data", idFile.toString(), "--task", "y:regression", "--out",
                folder.resolve("a.json").toString());
        CliRun huge = CliRun.of("train", "--data", hugeFile.toString(), "--task", "y:regression", "--val-split", "0",
                "--out", folder.resolve("b.json").toString());

        assertThat(id.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(id.err()).contains("column \"id\"").contains("ignore");
        assertThat(huge.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(huge.err()).contains("column \"b\"").contains("too large");
    }
}
