package io.workplan.excel.internal;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.excel.ExcelException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

/**
 * The official sheet of a report, planned before anything is written: which columns it has, how
 * wide each is, and whether every cell can be written without loss.
 *
 * <p>Rows: the title (row 1, merged across the table), the header (row 2), then a row per task in
 * the report's order. Columns: 序号 (only when a task has a number), 项目名称, 主要工作内容, 牵头领导
 * (only when a task names one), 牵头单位, 责任单位 (only when a task lists some), 完成进度, 备注 (only
 * when a task has a remark).
 */
public final class WriteLayout {
    /** The row of the title, 0-based. */
    public static final int TITLE_ROW = 0;
    /** The row of the header, 0-based. */
    public static final int HEADER_ROW = 1;
    /** The first row of tasks, 0-based. */
    public static final int FIRST_TASK_ROW = 2;

    private final ProgressReport report;
    private final String sheetName;
    private final List<WriteColumn> columns;
    private final Map<WriteColumn, Integer> widths;

    private WriteLayout(ProgressReport report, String sheetName, List<WriteColumn> columns, Map<WriteColumn, Integer> widths) {
        this.report = report;
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
        this.widths = widths;
    }

    /**
     * Plans the official sheet of a report, checking every cell first.
     *
     * @param report the report
     * @param sheetName the official sheet's name, for the problems' locations
     * @param version the spreadsheet version written, for its limits
     * @param target the file or stream written, for the exception's summary
     * @return the layout
     * @throws ExcelException listing every cell that cannot be written without loss, before anything is
     *     written
     */
    public static WriteLayout plan(ProgressReport report, String sheetName, SpreadsheetVersion version, String target) {
        List<WriteColumn> columns = columnsOf(report);
        Map<WriteColumn, Integer> widths = new EnumMap<>(WriteColumn.class);
        for (WriteColumn column : columns) {
            widths.put(column, WriteText.displayWidth(column.header()));
        }
        List<Problem> problems = new ArrayList<>();
        check(problems, sheetName, TITLE_ROW, 0, "title", report.title(), version);
        int maxTasks = version.getMaxRows() - FIRST_TASK_ROW;
        if (report.tasks().size() > maxTasks) {
            problems.add(Problem.builder().sheet(sheetName).reason("the report has " + report.tasks().size()
                    + " tasks; a " + (version == SpreadsheetVersion.EXCEL97 ? ".xls" : ".xlsx") + " sheet holds at most " + maxTasks + " below its title and header").build());
        }
        WriteLayout layout = new WriteLayout(report, sheetName, columns, widths);
        Object[] above = new Object[columns.size()];
        layout.forEachTask((row, task, progress) -> {
            for (int c = 0; c < columns.size(); c++) {
                WriteColumn column = columns.get(c);
                String text = column.text(task, progress);
                Object value = column.value(task);
                if (value != null && value.equals(above[c])) {
                    continue; // the same value as the row above, checked there: a run is checked once
                }
                above[c] = value;
                check(problems, sheetName, row, c, column.header(), text, version);
                checkReadsBack(problems, sheetName, row, c, column, task, text);
                int width = Math.min(column.maxWidth(), Math.max(widths.get(column), WriteText.longestLineWidth(text)));
                widths.put(column, width);
            }
        });
        if (!problems.isEmpty()) {
            throw new ExcelException("Cannot write " + target, problems);
        }
        for (WriteColumn column : columns) {
            widths.put(column, Math.max(column.minWidth(), widths.get(column) + 2));
        }
        return layout;
    }

    private static List<WriteColumn> columnsOf(ProgressReport report) {
        boolean numbered = false;
        boolean leader = false;
        boolean responsible = false;
        boolean remark = false;
        for (Task task : report.tasks()) {
            numbered |= task.number().isPresent();
            leader |= task.leader().isPresent();
            responsible |= !task.responsibleUnits().isEmpty();
            remark |= task.remark().isPresent();
        }
        List<WriteColumn> columns = new ArrayList<>();
        if (numbered) {
            columns.add(WriteColumn.NUMBER);
        }
        columns.add(WriteColumn.CATEGORY);
        columns.add(WriteColumn.CONTENT);
        if (leader) {
            columns.add(WriteColumn.LEADER);
        }
        columns.add(WriteColumn.LEAD_UNITS);
        if (responsible) {
            columns.add(WriteColumn.RESPONSIBLE_UNITS);
        }
        columns.add(WriteColumn.PROGRESS);
        if (remark) {
            columns.add(WriteColumn.REMARK);
        }
        return columns;
    }

    private static void check(List<Problem> problems, String sheet, int row, int column, String subject, String text,
            SpreadsheetVersion version) {
        String reason = null;
        if (text.length() > version.getMaxTextLength()) {
            reason = "the text has " + text.length() + " characters; a cell holds at most " + version.getMaxTextLength();
        } else {
            int bad = WriteText.firstUnwritable(text);
            if (bad >= 0) {
                reason = String.format("the character U+%04X at index %d cannot be stored in a workbook", (int) text.charAt(bad), bad);
            }
        }
        if (reason != null) {
            problems.add(Problem.builder().sheet(sheet).cell(new CellReference(row, column).formatAsString(false))
                    .subject(subject).rawText(text).reason(reason).build());
        }
    }

    /** Units and categories must read back as they are: a unit name holding {@code 、} would come back as two. */
    private static void checkReadsBack(List<Problem> problems, String sheet, int row, int column, WriteColumn role, Task task,
            String text) {
        String reason = null;
        if (role == WriteColumn.LEAD_UNITS && !LeadUnit.parseList(text).equals(task.leadUnits())
                || role == WriteColumn.RESPONSIBLE_UNITS && !LeadUnit.parseList(text).equals(task.responsibleUnits())) {
            reason = "a unit's name holds a separator or a bracket that does not close, so the cell would read back as other units";
        } else if (role == WriteColumn.CATEGORY && !Category.parse(text).equals(task.category())) {
            reason = "the category's label would read back as another enumerator and name";
        } else if (role == WriteColumn.LEADER && task.leader().isPresent()
                && task.leader().get().codePoints().noneMatch(Character::isLetterOrDigit)) {
            reason = "a leader's name without a letter or a digit would read back as no leader";
        }
        if (reason != null) {
            problems.add(Problem.builder().sheet(sheet).cell(new CellReference(row, column).formatAsString(false))
                    .subject(role.header()).rawText(text).reason(reason).build());
        }
    }

    /** What is done for each task row. */
    @FunctionalInterface
    public interface TaskRow {
        /**
         * One task's row.
         *
         * @param row the row, 0-based
         * @param task the task
         * @param progress its progress, {@code null} when it has no entry
         */
        void accept(int row, Task task, Progress progress);
    }

    /**
     * Visits the tasks in the report's order with their rows and progress.
     *
     * @param action what to do with each task
     */
    public void forEachTask(TaskRow action) {
        List<Task> tasks = report.tasks();
        List<ProgressEntry> entries = report.entries();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            // The entries are normally in the tasks' order: no index is needed then.
            ProgressEntry entry = i < entries.size() && entries.get(i).task() == task
                    ? entries.get(i) : report.entryFor(task).orElse(null);
            action.accept(FIRST_TASK_ROW + i, task, entry == null ? null : entry.progress());
        }
    }

    /**
     * The report.
     *
     * @return the report
     */
    public ProgressReport report() {
        return report;
    }

    /**
     * The official sheet's name.
     *
     * @return the name
     */
    public String sheetName() {
        return sheetName;
    }

    /**
     * The columns, left to right.
     *
     * @return the columns
     */
    public List<WriteColumn> columns() {
        return columns;
    }

    /**
     * A column's width in display units (a Chinese character counts two).
     *
     * @param column a column of this layout
     * @return the width
     */
    public int width(WriteColumn column) {
        return widths.get(column);
    }

    /**
     * Visits the columns with their indexes.
     *
     * @param action what to do with each column and its index
     */
    public void forEachColumn(BiConsumer<Integer, WriteColumn> action) {
        for (int c = 0; c < columns.size(); c++) {
            action.accept(c, columns.get(c));
        }
    }
}
