package io.workplan.core.aggregate;

import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * A set of tasks of a report with its {@linkplain ProgressStatistics progress statistics} and its
 * {@linkplain ScheduleSummary schedule summary}: one row of a roll-up.
 *
 * <pre>{@code
 * Summary s = report.tasks().stream().collect(Summary.collector(report, ScheduleRule.standard()));
 * s.tasks().size();                                // 159
 * s.statistics().mean();                           // Optional[59.9778481013]
 * s.schedule().share(ScheduleStatus.BEHIND);       // 2 of 158 (1.3%), left out: not applicable: 1
 * }</pre>
 *
 * @param tasks the tasks, in the order they were given
 * @param statistics their progress statistics
 * @param schedule their schedule summary
 * @since 0.1.0
 */
public record Summary(List<Task> tasks, ProgressStatistics statistics, ScheduleSummary schedule) {

    /**
     * Checks and copies the attributes.
     *
     * @param tasks the tasks
     * @param statistics their statistics
     * @param schedule their schedule summary
     */
    public Summary {
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * A collector of the summary of tasks of a report.
     *
     * @param report the report the tasks are from
     * @param rule how the tasks are judged against the schedule
     * @return the collector
     */
    public static Collector<Task, ?, Summary> collector(ProgressReport report, ScheduleRule rule) {
        return Collectors.teeing(
                Collectors.toList(),
                Collectors.teeing(
                        ProgressStatistics.collector(report),
                        Collectors.mapping(t -> rule.assess(report, t), ScheduleSummary.collector()),
                        (statistics, schedule) -> new Summary(List.of(), statistics, schedule)),
                (tasks, summary) -> new Summary(tasks, summary.statistics(), summary.schedule()));
    }

    /**
     * The summary of assessed tasks, from their assessments alone: as {@link #collector} gives for
     * their tasks under the rule and report they were assessed by, without looking anything up again.
     *
     * @param assessments the tasks' assessments, in the tasks' order
     * @return the summary
     */
    static Summary of(List<ScheduleAssessment> assessments) {
        Tally tally = new Tally();
        assessments.forEach(tally::add);
        return tally.summary();
    }

    /**
     * The summary of this set and another, disjoint one together; the tasks are this set's, then the
     * other's.
     *
     * @param other the summary of another set of tasks
     * @return the summary of the union
     */
    public Summary combine(Summary other) {
        List<Task> all = new ArrayList<>(tasks);
        all.addAll(other.tasks);
        return new Summary(all, statistics.combine(other.statistics), schedule.combine(other.schedule));
    }

    /** A summary built up one assessment at a time, as {@link #of(List)} of them all. */
    static final class Tally {
        private final List<Task> tasks = new ArrayList<>();
        private final ProgressStatistics.Tally statistics = new ProgressStatistics.Tally();
        private final ScheduleSummary.Tally schedule = new ScheduleSummary.Tally();

        void add(ScheduleAssessment a) {
            tasks.add(a.task());
            statistics.add(a.progress());
            schedule.add(a);
        }

        Summary summary() {
            return new Summary(tasks, statistics.statistics(), schedule.summary());
        }
    }
}
