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
}
