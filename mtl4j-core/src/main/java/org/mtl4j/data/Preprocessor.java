package org.mtl4j.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mtl4j.model.OutputScaling;
import org.mtl4j.model.Task;

/**
 * Every encoding decision between a CSV file and a model: which columns are features and how each is
 * encoded, how each task's labels are encoded, which cell texts mean "missing", and the policies for
 * missing features and unseen categories. Fitted once, on the training rows, then saved with the model so
 * that predicting on a new file applies exactly the same transformation.
 *
 * <p>Immutable. Built by {@link #fit} or, when a model file is read, from its parts.
 *
 * @param features         feature encodings in input order; the column order of the feature matrix
 * @param targets          target encodings in task order
 * @param missingValues    the cell texts read as "no value"
 * @param missingFeatures  the missing-feature policy
 * @param unseenCategories the unseen-category policy
 */
public record Preprocessor(List<ColumnEncoding> features, List<TargetEncoding> targets, MissingValues missingValues,
                           MissingFeaturePolicy missingFeatures, UnseenCategoryPolicy unseenCategories) {
    public Preprocessor {
        features = List.copyOf(features);
        targets = List.copyOf(targets);
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(missingFeatures, "missingFeatures");
        Objects.requireNonNull(unseenCategories, "unseenCategories");
        if (features.isEmpty() || targets.isEmpty()) {
            throw new IllegalArgumentException("a preprocessor needs at least one feature and one target, got "
                    + features.size() + " and " + targets.size());
        }
        Set<String> names = new HashSet<>();
        for (ColumnEncoding feature : features) {
            if (!names.add(feature.name())) {
                throw new IllegalArgumentException("column \"" + feature.name() + "\" is encoded twice");
            }
        }
        for (TargetEncoding target : targets) {
            if (!names.add(target.name())) {
                throw new IllegalArgumentException("column \"" + target.name() + "\" is both a feature and a "
                        + "target, or two targets");
            }
        }
    }

    /**
     * Fits every encoding: feature statistics and categories on {@code trainRows} only; class sets from every
     * kept, labelled row of the table (so a class met only in the test part is still known); the missing
     * values of the table's {@link CsvOptions}.
     *
     * @param table     the whole file; not modified
     * @param trainRows indices of the training rows in {@code table}; not modified
     * @param options   tasks, feature selection and policies
     * @throws DataException listing every problem found (up to the table's error limit): unknown columns,
     *                       cells that cannot be read as numbers, a binary task without exactly two values, a
     *                       column with no values in the training rows, missing features under ERROR
     */
    public static Preprocessor fit(CsvTable table, int[] trainRows, SchemaOptions options) {
        return new PreprocessorFitting(table, trainRows, options).fit();
    }

    /**
     * Encodes a table with these decisions. Columns are found by name, so their order may differ from the
     * training file's and extra columns are ignored; a feature column must be present, a label column may be
     * absent (every row then unlabelled for that task, as when predicting).
     *
     * @param table the table; not modified
     * @throws DataException listing every problem found: absent feature columns, unreadable numbers, labels
     *                       not among the known classes, missing features under ERROR, unseen categories
     *                       under ERROR
     */
    public TransformResult transform(CsvTable table) {
        return TableEncoder.transform(this, table, true);
    }

    /**
     * Encodes a table's features only, as for prediction: label columns, even when present, are not read (so
     * an unknown or unreadable label cannot stop a prediction) and every row is unlabelled.
     *
     * @param table the table; not modified
     * @throws DataException as {@link #transform}, for the feature columns
     */
    public TransformResult transformFeatures(CsvTable table) {
        return TableEncoder.transform(this, table, false);
    }

    /** The number of model inputs: the sum of the feature encodings' widths. */
    public int featureWidth() {
        int width = 0;
        for (ColumnEncoding feature : features) {
            width += feature.width();
        }
        return width;
    }

    /** A name for each model input, in order ({@code Island=Biscoe}, {@code Flipper Length (mm)}, …). */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>(featureWidth());
        for (ColumnEncoding feature : features) {
            names.addAll(feature.inputNames());
        }
        return List.copyOf(names);
    }

    /** A regression task's standardised value in the label's original units. */
    public double toOriginalUnits(int task, double standardised) {
        if (targets.get(task) instanceof RegressionTarget regression) {
            return regression.toOriginalUnits(standardised);
        }
        throw new IllegalArgumentException("task " + task + " (\"" + targets.get(task).name() + "\") is "
                + targets.get(task).kind().label() + ", not regression");
    }

    /** A classification task's label for a class index (0 or 1 for binary: negative, positive). */
    public String classLabel(int task, int classIndex) {
        return switch (targets.get(task)) {
            case BinaryTarget binary -> binary.label(classIndex);
            case MulticlassTarget multiclass -> multiclass.label(classIndex);
            case RegressionTarget regression -> throw new IllegalArgumentException("task " + task + " (\""
                    + regression.name() + "\") is regression and has no class labels");
        };
    }

    /**
     * The model's tasks for these targets, in order: each target's kind and width with the default activation
     * and loss, the weight of the matching spec, and for regression the scaling that maps standardised outputs
     * back to original units.
     *
     * @param specs the task specs the preprocessor was fitted with, in the same order
     */
    public List<Task> tasks(List<TaskSpec> specs) {
        if (specs.size() != targets.size()) {
            throw new IllegalArgumentException(specs.size() + " task specs for " + targets.size() + " targets");
        }
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            TargetEncoding target = targets.get(t);
            Task task = Task.ofKind(target.name(), target.kind(), target.width()).withWeight(specs.get(t).weight());
            if (target instanceof RegressionTarget regression) {
                task = task.withScaling(new OutputScaling(new double[] {regression.mean()},
                        new double[] {regression.scale()}));
            }
            tasks.add(task);
        }
        return tasks;
    }
}
