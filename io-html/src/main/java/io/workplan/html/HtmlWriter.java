package io.workplan.html;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.html.internal.PageFiles;
import io.workplan.sheet.MergedRange;
import io.workplan.sheet.TableGrid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as the published table: a page, or the {@code <table>} alone to paste into a
 * site's editor. {@link HtmlReader} reads either back to the same report (but its source).
 *
 * <pre>{@code
 * HtmlWriter.create().write(report, Path.of("gongshu-2024-q2.html"));
 * StringWriter table = new StringWriter();
 * HtmlWriter.create().writeTable(report, table);   // <table border="1" ...>...</table>
 * }</pre>
 *
 * <h2>What is written</h2>
 *
 * The cells of {@link TableGrid#of(ProgressReport)}: the title as the first row (one cell spanning
 * the table), the header row in {@code <th>}, a row per task, the runs of a category and of lead
 * units as {@code rowspan}s. Every text is escaped, a line break is a {@code <br>}, and the table is
 * styled {@code white-space: pre-wrap} so that blanks show (and read back) as written. A page is
 * {@code <!DOCTYPE html>} in UTF-8 with {@code <meta charset="utf-8">}, the title as its {@code
 * <title>}, and the report's region and day of publication as {@code <meta name="workplan:region">}
 * and {@code <meta name="PubDate">}. A file is written completely or not at all.
 *
 * <p>An instance is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class HtmlWriter {
    private static final HtmlWriter INSTANCE = new HtmlWriter();

    private HtmlWriter() {}

    /**
     * The writer.
     *
     * @return the writer
     */
    public static HtmlWriter create() {
        return INSTANCE;
    }

    /**
     * Writes a report as a page to a file, completely or not at all.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @throws HtmlException when the file cannot be written, with the {@link IOException} as cause;
     *     the file is then as it was
     */
    public void write(ProgressReport report, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        try {
            AtomicFile.write(file, out -> writePage(report, out));
        } catch (IOException | UncheckedIOException e) {
            throw failed(file.toString(), FileErrors.writeReason(file, e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e), e);
        }
    }

    /**
     * Writes a report as a page, in UTF-8, to a stream, left open.
     *
     * @param report the report
     * @param out the stream
     * @throws HtmlException when the stream fails, with the {@link IOException} as cause
     */
    public void write(ProgressReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            writePage(report, out);
        } catch (IOException e) {
            throw failed("the stream", FileErrors.reason(e), e);
        }
    }

    /**
     * Writes a report's {@code <table>} alone, for a site's editor or a page of one's own.
     *
     * @param report the report
     * @param out where the table goes, left open
     * @throws HtmlException when the writer fails, with the {@link IOException} as cause
     */
    public void writeTable(ProgressReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            table(TableGrid.of(report), out);
            out.flush();
        } catch (IOException e) {
            throw failed("the writer", FileErrors.reason(e), e);
        }
    }

    private static void writePage(ProgressReport report, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        TableGrid grid = TableGrid.of(report);
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        escape(grid.title(), out);
        out.write("</title>\n");
        if (report.region().isPresent()) {
            meta(PageFiles.META_REGION, report.region().get(), out);
        }
        if (report.publishedOn().isPresent()) {
            meta(PageFiles.META_PUBLISHED, report.publishedOn().get().toString(), out);
        }
        out.write("</head>\n<body>\n");
        table(grid, out);
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private static void meta(String name, String content, Writer out) throws IOException {
        out.write("<meta name=\"" + name + "\" content=\"");
        escape(content, out);
        out.write("\">\n");
    }

    private static void table(TableGrid grid, Writer out) throws IOException {
        List<String> header = grid.header();
        out.write("<table border=\"1\" style=\"border-collapse: collapse; white-space: pre-wrap\">\n<tr><td colspan=\""
                + header.size() + "\">");
        escape(grid.title(), out);
        out.write("</td></tr>\n<tr>");
        for (String h : header) {
            out.write("<th>");
            escape(h, out);
            out.write("</th>");
        }
        out.write("</tr>\n");
        int row = TableGrid.FIRST_TASK_ROW;
        for (List<String> cells : grid.rows()) {
            out.write("<tr>");
            for (int c = 0; c < cells.size(); c++) {
                if (grid.isCovered(row, c)) {
                    continue;
                }
                MergedRange merge = grid.mergeAt(row, c);
                out.write(merge == null ? "<td>" : "<td rowspan=\"" + (merge.lastRow() - merge.firstRow() + 1) + "\">");
                escape(cells.get(c), out);
                out.write("</td>");
            }
            out.write("</tr>\n");
            row++;
        }
        out.write("</table>\n");
    }

    /** The characters a page's text escapes, each at the index of its escape in {@link #ESCAPES}. */
    private static final String ESCAPED = "&<>\"\n\r";
    private static final String[] ESCAPES = {"&amp;", "&lt;", "&gt;", "&quot;", "<br>", "&#13;"};

    /** A text as HTML: {@code & < > "} escaped, a line break a {@code <br>}. */
    private static void escape(String text, Writer out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escape = ESCAPED.indexOf(c);
            if (escape < 0) {
                out.write(c);
            } else {
                out.write(ESCAPES[escape]);
            }
        }
    }

    private static HtmlException failed(String target, String why, Exception e) {
        return new HtmlException("Cannot write " + target, List.of(Problem.builder().source(target)
                .reason("the page cannot be written: " + why).build()), e);
    }
}
