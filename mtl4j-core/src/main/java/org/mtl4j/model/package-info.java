/**
 * The multi-task network: an {@link org.mtl4j.model.Architecture} (a trunk of dense layers shared by every
 * task, then one head per {@link org.mtl4j.model.Task}), its learned {@link org.mtl4j.model.ModelParameters}
 * kept apart from it, initialisation, the forward and backward pass over a batch
 * ({@link org.mtl4j.model.BatchWorkspace}) and predictions.
 *
 * <p>Depends on {@code math}, {@code activation}, {@code loss} and {@code layer}; knows nothing of training,
 * files or CSV.
 */
package org.mtl4j.model;
