package org.mtl4j.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which columns are tasks and features, and the policies for what is missing or new.
 *
 * @param tasks                the tasks in the order their heads and targets will have; at least one,
 *                             distinct column names
 * @param features             the feature columns, or empty for "every column that is not a task or ignored"
 * @param ignored              columns that are neither features nor tasks (an id, a free-text note)
 * @param categorical          columns to one-hot encode even though their values are numbers (a zip code,
 *                             a numeric product code); other columns are numeric when their values are
 * @param missingFeatures      what to do with a row whose feature cell is missing
 * @param unseenCategories     what to do with a text feature value not seen in the training rows
 */
public record SchemaOptions(List<TaskSpec> tasks, List<String> features, List<String> ignored,
                            List<String> categorical, MissingFeaturePolicy missingFeatures,
                            UnseenCategoryPolicy unseenCategories) {
    public SchemaOptions {
        tasks = List.copyOf(tasks);
        features = List.copyOf(features);
        ignored = List.copyOf(ignored);
        categorical = List.copyOf(categorical);
        Objects.requireNonNull(missingFeatures, "missingFeatures");
        Objects.requireNonNull(unseenCategories, "unseenCategories");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("at least one task is needed");
        }
        Set<String> taskNames = new HashSet<>();
        for (TaskSpec task : tasks) {
            if (!taskNames.add(task.name())) {
                throw new IllegalArgumentException("column \"" + task.name() + "\" is given as a task twice");
            }
        }
        for (String name : ignored) {
            if (taskNames.contains(name)) {
                throw new IllegalArgumentException("column \"" + name + "\" cannot be both a task and ignored");
            }
        }
        for (String name : features) {
            if (taskNames.contains(name)) {
                throw new IllegalArgumentException("column \"" + name + "\" cannot be both a task and a feature");
            }
            if (ignored.contains(name)) {
                throw new IllegalArgumentException("column \"" + name + "\" cannot be both a feature and ignored");
            }
        }
    }

    /** These tasks, every other column a feature, rows with missing features dropped, unseen categories as zeros. */
    public static SchemaOptions forTasks(List<TaskSpec> tasks) {
        return new SchemaOptions(tasks, List.of(), List.of(), List.of(), MissingFeaturePolicy.DROP,
                UnseenCategoryPolicy.ZEROS);
    }

    /** {@link #forTasks(List)} from specs such as {@code "Species:multiclass"}. */
    public static SchemaOptions forTasks(String... specs) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (String spec : specs) {
            tasks.add(TaskSpec.parse(spec));
        }
        return forTasks(tasks);
    }

    public SchemaOptions withFeatures(List<String> newFeatures) {
        return new SchemaOptions(tasks, newFeatures, ignored, categorical, missingFeatures, unseenCategories);
    }

    public SchemaOptions withIgnored(List<String> newIgnored) {
        return new SchemaOptions(tasks, features, newIgnored, categorical, missingFeatures, unseenCategories);
    }

    public SchemaOptions withCategorical(List<String> newCategorical) {
        return new SchemaOptions(tasks, features, ignored, newCategorical, missingFeatures, unseenCategories);
    }

    public SchemaOptions withMissingFeatures(MissingFeaturePolicy policy) {
        return new SchemaOptions(tasks, features, ignored, categorical, policy, unseenCategories);
    }

    public SchemaOptions withUnseenCategories(UnseenCategoryPolicy policy) {
        return new SchemaOptions(tasks, features, ignored, categorical, missingFeatures, policy);
    }
}
