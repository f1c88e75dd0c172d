package org.mtl4j.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.mtl4j.model.TaskKind;

/**
 * A table made ready for training in the one safe order: split the rows, fit the {@link Preprocessor} on
 * the training part only, transform the whole table, and cut the encoded rows into the three parts.
 *
 * @param preprocessor the encodings fitted on the training rows
 * @param split        the table-row indices of each part (including rows later dropped for missing features)
 * @param train        the kept training rows, encoded
 * @param validation   the kept validation rows, encoded
 * @param test         the kept test rows, encoded
 * @param report       what the transform of the whole table dropped, imputed, met unseen and masked
 */
public record PreparedData(Preprocessor preprocessor, Split split, EncodedData train, EncodedData validation,
                           EncodedData test, EncodingReport report) {
    public PreparedData {
        Objects.requireNonNull(preprocessor, "preprocessor");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Splits, fits and encodes.
     *
     * @param table  the whole file; not modified
     * @param schema tasks, features and policies
     * @param split  fractions and optional stratification task
     * @param random the generator the split draws from (for example {@code new SplittableRandom(seed)})
     * @throws DataException for any problem in the data or a split that cannot be made
     */
    public static PreparedData prepare(CsvTable table, SchemaOptions schema, SplitOptions split, RandomGenerator random) {
        Split parts = split.stratifyOn().isPresent()
                ? Split.stratified(groups(table, schema, split.stratifyOn().get()), split.validationFraction(),
                        split.testFraction(), random)
                : Split.random(table.rowCount(), split.validationFraction(), split.testFraction(), random);
        Preprocessor preprocessor = Preprocessor.fit(table, parts.train(), schema);
        TransformResult result = preprocessor.transform(table);
        EncodedData data = result.data();
        return new PreparedData(preprocessor, parts, data.selectTableRows(parts.train()),
                data.selectTableRows(parts.validation()), data.selectTableRows(parts.test()), result.report());
    }

    /** Each row's label for the stratification task (stripped), or null when it is missing. */
    private static List<String> groups(CsvTable table, SchemaOptions schema, String task) {
        TaskSpec spec = schema.tasks().stream().filter(candidate -> candidate.name().equals(task)).findFirst()
                .orElseThrow(() -> new DataException(DataProblem.general("cannot stratify on \"" + task
                        + "\": it is not one of the tasks")));
        if (spec.kind() == TaskKind.REGRESSION) {
            throw new DataException(DataProblem.general("cannot stratify on \"" + task
                    + "\": it is a regression task; stratify on a binary or multiclass task"));
        }
        int column = table.columnIndex(task);
        if (column < 0) {
            throw new DataException(new DataProblem(table.source(), 0, task, "no such column to stratify on"));
        }
        MissingValues missing = table.options().missingValues();
        List<String> groups = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            String cell = table.cell(row, column);
            groups.add(missing.isMissing(cell) ? null : cell.strip());
        }
        return groups;
    }
}
