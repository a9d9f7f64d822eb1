package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.excel.internal.ChartMeanProgress;
import io.workplan.excel.internal.SummarySheet;
import io.workplan.excel.internal.WriteLayout;
import io.workplan.excel.internal.WriteOfficialSheet;
import io.workplan.excel.internal.WriteStyles;
import io.workplan.excel.internal.WriteTarget;
import io.workplan.excel.internal.WriteWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
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
 * 项目名称, 主要工作内容, 牵头领导 (when a task names one), 牵头单位, 责任单位 (when a task lists some),
 * 完成进度, 备注 (when a task has a remark); then a row per task in the report's order. The category
 * cell holds {@link io.workplan.core.Category#label()}; units are joined by {@code 、}; a task
 * without units, or without a leader when the column is there, shows {@code /} (a blank cell there
 * would read as "the same as above"). Cells of the category and of the lead units are merged over runs
 * of consecutive equal values (see {@link ExcelWriterOptions#mergeRuns()}).
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
 * counts for each, tasks without a unit have a row of their own), each with a row per group and a
 * total: its tasks, mean progress (rounded to 0.1 point) and the count of each schedule status (欠进度,
 * 达进度, 超进度, 已完成, 其它), judged by {@link ExcelWriterOptions#scheduleRule()} and coloured by
 * {@link ExcelWriterOptions#colourScheme()}. Every figure is core's aggregation ({@link
 * ReportAggregation}). In .xlsx the category sheet also holds a native bar chart of the mean progress
 * by category; .xls has the tables without the chart.
 *
 * <h2>Nothing half-written, nothing lost</h2>
 *
 * Every cell is checked before anything is written: a text longer than a cell holds (32,767
 * characters), a character no workbook can store, a unit or category that would read back as
 * another, or more tasks than a sheet holds are all reported at once in an {@link ExcelException}
 * naming the cell. A file is written to a temporary file beside it and moved into place only when
 * complete. The report's region, day of publication and source, which have no cell, are kept as
 * document properties ({@code workplan.region}, {@code workplan.publishedOn}, {@code
 * workplan.source}); the period has no cell either: a report reads back with its period when its
 * title names it ({@code 2024年第二季度…}), as the titles of published sheets do.
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
     */
    public static ExcelWriter create(ExcelWriterOptions options) {
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
         * The format a file's name asks for: {@link #XLS} for a name ending in {@code .xls}, {@link
         * #XLSX} otherwise.
         *
         * @param file the file
         * @return the format
         */
        public static Format of(Path file) {
            Path name = file.getFileName();
            return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xls") ? XLS : XLSX;
        }
    }

    /**
     * Writes a report to a file, in the format its name asks for ({@link Format#of(Path)}),
     * completely or not at all.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @throws ExcelException listing every cell that cannot be written; nothing is written then
     * @throws IOException when the file cannot be written; it is then unchanged
     */
    public void write(ProgressReport report, Path file) throws IOException {
        write(report, file, Format.of(file));
    }

    /**
     * Writes a report to a file in a format, completely or not at all.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written; nothing is written then
     * @throws IOException when the file cannot be written; it is then unchanged
     */
    public void write(ProgressReport report, Path file, Format format) throws IOException {
        WriteLayout layout = plan(report, format, file.toString());
        WriteTarget.write(file, out -> write(layout, out, format, file.toString()));
    }

    /**
     * Writes a report to a stream. The stream is left open; when the report cannot be written,
     * nothing is written to it.
     *
     * @param report the report
     * @param out the stream
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written
     * @throws IOException when the stream fails
     */
    public void write(ProgressReport report, OutputStream out, Format format) throws IOException {
        WriteLayout layout = plan(report, format, "the stream");
        write(layout, out, format, "the stream");
    }

    private static WriteLayout plan(ProgressReport report, Format format, String target) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        return WriteLayout.plan(report, OFFICIAL_SHEET, format.version, target);
    }

    private void writeSummaries(WriteWorkbook workbook, WriteStyles styles, ProgressReport report) {
        SummarySheet summaries = new SummarySheet(ReportAggregation.of(report, options.scheduleRule()),
                options.colourScheme(), styles);
        List<SummarySheet.Line> byCategory = summaries.byCategory();
        Sheet sheet = summaries.write(workbook.workbook(), SummarySheet.BY_CATEGORY, "项目名称", byCategory);
        if (workbook.workbook() instanceof SXSSFWorkbook) {
            ChartMeanProgress.draw((SXSSFWorkbook) workbook.workbook(), sheet, byCategory, sheet.getRow(1).getLastCellNum());
        }
        summaries.write(workbook.workbook(), SummarySheet.BY_LEAD_UNIT, "牵头单位", summaries.byLeadUnit());
    }

    private void write(WriteLayout layout, OutputStream out, Format format, String target) throws IOException {
        try (WriteWorkbook workbook = format == Format.XLSX ? WriteWorkbook.xlsx(options.rowWindow()) : WriteWorkbook.xls()) {
            WriteStyles styles = new WriteStyles(workbook.workbook());
            new WriteOfficialSheet(layout, styles, options.mergeRuns()).write(workbook.workbook());
            if (options.summarySheets()) {
                writeSummaries(workbook, styles, layout.report());
            }
            workbook.describe(layout.report());
            workbook.writeTo(out);
        } catch (ExcelException e) {
            throw e;
        } catch (RuntimeException e) {
            // Every cell was checked beforehand: POI refusing one now is a fault of this writer.
            throw new ExcelException("Cannot write " + target, List.of(Problem.builder().source(target)
                    .reason("the workbook library refused the report: " + e.getMessage()).build()), e);
        }
    }
}
