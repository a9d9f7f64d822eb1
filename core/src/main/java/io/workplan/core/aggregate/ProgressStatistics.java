package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Statistics of the progress of a set of tasks: how many, how many with a percentage, the mean,
 * median, minimum and maximum of the percentages, how many of each {@linkplain Progress.Kind kind},
 * how many completed and how many above 100 %.
 *
 * <pre>{@code
 * ProgressStatistics all = ProgressStatistics.of(report, report.tasks());
 * all.tasks();               // 159
 * all.percentShare();        // 158 of 159 (99.4%)
 * all.mean();                // Optional[59.9778481013], full precision, see Figures
 * all.mean().map(m -> Figures.display(m, 1));  // Optional[60.0]
 *
 * // your own grouping, with the collector:
 * Map<String, ProgressStatistics> byLeader = report.tasks().stream()
 *     .collect(Collectors.groupingBy(t -> t.leader().orElse("-"), ProgressStatistics.collector(report)));
 * }</pre>
 *
 * <h2>What is counted</h2>
 *
 * <ul>
 *   <li>A task <em>has a percentage</em> when its progress names one: a {@link Progress.Kind#PERCENT},
 *       or a {@link Progress.Kind#NARRATIVE} naming a share of the target ({@code 完成全年任务的78%}).
 *       Mean, median, minimum and maximum are over those tasks only: {@link #percentShare()} says how
 *       many were left out.
 *   <li>A task is <em>completed</em> when {@link Progress#isCompleted()}: a completed word, or a
 *       percentage of 100 or more.
 *   <li>A task of the set that has no progress entry in its report is counted in {@link #tasks()}
 *       and in {@link #withoutEntry()}, and in no kind.
 * </ul>
 *
 * <h2>Precision</h2>
 *
 * Every figure is exact except the mean, which follows {@link Figures#mean(BigDecimal, long)}. The
 * median of an even number of percentages is the exact half of the middle two.
 *
 * <h2>Combining</h2>
 *
 * The statistics keep every percentage ({@link #percentages()}), so that {@link
 * #combine(ProgressStatistics)} of the statistics of two disjoint sets equals the statistics of their
 * union, median included.
 *
 * @param tasks how many tasks
 * @param withoutEntry how many of them have no progress entry
 * @param kinds how many tasks of each kind; every kind is a key, possibly with 0
 * @param percentages the percentages of the tasks that have one, ascending (equal values by scale)
 * @param completed how many tasks are completed
 * @param aboveHundred how many tasks have a percentage above 100
 * @since 0.1.0
 */
public record ProgressStatistics(
        int tasks, int withoutEntry, Map<Progress.Kind, Integer> kinds, List<BigDecimal> percentages,
        int completed, int aboveHundred) {

    /** The order of {@link #percentages()}: by value, equal values by scale, so that it is one order. */
    static final Comparator<BigDecimal> ORDER = (a, b) -> {
        int byValue = a.compareTo(b);
        return byValue != 0 ? byValue : Integer.compare(a.scale(), b.scale());
    };

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    /** The shortest list of percentages sorted by counting its distinct values. */
    private static final int FEW_VALUES_FROM = 64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * Checks and copies the attributes.
     *
     * @param tasks how many tasks
     * @param withoutEntry how many have no progress entry
     * @param kinds how many of each kind
     * @param percentages the percentages, ascending
     * @param completed how many are completed
     * @param aboveHundred how many are above 100 %
     */
    public ProgressStatistics {
        EnumMap<Progress.Kind, Integer> all = new EnumMap<>(Progress.Kind.class);
        for (Progress.Kind kind : Progress.Kind.values()) {
            all.put(kind, kinds.getOrDefault(kind, 0));
        }
        kinds = Collections.unmodifiableMap(all);
        percentages = List.copyOf(percentages);
        int kindTotal = all.values().stream().mapToInt(Integer::intValue).sum();
        if (kindTotal + withoutEntry != tasks) {
            throw new IllegalArgumentException("the kinds (" + kindTotal + ") and the tasks without entry ("
                    + withoutEntry + ") must add up to the tasks (" + tasks + ")");
        }
        for (int i = 1; i < percentages.size(); i++) {
            if (ORDER.compare(percentages.get(i - 1), percentages.get(i)) > 0) {
                throw new IllegalArgumentException("the percentages must be in ascending order");
            }
        }
    }

    /**
     * The statistics of no task.
     *
     * @return empty statistics
     */
    public static ProgressStatistics empty() {
        return new ProgressStatistics(0, 0, Map.of(), List.of(), 0, 0);
    }

    /**
     * The statistics of tasks of a report.
     *
     * @param report the report
     * @param tasks tasks of the report (a task not in it counts as without entry)
     * @return the statistics
     */
    public static ProgressStatistics of(ProgressReport report, Iterable<Task> tasks) {
        Tally tally = new Tally();
        tasks.forEach(t -> tally.add(report.progressOf(t)));
        return tally.statistics();
    }

    /**
     * A collector of the statistics of tasks of a report, looking up each task's progress.
     *
     * @param report the report the tasks are from
     * @return the collector
     */
    public static Collector<Task, ?, ProgressStatistics> collector(ProgressReport report) {
        return Collector.of(Tally::new, (tally, task) -> tally.add(report.progressOf(task)), Tally::merge, Tally::statistics);
    }

    /**
     * A collector of the statistics of progress values, one per task.
     *
     * @return the collector
     */
    public static Collector<Progress, ?, ProgressStatistics> progressCollector() {
        return Collector.of(Tally::new, (tally, p) -> tally.add(Optional.of(p)), Tally::merge, Tally::statistics);
    }

    /**
     * How many tasks have a percentage.
     *
     * @return the count
     */
    public int withPercent() {
        return percentages.size();
    }

    /**
     * How many tasks are of a kind.
     *
     * @param kind the kind
     * @return the count
     */
    public int count(Progress.Kind kind) {
        return kinds.get(kind);
    }

    /**
     * The exact sum of the percentages.
     *
     * @return the sum; 0 when no task has a percentage
     */
    public BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal percent : percentages) {
            sum = sum.add(percent);
        }
        return sum;
    }

    /**
     * The mean of the percentages, by {@link Figures#mean(BigDecimal, long)}.
     *
     * @return the mean, or empty when no task has a percentage
     */
    public Optional<BigDecimal> mean() {
        return percentages.isEmpty() ? Optional.empty() : Optional.of(Figures.mean(sum(), percentages.size()));
    }

    /**
     * The median of the percentages, exact.
     *
     * @return the median, or empty when no task has a percentage
     */
    public Optional<BigDecimal> median() {
        int n = percentages.size();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n % 2 == 1 ? percentages.get(n / 2)
                : percentages.get(n / 2 - 1).add(percentages.get(n / 2)).divide(TWO));
    }

    /**
     * The smallest percentage.
     *
     * @return the minimum, or empty when no task has a percentage
     */
    public Optional<BigDecimal> min() {
        return percentages.isEmpty() ? Optional.empty() : Optional.of(percentages.get(0));
    }

    /**
     * The largest percentage.
     *
     * @return the maximum, or empty when no task has a percentage
     */
    public Optional<BigDecimal> max() {
        return percentages.isEmpty() ? Optional.empty() : Optional.of(percentages.get(percentages.size() - 1));
    }

    /**
     * The share of the tasks that have a percentage; nothing is left out.
     *
     * @return the share
     */
    public Share percentShare() {
        return Share.of(withPercent(), tasks);
    }

    /**
     * The share of the tasks that are completed; nothing is left out.
     *
     * @return the share
     */
    public Share completedShare() {
        return Share.of(completed, tasks);
    }

    /**
     * The share of the tasks with a percentage that are above 100 %; the tasks without a percentage
     * are left out.
     *
     * @return the share
     */
    public Share aboveHundredShare() {
        return Share.of(aboveHundred, withPercent(), "without a percentage", tasks - withPercent());
    }

    /**
     * The statistics of this set and another, disjoint one together.
     *
     * @param other the statistics of another set of tasks
     * @return the statistics of the union
     */
    public ProgressStatistics combine(ProgressStatistics other) {
        EnumMap<Progress.Kind, Integer> kinds = new EnumMap<>(this.kinds);
        other.kinds.forEach((k, n) -> kinds.merge(k, n, Integer::sum));
        List<BigDecimal> merged = new ArrayList<>(percentages);
        merged.addAll(other.percentages);
        merged.sort(ORDER);
        return new ProgressStatistics(tasks + other.tasks, withoutEntry + other.withoutEntry, kinds, merged,
                completed + other.completed, aboveHundred + other.aboveHundred);
    }

    /** The mutable state of the collectors: counts by the kinds' ordinals, no boxing per task. */
    static final class Tally {
        private static final Progress.Kind[] KINDS = Progress.Kind.values();
        private int tasks;
        private int withoutEntry;
        private final int[] kinds = new int[KINDS.length];
        private final List<BigDecimal> percentages = new ArrayList<>();
        private int completed;
        private int aboveHundred;

        void add(Optional<Progress> progress) {
            tasks++;
            if (progress.isEmpty()) {
                withoutEntry++;
                return;
            }
            Progress p = progress.get();
            kinds[p.kind().ordinal()]++;
            Optional<BigDecimal> percent = p.percent();
            if (percent.isPresent()) {
                percentages.add(percent.get());
                if (percent.get().compareTo(ONE_HUNDRED) > 0) {
                    aboveHundred++;
                }
            }
            if (p.isCompleted()) {
                completed++;
            }
        }

        Tally merge(Tally other) {
            tasks += other.tasks;
            withoutEntry += other.withoutEntry;
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] += other.kinds[i];
            }
            percentages.addAll(other.percentages);
            completed += other.completed;
            aboveHundred += other.aboveHundred;
            return this;
        }

        ProgressStatistics statistics() {
            // An immutable list: the record's List.copyOf keeps it without another copy.
            return new ProgressStatistics(tasks, withoutEntry, ScheduleSummary.counts(KINDS, kinds, Progress.Kind.class),
                    List.of(sorted(percentages)), completed, aboveHundred);
        }

        /**
         * The percentages in {@link #ORDER}. Percentages repeat (50, 100, 53.6, …; a figure to one
         * decimal has a few thousand values at most): when a long list has few distinct values,
         * those are sorted and each repeated, rather than every percentage compared.
         */
        static BigDecimal[] sorted(List<BigDecimal> percentages) {
            int n = percentages.size();
            if (n >= FEW_VALUES_FROM) {
                // Equal in ORDER is equal by BigDecimal.equals: the same value and scale.
                Map<BigDecimal, int[]> counts = new HashMap<>();
                int most = n / 8;
                for (BigDecimal percent : percentages) {
                    int[] count = counts.get(percent);
                    if (count == null) {
                        if (counts.size() == most) {
                            counts = null;
                            break;
                        }
                        count = new int[1];
                        counts.put(percent, count);
                    }
                    count[0]++;
                }
                if (counts != null) {
                    BigDecimal[] values = counts.keySet().toArray(new BigDecimal[0]);
                    Arrays.sort(values, ORDER);
                    BigDecimal[] sorted = new BigDecimal[n];
                    int at = 0;
                    for (BigDecimal value : values) {
                        int times = counts.get(value)[0];
                        Arrays.fill(sorted, at, at + times, value);
                        at += times;
                    }
                    return sorted;
                }
            }
            BigDecimal[] sorted = percentages.toArray(new BigDecimal[0]);
            Arrays.sort(sorted, ORDER);
            return sorted;
        }
    }
}
