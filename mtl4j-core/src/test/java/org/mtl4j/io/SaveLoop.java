package org.mtl4j.io;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.mtl4j.activation.Activation;
import org.mtl4j.model.Architecture;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;

/**
 * Saves a large and a small model over the same file, alternately and forever, printing the count after
 * each save: the process {@link ModelFileSaveTest} kills in the middle of saving.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** Model {@code which} (0: large, 1: small), the same in every process. */
    static SavedModel model(int which) {
        int width = which == 0 ? 120 : 2;
        Architecture architecture = Architecture.of(8, List.of(width, width), Activation.byName("relu"),
                List.of(Task.regression("y", 2), Task.binary("b")));
        return SavedModel.of(MultiTaskModel.initialize(architecture, new SplittableRandom(which)));
    }

    public static void main(String[] arguments) {
        Path file = Path.of(arguments[0]);
        SavedModel[] models = {model(0), model(1)};
        for (long count = 1; ; count++) {
            ModelFile.save(models[(int) (count % 2)], file);
            System.out.println(count);
        }
    }
}
