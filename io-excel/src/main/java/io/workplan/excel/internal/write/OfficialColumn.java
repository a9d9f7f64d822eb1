package io.workplan.excel.internal.write;

import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableGrid;
import io.workplan.sheet.internal.HeaderVocabulary;
import io.workplan.sheet.internal.RoleValues;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.Task;
import java.util.Optional;
import java.util.List;

/**
 * A column of the official sheet as the writer lays it out: its role (and so its header) or, for an
 * extra column ({@link Task#extras()}), its header as published; how wide it may grow (in display
 * units, a Chinese character counting two) and the text of a task's cell.
 */
public final class OfficialColumn {
    /** 序号: the task's number. */
    public static final OfficialColumn NUMBER = new OfficialColumn(ColumnRole.NUMBER, null, 6, 8);
    /** 项目名称: the category's label. */
    public static final OfficialColumn CATEGORY = new OfficialColumn(ColumnRole.CATEGORY, null, 14, 24);
    /** 主要工作内容: the task. */
    public static final OfficialColumn CONTENT = new OfficialColumn(ColumnRole.CONTENT, null, 30, 60);
    /** 牵头领导: the leading official. */
    public static final OfficialColumn LEADER = new OfficialColumn(ColumnRole.LEADER, null, 10, 14);
    /** 牵头单位: the lead units, joined by {@code 、}. */
    public static final OfficialColumn LEAD_UNITS = new OfficialColumn(ColumnRole.LEAD_UNITS, null, 12, 24);
    /** 责任单位: the responsible units, joined by {@code 、}. */
    public static final OfficialColumn RESPONSIBLE_UNITS = new OfficialColumn(ColumnRole.RESPONSIBLE_UNITS, null, 12, 30);
    /** 完成进度: the progress text. */
    public static final OfficialColumn PROGRESS = new OfficialColumn(ColumnRole.PROGRESS, null, 12, 40);
    /** 备注: the remark. */
    public static final OfficialColumn REMARK = new OfficialColumn(ColumnRole.REMARK, null, 10, 30);

    /** The columns of the roles, in the sheet's order (the extra columns go before {@link #REMARK}). */
    public static final List<OfficialColumn> KNOWN = List.of(NUMBER, CATEGORY, CONTENT, LEADER, LEAD_UNITS,
            RESPONSIBLE_UNITS, PROGRESS, REMARK);

    /**
     * What a cell of a unit or leader column holds when the task has none: a blank cell there would
     * mean "the same as above"; {@code LeadUnit.parseList} reads this as no unit.
     */
    public static final String NO_UNIT = TableGrid.NO_UNIT;

    private final ColumnRole role;
    private final String extra;
    private final int minWidth;
    private final int maxWidth;
    private final TableGrid.Column grid;

    private OfficialColumn(ColumnRole role, String extra, int minWidth, int maxWidth) {
        this.role = role;
        this.extra = extra;
        this.grid = role == null ? TableGrid.Column.extra(extra) : TableGrid.Column.of(role);
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
    }

    /**
     * An extra column: its cells are a task's {@linkplain Task#extras() extra} of that header, as a
     * remark's.
     *
     * @param header the header as published
     * @return the column
     */
    public static OfficialColumn extra(String header) {
        return new OfficialColumn(null, header, REMARK.minWidth, REMARK.maxWidth);
    }

    /**
     * The header cell's text: for a column of a role, the first word of the role in the one table of
     * headers, {@link HeaderVocabulary}, so that the reader knows it; for an extra column its header.
     *
     * @return the header
     */
    public String header() {
        return role == null ? extra : role.header();
    }

    /**
     * The column's role.
     *
     * @return the role, absent for an extra column
     */
    public Optional<ColumnRole> role() {
        return Optional.ofNullable(role);
    }

    /**
     * The narrowest the column is, in display units.
     *
     * @return the width
     */
    public int minWidth() {
        return minWidth;
    }

    /**
     * The widest the column grows, in display units; longer text wraps.
     *
     * @return the width
     */
    public int maxWidth() {
        return maxWidth;
    }

    /**
     * Whether equal neighbouring cells of this column are merged: the number (sub-items of one
     * item), the category and the lead units.
     *
     * @return whether runs are merged
     */
    public boolean mergesRuns() {
        return this == NUMBER || this == CATEGORY || this == LEAD_UNITS;
    }

    /**
     * Whether the column holds plain text (the task, the remark, the extra columns), aligned as
     * prose rather than centred.
     *
     * @return whether it is a column of prose
     */
    public boolean isProse() {
        return role == null || this == CONTENT || this == REMARK;
    }

    /**
     * Whether a task has a value for this column ({@link RoleValues#has}): always for the task and its
     * progress.
     *
     * @param task the task
     * @return whether it has one
     */
    public boolean hasValue(Task task) {
        if (role == null) {
            return task.extras().containsKey(extra);
        }
        return RoleValues.has(role, task);
    }

    /**
     * The text of a task's cell in this column, as written; the number column's text is the number's
     * decimal digits, the progress column's the progress text, verbatim, an extra column's the
     * task's extra (empty when it has none).
     *
     * @param task the task
     * @param progress the task's progress, {@code null} when it has no entry
     * @return the text, possibly empty
     */
    public String text(Task task, Progress progress) {
        return grid.text(task, progress);
    }

    /**
     * The value a cell of this column is written from, for the columns whose cells are read back
     * into values or merged over runs: the number, the category, the leader, the lead units, the
     * responsible units.
     *
     * @param task the task
     * @return the value, or {@code null} for a column of plain text and for a task without a number
     *     (a blank number is never merged)
     */
    public Object value(Task task) {
        return role == null ? null : RoleValues.value(role, task);
    }

    /**
     * Units as a cell lists them: joined by {@code 、}, or {@link #NO_UNIT} when there are none.
     *
     * @param units the units
     * @return the cell's text
     */
    public static String units(List<LeadUnit> units) {
        return TableGrid.units(units);
    }

    @Override
    public String toString() {
        return header();
    }
}
