package io.workplan.files;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.Task;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.FileKind;
import io.workplan.csv.CsvReadOptions;
import io.workplan.csv.CsvReadResult;
import io.workplan.csv.CsvReader;
import io.workplan.csv.CsvWriter;
import io.workplan.csv.CsvWriterOptions;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.ExcelReadSummary;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriter;
import io.workplan.html.HtmlReadOptions;
import io.workplan.html.HtmlReader;
import io.workplan.html.HtmlWriter;
import io.workplan.json.JsonReadSummary;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadAttributes;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import io.workplan.word.WordReadOptions;
import io.workplan.word.WordReadResult;
import io.workplan.word.WordReader;
import io.workplan.word.WordWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One door to every format: read a progress table from whatever file holds it, write a report by the
 * target's name. Each format's own reader and writer (with all their options) stay there for those
 * who need them.
 *
 * <pre>{@code
 * FileReadResult read = ReportFiles.read(Path.of("附件1.xls"));   // a web page saved as .xls: read as a page
 * ReportFiles.write(read.report(), Path.of("2024-q2.xlsx"));     // the official sheet
 * ReportFiles.write(read.report(), Path.of("2024-q2.html"));     // the published table
 * }</pre>
 *
 * <h2>Which format</h2>
 *
 * A file's format is found by its bytes first ({@link Format#detect(Path)}): an .xlsx or a .docx by the
 * entries of its zip, an .xls by its OLE2 signature, a page by its markup (whatever its name: the page
 * saved as {@code .xls} that sites offer for download), a JSON report by its brace; the name decides
 * between CSV and TSV, and for a file whose bytes say nothing.
 *
 * <p>Writing goes by the target's extension: {@code .xlsx}, {@code .xls}, {@code .html} / {@code .htm},
 * {@code .docx}, {@code .csv} (UTF-8 with a byte-order mark, as Excel wants), {@code .tsv}, {@code
 * .json}; any other is refused. Every writer writes completely or not at all.
 *
 * <h2>Entry by entry</h2>
 *
 * {@link #read(Path, FileReadOptions, java.util.function.Consumer)} hands a file's entries to a
 * consumer and returns everything else ({@link FileReadSummary}: the whole report's head, counts,
 * warnings); an .xlsx read streaming holds none of the report, a 1,000,000-task sheet in a 128 MB
 * heap; so does a JSON report. {@link #convert(Path, FileReadOptions, Path, FileWriteOptions)}
 * converts a streamed .xlsx or a JSON report to a workbook or a JSON report entry by entry ({@link
 * #convertsEntryByEntry}), writing the very file {@code read} then {@code write} would; every other
 * conversion holds the report.
 *
 * <p>Every failure is a {@link io.workplan.core.WorkplanException} listing its problems with their
 * places; no exception of a dependency escapes for bad input.
 *
 * @since 0.1.0
 */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * Reads the progress table of a file, whatever its format, strictly.
     *
     * @param file the file
     * @return the report, its warnings and the format found
     * @throws NullPointerException if {@code file} is null
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems
     */
    public static FileReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(file, FileReadOptions.defaults());
    }

    /**
     * Reads the progress table of a file, whatever its format.
     *
     * @param file the file
     * @param options how to read it
     * @return the report, its warnings and the format found
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems
     */
    public static FileReadResult read(Path file, FileReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Format format = formatOf(file);
        ImmutableFileReadResult.Builder result = FileReadResult.builder().format(format);
        switch (format) {
            case JSON:
                return result.report(JsonReader.create().read(file)).build();
            case HTML: {
                TableReader.Read read = HtmlReader.create(HtmlReadOptions.builder().table(options.table())
                        .sourceName(options.sourceName()).build()).read(file);
                return result.from(read).build();
            }
            case CSV:
            case TSV: {
                CsvReadOptions.Builder csv = CsvReadOptions.builder().table(options.table());
                options.sourceName().ifPresent(csv::sourceName);
                if (format == Format.TSV) {
                    csv.delimiter('\t');
                }
                CsvReadResult read = CsvReader.create(csv.build()).read(file);
                return result.from(read)
                        .encoding(read.charset().name() + (read.byteOrderMark() ? " with a byte-order mark" : "")
                                + ", " + delimiter(read.delimiter()))
                        .build();
            }
            case DOCX: {
                WordReadResult read = WordReader.create(WordReadOptions.builder().table(options.table())
                        .sourceName(options.sourceName()).build()).read(file);
                return result.from(read).build();
            }
            default: {
                ExcelReadResult read = ExcelReader.create(excelOptions(options)).read(file);
                return result.from(read).build();
            }
        }
    }

    /**
     * Reads the progress table of a file entry by entry, whatever its format: each task's entry is
     * handed to a consumer, in the table's order, and what comes back is everything else of the
     * report. The entries and the summary's {@linkplain FileReadSummary#head() head} are those of
     * {@link #read(Path, FileReadOptions)} on the same file, and so are the problems.
     *
     * <p>An .xlsx file read {@linkplain FileReadOptions#streaming() streaming} holds no report: its
     * rows are read one at a time and each entry is handed over as soon as the row after it is read (see
     * {@link ExcelReader#read(Path, Consumer)}: a sheet of 1,000,000 tasks in a heap of 128 MB).
     * Nor does a JSON report: it is read by {@link JsonReader#read(Path, Consumer, Consumer)}, its
     * head first, then its tasks one by one. The other formats hold their table anyway (an .xls
     * workbook, a page, a Word document, a CSV file are read whole by their libraries): their report
     * is read, then its entries are handed over. A task of a JSON report without an entry is counted
     * in {@link FileReadSummary#tasks()}, not handed over (see {@link #read(Path, FileReadOptions,
     * Consumer, Consumer)} for them).
     *
     * <p>In strict mode, a table's problems are known when its last row is read: the exception then
     * comes after the entries were handed over, and the consumer must discard what it made of them.
     * An exception the consumer throws stops the reading and comes out unchanged.
     *
     * @param file the file
     * @param options how to read it
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its counts, its warnings and the format found
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems
     * @since 0.2.0
     */
    public static FileReadSummary read(Path file, FileReadOptions options, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        return read(file, options, entries, task -> { });
    }

    /**
     * Reads the progress table of a file entry by entry, as {@link #read(Path, FileReadOptions,
     * Consumer)} does, handing a task without an entry (only a JSON report has some) to a consumer of
     * its own, in its place among the entries: every task of the report is handed over once, in its
     * order.
     *
     * @param file the file
     * @param options how to read it
     * @param entries what each entry is handed to, on the calling thread
     * @param tasksWithoutEntry what each task without an entry is handed to, on the calling thread
     * @return the report's head, its counts, its warnings and the format found
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems
     * @since 0.2.0
     */
    public static FileReadSummary read(Path file, FileReadOptions options, Consumer<? super ProgressEntry> entries,
            Consumer<? super Task> tasksWithoutEntry) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(tasksWithoutEntry, "tasksWithoutEntry");
        Format format = formatOf(file);
        if (format == Format.JSON) {
            JsonReadSummary read = JsonReader.create().read(file, entries, tasksWithoutEntry);
            return FileReadSummary.builder().head(read.head()).tasks(read.tasks()).entries(read.entries())
                    .format(format).build();
        }
        if (format != Format.XLSX && format != Format.XLS) {
            FileReadResult read = read(file, options);
            ProgressReport report = read.report();
            report.tasks().forEach(task -> report.entryFor(task).ifPresentOrElse(entries, () -> tasksWithoutEntry.accept(task)));
            return read.summary();
        }
        ExcelReadSummary read = ExcelReader.create(excelOptions(options)).read(file, entries);
        return FileReadSummary.builder().head(read.head()).tasks(read.tasks()).entries(read.tasks()).warnings(read.warnings())
                .format(format).build();
    }

    /** The workbook reader's options of the files' options. */
    private static ExcelReadOptions excelOptions(FileReadOptions options) {
        TableReadOptions table = options.table();
        // every attribute of a table's reading (lenient, title, period, header words, listener, budgets) at once
        ExcelReadOptions.Builder excel = ExcelReadOptions.builder().from((TableReadAttributes) table)
                .streaming(options.streaming());
        table.table().ifPresent(excel::sheetIndex);
        options.sheetName().ifPresent(excel::sheetName);
        options.sourceName().ifPresent(excel::sourceName);
        return excel.build();
    }

    /**
     * The format a file is read as: by its bytes first, else by its name.
     *
     * @param file the file
     * @return the format
     * @throws TableException when the file cannot be opened, or neither its bytes nor its name say
     *     what it is
     */
    public static Format formatOf(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw refused(source, Files.isDirectory(file) ? "it is a folder, not a file" : Files.exists(file) ? "not a file" : "no such file");
        }
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (IOException e) {
            throw refused(source, "the file cannot be read: " + FileErrors.readReason(file, e));
        }
        return Format.of(kind, Format.byName(file)).orElseThrow(() -> refused(source, kind.kind() != FileKind.Kind.EMPTY
                && (kind.isText() || kind.kind() == FileKind.Kind.BINARY) ? "neither its contents nor its name say what it is; workplan reads "
                + extensions() : kind.refusal("a table workplan reads (" + extensions() + ")")));
    }

    /**
     * Writes a report in the format its target's name says.
     *
     * @param report the report
     * @param file the target: {@code .xlsx}, {@code .xls}, {@code .html}, {@code .htm}, {@code .docx},
     *     {@code .csv}, {@code .tsv} or {@code .json}
     * @throws io.workplan.core.WorkplanException when the name names no format workplan writes, the
     *     report cannot be written in that format (every problem listed), or the file cannot be written
     */
    public static void write(ProgressReport report, Path file) {
        write(report, file, FileWriteOptions.defaults());
    }

    /**
     * Writes a report in the format its target's name says, with the options of the formats that
     * have some.
     *
     * @param report the report
     * @param file the target: {@code .xlsx}, {@code .xls}, {@code .html}, {@code .htm}, {@code .docx},
     *     {@code .csv}, {@code .tsv} or {@code .json}
     * @param options the workbook writer's options and JSON's layout
     * @throws io.workplan.core.WorkplanException when the name names no format workplan writes, the
     *     report cannot be written in that format (every problem listed), or the file cannot be written
     * @since 0.2.0
     */
    public static void write(ProgressReport report, Path file, FileWriteOptions options) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        switch (writtenFormat(file)) {
            case JSON:
                jsonWriter(options).write(report, file);
                break;
            case HTML:
                HtmlWriter.create().write(report, file);
                break;
            case CSV:
                CsvWriter.create().write(report, file);
                break;
            case TSV:
                CsvWriter.create(CsvWriterOptions.builder().delimiter('\t').build()).write(report, file);
                break;
            case DOCX:
                WordWriter.create().write(report, file);
                break;
            default:
                ExcelWriter.create(options.excel()).write(report, file);
        }
    }

    /**
     * The format a file is written in, by its name.
     *
     * @param file the target
     * @return the format its extension names ({@code .txt} is read as TSV, never written)
     * @throws TableException when the name names no format workplan writes
     * @since 0.2.0
     */
    public static Format writtenFormat(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return Format.byName(file).filter(f -> !(f == Format.TSV && source.toLowerCase(Locale.ROOT).endsWith(".txt")))
                .orElseThrow(() -> refused(source, "its name names no format workplan writes; give it one of "
                        + extensions()));
    }

    /**
     * Whether {@link #convert convert} goes entry by entry from one file to the other, holding
     * neither report: from an .xlsx read {@linkplain FileReadOptions#streaming() streaming} or a
     * JSON report to an .xlsx or .xls workbook or a JSON report. Every other conversion reads the
     * whole report, then writes it: the formats that hold their table anyway, and the writers of
     * pages, Word documents and CSV, which lay out the whole table before writing it. (A JSON report
     * with tasks without progress, which an entry cannot carry, is converted whole too, once a first
     * reading found them.)
     *
     * @param in the file to read
     * @param options how to read it
     * @param out the file to write
     * @return whether neither report is held whole
     * @throws io.workplan.core.WorkplanException when the format of either cannot be told
     * @since 0.2.0
     */
    public static boolean convertsEntryByEntry(Path in, FileReadOptions options, Path out) {
        Format target = writtenFormat(out);
        Format source = formatOf(in);
        return (source == Format.XLSX && options.streaming() || source == Format.JSON)
                && (target == Format.XLSX || target == Format.XLS || target == Format.JSON);
    }

    /**
     * Converts a file to the format its target's name says: what {@link #read(Path, FileReadOptions)}
     * then {@link #write(ProgressReport, Path, FileWriteOptions)} give, the same file, but entry by
     * entry where {@link #convertsEntryByEntry} says so. Both writers need the report's head before
     * the first task, and a workbook's header row which optional columns (序号, 牵头领导, 责任单位,
     * 备注) some task has, while a sheet gives its categories at its end: so the file is read twice
     * then, once for the head (and those columns), once to write, the entries handed from a reading
     * thread to the writer through a bounded queue. A problem of either side comes out as the
     * library's exception, once, and the target is then left as it was: nothing is half-written.
     *
     * @param in the file to read, whatever its format
     * @param readOptions how to read it
     * @param out the file to write, replaced when complete
     * @param writeOptions how to write it
     * @return what was read: the report's head, counts and warnings
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems,
     *     or the report cannot be written (every problem listed), or the target cannot be written
     * @since 0.2.0
     */
    public static FileReadSummary convert(Path in, FileReadOptions readOptions, Path out, FileWriteOptions writeOptions) {
        return convert(in, readOptions, out, writeOptions, read -> { });
    }

    /**
     * Converts a file as {@link #convert(Path, FileReadOptions, Path, FileWriteOptions)} does, telling
     * what was read once IN is read and before OUT is written: a failure before is the reading's, a
     * failure after the writing's (or, when the file changed between the two readings of an
     * entry-by-entry conversion, the second reading's).
     *
     * @param in the file to read, whatever its format
     * @param readOptions how to read it
     * @param out the file to write, replaced when complete
     * @param writeOptions how to write it
     * @param read what is handed the reading's summary (its warnings, say) before the writing starts
     * @return what was read: the report's head, counts and warnings
     * @throws io.workplan.core.WorkplanException as the other {@code convert} does
     * @since 0.2.0
     */
    public static FileReadSummary convert(Path in, FileReadOptions readOptions, Path out, FileWriteOptions writeOptions,
            Consumer<? super FileReadSummary> read) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(readOptions, "readOptions");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(writeOptions, "writeOptions");
        if (!convertsEntryByEntry(in, readOptions, out)) {
            FileReadResult whole = read(in, readOptions);
            read.accept(whole.summary());
            write(whole.report(), out, writeOptions);
            return whole.summary();
        }
        boolean workbook = writtenFormat(out) != Format.JSON;
        SheetColumns columns = new SheetColumns();
        FileReadSummary first = read(in, readOptions, workbook ? columns : entry -> { });
        read.accept(first);
        String source = first.head().source().orElse(String.valueOf(in.getFileName()));
        if (first.entries() < first.tasks()) {
            // tasks without progress (a JSON report's), which only a whole report carries to the writers
            FileReadResult whole = read(in, readOptions);
            requireUnchanged(source, first, whole.summary());
            write(whole.report(), out, writeOptions);
            return first;
        }
        try (EntryHandOff entries = EntryHandOff.start(source, consumer -> read(in, readOptions, consumer))) {
            if (workbook) {
                ExcelWriter.create(writeOptions.excel()).write(columns.head(first.head()), entries, out);
            } else {
                jsonWriter(writeOptions).write(first.head(), entries, out);
            }
            requireUnchanged(source, first, entries.summary());
        }
        return first;
    }

    /** The second reading of a conversion gave what the first did, or the file changed meanwhile. */
    private static void requireUnchanged(String source, FileReadSummary first, FileReadSummary again) {
        if (!again.equals(first)) {
            throw new TableException("Cannot convert " + source, List.of(Problem.builder().source(source)
                    .reason("the file changed while it was converted: read again, it gave another report").build()));
        }
    }

    /** The JSON writer of the options' layout. */
    private static JsonWriter jsonWriter(FileWriteOptions options) {
        return options.compactJson() ? JsonWriter.create().compact() : JsonWriter.create();
    }

    private static String delimiter(char c) {
        return c == '\t' ? "tab-separated" : c == ',' ? "comma-separated" : "separated by '" + c + "'";
    }

    private static String extensions() {
        return Arrays.stream(Format.values()).flatMap(f -> Arrays.stream(f.extensions()))
                .filter(e -> !e.equals("txt")).map(e -> "." + e).collect(Collectors.joining(", "));
    }

    private static TableException refused(String source, String reason) {
        return new TableException("Cannot read " + source, List.of(Problem.builder().source(source).reason(reason).build()));
    }
}
