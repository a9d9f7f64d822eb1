package io.workplan.core.aggregate;

import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * The figures of a set of tasks of a report: its {@linkplain ProgressStatistics progress
 * statistics} and its {@linkplain ScheduleSummary schedule summary}; one row of a roll-up. A summary
 * holds figures, not the tasks, so that a report read entry by entry is summed up in memory that
 * does not grow with its tasks ({@link StreamingAggregation}); the whole-report {@link
 * ReportAggregation} gives the same values.
 *
 * <pre>{@code
 * Summary s = report.tasks().stream().collect(Summary.collector(report, ScheduleRule.standard()));
 * s.tasks();                                       // 159
 * s.statistics().mean();                           // Optional[59.9778481013]
 * s.schedule().share(ScheduleStatus.BEHIND);       // 2 of 158 (1.3%), left out: not applicable: 1
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Summary {

    Summary() {}

    /**
     * The progress statistics of the tasks.
     *
     * @return the statistics
     */
    public abstract ProgressStatistics statistics();

    /**
     * The schedule summary of the tasks.
     *
     * @return the schedule summary
     */
    public abstract ScheduleSummary schedule();

    /**
     * The first of the tasks, in the order they were counted: a task of the set, for what needs one
     * (the summary sheets colour a group's mean as the rule colours that task at that progress).
     *
     * @return the first task, or empty when the set has none
     */
    public abstract Optional<Task> firstTask();

    /**
     * How many tasks.
     *
     * @return the count
     */
    public int tasks() {
        return statistics().tasks();
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(statistics().tasks() == schedule().tasks(), "schedule", () -> "the schedule summary counts "
                + schedule().tasks() + " tasks, the statistics " + statistics().tasks());
        checks.require(firstTask().isPresent() == (statistics().tasks() > 0), "firstTask",
                "a first task is given exactly when there are tasks");
        checks.throwIfAny("Summary");
    }

    /**
     * A collector of the summary of tasks of a report.
     *
     * @param report the report the tasks are from
     * @param rule how the tasks are judged against the schedule
     * @return the collector
     */
    public static Collector<Task, ?, Summary> collector(ProgressReport report, ScheduleRule rule) {
        return Collector.of(() -> new Tally(SpillFile.unlimited()), (tally, task) -> tally.add(rule.assess(report, task)),
                Tally::merge, Tally::summary);
    }

    /**
     * The summary of assessed tasks, from their assessments alone: as {@link #collector} gives for
     * their tasks under the rule and report they were assessed by, without looking anything up again.
     *
     * @param assessments the tasks' assessments, in the tasks' order
     * @return the summary
     */
    static Summary of(List<ScheduleAssessment> assessments) {
        Tally tally = new Tally(SpillFile.unlimited());
        assessments.forEach(tally::add);
        return tally.summary();
    }

    /** {@code Summary[159 tasks, mean 59.9778481013, median 60, min 0, max 100; behind 2 of 158 ...]}. */
    @Override
    public String toString() {
        ProgressStatistics s = statistics();
        return "Summary[" + s.tasks() + " tasks, " + s.withPercent() + " with a percentage, mean " + ProgressStatistics.plain(s.mean())
                + ", median " + ProgressStatistics.plain(s.median()) + ", min " + ProgressStatistics.plain(s.min())
                + ", max " + ProgressStatistics.plain(s.max()) + ", completed " + s.completed() + "; " + schedule() + "]";
    }

    /**
     * A summary built up one assessment at a time, as {@link #of(List)} of them all: the one
     * accumulator of every summary, whole report or entry by entry. Not thread-safe.
     */
    static final class Tally {
        private final ProgressStatistics.Tally statistics;
        private final ScheduleSummary.Tally schedule = new ScheduleSummary.Tally();
        private Task firstTask;
        private Summary made;

        Tally(SpillFile spill) {
            this.statistics = new ProgressStatistics.Tally(spill);
        }

        void add(ScheduleAssessment a) {
            if (firstTask == null) {
                firstTask = a.task();
            }
            statistics.add(a.progress());
            schedule.add(a);
            made = null;
        }

        boolean isEmpty() {
            return firstTask == null;
        }

        Tally merge(Tally other) {
            if (firstTask == null) {
                firstTask = other.firstTask;
            }
            statistics.merge(other.statistics);
            schedule.merge(other.schedule);
            made = null;
            return this;
        }

        /** The summary so far, made once until another task is counted. */
        Summary summary() {
            if (made == null) {
                made = ImmutableSummary.builder()
                        .statistics(statistics.statistics())
                        .schedule(schedule.summary())
                        .firstTask(Optional.ofNullable(firstTask))
                        .build();
            }
            return made;
        }
    }
}
