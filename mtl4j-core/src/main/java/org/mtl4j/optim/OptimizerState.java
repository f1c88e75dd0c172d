package org.mtl4j.optim;

import java.util.List;
import org.mtl4j.model.ModelParameters;

/**
 * The moving state of an optimizer, kept apart from the optimizer's configuration and from the model's
 * parameters (as in Tribuo and Optax): zero or more moment buffers shaped like the parameters, and the
 * number of steps taken.
 */
public final class OptimizerState {
    private final List<ModelParameters> moments;
    private long steps;

    /** State with the given moment buffers (each shaped like the parameters) and no steps taken. */
    public OptimizerState(List<ModelParameters> moments) {
        this.moments = List.copyOf(moments);
    }

    /** Moment buffer {@code index} (0: velocity or first moment, 1: second moment). */
    public ModelParameters moment(int index) {
        return moments.get(index);
    }

    public int momentCount() {
        return moments.size();
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }

    /** Counts one more step and returns the new count t (1 on the first step). */
    long advance() {
        return ++steps;
    }
}
