package io.workplan.excel;

import io.workplan.sheet.ColumnRole;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ValidationException;
import io.workplan.core.internal.FileErrors;
import io.workplan.excel.internal.CellDamage;
import io.workplan.excel.internal.DocumentProperties;
import io.workplan.excel.internal.WorkbookFiles;
import io.workplan.excel.internal.WorkbookRows;
import io.workplan.excel.internal.WorkbookSheets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import io.workplan.sheet.ConsumerFailure;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.internal.ReportCollector;
import io.workplan.sheet.RowVisitor;
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
 * <h2>The sheet's layout</h2>
 *
 * <ul>
 *   <li><b>Sheet</b>: chosen by name or index, by default the first sheet with a header naming the
 *       content and the progress columns, in the order a person sees them: the active sheet, the other
 *       visible sheets, then the hidden and very hidden ones; a hidden sheet read, chosen or asked for,
 *       is said in a warning. A workbook with two sheets of one name (compared without case, as Excel
 *       compares them) is refused. Hidden rows and columns holding text are read and named in a
 *       warning.
 *   <li><b>Title rows</b> above the header: the title is the first whose text names a period
 *       ({@code 2024年第二季度拱墅区《政府工作报告》主要任务完成情况}), and the period is read from it
 *       ({@link io.workplan.core.ReportingPeriod#parse(String)}); both can be given in the options.
 *   <li><b>Header row</b>: found by its words, not its position, within the first 30 rows. Columns
 *       may come in any order; only the content and the progress are required (see {@link
 *       ColumnRole} for the words; blanks, line breaks and full-width forms in a header cell do
 *       not matter; more words can be added). When a {@code 项目名称} header spans two columns, the
 *       first holds the category's enumerator ({@code (一)}) and the second its name; an
 *       enumerator merged over several names goes with each of them. With both
 *       {@code 牵头单位} and {@code 责任单位}, the first are the lead units and the second the
 *       responsible units; with {@code 责任单位} alone, they are the lead units.
 *   <li><b>Task rows</b>: every row below the header with a content or a progress. Category, lead
 *       units and leading official are filled down: a blank cell means "same as above", so a merged
 *       range (which leaves all but its first cell blank) covers its rows, and a lead unit's range
 *       may cross categories. Content and progress are never filled down. A category written again
 *       on each row is one category. A cell whose text holds no letter or digit ({@code /}, {@code
 *       —}) in the lead units or the leader column means none.
 *   <li><b>Notes under the table</b>: blank rows, and from the first note on, rows without both
 *       a content and a progress, are not tasks. A note is a row holding a single text that cannot
 *       be a task's: in the first column or a cell merged across the table ({@code 注:…}, a
 *       signature), in any column but the content and the progress, or in the progress column
 *       when it reads like a note ({@code 注}, {@code 说明}, {@code 备注}, {@code 填报}, {@code
 *       制表}, …). A single text in the content column is a task (with a blank progress) once a
 *       task row is above it, whatever its first words, since its number and units may be merged
 *       from above; it is a note only when it reads like one above every task. A row taken as a
 *       note but holding a content, or a progress other than a date (the date of signing), is
 *       reported as a warning naming its cell and text: no task is dropped silently.
 * </ul>
 *
 * <h2>Values as a person sees them</h2>
 *
 * A formula gives its cached value. A number under a percent format is that percentage, exactly:
 * 0.536 shown as {@code 53.6%} is {@link io.workplan.core.Progress#ofPercent 53.6 %} with the text
 * {@code 53.6%}; a number's exact value is the shortest decimal of its double ({@code 0.536}, even
 * when the file stores {@code 0.53600000000000003}). A number in {@code 序号} must be whole. A text
 * cell keeps its text verbatim; lead units are split by {@link
 * io.workplan.core.LeadUnit#parseList(String)}, where a line break is a wrap, not a separator. Dates
 * and error cells in the progress column are reported, not guessed.
 *
 * <h2>The layout a writer produces</h2>
 *
 * So that a written report reads back equal: a title row, its cell merged across the table; the
 * header row {@code 序号, 项目名称, 主要工作内容, [牵头领导], 牵头单位, [责任单位], 完成进度, [备注]}
 * ({@code 序号} only when the tasks are numbered, bracketed columns only when a task has one); one
 * row per task; the category's {@link io.workplan.core.Category#label() label} and the lead units
 * (joined by {@code 、}) merged over runs of equal cells; {@code /} in the lead-unit or leader cell of
 * a task that has none (a blank there would mean "same as above"); the progress written as a number
 * with a percent format of as many decimals as its text has when the text is exactly the canonical
 * form ({@code 53.6%}, {@code 100%}, {@code 0.00%}: the percentage's plain digits then {@code %}),
 * otherwise as text.
 *
 * <h2>Problems</h2>
 *
 * Every problem of the sheet is found in one pass, each a {@link io.workplan.core.Problem} with the
 * file's name, the sheet, the A1 cell, the column's header, the raw text and the reason: a required
 * column missing (naming the columns found), a column named twice, a duplicate or non-numeric task
 * number, blank content, a task row with no category, a date or an error in the progress column, a
 * hidden value under a merged cell, a title without a period. In strict mode (the default) an
 * {@link ExcelException} lists them all; in lenient mode they come back as warnings of the result,
 * each saying what was done with its row. A blank progress and a task without lead units are
 * warnings in both modes. A file that is not a readable workbook (an HTML page saved as
 * {@code .xls}, an OpenDocument spreadsheet, a Word document or an {@code .xlsb} under an {@code
 * .xlsx} name, a Strict Open XML Spreadsheet, a PDF, an image, a zip of other files, an encrypted,
 * truncated or empty file) gives an {@link ExcelException} naming the file, saying what it is and
 * what to do; no exception of Apache POI reaches the caller.
 *
 * <h2 id="hostile-files">Damaged and hostile files</h2>
 *
 * Whatever a file holds, reading it gives a report or an {@link ExcelException} naming the file,
 * and, where there is one, the sheet and the A1 cell, with the reason; it does not hang, and in
 * streaming mode its memory stays bounded by the limits below, not by the file. An .xlsx file is
 * checked before Apache POI opens it, by the reader's own code, with limits of {@link
 * ExcelReadOptions} rather than POI's JVM-wide settings (which the reader never changes, and
 * which apply as well, to the bytes actually inflated):
 *
 * <ul>
 *   <li>a part (a sheet's XML, the shared strings, …) that expands to more than {@link
 *       ExcelReadOptions#maxPartBytes()} (1 GiB by default), or more than {@link
 *       ExcelReadOptions#maxInflateRatio()} times its compressed size (100 by default, for parts
 *       over 100 KiB: a zip bomb), is refused before any of it is inflated;
 *   <li>an XML part that declares a {@code DOCTYPE} (which Excel never writes, and through which
 *       external entities and entity expansion come in), or that is written in an encoding other
 *       than UTF-8 or UTF-16 (where a {@code DOCTYPE} could hide from this check), is refused
 *       unread. No external entity is ever resolved, in either mode: POI's parsers refuse a {@code
 *       DOCTYPE} too;
 *   <li>a part compressed with a zip method other than deflate (or none) is refused;
 *   <li>every read of a part by the reader itself (its check of each XML part, the streaming
 *       mode's sheets and shared strings) stops at the size the part's zip entry declares: a part
 *       that declares a small size but inflates to gigabytes is refused after it, and a prolog
 *       (what comes before the root element) over 1 MiB is refused;
 *   <li>a workbook of more parts than POI opens ({@code ZipSecureFile.getMaxFileCount()}, 1,000 by
 *       default: a workbook of 1,000 sheets has more) is refused, naming that limit; any other
 *       limit of POI that refuses a file is named in the message in POI's words.
 * </ul>
 *
 * Budgets bound what a small file can make the reading hold ({@link ExcelReadOptions}, passed to
 * the table reader): the problems listed ({@link ExcelReadOptions#maxProblems()}, 100, the others
 * counted in a last {@code … and N more problems}), the merged regions considered ({@link
 * ExcelReadOptions#maxMergedRanges()}, 250,000; a region given twice counts once) and the text a
 * report read whole holds ({@link ExcelReadOptions#maxReportChars()}, 10,000,000 characters).
 *
 * <p>Both reading modes take a sheet's XML by the same rules ({@code docs/sheet-format.md}, "The
 * structure of a workbook's sheet"): rows or cells out of order or given twice, a cell whose
 * reference names another row, a second {@code <sheetData>}, an element of another namespace
 * inside the sheet's data, a sheet in no namespace or in Strict Open XML's, and a sheet the
 * workbook lists without its part are refused with their cell or row; elements of other
 * namespaces outside the data and {@code <extLst>} are left aside.
 *
 * A damage found at one cell refuses the file in strict and lenient mode alike, since what the
 * cell holds is unknown, with the sheet and the cell: a formula without its computed value (POI
 * would read it as 0), a reference to a shared string the table lacks (POI would read it as
 * blank), a text longer than {@link ExcelReadOptions#MAX_CELL_TEXT} (32,767) characters, the most a
 * cell of Excel holds (in streaming mode, no more of a text than that is held), and a row or column
 * outside a sheet's 1,048,576 rows and 16,384 columns. The in-memory mode builds an object for
 * each row of the sheet (a million empty rows take seconds and hundreds of megabytes): use
 * streaming for large or untrusted files.
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
 * period and its progress) is handed to a consumer as soon as its row is read, in the sheet's
 * order, and what comes back is an {@link ExcelReadSummary}: the title, period, source, sheet,
 * categories, the count of tasks and the warnings. With streaming, a sheet of 1,000,000 tasks
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
 * texts: which fill-down cells have a value of their own, the row of each task number (so that a
 * number used twice is found), and for tasks without a number a 64-bit fingerprint of each task
 * (so that the same task listed twice is found): the first 64 bits of a SHA-256 of the task's
 * attributes. Two different tasks have the same fingerprint with a probability of about
 * n²/2<sup>65</sup> among n unnumbered tasks, 3·10<sup>-8</sup> for a million; the second would
 * then be taken for a repetition of the first and reported as such. Tasks with a number are never
 * fingerprinted: their numbers tell them apart. (What the consumer keeps is its own affair: {@link
 * io.workplan.core.aggregate.ProgressStatistics} keeps every percentage, for the median.)
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
     * to a consumer as soon as its row is read, in the sheet's order. See <a
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
        Path name = path.getFileName();
        return reading.read(path, options.sourceName().orElse(name == null ? path.toString() : name.toString()));
    }

    /** Copies the stream to a temporary file, read and deleted after. */
    private <R> R read(InputStream in, Reading<R> reading) {
        String source = options.sourceName().orElse("workbook");
        Path copy = null;
        try {
            copy = Files.createTempFile("workplan-", ".workbook");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return reading.read(copy, source);
        } catch (IOException e) {
            throw WorkbookFiles.unreadable(source, "the stream cannot be read: " + FileErrors.reason(e), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to fail the reading
                }
            }
        }
    }

    /** The one way through, collecting the entries into a report. */
    private ExcelReadResult report(Path path, String source) {
        ReportCollector collector = new ReportCollector(options.maxReportChars(), source);
        List<ProgressEntry> entries = collector.entries();
        ExcelReadSummary summary;
        try {
            summary = read(path, source, collector);
        } catch (TableException e) {
            // the budget of text, reached by the collector
            throw new ExcelException(e.summary(), e.problems(), e);
        }
        try {
            ProgressReport report = ProgressReport.builder().head(summary.head()).entries(entries).build();
            return ExcelReadResult.builder().report(report).sheet(summary.sheet()).warnings(summary.warnings()).build();
        } catch (ValidationException e) {
            // the assembler refuses what a report would refuse; this would be a bug of the reader
            throw new ExcelException("Cannot read " + source + ", sheet " + summary.sheet(), e.problems());
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
        } catch (ExcelException e) {
            throw e;
        } catch (TableException e) {
            throw new ExcelException(e.summary(), e.problems(), e.getCause());
        } catch (CellDamage e) {
            Problem.Builder problem = Problem.builder().source(source).reason(e.getMessage());
            e.sheet().or(() -> Optional.ofNullable(reading[0])).ifPresent(problem::sheet);
            if (e.cell() != null) {
                problem.cell(e.cell());
            }
            throw new ExcelException("Cannot read " + source, List.of(problem.build()), e);
        } catch (ConsumerFailure e) {
            throw e.consumerException();
        } catch (IOException e) {
            throw damaged(path, source, e);
        } catch (LinkageError e) {
            // a zip method whose optional decoder Commons Compress lacks, named by a damaged or hostile file
            throw WorkbookFiles.unreadable(source, WorkbookFiles.undecodable(e), e);
        } catch (RuntimeException e) {
            if (WorkbookFiles.isDamage(e)) {
                throw damaged(path, source, e);
            }
            // a bug of the reader is no damage of the file: it comes out as it is
            throw e;
        }
    }

    private static ExcelException damaged(Path path, String source, Exception e) {
        if (WorkbookFiles.isZipBomb(e)) {
            return WorkbookFiles.unreadable(source, WorkbookFiles.ZIP_BOMB, e);
        }
        if (WorkbookFiles.poiLimit(e) != null) {
            return WorkbookFiles.unreadable(source, WorkbookFiles.poiLimit(e), e);
        }
        if (isXls(path)) {
            // an .xls: a cell referring to a shared string the table lacks is said at its cell, as in an .xlsx
            return WorkbookFiles.damagedXls(path, source, e);
        }
        // what the XML of a part says is wrong (the parser's words or the sheet handler's) helps a person;
        // the libraries' own exceptions stay in the cause, for developers
        String detail = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXException && t.getMessage() != null) {
                detail = " (" + t.getMessage() + ")";
                break;
            }
        }
        return WorkbookFiles.unreadable(source, "the workbook cannot be read: it is truncated or damaged" + detail, e);
    }

    private static boolean isXls(Path path) {
        try {
            return io.workplan.core.internal.FileKind.of(path).kind() == io.workplan.core.internal.FileKind.Kind.XLS;
        } catch (IOException e) {
            return false;
        }
    }

    /** The report's attributes that the writer keeps as document properties, when the workbook has them. */
    private static ExcelReadSummary withDocumentProperties(TableReadSummary s, DocumentProperties properties,
            Set<String> extraColumns) {
        List<Problem> warnings = new ArrayList<>(s.warnings());
        Optional<LocalDate> publishedOn = properties.publishedOn(warnings, s.source());
        ReportHead head = ReportHead.builder().title(s.title()).period(s.period()).source(properties.source().orElse(s.source()))
                .region(properties.region()).publishedOn(publishedOn).categories(s.categories()).extraColumns(extraColumns)
                .build();
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
