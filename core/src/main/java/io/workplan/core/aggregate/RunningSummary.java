package io.workplan.core.aggregate;

import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of a set of tasks kept up to date one task at a time, in memory that does not grow
 * with the tasks: how many tasks, the mean progress and the {@linkplain ScheduleSummary schedule
 * summary}, and the first task. For a roll-up of a report that is never held whole, such as one
 * written or read entry by entry.
 *
 * <pre>{@code
 * RunningSummary all = new RunningSummary();
 * RunningSummary byUnit = ...;                       // one per group
 * for (each task and its progress) {
 *     ScheduleAssessment a = rule.assess(task, progress, rule.expectedFor(period, task));
 *     all.add(a);
 * }
 * all.tasks();      // 1000000
 * all.mean();       // as Summary.statistics().mean() of the same tasks
 * all.schedule();   // as Summary.schedule() of the same tasks
 * }</pre>
 *
 * <p>The mean is {@link ProgressStatistics#mean()}'s: the exact sum of the percentages of the tasks
 * that have one, divided by their count by {@link Figures#mean(BigDecimal, long)}. What needs every
 * percentage (the median, the minimum and maximum) is not kept: use {@link ProgressStatistics} for
 * those. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class RunningSummary {
    private final ScheduleSummary.Tally schedule = new ScheduleSummary.Tally();
    private int tasks;
    private int withPercent;
    private BigDecimal sum = BigDecimal.ZERO;
    private Task firstTask;

    /** A summary of no task yet. */
    public RunningSummary() {}

    /**
     * Counts one more task, by its assessment (which carries its progress).
     *
     * @param assessment the task's assessment against the schedule
     */
    public void add(ScheduleAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        tasks++;
        if (firstTask == null) {
            firstTask = assessment.task();
        }
        schedule.add(assessment);
        Optional<BigDecimal> percent = assessment.progress().flatMap(p -> p.percent());
        if (percent.isPresent()) {
            withPercent++;
            sum = sum.add(percent.get());
        }
    }

    /**
     * How many tasks were counted.
     *
     * @return the count
     */
    public int tasks() {
        return tasks;
    }

    /**
     * How many of them have a percentage.
     *
     * @return the count
     */
    public int withPercent() {
        return withPercent;
    }

    /**
     * The mean of the percentages, as {@link ProgressStatistics#mean()}.
     *
     * @return the mean, or empty when no task has a percentage
     */
    public Optional<BigDecimal> mean() {
        return withPercent == 0 ? Optional.empty() : Optional.of(Figures.mean(sum, withPercent));
    }

    /**
     * How many tasks have each schedule status, as {@link Summary#schedule()}.
     *
     * @return the schedule summary
     */
    public ScheduleSummary schedule() {
        return schedule.summary();
    }

    /**
     * The first task counted.
     *
     * @return the task, or empty when none was counted
     */
    public Optional<Task> firstTask() {
        return Optional.ofNullable(firstTask);
    }
}
