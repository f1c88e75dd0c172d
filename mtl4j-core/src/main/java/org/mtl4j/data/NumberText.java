package org.mtl4j.data;

import java.util.regex.Pattern;

/**
 * Strict reading of numbers from cell text: the whole stripped cell must be a plain decimal number
 * ({@code 12}, {@code -0.5}, {@code 3.}, {@code .25}, {@code 1e-3}), read by {@link Double#parseDouble}.
 * Everything else is not a number — {@code 12abc}, {@code 1,5}, {@code 65,536}, {@code 12d}, {@code 0x10},
 * {@code Infinity}, {@code NaN} and values too large for a double — so nothing is ever silently read as 12,
 * 1.5 or 65.536. Locale-dependent {@code NumberFormat} is never used.
 */
final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Digits with separators or a decimal comma: meant as a number, but not readable as one. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[\\d.,' ]*\\d[\\d.,' ]*([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /** The value of {@code cell}, or NaN when it is not a number by the rules above. */
    static double parse(String cell) {
        String text = cell.strip();
        if (!DECIMAL.matcher(text).matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    static boolean isNumber(String cell) {
        return !Double.isNaN(parse(cell));
    }

    /**
     * True when {@code cell} is a number or looks like one written with separators or a decimal comma
     * ({@code 65,536}, {@code 1,5}, {@code 1 000}); used to decide that a column is numeric, so that such
     * cells are reported rather than turned into categories.
     */
    static boolean looksNumeric(String cell) {
        String text = cell.strip();
        return isNumber(text) || NUMBER_LIKE.matcher(text).matches();
    }

    /** The message for a cell that should have been a number. */
    static String cannotRead(String cell) {
        return "cannot read \"" + cell.strip() + "\" as a number";
    }
}
