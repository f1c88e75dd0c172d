package org.mtl4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.mtl4j.data.CsvOptions;
import org.mtl4j.data.MissingValues;
import picocli.CommandLine.Option;

/** How to read a CSV file: delimiter and extra missing-value tokens. Shared by the data-reading commands. */
final class CsvInputOptions {
    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field delimiter: ',' ';' or 'tab' (default: ${DEFAULT-VALUE}).")
    String delimiter;

    @Option(names = "--na-values", paramLabel = "LIST", split = ",",
            description = "Extra cell texts that mean \"missing\", added to the defaults (empty, NA, N/A, NaN, null, ?).")
    List<String> naValues = new ArrayList<>();

    CsvOptions csvOptions() {
        char character = switch (delimiter) {
            case "tab", "\\t", "\t" -> '\t';
            case ",", ";", "|" -> delimiter.charAt(0);
            default -> throw new Main.UsageException("--delimiter must be ',', ';', '|' or 'tab', not \"" + delimiter + "\"");
        };
        return CsvOptions.defaults().withDelimiter(character)
                .withMissingValues(MissingValues.defaults().plus(naValues.toArray(String[]::new)));
    }
}
