package org.mtl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtl4j.io.ModelFile;
import org.mtl4j.io.SavedModel;

class TrainPredictEvaluateTest {
    @TempDir
    Path folder;

    @Test
    void penguinsTrainPredictEvaluateThroughTheRealEntryPoint() throws IOException {
        Path data = CliRun.penguins(folder);
        Path model = folder.resolve("model.json");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--na-values", ".",
                "--task", "Species:multiclass", "--task", "Sex:binary", "--task", "Body Mass (g):regression:0.5",
                "--hidden", "8", "--epochs", "40", "--out", model.toString(),
                "--plot", folder.resolve("curves.png").toString(), "--plot", folder.resolve("curves.svg").toString(),
                "--history", folder.resolve("history.csv").toString());

        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("dropped 2 rows with missing features: lines 5, 341")
                .contains("task \"Sex\": ").contains("wrote model:");
        SavedModel saved = ModelFile.load(model);
        assertThat(saved.model().architecture().tasks()).hasSize(3);
        assertThat(saved.model().architecture().tasks().get(2).weight()).isEqualTo(0.5);
        byte[] png = Files.readAllBytes(folder.resolve("curves.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(folder.resolve("curves.svg"))).contains("<svg").contains("viewBox=\"0 0 1040 720\"")
                .contains("<path");
        List<String> history = Files.readAllLines(folder.resolve("history.csv"));
        assertThat(history).hasSize(41);
        assertThat(history.get(0)).startsWith("epoch,train_loss,val_loss,train_loss:Species");

        Path predictions = folder.resolve("predictions.csv");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", data.toString(),
                "--out", predictions.toString());
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.err()).contains("2 row(s) could not be predicted").contains("lines 5, 341");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(345);
        assertThat(lines.get(0)).isEqualTo("line,Species,Species:probability(Adelie),Species:probability(Chinstrap),"
                + "Species:probability(Gentoo),Sex,Sex:probability(MALE),Body Mass (g)");
        assertThat(lines.get(1)).startsWith("2,");
        assertThat(lines.get(4)).isEqualTo("5,,,,,,,");

        CliRun evaluate = CliRun.of("evaluate", "--model", model.toString(), "--data", data.toString(),
                "--na-values", ".");
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("Species").contains("accuracy").contains("RMSE")
                .contains("confusion matrix of \"Species\"").contains("Chinstrap");
    }

    @Test
    void irisPredictionsGoToStandardOutputInInputOrder() throws IOException {
        Path data = CliRun.iris(folder);
        Path model = folder.resolve("iris.json");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--task", "species:multiclass",
                "--task", "petal_width:regression", "--epochs", "60", "--batch-size", "full", "--optimizer", "adam",
                "--lr", "0.05", "--val-split", "0.2", "--stratify", "species", "--out", model.toString(), "--quiet");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).isEmpty();

        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", data.toString());
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        List<String> lines = predict.out().lines().toList();
        assertThat(lines).hasSize(151);
        assertThat(lines.get(0)).startsWith("line,species,species:probability(setosa)").endsWith(",petal_width");
        assertThat(lines.get(1)).startsWith("2,setosa,");
        long correct = lines.stream().skip(1).filter(line -> {
            String predicted = line.split(",")[1];
            int row = Integer.parseInt(line.split(",")[0]);
            return row <= 51 ? predicted.equals("setosa") : row <= 101 ? predicted.equals("versicolor")
                    : predicted.equals("virginica");
        }).count();
        assertThat(correct).isGreaterThanOrEqualTo(135);
    }

    @Test
    void zeroEpochsSavesTheInitialModel() throws IOException {
        Path data = CliRun.iris(folder);
        Path model = folder.resolve("initial.json");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--task", "species:multiclass", "--epochs", "0",
                "--out", model.toString(), "--plot", folder.resolve("none.png").toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("no epochs were run");
        assertThat(ModelFile.load(model).training().epochsRun()).isZero();
    }
}
