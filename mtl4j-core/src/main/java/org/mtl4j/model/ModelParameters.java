package org.mtl4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mtl4j.layer.DenseParameters;
import org.mtl4j.math.Matrix;

/**
 * Every learned number of a multi-task model: one {@link DenseParameters} per trunk layer and one for the
 * stacked heads (weights headInputSize × totalOutputs, one column block per task).
 *
 * <p>The same type holds gradients and optimizer moments, so optimizers work block by block over
 * {@link #blocks()}, always in the same order: trunk.0.weights, trunk.0.bias, …, heads.weights, heads.bias.
 *
 * <p>The block list is built once, so optimizers and the trainer walk it without allocating.
 */
public final class ModelParameters {
    private final List<DenseParameters> trunk;
    private final DenseParameters heads;
    private final List<Matrix> blocks;

    /**
     * @param trunk one entry per hidden layer
     * @param heads the stacked head layer
     */
    public ModelParameters(List<DenseParameters> trunk, DenseParameters heads) {
        this.trunk = List.copyOf(trunk);
        this.heads = Objects.requireNonNull(heads, "heads");
        List<Matrix> list = new ArrayList<>(2 * this.trunk.size() + 2);
        for (DenseParameters layer : this.trunk) {
            list.add(layer.weights());
            list.add(layer.bias());
        }
        list.add(heads.weights());
        list.add(heads.bias());
        this.blocks = List.copyOf(list);
    }

    /** One entry per hidden layer. */
    public List<DenseParameters> trunk() {
        return trunk;
    }

    /** The stacked heads. */
    public DenseParameters heads() {
        return heads;
    }

    /** Zeros shaped for {@code architecture}. */
    public static ModelParameters zeros(Architecture architecture) {
        List<DenseParameters> layers = new ArrayList<>();
        architecture.trunk().forEach(layer -> layers.add(DenseParameters.zeros(layer.inputSize(), layer.outputSize())));
        return new ModelParameters(layers,
                DenseParameters.zeros(architecture.headInputSize(), architecture.totalOutputs()));
    }

    /** Zeros of the same shapes (a gradient or moment buffer). */
    public ModelParameters zerosLike() {
        return new ModelParameters(trunk.stream().map(DenseParameters::zerosLike).toList(), heads.zerosLike());
    }

    /** A deep copy. */
    public ModelParameters copy() {
        return new ModelParameters(trunk.stream().map(DenseParameters::copy).toList(), heads.copy());
    }

    /** Copies every entry of {@code source} (same shapes, not modified) into these matrices (modified). */
    public void copyFrom(ModelParameters source) {
        List<Matrix> to = blocks();
        List<Matrix> from = source.blocks();
        for (int b = 0; b < to.size(); b++) {
            from.get(b).copyInto(to.get(b));
        }
    }

    /** The matrices in their fixed order (trunk layers' weights and bias, then the heads'); not copies. */
    public List<Matrix> blocks() {
        return blocks;
    }

    /** Names matching {@link #blocks()}: {@code trunk.0.weights}, {@code trunk.0.bias}, …, {@code heads.bias}. */
    public List<String> blockNames() {
        List<String> names = new ArrayList<>(2 * trunk.size() + 2);
        for (int l = 0; l < trunk.size(); l++) {
            names.add("trunk." + l + ".weights");
            names.add("trunk." + l + ".bias");
        }
        names.add("heads.weights");
        names.add("heads.bias");
        return names;
    }

    /** Whether a block is a bias (biases take no weight decay). */
    public static boolean isBias(int blockIndex) {
        return blockIndex % 2 == 1;
    }

    /**
     * The first non-finite entry, as {@code "trunk.1.weights[3, 7] = NaN"}, or {@code null} when every entry
     * is finite.
     */
    public String firstNonFinite() {
        List<Matrix> blocks = blocks();
        List<String> names = blockNames();
        for (int b = 0; b < blocks.size(); b++) {
            double[] data = blocks.get(b).data();
            int columns = blocks.get(b).columns();
            for (int i = 0; i < data.length; i++) {
                if (!Double.isFinite(data[i])) {
                    return names.get(b) + "[" + (i / columns) + ", " + (i % columns) + "] = " + data[i];
                }
            }
        }
        return null;
    }

    /** Bit-for-bit equality of every block. */
    public boolean sameValues(ModelParameters other) {
        return blocks.equals(other.blocks);
    }

    /** Total number of learned values. */
    public int count() {
        int count = 0;
        for (Matrix block : blocks()) {
            count += block.size();
        }
        return count;
    }
}
