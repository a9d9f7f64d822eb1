package io.workplan.excel.internal.write;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.excel.ExcelWriteHead;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

/**
 * The official sheet as it is written, task after task: which columns it has (from the head), how
 * wide each grows, and every cell that cannot be written without loss. Nothing here grows with the
 * tasks but the list of problems.
 *
 * <p>Rows: the title (row 1, merged across the table), the header (row 2), then a row per task in
 * the order given. Columns: 序号, 项目名称, 主要工作内容, 牵头领导, 牵头单位, 责任单位, 完成进度, the
 * head's extra columns, 备注; the optional ones (序号, 牵头领导, 责任单位, 备注) only when the head names
 * them, 项目名称 unless the head has no category column.
 *
 * <p>A column's width is known only once every task was seen (it is set then: widths are not rows,
 * and are not streamed), but the height of a row is needed when it is written: a text wraps only in
 * a column grown to its widest, so a row's lines are counted against that width, which gives the
 * very heights that a look at every task first would give.
 */
public final class OfficialLayout {
    /** The row of the title, 0-based. */
    public static final int TITLE_ROW = 0;
    /** The row of the header, 0-based. */
    public static final int HEADER_ROW = 1;
    /** The first row of tasks, 0-based. */
    public static final int FIRST_TASK_ROW = 2;
    /** The most values kept as read back. */
    private static final int KEPT = 4096;

    private final ExcelWriteHead head;
    private final String sheetName;
    private final SpreadsheetVersion version;
    private final List<OfficialColumn> columns;
    /** The columns the head does not name: a task with a value there is refused. */
    private final List<OfficialColumn> absent;
    private final Map<OfficialColumn, Integer> widths = new IdentityHashMap<>();
    /** The head's extra columns: a task with an extra of another header is refused. */
    private final Set<String> extraColumns;
    private final Object[] above;
    /**
     * Values (categories, lists of units, leaders) seen to read back as they are: a value's check
     * depends on the value only, so that a value repeated in other runs is checked once. At most
     * {@link #KEPT}.
     */
    private final Set<Object> readsBack = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    /** How a progress is written, to check that it reads back. */
    private final PercentFormat percents = new PercentFormat();
    private int tasks;

    /**
     * The layout of a head, its title checked.
     *
     * @param head the head
     * @param sheetName the official sheet's name, for the problems' locations
     * @param version the spreadsheet version written, for its limits
     */
    public OfficialLayout(ExcelWriteHead head, String sheetName, SpreadsheetVersion version) {
        this.head = head;
        this.sheetName = sheetName;
        this.version = version;
        List<OfficialColumn> cs = new ArrayList<>();
        List<OfficialColumn> others = new ArrayList<>();
        for (OfficialColumn column : OfficialColumn.KNOWN) {
            if (column == OfficialColumn.REMARK) {
                head.head().extraColumns().forEach(header -> cs.add(OfficialColumn.extra(header)));
            }
            (head.has(column.role().orElseThrow()) ? cs : others).add(column);
        }
        this.extraColumns = Set.copyOf(head.head().extraColumns());
        this.columns = List.copyOf(cs);
        this.absent = List.copyOf(others);
        for (OfficialColumn column : columns) {
            widths.put(column, TextMetrics.displayWidth(column.header()));
        }
        this.above = new Object[columns.size()];
        check(TITLE_ROW, 0, "title", head.head().title());
    }

    /**
     * Checks the next task's cells and widens the columns to its text.
     *
     * @param task the task
     * @param period its entry's period, {@code null} when it has no entry
     * @param progress its progress, {@code null} when it has no entry
     * @return the task's row, 0-based; at or beyond {@link #rowLimit()} when the sheet is full
     */
    public int add(Task task, Optional<ReportingPeriod> period, Progress progress) {
        int row = FIRST_TASK_ROW + tasks;
        tasks++;
        for (OfficialColumn column : absent) {
            if (column.hasValue(task)) {
                problems.add(lost(row, column.header(), column.text(task, progress)));
            }
        }
        if (!task.extras().isEmpty()) {
            task.extras().forEach((header, text) -> {
                if (!extraColumns.contains(header)) {
                    problems.add(lost(row, header, text));
                }
            });
        }
        if (period != null && !period.equals(head.head().period())) {
            problems.add(problem(row, 0, "period", period.map(ReportingPeriod::toString).orElse(""),
                    "the entry's period is not the head's period " + head.head().period().map(ReportingPeriod::toString).orElse("(none)")));
        }
        for (int c = 0; c < columns.size(); c++) {
            OfficialColumn column = columns.get(c);
            Object value = column.value(task);
            if (value != null && value.equals(above[c])) {
                continue; // the same value as the row above, checked there: a run is checked once
            }
            above[c] = value;
            String text = column.text(task, progress);
            check(row, c, column.header(), text);
            if (value == null || !readsBack.contains(value)) {
                checkReadsBack(row, c, column, task, text, value);
            }
            if (column == OfficialColumn.PROGRESS && progress != null && !percents.readsBack(progress)) {
                problems.add(problem(row, c, column.header(), text, "the progress " + progress + " would read back as "
                        + Progress.parse(text) + ": its text does not show its figure, so the written cell would change it"));
            }
            widths.put(column, Math.min(column.maxWidth(), Math.max(widths.get(column), TextMetrics.longestLineWidth(text))));
        }
        return row;
    }

    private Problem lost(int row, String header, String text) {
        return problem(row, 0, header, text, "the task has a " + header + " but the head names no such column, so it would be lost");
    }

    /**
     * The first row a sheet of this version cannot hold.
     *
     * @return the row, 0-based
     */
    public int rowLimit() {
        return version.getMaxRows();
    }

    /**
     * Whether a problem was found so far: once one is, nothing more is written (the workbook will not
     * be), only checked.
     *
     * @return whether the sheet is refused
     */
    public boolean refused() {
        return !problems.isEmpty();
    }

    /**
     * Every problem found so far, with the sheet's limit checked against the tasks seen.
     *
     * @return the problems, in the order of the sheet
     */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        int maxTasks = version.getMaxRows() - FIRST_TASK_ROW;
        if (tasks > maxTasks) {
            all.add(Problem.builder().sheet(sheetName).reason("the report has " + tasks + " tasks; a "
                    + (version == SpreadsheetVersion.EXCEL97 ? ".xls" : ".xlsx") + " sheet holds at most " + maxTasks
                    + " below its title and header").build());
        }
        return all;
    }

    private void check(int row, int column, String subject, String text) {
        String reason = null;
        if (text.length() > version.getMaxTextLength()) {
            reason = "the text has " + text.length() + " characters; a cell holds at most " + version.getMaxTextLength();
        } else {
            int bad = TextMetrics.firstUnwritable(text);
            if (bad >= 0) {
                reason = String.format("the character U+%04X at index %d cannot be stored in a workbook", (int) text.charAt(bad), bad);
            }
        }
        if (reason != null) {
            problems.add(problem(row, column, subject, text, reason));
        }
    }

    /** Units and categories must read back as they are: a unit name holding {@code 、} would come back as two. */
    private void checkReadsBack(int row, int column, OfficialColumn role, Task task, String text, Object value) {
        String reason = null;
        if (role == OfficialColumn.LEAD_UNITS && !LeadUnit.parseList(text).equals(task.leadUnits())
                || role == OfficialColumn.RESPONSIBLE_UNITS && !LeadUnit.parseList(text).equals(task.responsibleUnits())) {
            reason = "a unit's name holds a separator or a bracket that does not close, so the cell would read back as other units";
        } else if (role == OfficialColumn.CATEGORY && !(text.isEmpty() ? Optional.<Category>empty()
                : Optional.of(Category.parse(text))).equals(task.category())) {
            reason = "the category's label would read back as another enumerator and name";
        } else if (role == OfficialColumn.LEADER && task.leader().isPresent()
                && task.leader().get().codePoints().noneMatch(Character::isLetterOrDigit)) {
            reason = "a leader's name without a letter or a digit would read back as no leader";
        }
        if (reason != null) {
            problems.add(problem(row, column, role.header(), text, reason));
        } else if (value != null) {
            if (readsBack.size() >= KEPT) {
                readsBack.clear();
            }
            readsBack.add(value);
        }
    }

    private Problem problem(int row, int column, String subject, String text, String reason) {
        return Problem.builder().sheet(sheetName).cell(new CellReference(row, column).formatAsString(false))
                .subject(subject).rawText(text).reason(reason).build();
    }

    /**
     * How a progress is written: the same decisions the layout checked.
     *
     * @return the progress cells
     */
    public PercentFormat percents() {
        return percents;
    }

    /**
     * The title of the head, written in row 1.
     *
     * @return the title
     */
    public String title() {
        return head.head().title();
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
    public List<OfficialColumn> columns() {
        return columns;
    }

    /**
     * The row after the last task's row written: below the tasks added, and within the sheet.
     *
     * @return the row, 0-based
     */
    public int endRow() {
        return Math.min(rowLimit(), FIRST_TASK_ROW + tasks);
    }

    /**
     * A column's width in display units (a Chinese character counts two), as far as the tasks added
     * so far make it: final once every task was added.
     *
     * @param column a column of this layout
     * @return the width
     */
    public int width(OfficialColumn column) {
        return Math.max(column.minWidth(), widths.get(column) + 2);
    }

    /**
     * The width a column has when a text wraps in it: the most it grows to (a text wraps only
     * there), in display units less the cell's margin.
     *
     * @param column a column of this layout
     * @return the width in which a row's lines are counted
     */
    public static int wrapWidth(OfficialColumn column) {
        return column.maxWidth() + 1;
    }

    /**
     * Visits the columns with their indexes.
     *
     * @param action what to do with each column and its index
     */
    public void forEachColumn(BiConsumer<Integer, OfficialColumn> action) {
        for (int c = 0; c < columns.size(); c++) {
            action.accept(c, columns.get(c));
        }
    }
}
