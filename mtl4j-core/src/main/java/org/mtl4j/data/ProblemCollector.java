package org.mtl4j.data;

import java.util.ArrayList;
import java.util.List;

/** Collects problems up to a limit, counts the rest, and throws them together. Not thread-safe. */
final class ProblemCollector {
    private final String source;
    private final int limit;
    private final List<DataProblem> kept = new ArrayList<>();
    private int count;

    ProblemCollector(String source, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("error limit must be >= 1, was " + limit);
        }
        this.source = source;
        this.limit = limit;
    }

    void add(DataProblem problem) {
        count++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    /** Adds a problem in this collector's source file. */
    void add(int line, String column, String message) {
        add(new DataProblem(source, line, column, message));
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Throws a {@link DataException} listing the kept problems when any were found. */
    void throwIfAny() {
        if (count > 0) {
            throw new DataException(kept, count);
        }
    }
}
