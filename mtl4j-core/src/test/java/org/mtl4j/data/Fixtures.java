package org.mtl4j.data;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test fixtures: the tiny CSV files under {@code src/test/resources/data}, text tables, the shared data sets. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The path of a fixture in {@code src/test/resources/data}. */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CsvTable table(String name) {
        return CsvTable.read(path(name), CsvOptions.defaults());
    }

    /** A table from CSV text, named {@code test.csv} in messages. */
    static CsvTable text(String csv) {
        return text(csv, CsvOptions.defaults());
    }

    static CsvTable text(String csv, CsvOptions options) {
        return CsvTable.read(new StringReader(csv), "test.csv", options);
    }

    /** Every row index of a table: fitting on all rows. */
    static int[] allRows(CsvTable table) {
        return java.util.stream.IntStream.range(0, table.rowCount()).toArray();
    }

    /**
     * The shared data folder ({@code /work/shared/data} beside the worktree): the system property
     * {@code mtl4j.sharedData} when set, otherwise {@code shared/data} or {@code ../shared/data} found by
     * walking up from the working directory.
     */
    public static Optional<Path> sharedData() {
        String property = System.getProperty("mtl4j.sharedData");
        if (property != null) {
            return Optional.of(Path.of(property)).filter(Files::isDirectory);
        }
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            for (Path candidate : new Path[] {directory.resolve("shared/data"), directory.resolve("../shared/data")}) {
                if (Files.isRegularFile(candidate.resolve("penguins.csv"))) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }
}
