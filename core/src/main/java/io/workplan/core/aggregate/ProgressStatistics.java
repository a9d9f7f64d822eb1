package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import org.immutables.value.Value;

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
 * <h2>Bounded memory</h2>
 *
 * The statistics are figures, not a list of the percentages: they are counted as a count per
 * distinct percentage (percentages repeat), so that a report read entry by entry is summed up in
 * memory that does not grow with its tasks ({@link StreamingAggregation}). To combine the statistics
 * of several sets, collect their union: the collectors merge exactly, parallel streams included.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgressStatistics {

    /** The order of the percentages: by value, equal values by scale, so that it is one order. */
    static final Comparator<BigDecimal> ORDER = (a, b) -> {
        int byValue = a.compareTo(b);
        return byValue != 0 ? byValue : Integer.compare(a.scale(), b.scale());
    };

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    private static final Progress.Kind[] KINDS = Progress.Kind.values();

    ProgressStatistics() {}

    /**
     * How many tasks.
     *
     * @return the count
     */
    public abstract int tasks();

    /**
     * How many of them have no progress entry.
     *
     * @return the count
     */
    public abstract int withoutEntry();

    /**
     * How many tasks are of each kind; every kind is a key, possibly with 0.
     *
     * @return the counts, in the order of {@link Progress.Kind}
     */
    public abstract Map<Progress.Kind, Integer> kinds();

    /**
     * How many tasks have a percentage.
     *
     * @return the count
     */
    public abstract int withPercent();

    /**
     * The exact sum of the percentages.
     *
     * @return the sum; 0 when no task has a percentage
     */
    public abstract BigDecimal sum();

    /**
     * The median of the percentages, exact: the middle one, or the exact half of the middle two.
     *
     * @return the median, or empty when no task has a percentage
     */
    public abstract Optional<BigDecimal> median();

    /**
     * The smallest percentage (of equal values, the one of the smallest scale).
     *
     * @return the minimum, or empty when no task has a percentage
     */
    public abstract Optional<BigDecimal> min();

    /**
     * The largest percentage (of equal values, the one of the largest scale).
     *
     * @return the maximum, or empty when no task has a percentage
     */
    public abstract Optional<BigDecimal> max();

    /**
     * How many tasks are completed.
     *
     * @return the count
     */
    public abstract int completed();

    /**
     * How many tasks have a percentage above 100.
     *
     * @return the count
     */
    public abstract int aboveHundred();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        int kindTotal = 0;
        for (Progress.Kind kind : KINDS) {
            Integer n = kinds().get(kind);
            checks.require(n != null && n >= 0, "kinds", () -> "every kind counts 0 tasks or more, " + kind + " was " + n);
            kindTotal += n == null ? 0 : n;
        }
        int total = kindTotal;
        checks.require(total + withoutEntry() == tasks(), "tasks", () -> "the kinds (" + total
                + ") and the tasks without entry (" + withoutEntry() + ") must add up to the tasks (" + tasks() + ")");
        checks.require(withPercent() >= 0 && withPercent() <= total, "withPercent",
                () -> "between 0 and the tasks with an entry (" + total + "), was " + withPercent());
        checks.require(completed() >= 0 && completed() <= total, "completed",
                () -> "between 0 and the tasks with an entry (" + total + "), was " + completed());
        checks.require(aboveHundred() >= 0 && aboveHundred() <= withPercent(), "aboveHundred",
                () -> "between 0 and the tasks with a percentage (" + withPercent() + "), was " + aboveHundred());
        boolean any = withPercent() > 0;
        checks.require(median().isPresent() == any && min().isPresent() == any && max().isPresent() == any, "median",
                "the median, minimum and maximum are given exactly when a task has a percentage");
        if (any && median().isPresent() && min().isPresent() && max().isPresent()) {
            checks.require(min().get().compareTo(median().get()) <= 0 && median().get().compareTo(max().get()) <= 0,
                    "median", "the minimum, median and maximum must be in ascending order");
        }
        checks.require(any || sum().signum() == 0, "sum", "the sum of no percentage is 0");
        checks.throwIfAny("ProgressStatistics");
    }

    /**
     * The statistics of no task.
     *
     * @return empty statistics
     */
    public static ProgressStatistics empty() {
        return new Tally(SpillFile.unlimited()).statistics();
    }

    /**
     * The statistics of tasks of a report.
     *
     * @param report the report
     * @param tasks tasks of the report (a task not in it counts as without entry)
     * @return the statistics
     */
    public static ProgressStatistics of(ProgressReport report, Iterable<Task> tasks) {
        Tally tally = new Tally(SpillFile.unlimited());
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
        return Collector.of(Tally::unlimited, (tally, task) -> tally.add(report.progressOf(task)), Tally::merge, Tally::statistics);
    }

    /**
     * A collector of the statistics of progress values, one per task.
     *
     * @return the collector
     */
    public static Collector<Progress, ?, ProgressStatistics> progressCollector() {
        return Collector.of(Tally::unlimited, (tally, p) -> tally.add(Optional.of(p)), Tally::merge, Tally::statistics);
    }

    /**
     * How many tasks are of a kind.
     *
     * @param kind the kind
     * @return the count
     */
    public int count(Progress.Kind kind) {
        return kinds().get(kind);
    }

    /**
     * The mean of the percentages, by {@link Figures#mean(BigDecimal, long)}.
     *
     * @return the mean, or empty when no task has a percentage
     */
    public Optional<BigDecimal> mean() {
        return withPercent() == 0 ? Optional.empty() : Optional.of(Figures.mean(sum(), withPercent()));
    }

    /**
     * The share of the tasks that have a percentage; nothing is left out.
     *
     * @return the share
     */
    public Share percentShare() {
        return Share.of(withPercent(), tasks());
    }

    /**
     * The share of the tasks that are completed; nothing is left out.
     *
     * @return the share
     */
    public Share completedShare() {
        return Share.of(completed(), tasks());
    }

    /**
     * The share of the tasks with a percentage that are above 100 %; the tasks without a percentage
     * are left out.
     *
     * @return the share
     */
    public Share aboveHundredShare() {
        return Share.of(aboveHundred(), withPercent(), "without a percentage", tasks() - withPercent());
    }

    /** {@code ProgressStatistics[tasks=159, with a percentage=158, mean=59.98, median=60, min=0, max=100, ...]}: the figures in full. */
    @Override
    public String toString() {
        return "ProgressStatistics[tasks=" + tasks() + ", without entry=" + withoutEntry() + ", with a percentage=" + withPercent()
                + ", sum=" + sum().toPlainString() + ", mean=" + plain(mean()) + ", median=" + plain(median())
                + ", min=" + plain(min()) + ", max=" + plain(max()) + ", completed=" + completed()
                + ", above 100=" + aboveHundred() + ", kinds=" + kinds() + "]";
    }

    static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("-");
    }

    /**
     * The mutable state of the statistics of a set of tasks, fed one progress at a time: counts by
     * the kinds' ordinals (no boxing per task) and the percentages as counts per distinct value.
     */
    static final class Tally {
        private int tasks;
        private int withoutEntry;
        private final int[] kinds = new int[KINDS.length];
        private final PercentCounts percentages;
        private int completed;
        private int aboveHundred;

        Tally(SpillFile spill) {
            this.percentages = new PercentCounts(spill);
        }

        static Tally unlimited() {
            return new Tally(SpillFile.unlimited());
        }

        void add(Optional<Progress> progress) {
            if (progress.isEmpty()) {
                tasks++;
                withoutEntry++;
                return;
            }
            add(progress.get());
        }

        void add(Progress p) {
            tasks++;
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
            PercentCounts.Result figures = percentages.figures();
            return ImmutableProgressStatistics.builder()
                    .tasks(tasks)
                    .withoutEntry(withoutEntry)
                    .kinds(ScheduleSummary.counts(KINDS, kinds, Progress.Kind.class))
                    .withPercent(percentages.size())
                    .sum(figures.sum())
                    .median(Optional.ofNullable(figures.median()))
                    .min(Optional.ofNullable(figures.min()))
                    .max(Optional.ofNullable(figures.max()))
                    .completed(completed)
                    .aboveHundred(aboveHundred)
                    .build();
        }
    }
}
