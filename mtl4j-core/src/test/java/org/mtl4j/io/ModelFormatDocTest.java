package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtl4j.data.CsvOptions;
import org.mtl4j.data.CsvTable;
import org.mtl4j.model.Predictions;

/**
 * Runs the NumPy snippet of docs/model-format.md on the frozen model file and checks that it prints what
 * Java predicts, so the documentation cannot drift from the code. Skipped where python3 with NumPy or the
 * docs folder is not at hand.
 */
class ModelFormatDocTest {
    @TempDir
    Path folder;

    private static Optional<Path> document() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("docs/model-format.md");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean numpyAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theNumPySnippetPredictsWhatJavaPredicts() throws Exception {
        Optional<Path> document = document();
        assumeTrue(document.isPresent(), "docs/model-format.md not found above the working directory");
        assumeTrue(numpyAvailable(), "python3 with NumPy is not installed");
        String markdown = Files.readString(document.get());
        String snippet = markdown.substring(markdown.indexOf("```python\n") + "```python\n".length());
        snippet = snippet.substring(0, snippet.indexOf("```"));
        Files.writeString(folder.resolve("predict.py"), snippet);
        try (InputStream frozen = getClass().getResourceAsStream("/models/v1-penguins.json")) {
            Files.write(folder.resolve("v1-penguins.json"), frozen.readAllBytes());
        }
        String rows = """
                Species,Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex
                Adelie,Dream,36.5,18.0,182,3150,FEMALE
                ,Biscoe,50.5,15.9,225,,
                ,Torgersen,?,,,,
                """;
        Files.writeString(folder.resolve("rows.csv"), rows);

        Process process = new ProcessBuilder("python3", "predict.py").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        SavedModel saved = ModelFile.load(folder.resolve("v1-penguins.json"));
        CsvTable table = CsvTable.read(folder.resolve("rows.csv"), CsvOptions.defaults());
        Predictions predictions = saved.model().predict(saved.preprocessor().transform(table).data().features());
        List<String> lines = output.lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            // "Adelie [p0, p1, p2] pMale grams"
            String[] parts = lines.get(i).replace("[", "").replace("]", "").replace(",", "").split(" ");
            assertThat(parts[0]).isEqualTo(saved.preprocessor().classLabel(0, predictions.labels(0)[i]));
            double[] expected = {predictions.output(0).get(i, 0), predictions.output(0).get(i, 1),
                predictions.output(0).get(i, 2), predictions.output(1).get(i, 0), predictions.output(2).get(i, 0)};
            for (int k = 0; k < expected.length; k++) {
                double numpy = Double.parseDouble(parts[k + 1]);
                assertThat(Math.abs(numpy - expected[k])).as("row %d value %d: NumPy %s, Java %s", i, k, numpy,
                        expected[k]).isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(expected[k])));
            }
        }
    }
}
