package io.workplan.core;

import org.immutables.value.Value;

/**
 * A task's progress in a period: one row's progress cell.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgressEntry {

    ProgressEntry() {}

    /**
     * A task's progress in a period.
     *
     * @param task the task
     * @param period the period
     * @param progress what the progress cell says
     * @return the entry
     */
    public static ProgressEntry of(Task task, ReportingPeriod period, Progress progress) {
        return ImmutableProgressEntry.builder().task(task).period(period).progress(progress).build();
    }

    /**
     * The task.
     *
     * @return the task
     */
    public abstract Task task();

    /**
     * The period.
     *
     * @return the period
     */
    public abstract ReportingPeriod period();

    /**
     * What the progress cell says.
     *
     * @return the progress
     */
    public abstract Progress progress();
}
