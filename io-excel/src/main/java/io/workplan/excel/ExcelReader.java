package io.workplan.excel;

import io.workplan.core.Problem;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportHead;
import io.workplan.core.ValidationException;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.TempCopy;
import io.workplan.excel.internal.DocumentProperties;
import io.workplan.excel.internal.read.ReadFailures;
import io.workplan.excel.internal.read.WorkbookFiles;
import io.workplan.excel.internal.read.WorkbookRows;
import io.workplan.excel.internal.read.WorkbookSheets;
import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.internal.FormatReading;
import io.workplan.sheet.internal.ReportCollector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an official progress sheet (.xlsx or .xls) into a {@link io.workplan.core.ProgressReport}.
 *
 * <pre>{@code
 * ExcelReadResult result = new ExcelReader().read(Path.of("gongshu-2024-q2.xlsx"));
 * ProgressReport report = result.report();   // 159 tasks in 24 categories
 *
 * ExcelReader lenient = new ExcelReader(ExcelReadOptions.builder().lenient(true).streaming(true).build());
 * lenient.read(in).warnings().forEach(w -> log(w.toString()));
 * // gongshu.xlsx: Sheet1!E7 [完成进度] "#DIV/0!": warning: an error cell is not a progress value; ...
 * }</pre>
 *
 * <h2>What it reads</h2>
 *
 * The sheet is chosen by name or index ({@link ExcelReadOptions}), by default the first with a
 * header naming a task and a progress, in the order a person sees them (the active sheet, the other
 * visible ones, then the hidden ones, with a warning). The title, the period, the header words
 * (found by their words, in any order, within the first 30 rows), fill-down of merged or blank
 * cells, notes under the table and the values as a person sees them (a cached formula value, a
 * percentage exactly as its number format shows it) are read as the table reader reads every
 * format: the rules, with the real tables they come from, are in {@code docs/sheet-format.md} of
 * the project ("How the reader reads a table", "How a cell's number is read", "The structure of a
 * workbook's sheet", "Damaged and hostile workbooks"), and the words in {@link ColumnRole}.
 *
 * <h2>Problems</h2>
 *
 * Every problem of the sheet is found in one pass, each a {@link io.workplan.core.Problem} with the
 * file's name, the sheet, the A1 cell, the column's header, the raw text and the reason. In strict
 * mode (the default) an {@link ExcelException} lists them all; in lenient mode they come back as
 * warnings of the result, each saying what was done with its row. A blank progress and a task
 * without lead units are warnings in both modes. A file that is no readable workbook (a page saved
 * as {@code .xls}, an OpenDocument spreadsheet, a Word document or an {@code .xlsb} under an {@code
 * .xlsx} name, Strict Open XML, a PDF, a zip of other files, an encrypted, truncated or empty file)
 * gives an {@link ExcelException} naming the file, saying what it is and what to do. A damaged or
 * hostile file gives an {@link ExcelException} too, within the limits of {@link ExcelReadOptions}
 * (part sizes, inflation ratio, problems listed, merged ranges, text held): no exception of Apache
 * POI reaches the caller, and the reading does not hang.
 *
 * <h2>Streaming</h2>
 *
 * With {@link ExcelReadOptions#streaming()}, an .xlsx file is parsed with SAX one row at a time,
 * without a workbook object. Both modes produce the same rows of cell texts and hand them to the
 * same assembler, so they give the same entries and the same problems. An .xls file is read in
 * memory in both modes. An {@link InputStream} is first copied to a temporary file, deleted after.
 *
 * <p>The shared strings table, where Excel keeps every distinct text of a workbook (a million task
 * contents for a million tasks), is kept in a temporary file while the sheet is read, deleted
 * after: the heap holds 8 bytes per distinct text, not the texts.
 *
 * <h2 id="entry-by-entry">Entry by entry</h2>
 *
 * {@link #read(Path)} holds the whole report, about 300 bytes a task and more for long texts.
 * {@link #read(Path, Consumer)} holds none of it: each task's {@link ProgressEntry} (its task, the
 * period and its progress) is handed to a consumer as soon as the row after its own is read (a row
 * of a progress alone may continue it), in the sheet's order, and what comes back is an {@link ExcelReadSummary}: the report's head (title, period,
 * source, categories, …), the sheet, the count of tasks and the warnings. With streaming, a sheet of 1,000,000 tasks
 * reads in a heap of 128 MB (the module's build checks it). {@code read(Path)} is this very
 * reading with the entries collected into a report, so both give the same entries and problems.
 *
 * <pre>{@code
 * ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(true).build());
 * Map<Progress.Kind, Integer> kinds = new EnumMap<>(Progress.Kind.class);
 * ExcelReadSummary summary = reader.read(Path.of("large.xlsx"),
 *     entry -> kinds.merge(entry.progress().kind(), 1, Integer::sum));
 * summary.tasks();     // 1000000
 *
 * // core's statistics (or any collector) over the streamed entries:
 * static <A, R> R collect(ExcelReader reader, Path file, Collector<? super ProgressEntry, A, R> collector) {
 *     A container = collector.supplier().get();
 *     reader.read(file, entry -> collector.accumulator().accept(container, entry));
 *     return collector.finisher().apply(container);
 * }
 * ProgressStatistics statistics = collect(reader, file,
 *     Collectors.mapping(ProgressEntry::progress, ProgressStatistics.progressCollector()));
 * statistics.mean();   // the mean percentage, as of the report's statistics
 * }</pre>
 *
 * What the reading keeps across rows is bounded by the sheet's size in bits and ints, not by its
 * texts (the row of each task number, a 64-bit fingerprint of each task without one: see {@code
 * docs/sheet-format.md}, "Memory of a reading entry by entry"). What the consumer keeps is its own
 * affair.
 *
 * <p>In strict mode a problem is known only when its row is read, so the exception comes at the
 * end, after the entries of the sheet were handed over: they are then not a valid report, and the
 * consumer must discard what it made of them when {@code read} throws. A row the reading refuses
 * (a second listing of a task, a row without content) is never handed over, in either mode. An
 * exception the consumer or the progress listener throws stops the reading and comes out of {@code
 * read} unchanged, and so does an exception that is a bug of the reader rather than a damage of the
 * file (a {@code null} argument gives a {@link NullPointerException}). The
 * {@linkplain ExcelReadOptions#progressListener() progress listener} is told the rows read in both
 * ways of reading.
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class ExcelReader {
    private final ExcelReadOptions options;

    /**
     * A reader with the {@linkplain ExcelReadOptions#defaults() default options}, as {@link
     * ExcelWriter#create()} and the JSON facades are made.
     *
     * @return the reader
     */
    public static ExcelReader create() {
        return new ExcelReader();
    }

    /**
     * A reader with options.
     *
     * @param options the options
     * @return the reader
     * @throws NullPointerException if {@code options} is null
     */
    public static ExcelReader create(ExcelReadOptions options) {
        Objects.requireNonNull(options, "options");
        return new ExcelReader(options);
    }

    /** A reader with the {@linkplain ExcelReadOptions#defaults() default options}. */
    public ExcelReader() {
        this(ExcelReadOptions.defaults());
    }

    /**
     * A reader with options.
     *
     * @param options the options
     */
    public ExcelReader(ExcelReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The options of this reader.
     *
     * @return the options
     */
    public ExcelReadOptions options() {
        return options;
    }

    /**
     * Reads a workbook file into a report.
     *
     * @param path the .xlsx or .xls file
     * @return the report and its warnings
     * @throws ExcelException when the file is not a readable workbook, the sheet has no usable
     *     table, or (in strict mode) the sheet has problems, listing them all
     */
    public ExcelReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return read(path, this::report);
    }

    /**
     * Reads a workbook from a stream into a report; the stream is read to its end but not closed.
     *
     * @param in the bytes of an .xlsx or .xls file
     * @return the report and its warnings
     * @throws ExcelException as {@link #read(Path)} does, or when the stream cannot be read
     */
    public ExcelReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(in, this::report);
    }

    /**
     * Reads a workbook file entry by entry, without holding the report: each task's entry is handed
     * to a consumer as soon as the row after its own is read, in the sheet's order. See <a
     * href="#entry-by-entry">Entry by entry</a>.
     *
     * @param path the .xlsx or .xls file
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its categories, how many entries were handed over, and the
     *     warnings
     * @throws ExcelException as {@link #read(Path)} does, after the entries of the sheet were handed
     *     over; those entries are then not a valid report
     * @throws RuntimeException what the consumer or the progress listener threw, unchanged: the reading stops there
     */
    public ExcelReadSummary read(Path path, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(entries, "entries");
        return read(path, (file, source) -> read(file, source, entries));
    }

    /**
     * Reads a workbook from a stream entry by entry, as {@link #read(Path, Consumer)} does; the
     * stream is read to its end but not closed.
     *
     * @param in the bytes of an .xlsx or .xls file
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its categories, how many entries were handed over, and the
     *     warnings
     * @throws ExcelException as {@link #read(Path, Consumer)} does, or when the stream cannot be read
     * @throws RuntimeException what the consumer or the progress listener threw, unchanged
     */
    public ExcelReadSummary read(InputStream in, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(entries, "entries");
        return read(in, (file, source) -> read(file, source, entries));
    }

    /** A reading of a file under a source name. */
    @FunctionalInterface
    private interface Reading<R> {
        R read(Path file, String source);
    }

    private <R> R read(Path path, Reading<R> reading) {
        return reading.read(path, FormatReading.sourceOf(options.sourceName(), path));
    }

    /** Copies the stream to a temporary file, read and deleted after. */
    private <R> R read(InputStream in, Reading<R> reading) {
        String source = options.sourceName().orElse("workbook");
        return TempCopy.read(in, ".workbook", TempCopy.ALL, copy -> reading.read(copy, source),
                e -> WorkbookFiles.unreadable(source, "the stream cannot be read: " + FileErrors.reason(e), e));
    }

    /** The one way through, collecting the entries into a report. */
    private ExcelReadResult report(Path path, String source) {
        ReportCollector collector = new ReportCollector(options.maxReportChars(), source);
        ExcelReadSummary summary;
        try {
            summary = read(path, source, collector);
        } catch (TableException e) {
            // the budget of text, reached by the collector
            throw new ExcelException(e.summary(), e.problems(), e);
        }
        try {
            return ExcelReadResult.builder().report(collector.report(summary.head())).sheet(summary.sheet())
                    .warnings(summary.warnings()).build();
        } catch (ValidationException e) {
            // the assembler refuses what a report would refuse; this would be a bug of the reader
            throw new ExcelException("Cannot read " + source + ", sheet " + summary.sheet(), e.problems(), null);
        }
    }

    private ExcelReadSummary read(Path path, String source, Consumer<? super ProgressEntry> entries) {
        String[] reading = new String[1];
        // the extra columns of the head, in the order the entries first name them, as a report's
        Set<String> extraColumns = new LinkedHashSet<>();
        Consumer<ProgressEntry> handOver = entry -> {
            extraColumns.addAll(entry.task().extras().keySet());
            entries.accept(entry);
        };
        try (WorkbookRows workbook = WorkbookFiles.open(path, source, options)) {
            List<String> names = workbook.sheetNames();
            if (names.isEmpty()) {
                throw WorkbookFiles.unreadable(source, "the workbook has no sheet that can be found: its list of sheets is"
                        + " empty, or their relationships are missing; the file is damaged", null);
            }
            WorkbookSheets.sameNames(names).ifPresent(reason -> {
                throw WorkbookFiles.unreadable(source, reason, null);
            });
            TableReadOptions table = options.tableOptions();
            OptionalInt chosen = chosenSheet(names, source);
            if (chosen.isPresent()) {
                table = TableReadOptions.builder().from(table).table(chosen).build();
            }
            TableReadSummary read = TableReader.create(table).read(new TableSource() {
                @Override
                public List<String> tableNames() {
                    return names;
                }

                @Override
                public void read(int sheet, RowVisitor visitor) throws IOException {
                    reading[0] = names.get(sheet); // the sheet a damaged cell is reported in
                    workbook.read(sheet, visitor);
                }

                @Override
                public String describe(int sheet) {
                    return workbook.describe(sheet);
                }

                @Override
                public boolean hidden(int sheet) {
                    return workbook.hidden(sheet);
                }

                @Override
                public OptionalInt active() {
                    return workbook.active();
                }
            }, source, handOver);
            return withDocumentProperties(read, workbook.documentProperties(), extraColumns);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw ReadFailures.of(e, path, source, reading[0]);
        }
    }


    /** The report's attributes that the writer keeps as document properties, when the workbook has them. */
    private static ExcelReadSummary withDocumentProperties(TableReadSummary s, DocumentProperties properties,
            Set<String> extraColumns) {
        List<Problem> warnings = new ArrayList<>(s.warnings());
        Optional<LocalDate> publishedOn = properties.publishedOn(warnings, s.source());
        ReportHead head = ReportHead.builder().from(s.head()).source(properties.source().orElse(s.source())).region(properties.region())
                .publishedOn(publishedOn).extraColumns(extraColumns).build();
        return ExcelReadSummary.builder().head(head).sheet(s.table()).tasks(s.tasks()).warnings(warnings).build();
    }

    /** The sheet the options name, by name or index; empty when the table reader is to choose. */
    private OptionalInt chosenSheet(List<String> names, String source) {
        if (options.sheetName().isPresent()) {
            int index = names.indexOf(options.sheetName().get());
            if (index < 0) {
                throw WorkbookFiles.unreadable(source, "the workbook has no sheet named " + options.sheetName().get()
                        + "; its sheets are " + names, null);
            }
            return OptionalInt.of(index);
        }
        if (options.sheetIndex().isPresent()) {
            int index = options.sheetIndex().getAsInt();
            if (index < 0 || index >= names.size()) {
                throw WorkbookFiles.unreadable(source, "the workbook has no sheet at index " + index + "; it has "
                        + names.size() + " sheets " + names, null);
            }
            return OptionalInt.of(index);
        }
        return OptionalInt.empty();
    }
}
