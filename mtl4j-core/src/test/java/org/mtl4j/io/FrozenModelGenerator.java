package org.mtl4j.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.mtl4j.data.CsvTable;

/**
 * Wrote {@code src/test/resources/models/v1-penguins.json} once, with format version 1; kept to show how.
 * Not a test and never run by the build: the frozen file must stay as it was written, so that every later
 * version is checked against it ({@link FrozenModelFileTest}).
 *
 * <p>Run with the test class path: {@code java -cp … org.mtl4j.io.FrozenModelGenerator penguins.csv out.json}.
 */
public final class FrozenModelGenerator {
    private FrozenModelGenerator() {
    }

    public static void main(String[] arguments) {
        CsvTable table = CsvTable.read(Path.of(arguments[0]), IoFixtures.PENGUIN_CSV);
        SavedModel saved = IoFixtures.trainPenguins(IoFixtures.preparePenguins(table, 2026), List.of(4),
                IoFixtures.adam(20, 2026), Instant.parse("2026-12-03T12:00:00Z"));
        ModelFile.save(saved, Path.of(arguments[1]));
    }
}
