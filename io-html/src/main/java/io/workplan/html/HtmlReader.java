package io.workplan.html;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ValidationException;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.FileKind;
import io.workplan.html.internal.PageBytes;
import io.workplan.html.internal.PageFiles;
import io.workplan.html.internal.PageTables;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.internal.FormatReading;
import io.workplan.sheet.internal.ReportCollector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;

/**
 * Reads the progress table of a web page: a government site's published page, or that page saved
 * under an {@code .xls} name ({@link #looksLikeHtml(byte[])} tells one by its bytes).
 *
 * <pre>{@code
 * TableReader.Read read = HtmlReader.create().read(Path.of("gongshu-2024-q2.html"));
 * ProgressReport report = read.report();          // 159 tasks in 24 categories
 * read.summary().warnings().forEach(w -> log(w.toString()));
 * // gongshu.html, table 1, E7 (line 9, column 101): ...
 * }</pre>
 *
 * <h2>The page</h2>
 *
 * <ul>
 *   <li><b>Charset</b>: a byte order mark, else the {@code <meta charset>} or {@code <meta
 *       http-equiv="Content-Type" content="text/html; charset=…">} of the first 8 KiB, else UTF-8.
 *       GB2312 and GBK are read as GB18030, their superset. Bytes the charset cannot decode are
 *       problems with their line and column: nothing is replaced silently.
 *   <li><b>Tables</b>: every {@code <table>} is a table, named {@code 表1}, {@code 表2}, … in the
 *       order they open, a table nested in a cell of another (a layout table) included; an outer
 *       table's cell does not take the text of a table inside it. The table reader takes the first
 *       whose header names a task and a progress column, or the one {@link
 *       io.workplan.sheet.TableReadOptions#table()} names.
 *   <li><b>Cells</b>: {@code <td>} and {@code <th>} alike, placed as a browser places them: a
 *       {@code rowspan} keeps its columns busy in the rows below, whose cells move right. A {@code
 *       rowspan} or {@code colspan} is a merged range, its text in its first cell. Spans are read as
 *       browsers read them: {@code rowspan="abc"} and {@code colspan="-3"} are 1, {@code rowspan="0"}
 *       spans to the end of its row group, a {@code rowspan} is cut at the end of its row group and
 *       at 65,534, a {@code colspan} at 1,000.
 *   <li><b>Text</b> as a person sees it: entities decoded, whitespace collapsed, {@code <br>} and
 *       the edges of {@code <p>}, {@code <div>}, {@code <li>} and other blocks line breaks, {@code
 *       &nbsp;} a blank; no text of {@code <script>}, {@code <style>} or hidden elements; the
 *       whitespace of {@code <pre>} and of cells styled {@code white-space: pre-wrap} kept.
 *   <li><b>Title</b>, when no row above the header holds one: the table's {@code <caption>}, else
 *       the nearest heading ({@code <h1>}–{@code <h6>}) or paragraph ({@code <p>}, a {@code <div>}
 *       of text) before the table, else the page's {@code <title>} (also when the paragraph names
 *       no period and the {@code <title>} does).
 *   <li>The report's region and day of publication from {@code <meta name="workplan:region">} and
 *       {@code <meta name="PubDate">} (as {@link HtmlWriter} writes them, and government sites the
 *       latter), by {@link #read(Path)} and {@link #read(InputStream)}.
 * </ul>
 *
 * <h2>Problems</h2>
 *
 * Everything about the table (its header, the columns, the title and period, merged and blank
 * cells, notes under the table, every task) is read by {@link TableReader}, and so is every problem,
 * each with the page, the table ({@code 表1}), the A1 cell, and the line and column of its {@code
 * <td>} in the page's source. Whatever the bytes, reading gives a report or an {@link
 * HtmlException}; no exception of jsoup reaches the caller.
 *
 * <h2>Limits</h2>
 *
 * A page larger than {@link HtmlReadOptions#maxFileBytes()} (64 MiB) is refused before it is read,
 * one nesting deeper than {@link HtmlReadOptions#maxDepth()} (512) once parsed, a table of more than
 * {@link HtmlReadOptions#maxCellsPerTable()} (4,000,000) cells or with a cell of more than {@link
 * HtmlReadOptions#maxCellChars()} (32,767) characters when it is laid out; each with its reason.
 * The page's tree is held while it is read (about ten times its size).
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class HtmlReader {
    private final HtmlReadOptions options;

    private HtmlReader(HtmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A reader with the {@linkplain HtmlReadOptions#defaults() default options}.
     *
     * @return the reader
     */
    public static HtmlReader create() {
        return new HtmlReader(HtmlReadOptions.defaults());
    }

    /**
     * A reader with options.
     *
     * @param options the options
     * @return the reader
     * @throws NullPointerException if {@code options} is null
     */
    public static HtmlReader create(HtmlReadOptions options) {
        Objects.requireNonNull(options, "options");
        return new HtmlReader(options);
    }

    /**
     * The options of this reader.
     *
     * @return the options
     */
    public HtmlReadOptions options() {
        return options;
    }

    /**
     * Whether bytes begin as an HTML page does, whatever the file's name: after a byte order mark
     * and blanks, {@code <!DOCTYPE html}, {@code <html}, {@code <table}, {@code <meta}, {@code
     * <!--}, {@code <head} or {@code <body}, in any case, in UTF-8, GBK or UTF-16 (with or without a
     * byte order mark). A page saved under an {@code .xls} name is told from a workbook so.
     *
     * @param firstBytes the first bytes of a file (512 are plenty)
     * @return whether they look like a page
     */
    public static boolean looksLikeHtml(byte[] firstBytes) {
        return PageBytes.looksLikeHtml(Objects.requireNonNull(firstBytes, "firstBytes"));
    }

    /**
     * Reads a page's table into a report.
     *
     * @param path the page (whatever its name: {@code .html}, {@code .htm}, {@code .xls})
     * @return the report and the summary of its reading (its warnings)
     * @throws HtmlException when the page cannot be read, has no table with a header, or (strict)
     *     its table has problems, listing them all
     */
    public TableReader.Read read(Path path) {
        Objects.requireNonNull(path, "path");
        String source = sourceOf(path);
        return report(source, parse(source, () -> PageFiles.bytes(path, options, source)));
    }

    /**
     * Reads a page's table from a stream into a report; the stream is read (at most {@link
     * HtmlReadOptions#maxFileBytes()} and one more) but not closed.
     *
     * @param in the page's bytes
     * @return the report and the summary of its reading
     * @throws HtmlException as {@link #read(Path)} does, or when the stream cannot be read
     */
    public TableReader.Read read(InputStream in) {
        Objects.requireNonNull(in, "in");
        String source = options.sourceName().orElse("page");
        return report(source, parse(source, () -> PageFiles.bytes(in, options, source)));
    }

    /**
     * Reads a page's table entry by entry: each task's entry is handed to the consumer as soon as
     * the row after its own is read, in the table's order.
     *
     * @param path the page
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its categories, the count of entries and the warnings
     * @throws HtmlException as {@link #read(Path)} does, in strict reading after the entries were
     *     handed over: they are then not a valid report
     * @throws RuntimeException what the consumer or the progress listener threw, unchanged
     */
    public TableReadSummary read(Path path, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(entries, "entries");
        String source = sourceOf(path);
        return read(source, parse(source, () -> PageFiles.bytes(path, options, source)), entries);
    }

    /**
     * Reads a page's table from a stream entry by entry, as {@link #read(Path, Consumer)} does; the
     * stream is not closed.
     *
     * @param in the page's bytes
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head, its categories, the count of entries and the warnings
     * @throws HtmlException as {@link #read(Path, Consumer)} does
     * @throws RuntimeException what the consumer or the progress listener threw, unchanged
     */
    public TableReadSummary read(InputStream in, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(entries, "entries");
        String source = options.sourceName().orElse("page");
        return read(source, parse(source, () -> PageFiles.bytes(in, options, source)), entries);
    }

    private String sourceOf(Path path) {
        return FormatReading.sourceOf(options.sourceName(), path);
    }

    /** What gives a page's bytes. */
    @FunctionalInterface
    private interface Bytes {
        byte[] get() throws IOException;
    }

    private Document parse(String source, Bytes bytes) {
        byte[] content;
        try {
            content = bytes.get();
        } catch (IOException e) {
            throw new HtmlException("Cannot read " + source, List.of(Problem.builder().source(source)
                    .reason("the page cannot be read: " + FileErrors.reason(e)).build()), e);
        }
        FileKind kind = FileKind.of(content);
        if (!kind.isText() || kind.kind() == FileKind.Kind.JSON || kind.kind() == FileKind.Kind.EMPTY) {
            throw new HtmlException("Cannot read " + source, List.of(Problem.builder().source(source)
                    .reason(kind.refusal("a web page (HTML)")).build()), null);
        }
        return PageFiles.parse(content, options, source);
    }

    private TableReader.Read report(String source, Document page) {
        ReportCollector collector = new ReportCollector(options.table().maxReportChars(), source);
        TableReadSummary summary;
        try {
            summary = read(source, page, collector);
        } catch (TableException e) {
            // the budget of text, reached by the collector; the page's own problems are the format's already
            throw e instanceof HtmlException ? e : new HtmlException(e.summary(), e.problems(), e);
        }
        try {
            ProgressReport report = collector.report(summary.head());
            return TableReader.Read.builder().report(report).summary(summary).build();
        } catch (ValidationException e) {
            throw new HtmlException("Cannot read " + source + ", " + summary.table(), e.problems(), e);
        }
    }

    /** The table's reading, with what the page says of itself: its region and its date of publication. */
    private TableReadSummary read(String source, Document page, Consumer<? super ProgressEntry> entries) {
        try {
            TableReadSummary table = FormatReading.read(HtmlException.class, HtmlException::new,
                    () -> TableReader.create(options.table()).read(new PageTables(page, options, source), source, entries));
            return TableReadSummary.builder().from(table).region(PageFiles.meta(page, PageFiles.META_REGION))
                    .publishedOn(PageFiles.publishedOn(page)).build();
        } catch (IOException e) {
            // a page in memory is not read from a device: this would be a bug
            throw new java.io.UncheckedIOException(e);
        }
    }
}
