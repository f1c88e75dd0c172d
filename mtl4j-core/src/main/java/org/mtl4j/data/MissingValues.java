package org.mtl4j.data;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cell texts that mean "no value". A cell is missing when its text, stripped of surrounding
 * whitespace, equals one of the tokens exactly (case matters: {@code NA} is missing, {@code na} is not).
 * A missing cell is never read as 0.
 *
 * @param tokens the missing-value tokens, each stripped; {@code ""} stands for an empty or blank cell
 */
public record MissingValues(Set<String> tokens) {
    /** The default tokens: the empty cell, {@code NA}, {@code N/A}, {@code NaN}, {@code null} and {@code ?}. */
    public static final Set<String> DEFAULT_TOKENS = sorted(Arrays.asList("", "NA", "N/A", "NaN", "null", "?"));

    public MissingValues {
        tokens = sorted(tokens);
    }

    /** The default tokens. */
    public static MissingValues defaults() {
        return new MissingValues(DEFAULT_TOKENS);
    }

    /** Exactly these tokens. */
    public static MissingValues of(String... tokens) {
        return new MissingValues(Set.copyOf(Arrays.asList(tokens)));
    }

    /** These tokens and {@code more}, for example {@code defaults().plus(".")}. */
    public MissingValues plus(String... more) {
        Set<String> union = new TreeSet<>(tokens);
        union.addAll(Arrays.asList(more));
        return new MissingValues(union);
    }

    /** True when {@code cell}, stripped, is one of the tokens. */
    public boolean isMissing(String cell) {
        return tokens.contains(cell.strip());
    }

    private static Set<String> sorted(Collection<String> tokens) {
        TreeSet<String> stripped = new TreeSet<>();
        for (String token : tokens) {
            if (token == null) {
                throw new IllegalArgumentException("a missing-value token is null");
            }
            stripped.add(token.strip());
        }
        return Collections.unmodifiableSet(stripped);
    }
}
