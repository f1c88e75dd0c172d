package org.mtl4j.data;

import java.util.List;
import java.util.Objects;
import org.mtl4j.model.TaskKind;

/**
 * A two-valued label encoded as 0 (negative) and 1 (positive).
 *
 * <p>The two distinct values of the data, sorted as {@link CategoryOrder} sorts (numerically when both are
 * numbers, otherwise by {@link String#compareTo}), give the negative label first and the positive second:
 * {@code 0/1 → 0, 1}; {@code false/true → 0, 1}; {@code no/yes → 0, 1}; {@code FEMALE/MALE → 0, 1};
 * {@code -1/1 → 0, 1}. The model's output is the probability of the positive label.
 *
 * @param name          the label column's name
 * @param negativeLabel the label encoded as 0
 * @param positiveLabel the label encoded as 1; different from the negative label
 */
public record BinaryTarget(String name, String negativeLabel, String positiveLabel) implements TargetEncoding {
    public BinaryTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(negativeLabel, "negativeLabel");
        Objects.requireNonNull(positiveLabel, "positiveLabel");
        if (negativeLabel.equals(positiveLabel)) {
            throw new IllegalArgumentException("task \"" + name + "\": both labels are \"" + negativeLabel + "\"");
        }
    }

    /** The labels in encoding order: negative, positive. */
    public List<String> labels() {
        return List.of(negativeLabel, positiveLabel);
    }

    /** 0 for the negative label, 1 for the positive, −1 for anything else; {@code label} is stripped first. */
    public int indexOf(String label) {
        String text = label.strip();
        return text.equals(negativeLabel) ? 0 : text.equals(positiveLabel) ? 1 : -1;
    }

    /** The label of class 0 or 1. */
    public String label(int classIndex) {
        return labels().get(classIndex);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.BINARY;
    }

    @Override
    public int width() {
        return 1;
    }
}
