package org.mtl4j.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A text feature, one-hot encoded: one input per training category, 1 for the row's category and 0 for the
 * others. A value not among the categories becomes all zeros (or an error, by {@link UnseenCategoryPolicy}).
 *
 * @param name         the column's name
 * @param categories   the training rows' distinct values (stripped), in the order of {@link CategoryOrder}:
 *                     numeric when all are numbers, otherwise {@link String#compareTo}; at least one
 * @param mostFrequent the most frequent training category (the first in order on ties); the value
 *                     {@link MissingFeaturePolicy#IMPUTE} fills in
 */
public record CategoricalColumn(String name, List<String> categories, String mostFrequent) implements ColumnEncoding {
    public CategoricalColumn {
        Objects.requireNonNull(name, "name");
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("column \"" + name + "\": no categories");
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("column \"" + name + "\": categories repeat: " + categories);
        }
        if (!categories.contains(mostFrequent)) {
            throw new IllegalArgumentException("column \"" + name + "\": most frequent category \"" + mostFrequent
                    + "\" is not among " + categories);
        }
    }

    /** The position of {@code value} (stripped) among the categories, or −1 when it was not seen. */
    public int indexOf(String value) {
        return categories.indexOf(value.strip());
    }

    @Override
    public int width() {
        return categories.size();
    }

    @Override
    public List<String> inputNames() {
        List<String> names = new ArrayList<>(categories.size());
        for (String category : categories) {
            names.add(name + "=" + category);
        }
        return List.copyOf(names);
    }
}
