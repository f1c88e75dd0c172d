package org.mtl4j.train;

import org.mtl4j.model.MultiTaskModel;

/**
 * What {@link Trainer#fit} returns.
 *
 * @param model   the trained model (a new object; the initial model is untouched)
 * @param history per-epoch losses and metrics
 */
public record TrainingResult(MultiTaskModel model, History history) {
}
