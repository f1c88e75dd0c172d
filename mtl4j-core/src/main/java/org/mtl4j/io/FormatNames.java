package org.mtl4j.io;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mtl4j.activation.Activation;
import org.mtl4j.activation.Identity;
import org.mtl4j.activation.Relu;
import org.mtl4j.activation.Sigmoid;
import org.mtl4j.activation.Softmax;
import org.mtl4j.activation.Tanh;
import org.mtl4j.data.MissingFeaturePolicy;
import org.mtl4j.data.UnseenCategoryPolicy;
import org.mtl4j.layer.BackwardRule;
import org.mtl4j.loss.BinaryCrossEntropy;
import org.mtl4j.loss.CategoricalCrossEntropy;
import org.mtl4j.loss.Loss;
import org.mtl4j.loss.SquaredError;
import org.mtl4j.model.TaskKind;

/**
 * The names model files use for activations, losses, task kinds and policies (docs/model-format.md).
 *
 * <p>Written by exhaustive switches over the sealed types and enums, so that a new activation, loss or
 * policy fails the build here, where the format and its documentation must be extended; read back as the
 * inverse of the same switches. The format's names therefore never change when a Java name does.
 */
final class FormatNames {
    private FormatNames() {
    }

    static String of(Activation activation) {
        return switch (activation) {
            case Identity identity -> "identity";
            case Sigmoid sigmoid -> "sigmoid";
            case Tanh tanh -> "tanh";
            case Softmax softmax -> "softmax";
            case Relu relu -> "relu";
        };
    }

    static String of(Loss loss) {
        return switch (loss) {
            case SquaredError squaredError -> "squared_error";
            case BinaryCrossEntropy binary -> "binary_cross_entropy";
            case CategoricalCrossEntropy categorical -> "categorical_cross_entropy";
        };
    }

    static String of(TaskKind kind) {
        return switch (kind) {
            case REGRESSION -> "regression";
            case BINARY -> "binary";
            case MULTICLASS -> "multiclass";
        };
    }

    static String of(MissingFeaturePolicy policy) {
        return switch (policy) {
            case DROP -> "drop";
            case IMPUTE -> "impute";
            case ERROR -> "error";
        };
    }

    static String of(UnseenCategoryPolicy policy) {
        return switch (policy) {
            case ZEROS -> "zeros";
            case ERROR -> "error";
        };
    }

    static String of(BackwardRule rule) {
        return switch (rule) {
            case AUTO -> "auto";
            case CHAIN_RULE -> "chain_rule";
            case SIMPLIFIED -> "simplified";
        };
    }

    static Activation activation(JsonReader reader, String path, String name) {
        return find(reader, path, name, Activation.all(), FormatNames::of);
    }

    static Loss loss(JsonReader reader, String path, String name) {
        return find(reader, path, name, Loss.all(), FormatNames::of);
    }

    static TaskKind kind(JsonReader reader, String path, String name) {
        return find(reader, path, name, Arrays.asList(TaskKind.values()), FormatNames::of);
    }

    static MissingFeaturePolicy missingFeatures(JsonReader reader, String path, String name) {
        return find(reader, path, name, Arrays.asList(MissingFeaturePolicy.values()), FormatNames::of);
    }

    static UnseenCategoryPolicy unseenCategories(JsonReader reader, String path, String name) {
        return find(reader, path, name, Arrays.asList(UnseenCategoryPolicy.values()), FormatNames::of);
    }

    static BackwardRule backwardRule(JsonReader reader, String path, String name) {
        return find(reader, path, name, Arrays.asList(BackwardRule.values()), FormatNames::of);
    }

    /** The value whose format name is {@code name} (exact, case-sensitive), or an error naming the known ones. */
    private static <T> T find(JsonReader reader, String path, String name, List<T> values, Function<T, String> naming) {
        for (T value : values) {
            if (naming.apply(value).equals(name)) {
                return value;
            }
        }
        throw reader.error(path, "is \"" + name + "\"; this version knows "
                + values.stream().map(naming).collect(Collectors.joining(", ")));
    }
}
