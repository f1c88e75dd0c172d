package org.mtl4j.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a transform did besides encoding: the rows it dropped, the cells it imputed, the categories it had
 * never seen and the labels that were missing. {@link #messages()} says it in sentences for the user.
 *
 * @param rowsRead             data rows in the table
 * @param droppedLines         the lines of rows dropped for a missing feature, ascending
 * @param imputedCells         per feature column with any imputed cell, how many (feature order)
 * @param unseenCategories     per text column, each value not seen in training and how often it occurred
 *                             (encoded as zeros); columns in feature order, values sorted
 * @param unlabelledRows       per task, how many kept rows have no label (masked for that task), in task order
 * @param absentTargetColumns  tasks whose label column is not in the file (every row unlabelled), as when
 *                             predicting on new data
 */
public record EncodingReport(int rowsRead, List<Integer> droppedLines, Map<String, Integer> imputedCells,
                             Map<String, Map<String, Integer>> unseenCategories, Map<String, Integer> unlabelledRows,
                             List<String> absentTargetColumns) {
    /** How many line numbers a message lists before "… and N more". */
    static final int LINES_SHOWN = 20;

    public EncodingReport {
        droppedLines = List.copyOf(droppedLines);
        imputedCells = ordered(imputedCells);
        Map<String, Map<String, Integer>> unseen = new LinkedHashMap<>();
        unseenCategories.forEach((column, counts) -> unseen.put(column, ordered(counts)));
        unseenCategories = Collections.unmodifiableMap(unseen);
        unlabelledRows = ordered(unlabelledRows);
        absentTargetColumns = List.copyOf(absentTargetColumns);
    }

    /** Rows kept: read minus dropped. */
    public int rowsKept() {
        return rowsRead - droppedLines.size();
    }

    /**
     * One sentence per thing the user should know, for example
     * {@code dropped 2 rows with missing features: lines 5, 341}. Empty when nothing happened.
     */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        if (!droppedLines.isEmpty()) {
            messages.add("dropped " + rows(droppedLines.size()) + " with missing features: " + lines(droppedLines));
        }
        if (!imputedCells.isEmpty()) {
            int total = imputedCells.values().stream().mapToInt(Integer::intValue).sum();
            messages.add("imputed " + total + " missing feature value" + (total == 1 ? "" : "s") + ": "
                    + counts(imputedCells));
        }
        unseenCategories.forEach((column, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            messages.add("column \"" + column + "\": " + rows(total) + " had a category not seen in training, "
                    + "encoded as all zeros: " + counts(counts));
        });
        unlabelledRows.forEach((task, count) -> {
            if (count > 0 && !absentTargetColumns.contains(task)) {
                messages.add("task \"" + task + "\": " + rows(count) + " without a label, left out of this task");
            }
        });
        for (String task : absentTargetColumns) {
            messages.add("task \"" + task + "\": the file has no such column, so no row is labelled");
        }
        return List.copyOf(messages);
    }

    private static String rows(int count) {
        return count + (count == 1 ? " row" : " rows");
    }

    /** {@code line 5} or {@code lines 5, 341}, at most twenty of them, then {@code … and N more}. */
    public static String lines(List<Integer> lines) {
        StringJoiner text = new StringJoiner(", ", lines.size() == 1 ? "line " : "lines ", "");
        lines.stream().limit(LINES_SHOWN).forEach(line -> text.add(Integer.toString(line)));
        String more = lines.size() > LINES_SHOWN ? " … and " + (lines.size() - LINES_SHOWN) + " more" : "";
        return text + more;
    }

    private static String counts(Map<String, Integer> counts) {
        StringJoiner text = new StringJoiner(", ");
        counts.forEach((name, count) -> text.add("\"" + name + "\" " + count));
        return text.toString();
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
