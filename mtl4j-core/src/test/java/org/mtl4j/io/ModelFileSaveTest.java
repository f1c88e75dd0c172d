package org.mtl4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.optim.Adam;
import org.mtl4j.train.TrainingConfig;

/** Saving replaces the file whole or not at all, and never leaves its temporary file behind. */
class ModelFileSaveTest {
    @TempDir
    Path folder;

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savedFileLoadsBackAsTheSameModelAndIsTheOnlyFileLeft() throws IOException {
        SavedModel saved = IoFixtures.smallModel();
        Path file = folder.resolve("model.json");

        ModelFile.save(saved, file);
        SavedModel loaded = ModelFile.load(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(ModelFile.toBytes(saved));
        assertThat(ModelFile.toBytes(loaded)).isEqualTo(ModelFile.toBytes(saved));
        assertThat(folderContents()).containsExactly("model.json");
    }

    @Test
    void theFileGetsTheUsualPermissionsOfANewFileNotOwnerOnly() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(view != null, "POSIX permissions only");
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path file = folder.resolve("model.json");

        ModelFile.save(IoFixtures.smallModel(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void missingFoldersAreCreated() {
        Path file = folder.resolve("runs/2026/model.json");

        ModelFile.save(IoFixtures.smallModel(), file);

        assertThat(file).isRegularFile();
    }

    @Test
    void aModelWithANaNWeightIsRefusedNamingTheLayerAndIndexAndTheOldFileStays() throws IOException {
        Path file = folder.resolve("model.json");
        ModelFile.save(IoFixtures.smallModel(), file);
        byte[] before = Files.readAllBytes(file);
        MultiTaskModel broken = IoFixtures.smallModel().model().copy();
        broken.parameters().heads().weights().set(1, 2, Double.NaN);
        SavedModel refused = new SavedModel(broken, IoFixtures.smallModel().preprocessor(), null);

        ModelFileException exception = catchThrowableOfType(ModelFileException.class,
                () -> ModelFile.save(refused, file));

        assertThat(exception).hasMessage(file + ": refusing to save a model with a non-finite weight, "
                + "heads.weights[1, 2] = NaN");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folderContents()).containsExactly("model.json");
    }

    @Test
    void anInfiniteTrunkWeightIsRefusedToo() {
        MultiTaskModel broken = IoFixtures.smallModel().model().copy();
        broken.parameters().trunk().get(0).bias().set(0, 3, Double.NEGATIVE_INFINITY);

        assertThat(catchThrowableOfType(ModelFileException.class,
                () -> ModelFile.save(SavedModel.of(broken), folder.resolve("model.json"))))
                .hasMessageEndingWith("non-finite weight, trunk.0.bias[0, 3] = -Infinity");
        assertThat(folder.resolve("model.json")).doesNotExist();
    }

    @Test
    void aModelWhoseFileWouldNotLoadBackIsRefusedAndTheOldFileStays() throws IOException {
        Path file = folder.resolve("model.json");
        ModelFile.save(IoFixtures.smallModel(), file);
        byte[] before = Files.readAllBytes(file);
        // Adam accepts an infinite epsilon, but a model file holds finite numbers only.
        TrainingConfig config = new TrainingConfig(new Adam(0.01, 0.9, 0.999, Double.POSITIVE_INFINITY), 1, 8, 0, 0, 0,
                1, BackwardRule.AUTO);
        SavedModel unloadable = new SavedModel(IoFixtures.smallModel().model(), null,
                new TrainingMetadata(config, 1, 1, Map.of(), "2026-12-03T12:00:00Z"));

        ModelFileException exception = catchThrowableOfType(ModelFileException.class,
                () -> ModelFile.save(unloadable, file));

        assertThat(exception).hasMessage(file + ": refusing to save a model that would not load back (the written "
                + "document: field \"training.optimizer.epsilon\" must be a number)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folderContents()).containsExactly("model.json");
    }

    @Test
    void aSmallerModelSavedOverALargerOneLeavesExactlyTheNewModel() throws IOException {
        Path file = folder.resolve("model.json");
        SavedModel large = SaveLoop.model(0);
        SavedModel small = SaveLoop.model(1);
        ModelFile.save(large, file);
        long largeSize = Files.size(file);

        ModelFile.save(small, file);

        assertThat(Files.size(file)).isLessThan(largeSize / 10);
        assertThat(Files.readAllBytes(file)).isEqualTo(ModelFile.toBytes(small));
        assertThat(ModelFile.load(file).model().parameters().sameValues(small.model().parameters())).isTrue();
        assertThat(folderContents()).containsExactly("model.json");
    }

    @Test
    void aFailedRenameRemovesTheTemporaryFileAndLeavesTheTargetAlone() throws IOException {
        Path target = folder.resolve("model.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "still here");

        ModelFileException exception = catchThrowableOfType(ModelFileException.class,
                () -> ModelFile.save(IoFixtures.smallModel(), target));

        assertThat(exception).hasMessageStartingWith(target + ": cannot write the model file (");
        assertThat(folderContents()).containsExactly("model.json");
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("still here");
    }

    @Test
    void killingTheProcessWhileItSavesLeavesOneWholeModel() throws Exception {
        Path file = folder.resolve("model.json");
        byte[] large = ModelFile.toBytes(SaveLoop.model(0));
        byte[] small = ModelFile.toBytes(SaveLoop.model(1));
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int kill = 0; kill < 3; kill++) {
            Process process = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                    System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                long wanted = 3 + 3L * kill;
                String line;
                while ((line = out.readLine()) != null && !(line.matches("\\d+") && Long.parseLong(line) >= wanted)) {
                    // wait for some saves
                }
                assertThat(line).as("the saving process stopped early").isNotNull();
                Thread.sleep(new SplittableRandom(kill).nextInt(0, 20));
                process.destroyForcibly();
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

            byte[] left = Files.readAllBytes(file);
            assertThat(left.length == large.length || left.length == small.length)
                    .as("after kill %d the file is one of the two models, whole (%d bytes)", kill, left.length).isTrue();
            assertThat(left).isIn(large, small);
            ModelFile.load(file);
        }
        assertThat(folderContents()).filteredOn(name -> !name.equals("model.json"))
                .allMatch(name -> name.startsWith(".model.json.") && name.endsWith(".tmp"));
    }
}
