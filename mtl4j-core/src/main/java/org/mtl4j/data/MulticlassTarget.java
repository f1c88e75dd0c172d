package org.mtl4j.data;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.mtl4j.model.TaskKind;

/**
 * A label with K ≥ 2 classes, one-hot encoded in the order of {@code classes}.
 *
 * <p>The classes are the distinct labels of every labelled row that is kept — training, validation and test
 * alike — so that no label is unknown when a model is evaluated on its own file, sorted as
 * {@link CategoryOrder} sorts: labels {@code 0,2,1} give classes {@code 0, 1, 2}; {@code 1, 2, 10} stay in
 * numeric order; letters give one class each, alphabetically.
 *
 * @param name    the label column's name
 * @param classes the class labels in encoding order; at least two, distinct
 */
public record MulticlassTarget(String name, List<String> classes) implements TargetEncoding {
    public MulticlassTarget {
        Objects.requireNonNull(name, "name");
        classes = List.copyOf(classes);
        if (classes.size() < 2) {
            throw new IllegalArgumentException("task \"" + name + "\": a multiclass task needs at least two classes, got "
                    + classes);
        }
        if (new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("task \"" + name + "\": classes repeat: " + classes);
        }
    }

    /** The class index of {@code label} (stripped), or −1 when it is not a known class. */
    public int indexOf(String label) {
        return classes.indexOf(label.strip());
    }

    /** The label of a class index. */
    public String label(int classIndex) {
        return classes.get(classIndex);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.MULTICLASS;
    }

    @Override
    public int width() {
        return classes.size();
    }
}
