package org.mtl4j.io;

import java.util.Objects;
import org.mtl4j.data.Preprocessor;
import org.mtl4j.model.MultiTaskModel;

/**
 * Everything a model file holds: the network, the preprocessing that turns a CSV file into its inputs, and
 * how it was trained.
 *
 * @param model        architecture and weights
 * @param preprocessor the fitted CSV encoding, or {@code null} for a model built from matrices in code
 * @param training     training metadata, or {@code null} when not recorded
 */
public record SavedModel(MultiTaskModel model, Preprocessor preprocessor, TrainingMetadata training) {
    public SavedModel {
        Objects.requireNonNull(model, "model");
        if (preprocessor != null && preprocessor.featureWidth() != model.architecture().inputSize()) {
            throw new IllegalArgumentException("the preprocessing produces " + preprocessor.featureWidth()
                    + " inputs, the model takes " + model.architecture().inputSize());
        }
    }
}
