package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path folder;

    private static List<String> row(CsvTable table, int row) {
        return java.util.stream.IntStream.range(0, table.columnCount()).mapToObj(c -> table.cell(row, c)).toList();
    }

    @Test
    void quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() {
        CsvTable table = Fixtures.table("quoted.csv");

        assertThat(table.header()).containsExactly("name", "note", "value");
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(row(table, 0)).containsExactly("Smith, Jane", "said \"hi\"", "1");
        assertThat(row(table, 1)).containsExactly("multi\nline", "plain", "2");
        assertThat(row(table, 2)).containsExactly("last", "", "3");
        assertThat(new int[] {table.lineNumber(0), table.lineNumber(1), table.lineNumber(2)})
                .as("a record after a quoted line break starts two lines further on").containsExactly(2, 3, 5);
    }

    @Test
    void byteOrderMarkIsStrippedAndCrlfLinesAreCountedPhysically() {
        CsvTable table = Fixtures.table("bom-crlf.csv");

        assertThat(table.header()).containsExactly("id", "value");
        assertThat(row(table, 1)).containsExactly("2", "20");
        assertThat(table.lineNumber(0)).isEqualTo(2);
        assertThat(table.lineNumber(1)).as("the blank CRLF line 3 is skipped but counted").isEqualTo(4);
    }

    @Test
    void onlyOneByteOrderMarkIsStripped() throws IOException {
        Path file = folder.resolve("two-marks.csv");
        Files.write(file, "\uFEFF\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(CsvTable.read(file, CsvOptions.defaults()).header()).containsExactly("\uFEFFa", "b");
    }

    @Test
    void lineFeedAndCarriageReturnLineFeedFilesReadTheSame() {
        String lf = "a,b\n1,\"x\ny\"\n\n3,4\n";
        CsvTable unix = Fixtures.text(lf);
        CsvTable windows = Fixtures.text(lf.replace("\n", "\r\n"));

        assertThat(row(windows, 1)).isEqualTo(row(unix, 1));
        assertThat(windows.lineNumber(1)).isEqualTo(unix.lineNumber(1)).isEqualTo(5);
        assertThat(row(windows, 0)).containsExactly("1", "x\r\ny");
    }

    @Test
    void blankAndWhitespaceOnlyLinesAreSkippedWithPhysicalLineNumbersKept() {
        CsvTable table = Fixtures.table("blank-lines.csv");

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(row(table, 2)).containsExactly("5", "6");
        assertThat(new int[] {table.lineNumber(0), table.lineNumber(1), table.lineNumber(2)})
                .containsExactly(3, 6, 9);
    }

    @Test
    void semicolonAndTabDelimitersAreConfigurable() {
        CsvTable semicolon = CsvTable.read(Fixtures.path("semicolon.csv"), CsvOptions.defaults().withDelimiter(';'));
        CsvTable tab = CsvTable.read(Fixtures.path("tab.tsv"), CsvOptions.defaults().withDelimiter('\t'));

        assertThat(row(semicolon, 0)).containsExactly("1,5", "2", "x");
        assertThat(tab.header()).containsExactly("a", "b");
        assertThat(row(tab, 1)).containsExactly("3", "4");
    }

    @Test
    void trailingEmptyFieldsAreFields() {
        CsvTable table = Fixtures.table("trailing-empty.csv");

        assertThat(row(table, 0)).containsExactly("3", "30", "", "");
        assertThat(row(table, 1)).containsExactly("4", "40", "x", "");
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreAllReportedWithTheirLines() {
        assertThatThrownBy(() -> Fixtures.table("wrong-field-count.csv"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("wrong-field-count.csv:3: has 2 fields, the header has 3")
                .hasMessageContaining("wrong-field-count.csv:4: has 4 fields, the header has 3");
    }

    @Test
    void anUnterminatedQuoteIsReportedAtTheLineWhereItsRecordStarts() {
        assertThatThrownBy(() -> Fixtures.table("unterminated-quote.csv"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith(Fixtures.path("unterminated-quote.csv") + ":3: malformed CSV");
    }

    @Test
    void headerNamesMustBePresentAndDistinct() {
        assertThatThrownBy(() -> Fixtures.text("a,,b,a\n1,2,3,4\n"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("test.csv:1: column 2 has no name in the header")
                .hasMessageContaining("test.csv:1: column \"a\": appears twice in the header (columns 1 and 4)");
    }

    @Test
    void emptyMissingAndNonUtf8FilesAreClearErrors() throws IOException {
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> Fixtures.text("\n  \n")).hasMessage("test.csv: is empty: there is no header line");
        assertThatThrownBy(() -> CsvTable.read(folder.resolve("absent.csv"), CsvOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageEndingWith("absent.csv: no such file");
        assertThatThrownBy(() -> CsvTable.read(latin1, CsvOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void problemsBeyondTheErrorLimitAreCountedNotListed() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 25; i++) {
            csv.append("1,2,3\n");
        }
        DataException error = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> Fixtures.text(csv.toString(), CsvOptions.defaults().withErrorLimit(20)));

        assertThat(error.problems()).hasSize(20);
        assertThat(error.totalCount()).isEqualTo(25);
        assertThat(error.getMessage()).startsWith("25 problems in the data:").endsWith("... and 5 more");
    }

    @Test
    void aTableBuiltInMemoryNumbersItsRowsAsIfReadFromAFile() {
        CsvTable table = CsvTable.of("memory", List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "4")),
                CsvOptions.defaults());

        assertThat(table.lineNumber(1)).isEqualTo(3);
        assertThat(table.cell(1, table.columnIndex("b"))).isEqualTo("4");
        assertThatThrownBy(() -> CsvTable.of("memory", List.of("a"), List.of(List.of("1", "2")), CsvOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingLeavesTheFileUntouched() throws IOException {
        Path file = folder.resolve("copy.csv");
        Files.copy(Fixtures.path("bom-crlf.csv"), file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);

        CsvTable.read(file, CsvOptions.defaults());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));
    }
}
