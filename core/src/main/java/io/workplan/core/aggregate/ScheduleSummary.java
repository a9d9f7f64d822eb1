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

    /** The mutable state of the collector: counts by the enums' ordinals, no boxing per task. */
    static final class Tally {
        private static final ScheduleStatus[] STATUSES = ScheduleStatus.values();
        private static final ScheduleStatus.Reason[] REASONS = ScheduleStatus.Reason.values();
        private final int[] statuses = new int[STATUSES.length];
        private final int[] notAssessable = new int[REASONS.length];

        void add(ScheduleAssessment a) {
            statuses[a.status().ordinal()]++;
            if (a.reason().isPresent()) {
                notAssessable[a.reason().get().ordinal()]++;
            }
        }

        Tally merge(Tally other) {
            for (int i = 0; i < statuses.length; i++) {
                statuses[i] += other.statuses[i];
            }
            for (int i = 0; i < notAssessable.length; i++) {
                notAssessable[i] += other.notAssessable[i];
            }
            return this;
        }

        ScheduleSummary summary() {
            return new ScheduleSummary(counts(STATUSES, statuses, ScheduleStatus.class),
                    counts(REASONS, notAssessable, ScheduleStatus.Reason.class));
        }
    }

    /** Counts by ordinal as a map of every constant. */
    static <E extends Enum<E>> Map<E, Integer> counts(E[] constants, int[] counts, Class<E> type) {
        EnumMap<E, Integer> map = new EnumMap<>(type);
        for (E e : constants) {
            map.put(e, counts[e.ordinal()]);
        }
        return map;
    }
}
