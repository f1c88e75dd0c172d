package org.mtl4j.io;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.data.RegressionTarget;
import org.mtl4j.data.TargetEncoding;
import org.mtl4j.model.MultiTaskModel;
import org.mtl4j.model.Task;

/**
 * Everything a model file holds: the network, the preprocessing that turns a CSV file into its inputs, and
 * how it was trained.
 *
 * <p>With a preprocessor the two must describe the same network: as many inputs as the preprocessing
 * produces, and one target per task, in task order, with the task's name, kind and output width; a
 * regression task maps its outputs back to original units with exactly the target's mean and scale (the
 * model predicts in original units, so these are the numbers the preprocessing standardised the labels
 * with).
 *
 * @param model        architecture and weights
 * @param preprocessor the fitted CSV encoding, or {@code null} for a model built from matrices in code
 * @param training     training metadata, or {@code null} when not recorded
 */
public record SavedModel(MultiTaskModel model, Preprocessor preprocessor, TrainingMetadata training) {
    public SavedModel {
        Objects.requireNonNull(model, "model");
        if (preprocessor != null) {
            checkAgreement(model, preprocessor);
        }
    }

    /** A model without preprocessing or training metadata. */
    public static SavedModel of(MultiTaskModel model) {
        return new SavedModel(model, null, null);
    }

    private static void checkAgreement(MultiTaskModel model, Preprocessor preprocessor) {
        if (preprocessor.featureWidth() != model.architecture().inputSize()) {
            throw new IllegalArgumentException("the preprocessing produces " + preprocessor.featureWidth()
                    + " inputs, the model takes " + model.architecture().inputSize());
        }
        List<Task> tasks = model.architecture().tasks();
        List<TargetEncoding> targets = preprocessor.targets();
        if (targets.size() != tasks.size()) {
            throw new IllegalArgumentException("the preprocessing encodes " + targets.size() + " targets, the model has "
                    + tasks.size() + " tasks");
        }
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            TargetEncoding target = targets.get(t);
            String which = "task " + t + " (\"" + task.name() + "\")";
            if (!target.name().equals(task.name())) {
                throw new IllegalArgumentException(which + " has preprocessing target \"" + target.name()
                        + "\"; the names must match");
            }
            if (target.kind() != task.kind() || target.width() != task.outputs()) {
                throw new IllegalArgumentException(which + " is " + task.kind().label() + " with " + task.outputs()
                        + " outputs, its preprocessing target " + target.kind().label() + " with " + target.width());
            }
            if (target instanceof RegressionTarget regression) {
                double[] mean = task.scaling().mean();
                double[] scale = task.scaling().scale();
                if (Double.compare(mean[0], regression.mean()) != 0 || Double.compare(scale[0], regression.scale()) != 0) {
                    throw new IllegalArgumentException(which + " maps outputs back with mean " + Arrays.toString(mean)
                            + " and scale " + Arrays.toString(scale) + ", but its preprocessing target has mean "
                            + regression.mean() + " and scale " + regression.scale() + "; they must be equal");
                }
            }
        }
    }
}
