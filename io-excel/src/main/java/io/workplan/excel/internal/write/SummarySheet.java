package io.workplan.excel.internal.write;

import org.apache.poi.ss.util.CellRangeAddress;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.aggregate.ColourScheme;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.Grouping;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.core.aggregate.Summary;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.excel.ExcelWriteHead;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The summary sheets: a row per group (category or lead unit) with its tasks, mean progress and the
 * count of each schedule status, then the whole report. The figures are gathered task by task as
 * the official sheet is written, with core's {@link StreamingAggregation} (a task judged once by the
 * {@link ScheduleRule}), in memory bounded by the number of groups: the same figures as core's
 * {@code ReportAggregation} of the report (tasks, mean, statuses), without holding the tasks.
 * {@link #close()} deletes what the aggregation may have spilled to a temporary file.
 *
 * <p>The mean progress is written rounded to one decimal ({@link Figures#display}), as a number with
 * the format {@code 0.0%}, and filled with the colour the scheme gives a task of that progress
 * against the expected share of the group's first task. The headers of the status columns are
 * filled with the scheme's colours of those statuses.
 */
public final class SummarySheet implements AutoCloseable {
    /** The summary by category. */
    public static final String BY_CATEGORY = "按类别汇总";
    /** The summary by lead unit. */
    public static final String BY_LEAD_UNIT = "按牵头单位汇总";
    /** The label of the row of tasks without a lead unit. */
    public static final String WITHOUT_LEAD_UNIT = "（无牵头单位）";
    /** The label of the row of the whole report. */
    public static final String TOTAL = "合计";
    /** What the summary by category says of a report whose tasks have no category. */
    public static final String NO_CATEGORIES = "本报告的任务没有类别（无项目名称），不按类别汇总。";
    /** The format of the mean progress. */
    public static final String MEAN_FORMAT = "0.0%";

    private static final int MEAN_SCALE = 1;
    private static final List<ScheduleStatus> STATUSES = List.of(ScheduleStatus.values());
    /** The columns of a summary table: the group, its tasks, its mean and a count per status. */
    public static final int COLUMNS = 3 + STATUSES.size();

    private final ExcelWriteHead head;
    private final ScheduleRule rule;
    private final ColourScheme<String> scheme;
    private final Styles styles;
    private final StreamingAggregation figures;

    /**
     * The summary sheets of a report, no task counted yet.
     *
     * @param head the report's head: its title, period and categories
     * @param rule how tasks are judged against the schedule
     * @param scheme the colours, {@code RRGGBB}
     * @param styles the workbook's styles
     */
    public SummarySheet(ExcelWriteHead head, ScheduleRule rule, ColourScheme<String> scheme, Styles styles) {
        this.head = head;
        this.rule = rule;
        this.scheme = scheme;
        this.styles = styles;
        this.figures = StreamingAggregation.builder().rule(rule).categories(head.head().categories()).period(head.head().period()).build();
    }

    /**
     * Counts a task in the whole report, its category and each of its lead units.
     *
     * @param task the task
     * @param progress its progress, {@code null} when it has no entry
     */
    public void add(Task task, Progress progress) {
        figures.add(task, Optional.ofNullable(progress));
    }

    /** Deletes what the figures may have spilled to a temporary file. */
    @Override
    public void close() {
        figures.close();
    }

    /**
     * One row of a summary table.
     *
     * @param label the group's label
     * @param summary the group's figures
     */
    public record Line(String label, Summary summary) {
        /**
         * A row of a group's figures.
         *
         * @param label the group's label
         * @param summary its figures
         * @return the row
         */
        public static Line of(String label, Summary summary) {
            return new Line(label, summary);
        }

        /**
         * The mean progress as written: a fraction, rounded to a tenth of a point.
         *
         * @return the mean, when a task of the group has a percentage
         */
        public Optional<Double> meanFraction() {
            return summary.statistics().mean().map(m -> Figures.display(m, MEAN_SCALE).movePointLeft(2).doubleValue());
        }
    }

    /**
     * The rows by category: the head's categories in its order, every one included, then the others
     * in order of first appearance.
     *
     * @return the rows, without the total
     */
    public List<Line> byCategory() {
        List<Line> lines = new ArrayList<>();
        // The by-category table holds only the tasks that have a category.
        figures.byCategory().groups().forEach(g -> lines.add(new Line(g.key().label(), g.summary())));
        return lines;
    }

    /**
     * The rows by lead unit, in order of first appearance; a task of several units counts for each.
     * Tasks without a lead unit have a row of their own.
     *
     * @return the rows, without the total
     */
    public List<Line> byLeadUnit() {
        List<Line> lines = new ArrayList<>();
        Grouping<LeadUnit> byLeadUnit = figures.byLeadUnit();
        for (Group<LeadUnit> g : byLeadUnit.groups()) {
            lines.add(new Line(g.key().name(), g.summary()));
        }
        if (byLeadUnit.withoutKey().tasks() > 0) {
            lines.add(new Line(WITHOUT_LEAD_UNIT, byLeadUnit.withoutKey()));
        }
        return lines;
    }

    /**
     * Writes a summary table as the workbook's next sheet.
     *
     * @param workbook the workbook
     * @param name the sheet's name
     * @param keyHeader the header of the first column: 项目名称 or 牵头单位
     * @param lines the rows
     * @return the sheet
     */
    public Sheet write(Workbook workbook, String name, String keyHeader, List<Line> lines) {
        return write(workbook, name, keyHeader, lines, new Line(TOTAL, figures.overall()));
    }

    /**
     * Writes a summary table as the workbook's next sheet, with a total of the caller's (the roll-up
     * of several reports: a row per region, the total of all).
     *
     * @param workbook the workbook
     * @param name the sheet's name
     * @param keyHeader the header of the first column
     * @param lines the rows
     * @param total the last row
     * @return the sheet
     */
    public Sheet write(Workbook workbook, String name, String keyHeader, List<Line> lines, Line total) {
        Sheet sheet = titled(workbook, name);
        int last = COLUMNS - 1;

        Row header = sheet.createRow(1);
        header.setHeightInPoints(22f);
        List<String> headers = new ArrayList<>(List.of(keyHeader, "任务数", "平均进度"));
        STATUSES.forEach(s -> headers.add(s.label()));
        for (int c = 0; c <= last; c++) {
            Cell cell = header.createCell(c);
            Optional<String> colour = c >= 3 ? statusColour(STATUSES.get(c - 3)) : Optional.empty();
            cell.setCellStyle(colour.isPresent() ? styles.filledHeader(colour.get()) : styles.header());
            TextMetrics.set(cell, headers.get(c));
        }

        int widest = TextMetrics.displayWidth(keyHeader);
        int r = 2;
        for (Line line : lines) {
            writeLine(sheet.createRow(r++), line);
            widest = Math.max(widest, TextMetrics.displayWidth(line.label()));
        }
        writeLine(sheet.createRow(r), total);

        sheet.setColumnWidth(0, Math.min(60, widest + 2) * 256);
        for (int c = 1; c <= last; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
        sheet.createFreezePane(1, 2);
        // The table at the page's width, its header on every page; a chart goes below it (MeanProgressChart)
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        OfficialSheetWriter.printOnA4Landscape(sheet, 0);
        printArea(workbook, sheet, r);
        return sheet;
    }

    /**
     * Prints a summary sheet's columns of the table and its rows down to {@code lastRow}: the
     * table, and a chart drawn below it.
     *
     * @param workbook the workbook
     * @param sheet the summary sheet
     * @param lastRow the last row printed, from 0
     */
    public static void printArea(Workbook workbook, Sheet sheet, int lastRow) {
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, COLUMNS - 1, 0, lastRow);
    }

    /**
     * The expected share (序时进度) of a row as a fraction, as the rule gives it for the group's first
     * task (the tasks of a group share their period).
     *
     * @param line the row
     * @return the expected share, when the report's period or the rule gives one
     */
    public Optional<Double> expectedFraction(Line line) {
        return line.summary().firstTask().flatMap(task -> rule.expectedFor(head.head().period(), task))
                .map(p -> p.movePointLeft(2).doubleValue());
    }

    /**
     * Writes, as the workbook's next sheet, a summary that says in words why it has no table: {@link
     * #NO_CATEGORIES} for the summary by category of a report without categories.
     *
     * @param workbook the workbook
     * @param name the sheet's name
     * @param words what the sheet says
     * @return the sheet
     */
    public Sheet writeWithoutTable(Workbook workbook, String name, String words) {
        Sheet sheet = titled(workbook, name);
        Cell cell = sheet.createRow(1).createCell(0);
        cell.setCellStyle(styles.text(false));
        TextMetrics.set(cell, words);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, 0, COLUMNS - 1));
        sheet.setColumnWidth(0, 20 * 256);
        OfficialSheetWriter.printOnA4Landscape(sheet, 1);
        return sheet;
    }

    /** A new sheet with its title row: the report's title and the sheet's name, across the table. */
    private Sheet titled(Workbook workbook, String name) {
        Sheet sheet = workbook.createSheet(name);
        Row title = sheet.createRow(0);
        title.setHeightInPoints(36f);
        for (int c = 0; c < COLUMNS; c++) {
            title.createCell(c).setCellStyle(styles.title());
        }
        TextMetrics.set(title.getCell(0), head.head().title() + " " + name);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
        return sheet;
    }

    private void writeLine(Row row, Line line) {
        Summary summary = line.summary();
        Cell label = row.createCell(0);
        label.setCellStyle(styles.text(false));
        TextMetrics.set(label, line.label());
        Cell tasks = row.createCell(1);
        tasks.setCellStyle(styles.number("0"));
        tasks.setCellValue(summary.tasks());
        Cell mean = row.createCell(2);
        Optional<Double> fraction = line.meanFraction();
        Optional<String> colour = summary.statistics().mean().flatMap(m -> meanColour(summary, m));
        mean.setCellStyle(colour.isPresent() ? styles.filled(colour.get(), MEAN_FORMAT) : styles.number(MEAN_FORMAT));
        fraction.ifPresent(mean::setCellValue);
        for (int i = 0; i < STATUSES.size(); i++) {
            Cell count = row.createCell(3 + i);
            count.setCellStyle(styles.number("0"));
            count.setCellValue(summary.schedule().count(STATUSES.get(i)));
        }
    }

    /** The colour of a group's mean: as the scheme colours a task of that progress (the rule wants a task: the group's first). */
    private Optional<String> meanColour(Summary summary, BigDecimal mean) {
        if (summary.firstTask().isEmpty()) {
            return Optional.empty();
        }
        Task carrier = summary.firstTask().get();
        Progress progress = Progress.ofPercent(mean, mean.toPlainString() + "%");
        return scheme.colourOf(rule.assess(carrier, Optional.of(progress), rule.expectedFor(head.head().period(), carrier)));
    }

    /** The colour of a status's column: the scheme's colour of that status, the most behind for 欠进度. */
    private Optional<String> statusColour(ScheduleStatus status) {
        switch (status) {
            case BEHIND:
                return Optional.of(scheme.beyond());
            case NOT_ASSESSABLE:
                return scheme.notAssessableColour();
            default:
                return Optional.of(scheme.notBehind());
        }
    }
}
