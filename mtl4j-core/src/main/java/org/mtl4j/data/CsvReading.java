package org.mtl4j.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns CSV text into a {@link CsvTable} with Apache Commons CSV, adding what it leaves to the caller:
 * stripping the byte-order mark, skipping whitespace-only lines, checking field counts against the header,
 * and the physical line on which each record starts (found from the record's character position, so it is
 * right even after quoted line breaks and skipped blank lines).
 */
final class CsvReading {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvReading() {
    }

    static CsvTable read(Path file, CsvOptions options) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(new DataProblem(source, 0, null, "no such file"));
        } catch (IOException e) {
            throw new DataException(new DataProblem(source, 0, null, "cannot read the file: " + e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataException(new DataProblem(source, 0, null,
                    "is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in spreadsheet programs) and try again"));
        }
        return parse(text, source, options);
    }

    static CsvTable parse(String text, String source, CsvOptions options) {
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        ProblemCollector problems = new ProblemCollector(source, options.errorLimit());
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    int line = firstNonEmptyLineAfter(text, lineStarts, (int) linesBefore);
                    problems.add(line, null, "malformed CSV from here on (" + reason(e) + ")");
                    break;
                }
                if (isBlank(record)) {
                    continue;
                }
                int line = lineOf(text, lineStarts, record.getCharacterPosition());
                if (header == null) {
                    header = record.toList();
                    checkHeader(header, line, problems);
                } else if (record.size() != header.size()) {
                    problems.add(line, null, "has " + record.size() + " fields, the header has " + header.size());
                } else {
                    rows.add(record.values());
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            problems.add(0, null, "is empty: there is no header line");
        }
        problems.throwIfAny();
        return new CsvTable(source, header, rows, lines.stream().mapToInt(Integer::intValue).toArray(), options);
    }

    private static void checkHeader(List<String> header, int line, ProblemCollector problems) {
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            if (name.isBlank()) {
                problems.add(line, null, "column " + (column + 1) + " has no name in the header");
                continue;
            }
            Integer earlier = firstColumn.putIfAbsent(name, column);
            if (earlier != null) {
                problems.add(line, name, "appears twice in the header (columns " + (earlier + 1) + " and "
                        + (column + 1) + ")");
            }
        }
    }

    /** A whitespace-only line parses as one blank field; RFC 4180 has no such record, so it is skipped. */
    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static String reason(UncheckedIOException e) {
        String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        // Commons CSV prefixes its own line count; ours is already in front of the message.
        return message == null ? "unreadable" : message.replaceFirst("^\\(startline \\d+\\) ", "");
    }

    /** The offset at which each physical line starts; CRLF, LF and a lone CR each end a line. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The 1-based line holding the first character of a record. Commons CSV gives the position where it
     * started looking, which is before any empty lines it skipped, so those line ends are stepped over.
     */
    private static int lineOf(String text, int[] lineStarts, long characterPosition) {
        int position = (int) characterPosition;
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The first line after line {@code line} (1-based) that is not empty, or the last line. */
    private static int firstNonEmptyLineAfter(String text, int[] lineStarts, int line) {
        int candidate = line + 1;
        while (candidate < lineStarts.length) {
            int start = lineStarts[candidate - 1];
            char c = start < text.length() ? text.charAt(start) : '\n';
            if (c != '\r' && c != '\n') {
                break;
            }
            candidate++;
        }
        return Math.min(candidate, lineStarts.length);
    }
}
