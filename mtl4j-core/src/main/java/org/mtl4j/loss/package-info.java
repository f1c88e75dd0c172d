/**
 * Losses over the labelled rows of a batch, each returning its value and gradient from one call.
 *
 * <p>{@link org.mtl4j.loss.Loss} is sealed over {@link org.mtl4j.loss.SquaredError},
 * {@link org.mtl4j.loss.BinaryCrossEntropy} and {@link org.mtl4j.loss.CategoricalCrossEntropy} and looked up
 * by name with {@link org.mtl4j.loss.Loss#byName(String)}. Every loss is a mean over the N_t labelled rows
 * (a per-row mask; unlabelled rows contribute nothing), never changes its inputs, and writes its gradient
 * into a matrix the caller owns. The cross-entropies have a stable form from logits beside the
 * probability form of the seed; formulas and derivatives are collected in {@code docs/math.md}.
 */
package org.mtl4j.loss;
