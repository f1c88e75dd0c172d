/**
 * Layers and the pieces a layer's backward pass needs.
 *
 * <p>{@link org.mtl4j.layer.HeadObjective} joins a head's output activation and loss and forms dL/dZ either
 * by the exact chain rule (seed section 5.3) or by the fused rule dL/dZ = (Ŷ − Y)·c of seed section 5.4,
 * chosen by {@link org.mtl4j.layer.BackwardRule}.
 */
package org.mtl4j.layer;
