package io.workplan.csv;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.csv.internal.CsvFile;
import io.workplan.csv.internal.CsvTable;
import io.workplan.sheet.TableGrid;
import io.workplan.sheet.internal.Cells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report as CSV or TSV, the table as {@link TableGrid} shows it and Excel saves a sheet: the
 * title as the first record (one cell), the header, a record per task; the cells of a merged run of
 * a category or lead units only in the run's first record and blank below, which {@link CsvReader}
 * reads as "same as above". RFC 4180 quoting (a cell with the delimiter, a quote or a line break is
 * quoted, its quotes doubled), records ended by CR LF.
 *
 * <pre>{@code
 * CsvWriter.create().write(report, Path.of("gongshu-2024-q2.csv"));   // UTF-8 with a byte-order mark
 * CsvWriter.create(CsvWriterOptions.builder().charset(Charset.forName("GBK")).build())
 *     .write(report, Path.of("gongshu-gbk.csv"));
 * }</pre>
 *
 * What {@link CsvReader} reads back from a written file is the report written, but for its source
 * (the file read), its region and its day of publication, which a CSV has no place for. A file is
 * written completely or not at all.
 *
 * @since 0.1.0
 */
public final class CsvWriter {
    private final CsvWriterOptions options;

    private CsvWriter(CsvWriterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A writer with the {@linkplain CsvWriterOptions#defaults() default options}: UTF-8 with a
     * byte-order mark, comma-separated.
     *
     * @return the writer
     */
    public static CsvWriter create() {
        return new CsvWriter(CsvWriterOptions.defaults());
    }

    /**
     * A writer with options.
     *
     * @param options the options
     * @return the writer
     * @throws NullPointerException if {@code options} is null
     */
    public static CsvWriter create(CsvWriterOptions options) {
        Objects.requireNonNull(options, "options");
        return new CsvWriter(options);
    }

    /**
     * The options of this writer.
     *
     * @return the options
     */
    public CsvWriterOptions options() {
        return options;
    }

    /**
     * Writes a report into a file, completely or not at all.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @throws CsvException listing every cell whose text the charset cannot hold, or when the file
     *     cannot be written; the file is then unchanged
     */
    public void write(ProgressReport report, Path file) {
        Objects.requireNonNull(file, "file");
        TableGrid grid = grid(report, file.toString());
        try {
            AtomicFile.write(file, out -> write(grid, out));
        } catch (IOException e) {
            throw cannotWrite(file.toString(), FileErrors.writeReason(file, e), e);
        }
    }

    /**
     * Writes a report into a stream, flushed but not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws CsvException listing every cell whose text the charset cannot hold (nothing is then
     *     written), or when the stream fails
     */
    public void write(ProgressReport report, OutputStream out) {
        Objects.requireNonNull(out, "out");
        TableGrid grid = grid(report, "stream");
        try {
            write(grid, out);
        } catch (IOException e) {
            throw cannotWrite("stream", FileErrors.reason(e), e);
        }
    }

    private void write(TableGrid grid, OutputStream out) throws IOException {
        String charset = options.charset().name().toUpperCase(Locale.ROOT);
        if (charset.startsWith("UTF-16") || (charset.equals("UTF-8") && options.byteOrderMark())) {
            CsvFile.writeByteOrderMark(options.charset(), out);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, encoder()));
        CSVPrinter printer = new CSVPrinter(writer, CsvTable.format(options.delimiter()));
        printer.printRecord(grid.title());
        printer.printRecord(grid.header());
        int row = TableGrid.FIRST_TASK_ROW;
        for (List<String> cells : grid.rows()) {
            List<String> record = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                record.add(grid.isCovered(row, c) ? "" : cells.get(c));
            }
            printer.printRecord(record);
            row++;
        }
        printer.flush();
    }

    private CharsetEncoder encoder() {
        return options.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The report's table, once every cell is known to be writable in the charset. */
    private TableGrid grid(ProgressReport report, String target) {
        TableGrid grid = TableGrid.of(Objects.requireNonNull(report, "report"));
        CharsetEncoder encoder = encoder();
        List<Problem> problems = new ArrayList<>();
        check(encoder, grid.title(), TableGrid.TITLE_ROW, 0, null, target, problems);
        List<String> header = grid.header();
        int row = TableGrid.FIRST_TASK_ROW;
        for (List<String> cells : grid.rows()) {
            for (int c = 0; c < cells.size(); c++) {
                check(encoder, cells.get(c), row, c, header.get(c), target, problems);
            }
            row++;
        }
        if (!problems.isEmpty()) {
            throw new CsvException("Cannot write " + target + " in " + options.charset().name(), problems, null);
        }
        return grid;
    }

    private void check(CharsetEncoder encoder, String text, int row, int column, String subject, String target,
            List<Problem> problems) {
        if (encoder.canEncode(text)) {
            return;
        }
        int unwritable = text.codePoints().filter(cp -> !encoder.canEncode(new String(Character.toChars(cp))))
                .findFirst().orElse('?');
        Problem.Builder p = Problem.builder().source(target).cell(Cells.ref(row, column)).rawText(text)
                .reason(String.format(Locale.ROOT, "the character %s (U+%04X) cannot be written in %s; write UTF-8 or"
                        + " GB18030", new String(Character.toChars(unwritable)), unwritable, options.charset().name()));
        if (subject != null) {
            p.subject(subject);
        }
        problems.add(p.build());
    }

    private static CsvException cannotWrite(String target, String why, IOException e) {
        return new CsvException("Cannot write " + target, List.of(Problem.builder().source(target)
                .reason("the file cannot be written: " + why).build()), e);
    }
}
