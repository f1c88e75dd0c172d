package org.mtl4j.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one order used for categories, class labels and binary labels: numeric order when every value is a
 * number ({@code 1, 2, 10}; {@code -1, 1}; {@code 0, 1}), otherwise {@link String#compareTo} order, which
 * compares UTF-16 code units ({@code FEMALE < MALE}, {@code false < true}, {@code B < a}). Values equal as
 * numbers but written differently ({@code 1} and {@code 1.0}) stay distinct and are ordered by text.
 */
final class CategoryOrder {
    private static final Comparator<String> NUMERIC =
            Comparator.comparingDouble(NumberText::parse).thenComparing(Comparator.naturalOrder());

    private CategoryOrder() {
    }

    /** The distinct {@code values}, sorted. */
    static List<String> sorted(Collection<String> values) {
        List<String> result = new ArrayList<>(values.stream().distinct().toList());
        boolean allNumbers = result.stream().allMatch(NumberText::isNumber);
        result.sort(allNumbers ? NUMERIC : Comparator.naturalOrder());
        return List.copyOf(result);
    }
}
