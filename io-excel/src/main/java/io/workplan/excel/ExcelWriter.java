package io.workplan.excel;

import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.internal.Cells;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.excel.internal.write.MeanProgressChart;
import io.workplan.excel.internal.PoiTempFiles;
import io.workplan.excel.internal.write.SummarySheet;
import io.workplan.excel.internal.write.OfficialColumn;
import io.workplan.excel.internal.write.OfficialLayout;
import io.workplan.excel.internal.write.OfficialSheetWriter;
import io.workplan.excel.internal.write.Styles;
import io.workplan.excel.internal.write.WrittenWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as the official sheet (.xlsx or .xls), optionally followed by summary sheets.
 *
 * <pre>{@code
 * ExcelWriter.create().write(report, Path.of("2024-q2.xlsx"));
 * ExcelWriter.create(ExcelWriterOptions.builder().mergeRuns(false).build())
 *     .write(report, out, ExcelWriter.Format.XLS);
 * }</pre>
 *
 * <h2>The official sheet</h2>
 *
 * Row 1 is the title, merged across the table; row 2 the header: 序号 (when tasks have numbers),
 * 项目名称 (when a task has a category), 主要工作内容, 牵头领导 (when a task names one), 牵头单位, 责任单位
 * (when a task lists some), 完成进度, the report's {@linkplain ProgressReport#extraColumns() extra
 * columns} (责任人, 时间节点, …, each headed as published, blank where a task has none), 备注 (when a
 * task has a remark); then a row per task in the report's order. The category cell holds {@link
 * io.workplan.core.Category#label()}; units are joined by {@code 、}; a task without units, or without
 * a leader when the column is there, shows {@code /} (a blank cell there would read as "the same as
 * above"). Cells of the number (the sub-items of one numbered item share it), the category and the
 * lead units are merged over runs of consecutive equal values (see {@link
 * ExcelWriterOptions#mergeRuns()}); a blank number never is.
 *
 * <p>A progress is written as a number with a percent format when that shows exactly its text
 * ({@code 53.6%} is 0.536 formatted {@code 0.0%}); any other progress, {@code ５２％} and {@code 53.6 %}
 * included, as its text. Text is always written as text: a cell starting with {@code =}, {@code +},
 * {@code -} or {@code @} is never a formula. The sheet has thin borders, wrapped text, column widths
 * fit for Chinese text, a frozen header, and prints on A4 landscape, fit to the page's width, with
 * the header on every page.
 *
 * <h2>Summary sheets</h2>
 *
 * Unless {@linkplain ExcelWriterOptions#summarySheets() switched off}, two sheets follow the official
 * one: {@code 按类别汇总} (by category) and {@code 按牵头单位汇总} (by lead unit; a task of several units
 * counts for each, tasks without a unit have a row of their own; a report without categories has,
 * instead of the table by category, a sentence saying so), each with a row per group and a
 * total: its tasks, mean progress (rounded to 0.1 point) and the count of each schedule status (欠进度,
 * 达进度, 超进度, 已完成, 其它), judged by {@link ExcelWriterOptions#scheduleRule()} and coloured by
 * {@link ExcelWriterOptions#colourScheme()}. Every figure is core's aggregation: the same as {@link
 * io.workplan.core.aggregate.ReportAggregation} of the report gives, gathered task by task. In .xlsx the category sheet also holds a native bar chart of the mean progress
 * by category; .xls has the tables without the chart.
 *
 * <h2>Nothing half-written, nothing lost</h2>
 *
 * Every cell is checked as it is laid out: a text longer than a cell holds (32,767 characters), a
 * character no workbook can store, a unit or category that would read back as another, a value for
 * an optional column or an extra column the head does not name, an entry of another period, or more tasks than a sheet
 * holds are all reported at once, after the last task, in an {@link ExcelException} naming each
 * cell; the workbook is then not written at all. A file is written to a temporary file beside it
 * and moved into place only when complete; on any failure the temporary file is deleted and the
 * file is left as it was. A stream receives nothing until the workbook is complete. The report's
 * region, day of publication and source, which have no cell, are kept as document properties
 * ({@code workplan.region}, {@code workplan.publishedOn}, {@code workplan.source}); the period has
 * no cell either: a report reads back with its period when its title names it ({@code
 * 2024年第二季度…}), as the titles of published sheets do.
 *
 * <p>What a sheet cannot hold: a task without a progress entry is written with a blank progress
 * cell, which {@link ExcelReader} reads back as an empty narrative with a warning ("blank
 * progress"), not as a task without entry; and a category without tasks has no row (it appears in
 * the category summary only). Everything else reads back equal.
 *
 * <h2 id="entry-by-entry">Entry by entry</h2>
 *
 * {@link #write(ExcelWriteHead, Iterator, Path)} writes a report that is never held whole: an
 * {@link ExcelWriteHead} says what the header row needs before the first task (title, period,
 * which optional columns the sheet has; the categories to list first in the summary), then each
 * {@link ProgressEntry} is taken from the iterator, checked and written, once. {@link
 * #write(ProgressReport, Path)} is this very writing fed with {@link ExcelWriteHead#of(ProgressReport)}
 * and the report's tasks in order (a task without an entry gets a row with a blank progress), so
 * both write the same workbook. The difference is when problems are known: a report is whole
 * before writing starts, entries are not, so every problem is collected during the single pass and
 * thrown at its end; the file or stream is untouched then, but the iterator has been used up.
 *
 * <pre>{@code
 * ExcelWriteHead head = ExcelWriteHead.builder(ReportHead.builder().title("2024年第二季度…主要任务完成情况")
 *         .period(ReportingPeriod.quarter(2024, 2)).build())
 *     .columns(ColumnRole.NUMBER).build();
 * Iterator<ProgressEntry> entries = ...;   // built one at a time, e.g. from a database cursor
 * ExcelWriter.create().write(head, entries, Path.of("large.xlsx"));
 * }</pre>
 *
 * <p>What the writing keeps across tasks is bounded by the number of columns, categories and lead
 * units (the summary sheets' figures, by {@link io.workplan.core.aggregate.StreamingAggregation}), not by
 * the tasks, except for the merged runs: POI keeps one merged region per run of equal categories or
 * lead units in memory until the workbook is written (a few hundred bytes each: 220,000 regions
 * do not fit in 128 MB). For reports where runs are short and many, {@link
 * ExcelWriterOptions#mergeRuns() mergeRuns(false)} keeps the heap flat. The module's build writes
 * 1,000,000 tasks entry by entry (2,001 merged regions, summary sheets and chart included) in a
 * 128 MB heap and reads them back, in about 50 seconds.
 *
 * <h2>Large reports</h2>
 *
 * A .xlsx workbook is streamed: only {@link ExcelWriterOptions#rowWindow()} rows are in memory at a
 * time. A .xls workbook is built in memory, and holds at most 65,534 tasks.
 *
 * <p>Instances are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class ExcelWriter {
    /** The name of the official sheet. */
    public static final String OFFICIAL_SHEET = "主要任务完成情况";

    private final ExcelWriterOptions options;

    private ExcelWriter(ExcelWriterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A writer with the {@linkplain ExcelWriterOptions#defaults() default options}.
     *
     * @return the writer
     */
    public static ExcelWriter create() {
        return new ExcelWriter(ExcelWriterOptions.defaults());
    }

    /**
     * A writer with options.
     *
     * @param options the options
     * @return the writer
     * @throws NullPointerException if {@code options} is null
     */
    public static ExcelWriter create(ExcelWriterOptions options) {
        Objects.requireNonNull(options, "options");
        return new ExcelWriter(options);
    }

    /**
     * The writer's options.
     *
     * @return the options
     */
    public ExcelWriterOptions options() {
        return options;
    }

    /** The workbook formats written. */
    public enum Format {
        /** Office Open XML, {@code .xlsx}, streamed. */
        XLSX(SpreadsheetVersion.EXCEL2007),
        /** The binary format of Excel 97–2003, {@code .xls}. */
        XLS(SpreadsheetVersion.EXCEL97);

        private final SpreadsheetVersion version;

        Format(SpreadsheetVersion version) {
            this.version = version;
        }

        /**
         * The format a file's name asks for: {@link #XLSX} for a name ending in {@code .xlsx}, {@link
         * #XLS} for {@code .xls}, in any case.
         *
         * @param file the file
         * @return the format
         * @throws NullPointerException if {@code file} is null
         * @throws ExcelException when the name ends otherwise ({@code out.csv}, {@code out.json}, no
         *     extension): this writer writes workbooks only; give the format ({@code write(report,
         *     file, Format.XLSX)}) to write a workbook under another name, or write the other formats
         *     with their writers ({@code ReportFiles.write} chooses by the name)
         */
        public static Format of(Path file) {
            Objects.requireNonNull(file, "file");
            Path name = file.getFileName();
            String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
            if (lower.endsWith(".xls")) {
                return XLS;
            }
            throw new ExcelException("Cannot write " + file, List.of(Problem.builder().source(file.toString())
                    .reason("the name does not end with .xlsx or .xls, the workbooks this writer writes; give the format"
                            + " (write(report, file, Format.XLSX)) to write a workbook under this name, or write other"
                            + " formats with their own writers (ReportFiles.write chooses by the name)").build()), null);
        }
    }

    /**
     * Writes a report to a file, in the format its name asks for ({@link Format#of(Path)}),
     * completely or not at all.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @throws NullPointerException if {@code report} or {@code file} is null
     * @throws ExcelException listing every cell that cannot be written; nothing is written
     *     then; also when the file cannot be written, with the {@link IOException} as cause, and
     *     when its name ends neither in {@code .xlsx} nor in {@code .xls}
     */
    public void write(ProgressReport report, Path file) {
        Objects.requireNonNull(report, "report");
        write(report, file, Format.of(file));
    }

    /**
     * Writes a report to a file in a format, completely or not at all.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written; nothing is written
     *     then; also when the file cannot be written, with the {@link IOException} as cause
     */
    public void write(ProgressReport report, Path file, Format format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        toFile(file, out -> write(ExcelWriteHead.of(report), tasksOf(report), out, format, file.toString()));
    }

    /**
     * Writes a report to a stream. The stream is left open; when the report cannot be written,
     * nothing is written to it.
     *
     * @param report the report
     * @param out the stream
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written; also
     *     when the stream fails, with the {@link IOException} as cause
     */
    public void write(ProgressReport report, OutputStream out, Format format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        toStream(() -> write(ExcelWriteHead.of(report), tasksOf(report), out, format, "the stream"));
    }

    /**
     * Writes a report entry by entry to a file, in the format its name asks for ({@link
     * Format#of(Path)}), completely or not at all; see <a href="#entry-by-entry">Entry by entry</a>.
     *
     * @param head the report's title, period and optional columns
     * @param entries the entries, one per task, in the order of the sheet; each is taken once
     * @param file the file, replaced when it exists
     * @throws NullPointerException if an argument is null
     * @throws ExcelException listing every cell that cannot be written, once every entry was taken;
     *     the file is then unchanged; also when the file cannot be written, with the {@link
     *     IOException} as cause, and (before any entry is taken) when its name ends neither in
     *     {@code .xlsx} nor in {@code .xls}
     */
    public void write(ExcelWriteHead head, Iterator<? extends ProgressEntry> entries, Path file) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entries, "entries");
        write(head, entries, file, Format.of(file));
    }

    /**
     * Writes a report entry by entry to a file in a format, completely or not at all.
     *
     * @param head the report's title, period and optional columns
     * @param entries the entries, one per task, in the order of the sheet; each is taken once
     * @param file the file, replaced when it exists
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written, once every entry was taken;
     *     the file is then unchanged; also when the file cannot be written, with the {@link
     *     IOException} as cause
     */
    public void write(ExcelWriteHead head, Iterator<? extends ProgressEntry> entries, Path file, Format format) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        toFile(file, out -> write(head, tasksOf(entries), out, format, file.toString()));
    }

    /**
     * Writes a report entry by entry to a stream. The stream is left open; nothing is written to it
     * before every entry was taken, and nothing at all when the report cannot be written.
     *
     * @param head the report's title, period and optional columns
     * @param entries the entries, one per task, in the order of the sheet; each is taken once
     * @param out the stream
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written, once every entry was taken;
     *     also when the stream fails, with the {@link IOException} as cause
     */
    public void write(ExcelWriteHead head, Iterator<? extends ProgressEntry> entries, OutputStream out, Format format) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        toStream(() -> write(head, tasksOf(entries), out, format, "the stream"));
    }

    /** Writes a file completely or not at all; a file that cannot be written is our exception, naming it. */
    static void toFile(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw cannotWrite(file.toString(), FileErrors.writeReason(file, e), e);
        }
    }

    /** Writes to a caller's stream; a stream that fails is our exception. */
    static void toStream(StreamWriting writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw cannotWrite("the stream", FileErrors.reason(e), e);
        }
    }

    /** A writing to a stream that may fail. */
    @FunctionalInterface
    interface StreamWriting {
        void run() throws IOException;
    }

    private static ExcelException cannotWrite(String target, String why, IOException e) {
        return new ExcelException("Cannot write " + target, List.of(Problem.builder().source(target)
                .reason("the workbook cannot be written: " + why).build()), e);
    }

    /** The tasks of a sheet, in order, each handed to a {@link TaskRow}. */
    @FunctionalInterface
    private interface Tasks {
        void forEach(TaskRow row);
    }

    /** One task of the sheet: its entry's period and progress are {@code null} when it has none. */
    @FunctionalInterface
    private interface TaskRow {
        void accept(Task task, Optional<ReportingPeriod> period, Progress progress);
    }

    /** A report's tasks in its order; a task without an entry has a row with a blank progress. */
    private static Tasks tasksOf(ProgressReport report) {
        return row -> {
            List<Task> tasks = report.tasks();
            List<ProgressEntry> entries = report.entries();
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                // The entries are normally in the tasks' order: no index is needed then.
                ProgressEntry entry = i < entries.size() && entries.get(i).task() == task
                        ? entries.get(i) : report.entryFor(task).orElse(null);
                row.accept(task, entry == null ? null : entry.period(), entry == null ? null : entry.progress());
            }
        };
    }

    /** The caller's entries; a failure of the caller's iterator is the caller's, never wrapped. */
    private static Tasks tasksOf(Iterator<? extends ProgressEntry> entries) {
        return row -> {
            while (true) {
                ProgressEntry entry;
                try {
                    if (!entries.hasNext()) {
                        return;
                    }
                    entry = Objects.requireNonNull(entries.next(), "an entry");
                } catch (RuntimeException e) {
                    throw new CallerFailure(e);
                }
                row.accept(entry.task(), entry.period(), entry.progress());
            }
        };
    }

    /** A failure of the caller's code while writing, to be thrown as it was. */
    private static final class CallerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private void write(ExcelWriteHead head, Tasks tasks, OutputStream out, Format format, String target) throws IOException {
        // POI's temporary files (the rows of a streamed .xlsx) in a directory of workplan's own
        PoiTempFiles.run(() -> writeWorkbook(head, tasks, out, format, target));
    }

    private void writeWorkbook(ExcelWriteHead head, Tasks tasks, OutputStream out, Format format, String target) throws IOException {
        try (WrittenWorkbook workbook = format == Format.XLSX ? WrittenWorkbook.xlsx(options.rowWindow()) : WrittenWorkbook.xls()) {
            Styles styles = new Styles(workbook.workbook());
            OfficialLayout layout = new OfficialLayout(head, OFFICIAL_SHEET, format.version);
            OfficialSheetWriter official = new OfficialSheetWriter(workbook.workbook(), layout, styles, options.mergeRuns());
            SummarySheet summaries = options.summarySheets()
                    ? new SummarySheet(head, options.scheduleRule(), options.colourScheme(), styles) : null;
            tasks.forEach((task, period, progress) -> {
                official.add(task, period, progress);
                if (summaries != null) {
                    summaries.add(task, progress);
                }
            });
            official.finish();
            List<Problem> problems = layout.problems();
            if (!problems.isEmpty()) {
                throw new ExcelException("Cannot write " + target, problems, null);
            }
            if (summaries != null) {
                try (summaries) {
                    writeSummaries(workbook, summaries);
                }
            }
            workbook.describe(head.head());
            workbook.writeTo(out);
        } catch (CallerFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (ExcelException e) {
            throw e;
        } catch (RuntimeException e) {
            IOException file = PoiTempFiles.fileFailure(e);
            if (file != null) {
                throw file;   // POI wraps the failures of its temporary files: a file that cannot be written
            }
            // Every cell was checked: POI refusing one now is a fault of this writer.
            throw new ExcelException("Cannot write " + target, List.of(Problem.builder().source(target)
                    .reason("the workbook library refused the report: " + e.getMessage()).build()), e);
        }
    }

    private static void writeSummaries(WrittenWorkbook workbook, SummarySheet summaries) {
        List<SummarySheet.Line> byCategory = summaries.byCategory();
        if (byCategory.isEmpty()) {
            summaries.writeWithoutTable(workbook.workbook(), SummarySheet.BY_CATEGORY, SummarySheet.NO_CATEGORIES);
        } else {
            Sheet sheet = summaries.write(workbook.workbook(), SummarySheet.BY_CATEGORY, OfficialColumn.CATEGORY.header(),
                    byCategory);
            if (workbook.workbook() instanceof SXSSFWorkbook) {
                MeanProgressChart.draw((SXSSFWorkbook) workbook.workbook(), sheet, summaries, byCategory);
            }
        }
        summaries.write(workbook.workbook(), SummarySheet.BY_LEAD_UNIT, OfficialColumn.LEAD_UNITS.header(),
                summaries.byLeadUnit());
    }
}
