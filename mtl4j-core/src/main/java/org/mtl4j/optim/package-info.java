/**
 * Update rules in order of increasing complexity — {@link org.mtl4j.optim.Sgd},
 * {@link org.mtl4j.optim.Momentum}, {@link org.mtl4j.optim.Adam} — each an immutable record whose moving
 * state lives in a separate {@link org.mtl4j.optim.OptimizerState}; plus weight decay and gradient clipping.
 */
package org.mtl4j.optim;
