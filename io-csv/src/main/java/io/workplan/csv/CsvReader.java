package io.workplan.csv;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.FileKind;
import io.workplan.core.internal.TempCopy;
import io.workplan.csv.internal.CsvDamage;
import io.workplan.csv.internal.CsvFile;
import io.workplan.csv.internal.CsvTable;
import io.workplan.csv.internal.StreamCopy;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.internal.FormatReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a progress table saved as CSV or TSV into a {@link io.workplan.core.ProgressReport}, through
 * the one table reader of {@code io.workplan.sheet} ({@link TableReader}): the header, the columns,
 * the title and period, the filling down of blank cells under a category or lead units, the notes
 * under the table and every problem of a row are found there, as for a workbook or a page.
 *
 * <pre>{@code
 * CsvReadResult result = CsvReader.create().read(Path.of("gongshu-2024-q2.csv"));
 * result.report();    // 159 tasks in 24 categories
 * result.charset();   // GB18030, for what Excel saves as "CSV (逗号分隔)" on Chinese Windows
 * }</pre>
 *
 * <h2>The file</h2>
 *
 * <ul>
 *   <li><b>Charset</b>: a byte-order mark tells UTF-8, UTF-16LE or UTF-16BE; without one, a file
 *       that is valid UTF-8 throughout is UTF-8, else one valid as GB18030 (the superset of GBK) is
 *       GB18030; else the file is refused at the line of its first undecodable byte. No byte is ever
 *       replaced; the result tells the charset ({@link CsvReadResult#charset()}).
 *   <li><b>Delimiter</b>: a comma for {@code .csv}, a tab for {@code .tsv}, else the most frequent of
 *       comma, tab and semicolon in the first lines; or the one given.
 *   <li><b>Records</b>: RFC 4180 (a quoted cell may hold delimiters, doubled quotes and line
 *       breaks, kept verbatim). Each record is a row of the table (the first record row 1 of its A1
 *       cells), blank records are left out, and a CSV has no merged cells: a blank cell under a
 *       category or lead units means "same as above", as Excel saves a sheet with merged cells.
 *   <li><b>Problems</b> carry the file, the table (named after the file), the A1 cell and the line
 *       of the record's first line. A malformed file (a quote never closed, a character after a
 *       closing quote, a NUL character, a byte-order mark inside the text) is refused at its line.
 *   <li><b>Limits</b>: see {@link CsvReadOptions}.
 * </ul>
 *
 * <p>Every failure for a bad file is a {@link CsvException} listing its problems; an exception that
 * the consumer of the entries throws comes out unchanged. An instance is immutable and may be
 * shared between threads.
 *
 * @since 0.1.0
 */
public final class CsvReader {
    private final CsvReadOptions options;

    private CsvReader(CsvReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A reader with the {@linkplain CsvReadOptions#defaults() default options}.
     *
     * @return the reader
     */
    public static CsvReader create() {
        return new CsvReader(CsvReadOptions.defaults());
    }

    /**
     * A reader with options.
     *
     * @param options the options
     * @return the reader
     * @throws NullPointerException if {@code options} is null
     */
    public static CsvReader create(CsvReadOptions options) {
        Objects.requireNonNull(options, "options");
        return new CsvReader(options);
    }

    /**
     * The options of this reader.
     *
     * @return the options
     */
    public CsvReadOptions options() {
        return options;
    }

    /**
     * Reads a CSV or TSV file into a report.
     *
     * @param path the file
     * @return the report, its warnings, and the charset and delimiter of the file
     * @throws CsvException when the file cannot be decoded or parsed, passes a limit, has no table,
     *     or (in strict reading) has problems, listing them all
     */
    public CsvReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return report(path, sourceOf(path));
    }

    /**
     * Reads CSV or TSV bytes into a report; the stream is read to its end (or to the limit of the
     * file's size) but not closed.
     *
     * @param in the bytes
     * @return the report, its warnings, and the charset and delimiter found
     * @throws CsvException as {@link #read(Path)} does, or when the stream cannot be read
     */
    public CsvReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in");
        String source = options.sourceName().orElse("csv");
        return fromStream(in, source, copy -> report(copy, source));
    }

    /**
     * Reads a CSV or TSV file entry by entry, without holding the report: each task's entry is handed
     * to a consumer as soon as the record after its own is read, in the file's order.
     *
     * @param path the file
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, categories, count of entries and warnings, and the charset and
     *     delimiter of the file
     * @throws CsvException as {@link #read(Path)} does, possibly after entries were handed over
     * @throws RuntimeException what the consumer threw, unchanged: the reading stops there
     */
    public CsvReadSummary read(Path path, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(entries, "entries");
        return summary(path, sourceOf(path), entries);
    }

    /**
     * Reads CSV or TSV bytes entry by entry, as {@link #read(Path, Consumer)} does; the stream is
     * read to its end but not closed.
     *
     * @param in the bytes
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, categories, count of entries and warnings, and the charset and
     *     delimiter found
     * @throws CsvException as {@link #read(InputStream)} does
     * @throws RuntimeException what the consumer threw, unchanged
     */
    public CsvReadSummary read(InputStream in, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(entries, "entries");
        String source = options.sourceName().orElse("csv");
        return fromStream(in, source, copy -> summary(copy, source, entries));
    }

    /** A reading of a file. */
    @FunctionalInterface
    private interface Reading<R> {
        R read(CsvFile file, CsvTable table) throws IOException;
    }

    private String sourceOf(Path path) {
        return FormatReading.sourceOf(options.sourceName(), path);
    }

    private CsvReadResult report(Path path, String source) {
        return read(path, source, (file, table) -> {
            TableReader.Read read = TableReader.create(options.table()).readReport(table, source);
            return CsvReadResult.builder().report(read.report()).warnings(read.summary().warnings()).charset(file.charset())
                    .byteOrderMark(file.byteOrderMark() > 0).delimiter(file.delimiter()).build();
        });
    }

    private CsvReadSummary summary(Path path, String source, Consumer<? super ProgressEntry> entries) {
        return read(path, source, (file, table) -> {
            TableReadSummary read = TableReader.create(options.table()).read(table, source, entries);
            return CsvReadSummary.builder().table(read).charset(file.charset()).byteOrderMark(file.byteOrderMark() > 0)
                    .delimiter(file.delimiter()).build();
        });
    }

    /** The one way through: the file's size, charset and delimiter, then the table reader; every failure ours. */
    private <R> R read(Path path, String source, Reading<R> reading) {
        String table = tableName(source);
        try {
            return FormatReading.read(CsvException.class, CsvException::new, () -> {
                long size = Files.size(path);
                if (size > options.maxFileBytes()) {
                    throw new CsvDamage(StreamCopy.tooLarge(options.maxFileBytes()), null);
                }
                if (size == 0) {
                    throw new CsvDamage("the file is empty (0 bytes)", null);
                }
                FileKind kind = FileKind.of(path);
                // a binary file of no known kind may be UTF-16 without a byte-order mark: the charset's check says so
                if (!kind.isText() && kind.kind() != FileKind.Kind.BINARY || kind.kind() == FileKind.Kind.HTML
                        || kind.kind() == FileKind.Kind.WEB_ARCHIVE || kind.kind() == FileKind.Kind.XML_SPREADSHEET) {
                    throw new CsvDamage(kind.refusal("CSV or TSV text"), null);
                }
                CsvFile file = CsvFile.open(path, source, options.charset(), options.delimiter());
                return reading.read(file, new CsvTable(file, table, new CsvTable.Limits(options.maxCellChars(),
                        options.maxCellsPerRecord(), options.maxRecordChars(), options.maxRecords())));
            });
        } catch (IOException e) {
            throw unreadable(source, table, e);
        }
    }

    /** Copies the stream to a temporary file (the charset is decided by all of its bytes), read and deleted after. */
    private <R> R fromStream(InputStream in, String source, Function<Path, R> reading) {
        return TempCopy.read(in, ".csv", (bytes, copy) -> StreamCopy.copy(bytes, copy, options.maxFileBytes(),
                options.maxRecordChars()), reading, e -> unreadable(source, tableName(source), e));
    }

    private static CsvException unreadable(String source, String table, IOException e) {
        Problem problem;
        if (e instanceof CsvDamage) {
            problem = ((CsvDamage) e).problem(source, table);
        } else {
            String reason = e instanceof NoSuchFileException ? "the file does not exist" : "the file cannot be read: "
                    + FileErrors.reason(e);
            problem = Problem.builder().source(source).reason(reason).build();
        }
        return new CsvException("Cannot read " + source, List.of(problem), e);
    }

    /** The table's name: the file's name without its extension. */
    private static String tableName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String lower = name.toLowerCase(Locale.ROOT);
        return dot > 0 && (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")
                || lower.endsWith(".tab")) ? name.substring(0, dot) : name;
    }
}
