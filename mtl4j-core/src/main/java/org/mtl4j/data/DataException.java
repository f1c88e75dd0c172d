package org.mtl4j.data;

import java.util.List;

/**
 * A user's data cannot be used as asked: one or more {@link DataProblem}s, collected and reported together.
 *
 * <p>Unchecked, because a caller can rarely recover and the command line prints {@link #getMessage()}
 * (never a stack trace) for it. The message lists the kept problems, one per line, followed by
 * "... and N more" when more were found than the error limit keeps.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DataProblem> problems;
    private final int totalCount;

    /**
     * @param problems   the problems kept (at most the error limit), in the order they were found
     * @param totalCount how many were found in all, at least {@code problems.size()}
     */
    public DataException(List<DataProblem> problems, int totalCount) {
        super(describe(problems, totalCount));
        if (problems.isEmpty() || totalCount < problems.size()) {
            throw new IllegalArgumentException("DataException needs at least one problem and totalCount >= "
                    + problems.size() + ", got " + totalCount);
        }
        this.problems = List.copyOf(problems);
        this.totalCount = totalCount;
    }

    /** A single problem. */
    public DataException(DataProblem problem) {
        this(List.of(problem), 1);
    }

    /** The problems kept, at most the error limit. */
    public List<DataProblem> problems() {
        return problems;
    }

    /** How many problems were found, including those beyond the error limit. */
    public int totalCount() {
        return totalCount;
    }

    private static String describe(List<DataProblem> problems, int totalCount) {
        if (totalCount == 1 && problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder text = new StringBuilder().append(totalCount).append(" problems in the data:");
        for (DataProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        if (totalCount > problems.size()) {
            text.append("\n  ... and ").append(totalCount - problems.size()).append(" more");
        }
        return text.toString();
    }
}
