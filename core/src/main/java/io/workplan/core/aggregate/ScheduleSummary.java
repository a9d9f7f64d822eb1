package io.workplan.core.aggregate;

import io.workplan.core.internal.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import org.immutables.value.Value;

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
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScheduleSummary {

    ScheduleSummary() {}

    /**
     * How many tasks have each status; every status is a key, possibly with 0.
     *
     * @return the counts, in the order of {@link ScheduleStatus}
     */
    public abstract Map<ScheduleStatus, Integer> statuses();

    /**
     * Of the tasks not assessable, how many for each reason; every reason is a key, possibly with 0.
     *
     * @return the counts, in the order of {@link ScheduleStatus.Reason}
     */
    public abstract Map<ScheduleStatus.Reason, Integer> notAssessable();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        every(checks, "statuses", statuses(), ScheduleStatus.values());
        every(checks, "notAssessable", notAssessable(), ScheduleStatus.Reason.values());
        int reasons = notAssessable().values().stream().mapToInt(Integer::intValue).sum();
        Integer notAssessable = statuses().get(ScheduleStatus.NOT_ASSESSABLE);
        checks.require(notAssessable == null || reasons == notAssessable, "notAssessable",
                () -> "the reasons (" + reasons + ") must add up to the tasks not assessable (" + notAssessable + ")");
        checks.throwIfAny("ScheduleSummary");
    }

    private static <E extends Enum<E>> void every(Checks checks, String path, Map<E, Integer> counts, E[] constants) {
        for (E e : constants) {
            Integer n = counts.get(e);
            checks.require(n != null && n >= 0, path, () -> "every key counts 0 tasks or more, " + e + " was " + n);
        }
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
        return statuses().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * How many tasks have a status.
     *
     * @param status the status
     * @return the count
     */
    public int count(ScheduleStatus status) {
        return statuses().get(status);
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
        notAssessable().forEach((reason, n) -> {
            if (n > 0) {
                leftOut.add(Share.Exclusion.of(reason.words(), n));
            }
        });
        return Share.builder().numerator(count(status)).denominator(assessable()).leftOut(leftOut).build();
    }

    /**
     * The summary of this set and another, disjoint one together.
     *
     * @param other the summary of another set of tasks
     * @return the summary of the union
     */
    public ScheduleSummary combine(ScheduleSummary other) {
        return new Tally().addAll(this).addAll(other).summary();
    }

    /** {@code ScheduleSummary[behind=2, on schedule=0, ahead=96, completed=60, not assessable=1 (not applicable: 1)]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ScheduleSummary[");
        statuses().forEach((status, n) -> b.append(status == ScheduleStatus.BEHIND ? "" : ", ").append(status.words()).append('=').append(n));
        List<String> reasons = new ArrayList<>();
        notAssessable().forEach((reason, n) -> {
            if (n > 0) {
                reasons.add(reason.words() + ": " + n);
            }
        });
        return b.append(reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")").append(']').toString();
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

        Tally addAll(ScheduleSummary summary) {
            summary.statuses().forEach((status, n) -> statuses[status.ordinal()] += n);
            summary.notAssessable().forEach((reason, n) -> notAssessable[reason.ordinal()] += n);
            return this;
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
            return ImmutableScheduleSummary.builder()
                    .statuses(counts(STATUSES, statuses, ScheduleStatus.class))
                    .notAssessable(counts(REASONS, notAssessable, ScheduleStatus.Reason.class))
                    .build();
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
