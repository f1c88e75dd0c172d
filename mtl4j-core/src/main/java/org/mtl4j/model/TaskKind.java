package org.mtl4j.model;

/** What a task predicts, which fixes its output width rules and its default activation and loss. */
public enum TaskKind {
    /** k real outputs; default identity + squared error. */
    REGRESSION,
    /** one probability of the positive class; default sigmoid + binary cross-entropy. */
    BINARY,
    /** K ≥ 2 class probabilities; default softmax + categorical cross-entropy. */
    MULTICLASS;

    /** The lower-case name used in task specs and model files ({@code regression}, {@code binary}, {@code multiclass}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
