package org.mtl4j.data;

import java.util.Objects;

/**
 * One thing wrong with a user's data, located as precisely as is known.
 *
 * <p>Printed as {@code file:line: column "price": cannot read "65,536" as a number}; parts that are not
 * known are left out ({@code file: column "Sex": ...} when the problem has no single line).
 *
 * @param source  the file name as the user gave it, or {@code ""} when there is no file (a split)
 * @param line    the physical line number in the file (1 is the header), or 0 when no single line applies
 * @param column  the column name, or {@code null} when no single column applies
 * @param message what is wrong, in words a user can act on
 */
public record DataProblem(String source, int line, String column, String message) {
    public DataProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** A problem with no file, line or column, such as a split that cannot be made. */
    public static DataProblem general(String message) {
        return new DataProblem("", 0, null, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!source.isEmpty()) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        } else if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        if (column != null) {
            text.append("column \"").append(column).append("\": ");
        }
        return text.append(message).toString();
    }
}
