package io.workplan.excel.internal;

import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.internal.HeaderVocabulary;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.Task;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A column of the official sheet as the writer lays it out: its role (and so its header), how wide it may grow (in
 * display units, a Chinese character counting two) and the text of a task's cell.
 */
public enum WriteColumn {
    /** 序号: the task's number. */
    NUMBER(ColumnRole.NUMBER, 6, 8),
    /** 项目名称: the category's label. */
    CATEGORY(ColumnRole.CATEGORY, 14, 24),
    /** 主要工作内容: the task. */
    CONTENT(ColumnRole.CONTENT, 30, 60),
    /** 牵头领导: the leading official. */
    LEADER(ColumnRole.LEADER, 10, 14),
    /** 牵头单位: the lead units, joined by {@code 、}. */
    LEAD_UNITS(ColumnRole.LEAD_UNITS, 12, 24),
    /** 责任单位: the responsible units, joined by {@code 、}. */
    RESPONSIBLE_UNITS(ColumnRole.RESPONSIBLE_UNITS, 12, 30),
    /** 完成进度: the progress text. */
    PROGRESS(ColumnRole.PROGRESS, 12, 40),
    /** 备注: the remark. */
    REMARK(ColumnRole.REMARK, 10, 30);

    /**
     * What a cell of a unit or leader column holds when the task has none: a blank cell there would
     * mean "the same as above"; {@code LeadUnit.parseList} reads this as no unit.
     */
    public static final String NO_UNIT = "/";

    private final ColumnRole role;
    private final int minWidth;
    private final int maxWidth;

    WriteColumn(ColumnRole role, int minWidth, int maxWidth) {
        this.role = role;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
    }

    /**
     * The header cell's text: the first word of the column's role in the one table of headers,
     * {@link HeaderVocabulary}, so that the reader knows it.
     *
     * @return the header
     */
    public String header() {
        return HeaderVocabulary.builtIn(role).get(0);
    }

    /**
     * The column's role.
     *
     * @return the role
     */
    public ColumnRole role() {
        return role;
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
     * Whether equal neighbouring cells of this column are merged.
     *
     * @return whether runs are merged
     */
    public boolean mergesRuns() {
        return this == CATEGORY || this == LEAD_UNITS;
    }

    /**
     * The text of a task's cell in this column, as written; the number column's text is the number's
     * decimal digits, the progress column's the progress text, verbatim.
     *
     * @param task the task
     * @param progress the task's progress, {@code null} when it has no entry
     * @return the text, possibly empty
     */
    public String text(Task task, Progress progress) {
        switch (this) {
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
                throw new AssertionError(this);
        }
    }

    /**
     * The value a cell of this column is written from, for the columns whose cells are read back
     * into values: the category, the leader, the lead units, the responsible units.
     *
     * @param task the task
     * @return the value, or {@code null} for a column of plain text
     */
    public Object value(Task task) {
        switch (this) {
            case CATEGORY:
                return task.category();
            case LEADER:
                return task.leader();
            case LEAD_UNITS:
                return task.leadUnits();
            case RESPONSIBLE_UNITS:
                return task.responsibleUnits();
            default:
                return null;
        }
    }

    /**
     * Units as a cell lists them: joined by {@code 、}, or {@link #NO_UNIT} when there are none.
     *
     * @param units the units
     * @return the cell's text
     */
    public static String units(List<LeadUnit> units) {
        if (units.isEmpty()) {
            return NO_UNIT;
        }
        if (units.size() == 1) {
            return units.get(0).name();
        }
        return units.stream().map(LeadUnit::name).collect(Collectors.joining("、"));
    }
}
