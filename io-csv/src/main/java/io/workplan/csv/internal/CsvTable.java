package io.workplan.csv.internal;

import io.workplan.core.Problem;
import io.workplan.sheet.CellText;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.internal.Cells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as the one table of a {@link TableSource}: each record a row (records of empty cells
 * left out), each cell its text verbatim (a quoted cell keeps its line breaks; an empty cell is
 * {@code null}, as a workbook's cell without a value), no merged ranges (a blank cell under a
 * grouping already means "same as above" to the table reader). The limits of the options are
 * checked record by record, and a problem of a cell is given the first line of its record.
 */
public final class CsvTable implements TableSource {
    private final CsvFile file;
    private final String name;
    private final Limits limits;
    private int[] lines = new int[64];

    /**
     * The bounds of the reading.
     *
     * @param cellChars the most characters of a cell
     * @param cellsPerRecord the most cells of a record
     * @param recordChars the most characters of a record
     * @param records the most records
     */
    public record Limits(int cellChars, int cellsPerRecord, int recordChars, int records) {}

    /**
     * The table of a file.
     *
     * @param file the file, its charset and delimiter found
     * @param name the table's name
     * @param limits the bounds of the reading
     */
    public CsvTable(CsvFile file, String name, Limits limits) {
        this.file = file;
        this.name = name;
        this.limits = limits;
    }

    /**
     * The format of the files read and written: RFC 4180 with a delimiter, every line and space kept.
     *
     * @param delimiter the delimiter
     * @return the format
     */
    public static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrim(false).setRecordSeparator("\r\n").get();
    }

    @Override
    public List<String> tableNames() {
        return List.of(name);
    }

    @Override
    public void read(int table, RowVisitor visitor) throws IOException {
        try (DecodedText text = file.text(true, limits.recordChars());
                CSVParser parser = CSVParser.builder().setReader(text).setFormat(format(file.delimiter())).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int widest = 0;
            for (int row = 0;; row++) {
                int line = (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber() + 1);
                text.recordStarts(line);
                CSVRecord record = next(records, line);
                if (record == null) {
                    return;
                }
                if (row >= limits.records()) {
                    throw new CsvDamage(line, null, "the file has more than " + count(limits.records())
                            + " records, the limit (CsvReadOptions.maxRecords)", null);
                }
                CellText[] cells = cells(record, row, line);
                if (cells != null) {
                    checkDelimiter(record, row, line, widest);
                    widest = Math.max(widest, record.size());
                }
                if (cells != null && !visitor.row(row, cells)) {
                    return;
                }
            }
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> records, int line) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof CsvDamage) {
                throw ((CsvDamage) cause).atLine(line);
            }
            if (cause instanceof CSVException) {
                throw new CsvDamage(line, null, malformed(cause.getMessage(), line), cause);
            }
            throw cause;
        } catch (IllegalStateException e) {
            throw new CsvDamage(line, null, "the CSV cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** Commons CSV's words, for a person who edits the file. */
    private static String malformed(String message, int line) {
        String m = String.valueOf(message);
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell opened in the record at line " + line + " is never closed: the file ends inside it;"
                    + " a quote (\") is missing, or a quote inside the cell is not doubled (\"\")";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "a character follows the closing quote of a cell before the delimiter: a quote inside a quoted"
                    + " cell must be doubled (\"\")";
        }
        return "the CSV cannot be parsed: " + m;
    }

    /**
     * A record of one cell split by another delimiter into three or more parts, under a record of
     * three or more cells: its cells are separated by another delimiter than the file's (a table
     * pasted into another), which the table reader would take for a note under the table.
     */
    private void checkDelimiter(CSVRecord record, int row, int line, int widest) throws CsvDamage {
        if (record.size() != 1 || widest < 3) {
            return;
        }
        for (char other : new char[] {',', '\t', ';'}) {
            if (other != file.delimiter() && record.get(0).chars().filter(c -> c == other).count() >= 2) {
                throw new CsvDamage(line, Cells.ref(row, 0), "the record at line " + line + " is one cell holding "
                        + name(other) + "s, in a file whose cells are separated by " + name(file.delimiter())
                        + "s: the delimiters are mixed; separate every record's cells by the same one", null);
            }
        }
    }

    private static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : delimiter == ',' ? "comma" : delimiter == ';' ? "semicolon"
                : "'" + delimiter + "'";
    }

    /** The cells of a record, checked; {@code null} for a record of empty cells. */
    private CellText[] cells(CSVRecord record, int row, int line) throws CsvDamage {
        if (record.size() > limits.cellsPerRecord()) {
            throw new CsvDamage(line, null, "the record at line " + line + " has " + count(record.size())
                    + " cells, more than the limit of " + count(limits.cellsPerRecord())
                    + " (CsvReadOptions.maxCellsPerRecord)", null);
        }
        CellText[] cells = new CellText[record.size()];
        boolean blank = true;
        for (int c = 0; c < cells.length; c++) {
            String value = record.get(c);
            if (value.length() > limits.cellChars()) {
                throw new CsvDamage(line, Cells.ref(row, c), "the cell holds " + count(value.length())
                        + " characters, more than the limit of " + count(limits.cellChars())
                        + " (CsvReadOptions.maxCellChars)", null);
            }
            if (!value.isEmpty()) {
                cells[c] = CellText.ofText(value);
                blank = false;
            }
        }
        if (blank) {
            return null;
        }
        if (row >= lines.length) {
            lines = Arrays.copyOf(lines, Math.max(row + 1, lines.length * 2));
        }
        lines[row] = line;
        return cells;
    }

    @Override
    public void locate(int table, int row, int column, Problem.Builder problem) {
        if (row < lines.length && lines[row] > 0) {
            problem.line(lines[row]);
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
