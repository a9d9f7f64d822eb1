package io.workplan.core.aggregate;

/**
 * How a task with several lead units ({@code 区发改经信局、区财政局}) counts in a grouping by lead unit.
 *
 * @since 0.1.0
 */
public enum LeadUnitCounting {
    /**
     * The task counts once for each of its lead units: the groups' task counts may add up to more
     * than the report's tasks. This is the default, as roll-ups by unit are read by each unit.
     */
    EACH,
    /** The task counts for its first lead unit only: the groups' counts add up to the tasks with a unit. */
    FIRST_ONLY
}
