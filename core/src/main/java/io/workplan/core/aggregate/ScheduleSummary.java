package io.workplan.core.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;

/**
 * How many tasks of a set have each {@linkplain ScheduleStatus schedule status}, and why those not
 * assessable are not.
 *
 * <pre>{@code
 * ScheduleSummary s = report.tasks().stream()
 *     .map(t -> rule.assess(report, t))
 *     .collect(ScheduleSummary.collector());
 * s.count(ScheduleStatus.BEHIND);        // 2
 * s.share(ScheduleStatus.BEHIND);        // 2 of 158 (1.3%), left out: not applicable: 1
 * }</pre>
 *
 * @param statuses how many tasks have each status; every status is a key, possibly with 0
 * @param notAssessable of the tasks not assessable, how many for each reason; every reason is a key
 * @since 0.1.0
 */
public record ScheduleSummary(Map<ScheduleStatus, Integer> statuses, Map<ScheduleStatus.Reason, Integer> notAssessable) {

    /**
     * Checks and copies the attributes.
     *
     * @param statuses how many of each status
     * @param notAssessable how many not assessable for each reason
     */
    public ScheduleSummary {
        statuses = complete(statuses, ScheduleStatus.class);
        notAssessable = complete(notAssessable, ScheduleStatus.Reason.class);
        int reasons = notAssessable.values().stream().mapToInt(Integer::intValue).sum();
        if (reasons != statuses.get(ScheduleStatus.NOT_ASSESSABLE)) {
            throw new IllegalArgumentException("the reasons (" + reasons + ") must add up to the tasks not assessable ("
                    + statuses.get(ScheduleStatus.NOT_ASSESSABLE) + ")");
        }
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Map<E, Integer> counts, Class<E> type) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            all.put(e, counts.getOrDefault(e, 0));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The summary of assessments.
     *
     * @param assessments the assessments, one per task
     * @return the summary
     */
    public static ScheduleSummary of(Iterable<ScheduleAssessment> assessments) {
        Tally tally = new Tally();
        assessments.forEach(tally::add);
        return tally.summary();
    }

    /**
     * A collector of the summary of assessments, one per task.
     *
     * @return the collector
     */
    public static Collector<ScheduleAssessment, ?, ScheduleSummary> collector() {
        return Collector.of(Tally::new, Tally::add, Tally::merge, Tally::summary);
    }

    /**
     * How many tasks in all.
     *
     * @return the count
     */
    public int tasks() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * How many tasks have a status.
     *
     * @param status the status
     * @return the count
     */
    public int count(ScheduleStatus status) {
        return statuses.get(status);
    }

    /**
     * How many tasks could be assessed.
     *
     * @return every task but those {@link ScheduleStatus#NOT_ASSESSABLE}
     */
    public int assessable() {
        return tasks() - count(ScheduleStatus.NOT_ASSESSABLE);
    }

    /**
     * The share of the assessable tasks that have a status; the tasks not assessable are left out,
     * by reason. The share of {@link ScheduleStatus#NOT_ASSESSABLE} itself is of all tasks.
     *
     * @param status the status
     * @return the share
     */
    public Share share(ScheduleStatus status) {
        if (status == ScheduleStatus.NOT_ASSESSABLE) {
            return Share.of(count(status), tasks());
        }
        List<Share.Exclusion> leftOut = new ArrayList<>();
        notAssessable.forEach((reason, n) -> {
            if (n > 0) {
                leftOut.add(new Share.Exclusion(reason.words(), n));
            }
        });
        return new Share(count(status), assessable(), leftOut);
    }

    /**
     * The summary of this set and another, disjoint one together.
     *
     * @param other the summary of another set of tasks
     * @return the summary of the union
     */
    public ScheduleSummary combine(ScheduleSummary other) {
        return new ScheduleSummary(sum(statuses, other.statuses, ScheduleStatus.class),
                sum(notAssessable, other.notAssessable, ScheduleStatus.Reason.class));
    }

    private static <E extends Enum<E>> Map<E, Integer> sum(Map<E, Integer> a, Map<E, Integer> b, Class<E> type) {
        EnumMap<E, Integer> sum = new EnumMap<>(type);
        sum.putAll(a);
        b.forEach((k, n) -> sum.merge(k, n, Integer::sum));
        return sum;
    }

    /** The mutable state of the collector. */
    static final class Tally {
        private final EnumMap<ScheduleStatus, Integer> statuses = new EnumMap<>(ScheduleStatus.class);
        private final EnumMap<ScheduleStatus.Reason, Integer> notAssessable = new EnumMap<>(ScheduleStatus.Reason.class);

        void add(ScheduleAssessment a) {
            statuses.merge(a.status(), 1, Integer::sum);
            a.reason().ifPresent(r -> notAssessable.merge(r, 1, Integer::sum));
        }

        Tally merge(Tally other) {
            other.statuses.forEach((k, n) -> statuses.merge(k, n, Integer::sum));
            other.notAssessable.forEach((k, n) -> notAssessable.merge(k, n, Integer::sum));
            return this;
        }

        ScheduleSummary summary() {
            return new ScheduleSummary(statuses, notAssessable);
        }
    }
}
