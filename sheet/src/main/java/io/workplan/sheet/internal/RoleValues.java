package io.workplan.sheet.internal;

import io.workplan.core.Task;
import io.workplan.sheet.ColumnRole;

/**
 * What a task holds in the column of each role, for the writers of tables (the {@code TableGrid} of
 * pages, Word documents and CSV, and the official sheet of workbooks): whether it has a value there,
 * and the value a cell of the column is written from, which a run of merged cells shares.
 */
public final class RoleValues {
    private RoleValues() {
    }

    /**
     * Whether a task has a value for a role's column: always for the task and its progress.
     *
     * @param role the column's role
     * @param task the task
     * @return whether it has one
     */
    public static boolean has(ColumnRole role, Task task) {
        switch (role) {
            case NUMBER:
                return task.number().isPresent();
            case CATEGORY:
                return task.category().isPresent();
            case LEADER:
                return task.leader().isPresent();
            case LEAD_UNITS:
                return !task.leadUnits().isEmpty();
            case RESPONSIBLE_UNITS:
                return !task.responsibleUnits().isEmpty();
            case REMARK:
                return task.remark().isPresent();
            default:
                return true;
        }
    }

    /**
     * The value a cell of a role's column is written from, for the columns whose cells are read back
     * into values or merged over runs: the number, the category, the leader, the lead units, the
     * responsible units.
     *
     * @param role the column's role
     * @param task the task
     * @return the value, or {@code null} for a column of plain text and for a task without a number
     *     (a blank number is never merged)
     */
    public static Object value(ColumnRole role, Task task) {
        switch (role) {
            case NUMBER:
                return task.number().isPresent() ? task.number().getAsInt() : null;
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
}
