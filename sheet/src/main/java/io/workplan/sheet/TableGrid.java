package io.workplan.sheet;

import io.workplan.core.LeadUnit;
import io.workplan.core.Category;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.sheet.internal.RoleValues;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report as the published table shows it, whatever the format it is written in: a title row, a
 * header row, a row of cell texts for each task, and the merged runs of the grouping columns
 * (number, category and lead units). The one place that decides what a writer of a
 * page, a Word document or a CSV file puts in each cell, so that the {@link TableReader} reads every
 * one of them back to the same report.
 *
 * <h2>Columns</h2>
 *
 * The task and the progress always; the number, category, leader, responsible units and remark when
 * a task has one; the lead units when a task has some; each of the report's {@linkplain
 * ProgressReport#extraColumns() extra columns} after the known ones and before the remark, headed
 * by its header as published, a task's cell blank where it has no such extra. A known column is
 * headed by its first built-in header word. A unit list is written joined by {@code 、} ({@code /}
 * for none), a category by its label, a progress by its text, verbatim.
 *
 * <h2>Rows and merges</h2>
 *
 * Row 0 is the title (one cell merged across the table), row 1 the header, rows 2 and on the tasks
 * in the report's order. A run of tasks with the same category, the same lead units, or the same
 * number (the sub-items of one numbered item) is one merged range of its column; tasks without a
 * number are never merged.
 *
 * @since 0.1.0
 */
public final class TableGrid {
    /** The text of an empty unit list. */
    public static final String NO_UNIT = "/";

    /** The row of the title. */
    public static final int TITLE_ROW = 0;
    /** The row of the header. */
    public static final int HEADER_ROW = 1;
    /** The first row of tasks. */
    public static final int FIRST_TASK_ROW = 2;

    private static final Set<ColumnRole> GROUPING = EnumSet.of(ColumnRole.NUMBER, ColumnRole.CATEGORY, ColumnRole.LEAD_UNITS);

    /**
     * A column of the table: a known role, or an extra column no role reads, named by its header as
     * published.
     *
     * @param role the column's role, absent for an extra column
     * @param header the header cell's text
     * @since 0.1.0
     */
    public record Column(Optional<ColumnRole> role, String header) {
        /**
         * Checks the column.
         *
         * @param role the role
         * @param header the header
         */
        public Column {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(header, "header");
        }

        /**
         * A known column, headed by its role's first built-in header word ({@code 序号}, {@code 主要工作内容}, …).
         *
         * @param role the role
         * @return the column
         */
        public static Column of(ColumnRole role) {
            return new Column(Optional.of(role), role.header());
        }

        /**
         * An extra column.
         *
         * @param header its header as published
         * @return the column
         */
        public static Column extra(String header) {
            return new Column(Optional.empty(), header);
        }

        /**
         * Whether the column is an extra one ({@link Task#extras()}).
         *
         * @return whether it has no role
         */
        public boolean isExtra() {
            return role.isEmpty();
        }

        /**
         * The text of a task's cell in this column, as every writer writes it: the number's digits,
         * the category's label, units joined by {@code 、} ({@link #NO_UNIT} for none, also for a
         * blank leader), the progress text verbatim, an extra column's value (empty when the task has
         * none). The one home of these rules: the Excel writer asks it too.
         *
         * @param task the task
         * @param progress the task's progress, {@code null} when it has no entry
         * @return the text, possibly empty
         */
        public String text(Task task, Progress progress) {
            if (isExtra()) {
                return task.extras().getOrDefault(header, "");
            }
            switch (role.get()) {
                case NUMBER:
                    return task.number().isPresent() ? Integer.toString(task.number().getAsInt()) : "";
                case CATEGORY:
                    return task.category().map(Category::label).orElse("");
                case CONTENT:
                    return task.content();
                case LEADER:
                    return task.leader().orElse(NO_UNIT);
                case LEAD_UNITS:
                    return units(task.leadUnits());
                case RESPONSIBLE_UNITS:
                    return units(task.responsibleUnits());
                case PROGRESS:
                    return progress == null ? "" : progress.text();
                case REMARK:
                    return task.remark().orElse("");
                default:
                    throw new AssertionError(role);
            }
        }
    }

    /**
     * Units as a cell lists them: joined by {@code 、} ({@link LeadUnit#join}), or {@link #NO_UNIT}
     * when there are none.
     *
     * @param units the units
     * @return the cell's text
     */
    public static String units(List<LeadUnit> units) {
        return units.isEmpty() ? NO_UNIT : LeadUnit.join(units);
    }

    private final String title;
    private final List<Column> columns;
    private final List<List<String>> rows;
    private final List<MergedRange> merges;
    private final Map<Long, MergedRange> starts = new HashMap<>();
    private final Set<Long> covered = new HashSet<>();

    private TableGrid(String title, List<Column> columns, List<List<String>> rows, List<MergedRange> merges) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.merges = List.copyOf(merges);
        for (MergedRange m : merges) {
            starts.put(key(m.firstRow(), m.firstColumn()), m);
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    if (r != m.firstRow() || c != m.firstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
    }

    /**
     * The table of a report.
     *
     * @param report the report
     * @return its table
     */
    public static TableGrid of(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        List<Column> columns = columns(report);
        List<List<String>> rows = new ArrayList<>();
        List<Object> previous = null;
        int[] runStart = new int[columns.size()];
        List<MergedRange> merges = new ArrayList<>();
        merges.add(new MergedRange(TITLE_ROW, TITLE_ROW, 0, columns.size() - 1));
        int row = FIRST_TASK_ROW;
        for (Task task : report.tasks()) {
            Progress progress = report.entryFor(task).map(ProgressEntry::progress).orElse(null);
            List<String> cells = new ArrayList<>(columns.size());
            List<Object> values = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                cells.add(column.text(task, progress));
                Object value = value(column, task);
                values.add(value);
                if (groups(column)) {
                    // a task without a number (value null) starts a run of its own: blanks are never merged
                    if (previous == null || value == null || !value.equals(previous.get(c))) {
                        addRun(merges, runStart[c], row - 1, c);
                        runStart[c] = row;
                    }
                }
            }
            rows.add(cells);
            previous = values;
            row++;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (groups(columns.get(c))) {
                addRun(merges, runStart[c], row - 1, c);
            }
        }
        return new TableGrid(report.title(), columns, rows, merges);
    }

    private static void addRun(List<MergedRange> merges, int first, int last, int column) {
        if (first >= FIRST_TASK_ROW && last > first) {
            merges.add(new MergedRange(first, last, column, column));
        }
    }

    private static boolean groups(Column column) {
        return column.role().filter(GROUPING::contains).isPresent();
    }

    private static List<Column> columns(ProgressReport report) {
        List<Column> columns = new ArrayList<>();
        for (ColumnRole role : ColumnRole.values()) {
            if (role == ColumnRole.REMARK) {
                report.extraColumns().forEach(header -> columns.add(Column.extra(header)));
            }
            if (role.isRequired() || report.tasks().stream().anyMatch(t -> RoleValues.has(role, t))) {
                columns.add(Column.of(role));
            }
        }
        return columns;
    }

    /** The value a run of a grouping column shares; {@code null} for a cell never merged. */
    private static Object value(Column column, Task task) {
        return column.isExtra() ? null : RoleValues.value(column.role().get(), task);
    }


    /**
     * The report's title, the text of row 0.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The columns, in order: the known ones, then the extra ones, then the remark's.
     *
     * @return the columns
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * The header row: a known column's first built-in header word ({@code 序号}, {@code 主要工作内容}, …),
     * an extra column's header as published.
     *
     * @return the header texts
     */
    public List<String> header() {
        return columns.stream().map(Column::header).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The rows of tasks, each a cell text per column; a cell under a merged run holds the run's text
     * too (a writer that merges shows it once).
     *
     * @return the rows, in the report's order
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * The merged ranges, in grid rows (title row 0, header row 1, tasks from row 2): the title across
     * the table, then the runs of each grouping column.
     *
     * @return the merges
     */
    public List<MergedRange> merges() {
        return merges;
    }

    /**
     * The merged range that starts at a cell.
     *
     * @param row the grid row
     * @param column the column
     * @return the range, or {@code null} when none starts there
     */
    public MergedRange mergeAt(int row, int column) {
        return starts.get(key(row, column));
    }

    /**
     * Whether a cell lies under a merged range without being its first cell.
     *
     * @param row the grid row
     * @param column the column
     * @return whether the cell is covered by a merge
     */
    public boolean isCovered(int row, int column) {
        return covered.contains(key(row, column));
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
