package org.mtl4j.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Fits a {@link Preprocessor}: resolves the columns, decides each feature's kind, and fits encodings.
 *
 * <p>A feature column is numeric when more than half of its non-missing cells, over the whole table, look
 * like numbers ({@link NumberText#looksNumeric}); each of its cells that is not strictly a number is then
 * a problem. Otherwise, or when listed as categorical, it is a text column. Kinds, cell checks and class
 * sets use every row, so all problems of a file are reported at once; means, scales and categories use the
 * kept training rows only.
 */
final class PreprocessorFitting {
    private final CsvTable table;
    private final SchemaOptions options;
    private final MissingValues missing;
    private final ProblemCollector problems;
    private final boolean[] inTrain;
    private final ColumnResolver resolver;

    PreprocessorFitting(CsvTable table, int[] trainRows, SchemaOptions options) {
        this.table = table;
        this.options = options;
        this.missing = table.options().missingValues();
        this.problems = new ProblemCollector(table.source(), table.options().errorLimit());
        this.inTrain = new boolean[table.rowCount()];
        for (int row : trainRows) {
            if (row < 0 || row >= inTrain.length) {
                throw new IndexOutOfBoundsException("training row " + row + " is outside the table's "
                        + inTrain.length + " rows");
            }
            inTrain[row] = true;
        }
        this.resolver = new ColumnResolver(table, problems);
    }

    Preprocessor fit() {
        int[] taskColumns = resolveTasks();
        int[] featureColumns = resolveFeatures();
        problems.throwIfAny();
        boolean[] categorical = chooseKinds(featureColumns);
        FeatureRows.reportMissing(table, featureColumns, missing, options.missingFeatures(), problems);
        boolean[] kept = FeatureRows.kept(table, featureColumns, missing, options.missingFeatures());
        requireUsableTrainingRows(kept);
        List<ColumnEncoding> features = new ArrayList<>();
        for (int i = 0; i < featureColumns.length; i++) {
            ColumnEncoding encoding = categorical[i]
                    ? fitCategorical(featureColumns[i], kept)
                    : fitNumeric(featureColumns[i], kept);
            if (encoding != null) {
                features.add(encoding);
            }
        }
        List<TargetEncoding> targets = new ArrayList<>();
        for (int task = 0; task < taskColumns.length; task++) {
            TargetEncoding target = new TargetFitting(table, taskColumns[task], kept, inTrain, problems)
                    .fit(options.tasks().get(task).kind());
            if (target != null) {
                targets.add(target);
            }
        }
        problems.throwIfAny();
        return new Preprocessor(features, targets, missing, options.missingFeatures(), options.unseenCategories());
    }

    private int[] resolveTasks() {
        int[] columns = new int[options.tasks().size()];
        for (int task = 0; task < columns.length; task++) {
            columns[task] = resolver.find(options.tasks().get(task).name(), "task");
        }
        return columns;
    }

    private int[] resolveFeatures() {
        for (String name : options.features()) {
            resolver.find(name, "feature");
        }
        for (String name : options.ignored()) {
            resolver.find(name, "ignored column");
        }
        for (String name : options.categorical()) {
            resolver.find(name, "categorical column");
        }
        List<String> taskNames = options.tasks().stream().map(TaskSpec::name).toList();
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < table.columnCount(); column++) {
            String name = table.header().get(column);
            boolean chosen = options.features().isEmpty() ? !options.ignored().contains(name)
                    : options.features().contains(name);
            if (chosen && !taskNames.contains(name)) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            problems.add(0, null, "no feature columns are left once the tasks and ignored columns are taken out");
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True for each feature column that is text; reports unreadable cells of numeric columns. */
    private boolean[] chooseKinds(int[] featureColumns) {
        boolean[] categorical = new boolean[featureColumns.length];
        for (int i = 0; i < featureColumns.length; i++) {
            int column = featureColumns[i];
            String name = table.header().get(column);
            int present = 0;
            int numeric = 0;
            for (int row = 0; row < table.rowCount(); row++) {
                String cell = table.cell(row, column);
                if (!missing.isMissing(cell)) {
                    present++;
                    numeric += NumberText.looksNumeric(cell) ? 1 : 0;
                }
            }
            if (present == 0) {
                problems.add(0, name, "has no values (every cell is missing); leave it out with the ignore option");
            }
            categorical[i] = options.categorical().contains(name) || 2 * numeric <= present;
            if (!categorical[i]) {
                for (int row = 0; row < table.rowCount(); row++) {
                    String cell = table.cell(row, column);
                    if (!missing.isMissing(cell) && !NumberText.isNumber(cell)) {
                        problems.add(table.lineNumber(row), name, NumberText.cannotRead(cell));
                    }
                }
            }
        }
        return categorical;
    }

    /** Values above this magnitude make means and squares overflow; they are refused, not standardised to NaN. */
    static final double MAX_MAGNITUDE = 1e150;
    /** More distinct text values than this in one feature column is almost always an identifier or free text. */
    static final int MAX_CATEGORIES = 1000;

    private NumericColumn fitNumeric(int column, boolean[] kept) {
        double[] values = new double[table.rowCount()];
        int count = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if (inTrain[row] && kept[row]) {
                double value = NumberText.parse(table.cell(row, column));
                if (!Double.isNaN(value)) {
                    values[count++] = value;
                }
            }
        }
        if (count == 0) {
            noTrainingValues(column);
            return null;
        }
        double largest = 0;
        for (int i = 0; i < count; i++) {
            largest = Math.max(largest, Math.abs(values[i]));
        }
        if (largest > MAX_MAGNITUDE) {
            problems.add(0, table.header().get(column), "holds values as large as " + largest
                    + ", too large to standardise; rescale the column (for example to thousands or millions)");
            return null;
        }
        return NumericColumn.fit(table.header().get(column), values, count);
    }

    private CategoricalColumn fitCategorical(int column, boolean[] kept) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String cell = table.cell(row, column);
            if (inTrain[row] && kept[row] && !missing.isMissing(cell)) {
                counts.merge(cell.strip(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            noTrainingValues(column);
            return null;
        }
        if (counts.size() > MAX_CATEGORIES) {
            problems.add(0, table.header().get(column), "is text with " + counts.size() + " distinct values in the "
                    + "training rows, too many to one-hot encode (the limit is " + MAX_CATEGORIES + "); if it is an "
                    + "identifier, leave it out with the ignore option");
            return null;
        }
        List<String> categories = CategoryOrder.sorted(counts.keySet());
        String mostFrequent = categories.get(0);
        for (String category : categories) {
            if (counts.get(category) > counts.get(mostFrequent)) {
                mostFrequent = category;
            }
        }
        return new CategoricalColumn(table.header().get(column), categories, mostFrequent);
    }

    private void requireUsableTrainingRows(boolean[] kept) {
        int training = FeatureRows.countTrue(inTrain);
        int usable = 0;
        for (int row = 0; row < kept.length; row++) {
            usable += inTrain[row] && kept[row] ? 1 : 0;
        }
        if (training == 0) {
            problems.add(0, null, "there are no training rows (the table has " + table.rowCount() + " rows)");
        } else if (usable == 0) {
            problems.add(0, null, "all " + training + " training rows miss a feature and were dropped");
        }
        problems.throwIfAny();
    }

    private void noTrainingValues(int column) {
        problems.add(0, table.header().get(column), "has no values in the training rows, so it cannot be "
                + "standardised or encoded");
    }

    /** Finds columns by exact name, suggesting a near match or listing the columns when there is none. */
    static final class ColumnResolver {
        private final CsvTable table;
        private final ProblemCollector problems;

        ColumnResolver(CsvTable table, ProblemCollector problems) {
            this.table = table;
            this.problems = problems;
        }

        /** The column's index, or −1 after adding a problem. */
        int find(String name, String role) {
            int index = table.columnIndex(name);
            if (index >= 0) {
                return index;
            }
            problems.add(0, null, "no column \"" + name + "\" for the " + role + "; " + suggestion(name));
            return -1;
        }

        private String suggestion(String name) {
            for (String column : table.header()) {
                if (column.strip().equalsIgnoreCase(name.strip())) {
                    return "did you mean \"" + column + "\"? (names must match exactly)";
                }
            }
            StringJoiner columns = new StringJoiner(", ", "the columns are ", "");
            table.header().stream().limit(30).forEach(column -> columns.add("\"" + column + "\""));
            return columns + (table.columnCount() > 30 ? ", …" : "");
        }
    }
}
