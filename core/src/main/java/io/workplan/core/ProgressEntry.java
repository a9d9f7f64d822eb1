package io.workplan.core;

import java.util.Objects;
import java.util.Optional;
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
     * @throws NullPointerException if {@code task}, {@code period} or {@code progress} is null
     */
    public static ProgressEntry of(Task task, ReportingPeriod period, Progress progress) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(progress, "progress");
        return ImmutableProgressEntry.builder().task(task).period(period).progress(progress).build();
    }

    /**
     * A task's progress in a period, or in a report that names no period.
     *
     * @param task the task
     * @param period the period, absent when the report names none
     * @param progress what the progress cell says
     * @return the entry
     * @throws NullPointerException if {@code task}, {@code period} or {@code progress} is null
     */
    public static ProgressEntry of(Task task, Optional<ReportingPeriod> period, Progress progress) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(progress, "progress");
        return ImmutableProgressEntry.builder().task(task).period(period).progress(progress).build();
    }

    /**
     * The task.
     *
     * @return the task
     */
    public abstract Task task();

    /**
     * The period, the report's.
     *
     * @return the period, absent when the report names none
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * What the progress cell says.
     *
     * @return the progress
     */
    public abstract Progress progress();
}
