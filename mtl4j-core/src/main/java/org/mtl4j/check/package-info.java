/**
 * Gradient checking as a feature: {@link org.mtl4j.check.GradientCheck} compares any analytic gradient with
 * central finite differences and names the worst entry, for an activation, a loss, a head, a layer or a whole
 * model.
 */
package org.mtl4j.check;
