package org.mtl4j.layer;

/**
 * How a head turns its loss into dL/dZ, the gradient with respect to its pre-activations Z = X·W + B.
 *
 * <p>The exact chain rule (seed section 5.3) works for every activation/loss pair: dL/dZ = f'(Z)ᵀ·dL/dŶ, the
 * loss gradient sent back through the activation. For the three canonical pairs the product collapses to
 * the seed's simplified rule (section 5.4), dL/dZ = (Ŷ − Y)·c: identity + squared error, sigmoid + binary
 * cross-entropy, softmax + categorical cross-entropy (constants in {@link HeadObjective}).
 */
public enum BackwardRule {
    /** The fused rule where it is exact (the canonical pairs), the chain rule everywhere else. The default. */
    AUTO,
    /** Always the chain rule: loss gradient dL/dŶ, then the activation's backward. */
    CHAIN_RULE,
    /** Always the fused rule (Ŷ − Y)·c; only valid for a canonical pair, anything else is rejected. */
    SIMPLIFIED
}
