package org.mtl4j.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A seeded partition of a table's rows into training, validation and test parts, each an ascending array of
 * row indices.
 *
 * <p>Part sizes are {@code round(n · fraction)} for validation and test, the rest for training. A part
 * asked for (fraction &gt; 0) that would get no row, or a training part left empty, is an error before
 * anything is trained: 2 rows with validation 0.1 cannot be split.
 *
 * <p>A random split shuffles the rows (Fisher–Yates with the given generator) and deals them out. A
 * stratified split orders the rows by group (groups in sorted order, missing labels a group of their own),
 * shuffles within each group, and deals them out evenly along that order from a random starting phase, so
 * each group's share of every part is within one row of proportional.
 *
 * @param train      training row indices, ascending
 * @param validation validation row indices, ascending
 * @param test       test row indices, ascending
 */
public record Split(int[] train, int[] validation, int[] test) {
    public Split {
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    /** A shuffled split of rows {@code 0 .. rowCount−1}. */
    public static Split random(int rowCount, double validationFraction, double testFraction, RandomGenerator random) {
        int[] counts = partSizes(rowCount, validationFraction, testFraction);
        int[] order = new int[rowCount];
        for (int i = 0; i < rowCount; i++) {
            order[i] = i;
        }
        shuffle(order, 0, rowCount, random);
        int testCount = counts[2];
        int validationCount = counts[1];
        return new Split(sortedRange(order, testCount + validationCount, rowCount),
                sortedRange(order, testCount, testCount + validationCount), sortedRange(order, 0, testCount));
    }

    /**
     * A split stratified on {@code groups}: one entry per row (a class label, or {@code null} for a row
     * without one), so that every part holds about the same share of each group.
     */
    public static Split stratified(List<String> groups, double validationFraction, double testFraction,
                                   RandomGenerator random) {
        int rowCount = groups.size();
        int[] counts = partSizes(rowCount, validationFraction, testFraction);
        TreeMap<String, List<Integer>> rowsByGroup = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (int row = 0; row < rowCount; row++) {
            rowsByGroup.computeIfAbsent(groups.get(row), group -> new ArrayList<>()).add(row);
        }
        int[] order = new int[rowCount];
        int at = 0;
        for (List<Integer> rows : rowsByGroup.values()) {
            int start = at;
            for (int row : rows) {
                order[at++] = row;
            }
            shuffle(order, start, at, random);
        }
        int[] test = deal(order, counts[2], random);
        int[] rest = remove(order, test);
        int[] validation = deal(rest, counts[1], random);
        int[] train = remove(rest, validation);
        Arrays.sort(train);
        Arrays.sort(validation);
        Arrays.sort(test);
        return new Split(train, validation, test);
    }

    /** The sizes of the training, validation and test parts; a part that cannot be made is a {@link DataException}. */
    static int[] partSizes(int rowCount, double validationFraction, double testFraction) {
        checkFraction("validation", validationFraction);
        checkFraction("test", testFraction);
        if (validationFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validation and test fractions must sum to less than 1, got "
                    + validationFraction + " + " + testFraction);
        }
        int validation = (int) Math.round(rowCount * validationFraction);
        int test = (int) Math.round(rowCount * testFraction);
        int train = rowCount - validation - test;
        checkPart("validation", validationFraction, validation, rowCount);
        checkPart("test", testFraction, test, rowCount);
        if (train < 1) {
            throw new DataException(DataProblem.general("cannot split " + rowCount + " rows: nothing is left for "
                    + "training after " + validation + " validation and " + test + " test rows"));
        }
        return new int[] {train, validation, test};
    }

    private static void checkFraction(String part, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException(part + " fraction must be in [0, 1), was " + fraction);
        }
    }

    private static void checkPart(String part, double fraction, int count, int rowCount) {
        if (fraction > 0 && count < 1) {
            int needed = (int) Math.ceil(0.5 / fraction);
            throw new DataException(DataProblem.general(String.format(Locale.ROOT,
                    "cannot split %d rows: a %s fraction of %s gives the %s part no rows; it needs at least %d "
                            + "rows, or a %s fraction of 0", rowCount, part, fraction, part, needed, part)));
        }
    }

    /** Fisher–Yates shuffle of {@code values[from .. to)}. */
    private static void shuffle(int[] values, int from, int to, RandomGenerator random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /**
     * {@code count} entries of {@code order} spread evenly along it: with n entries and a random phase p in
     * [0, n), entry i is taken when floor(((i+1)·count + p) / n) exceeds floor((i·count + p) / n), which
     * happens exactly {@code count} times (integer arithmetic, so exactly).
     */
    private static int[] deal(int[] order, int count, RandomGenerator random) {
        int[] taken = new int[count];
        if (count == 0) {
            return taken;
        }
        long n = order.length;
        long phase = random.nextLong(n);
        int next = 0;
        for (int i = 0; i < order.length; i++) {
            if (Math.floorDiv((i + 1L) * count + phase, n) > Math.floorDiv(i * (long) count + phase, n)) {
                taken[next++] = order[i];
            }
        }
        return taken;
    }

    /** The entries of {@code order} not in {@code taken}, in order. */
    private static int[] remove(int[] order, int[] taken) {
        int[] sortedTaken = taken.clone();
        Arrays.sort(sortedTaken);
        return Arrays.stream(order).filter(row -> Arrays.binarySearch(sortedTaken, row) < 0).toArray();
    }

    private static int[] sortedRange(int[] values, int from, int to) {
        int[] part = Arrays.copyOfRange(values, from, to);
        Arrays.sort(part);
        return part;
    }
}
