/**
 * Activation functions a = f(z) and their backward passes, one immutable record each.
 *
 * <p>{@link org.mtl4j.activation.Activation} is sealed over {@link org.mtl4j.activation.Identity},
 * {@link org.mtl4j.activation.Sigmoid}, {@link org.mtl4j.activation.Tanh},
 * {@link org.mtl4j.activation.Softmax} (row-wise) and {@link org.mtl4j.activation.Relu}, and looked up by
 * name with {@link org.mtl4j.activation.Activation#byName(String)}. Forward writes into an output the caller
 * owns; backward turns dL/da into dL/dz, in place if the caller wishes. Formulas, derivatives and the
 * stable forms are collected in {@code docs/math.md}.
 */
package org.mtl4j.activation;
