package org.mtl4j.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A CSV file as read: its header and the raw text of every cell, with the physical line on which each row
 * starts. Nothing is parsed into numbers here; that is the {@link Preprocessor}'s job.
 *
 * <p>Reading follows RFC 4180 (quoted fields may hold delimiters, doubled quotes and line breaks), strips
 * one UTF-8 byte-order mark from the start, accepts CRLF, LF or CR line ends, skips blank and
 * whitespace-only lines, and reports every row whose field count differs from the header's. The file is
 * read, never written. See {@link CsvReading} for the details.
 *
 * <p>Immutable.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final List<String[]> rows;
    private final int[] lineNumbers;
    private final CsvOptions options;

    CsvTable(String source, List<String> header, List<String[]> rows, int[] lineNumbers, CsvOptions options) {
        this.source = Objects.requireNonNull(source, "source");
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
        this.lineNumbers = lineNumbers.clone();
        this.options = Objects.requireNonNull(options, "options");
        if (lineNumbers.length != rows.size()) {
            throw new IllegalArgumentException(lineNumbers.length + " line numbers for " + rows.size() + " rows");
        }
        for (String[] row : rows) {
            if (row.length != header.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " cells, the header has "
                        + header.size());
            }
        }
    }

    /**
     * Reads a UTF-8 CSV file whose first non-blank line is the header.
     *
     * @param file    the file; not modified
     * @param options delimiter, missing-value tokens and error limit
     * @throws DataException listing every problem found (up to the error limit): a missing or unreadable
     *                       file, text that is not UTF-8, a bad header, rows of the wrong length, an
     *                       unterminated quote
     */
    public static CsvTable read(Path file, CsvOptions options) {
        return CsvReading.read(file, options);
    }

    /**
     * Reads CSV text from {@code reader} (which is read to its end, not closed), naming it {@code source} in
     * messages. For resources, tests and standard input.
     */
    public static CsvTable read(Reader reader, String source, CsvOptions options) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int count = reader.read(buffer); count >= 0; count = reader.read(buffer)) {
                text.append(buffer, 0, count);
            }
        } catch (IOException e) {
            throw new DataException(new DataProblem(source, 0, null, "cannot read: " + e.getMessage()));
        }
        return CsvReading.parse(text.toString(), source, options);
    }

    /**
     * A table built in memory, its rows numbered as if read from a file (header on line 1, rows on lines
     * 2, 3, …). Every row must have as many cells as the header.
     */
    public static CsvTable of(String source, List<String> header, List<List<String>> rows, CsvOptions options) {
        List<String[]> cells = new ArrayList<>(rows.size());
        int[] lines = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            cells.add(rows.get(i).toArray(String[]::new));
            lines[i] = i + 2;
        }
        return new CsvTable(source, header, cells, lines, options);
    }

    /** The file name as given, used in every message. */
    public String source() {
        return source;
    }

    /** The column names, exactly as in the header line. */
    public List<String> header() {
        return header;
    }

    public int columnCount() {
        return header.size();
    }

    /** The number of data rows (the header and skipped blank lines not counted). */
    public int rowCount() {
        return rows.size();
    }

    /** The raw text of a cell, quotes removed, whitespace kept. */
    public String cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** The physical line of the file on which {@code row} starts (the header is line 1 when it is first). */
    public int lineNumber(int row) {
        Objects.checkIndex(row, rows.size());
        return lineNumbers[row];
    }

    /** The index of the column named exactly {@code name}, or −1. */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    /** The options this table was read with; a {@link Preprocessor} fitted on it keeps their missing values. */
    public CsvOptions options() {
        return options;
    }
}
