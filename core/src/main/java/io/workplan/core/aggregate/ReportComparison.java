package io.workplan.core.aggregate;

import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two reports of the same plan compared, quarter over quarter: per task the change, counts improved
 * / unchanged / declined, tasks newly completed, tasks added and removed, tasks whose progress went
 * down.
 *
 * <pre>{@code
 * ReportComparison c = ReportComparison.of(q1, q2);
 * c.count(TaskChange.Direction.IMPROVED);   // 140
 * c.newlyCompleted();                        // the tasks completed in Q2, not in Q1
 * c.wentDown();                              // flagged: cumulative progress should not go down
 * c.added();                                 // in Q2 only
 * c.removed();                               // in Q1 only
 * }</pre>
 *
 * <p>Tasks are matched by a {@link TaskMatcher}: by number when the content agrees, by content
 * similarity otherwise. The reports are taken in the order given, whatever their periods: swapping
 * them negates every change and swaps added and removed.
 *
 * @since 0.1.0
 */
public final class ReportComparison {

    private final ProgressReport earlier;
    private final ProgressReport later;
    private final List<TaskChange> changes;
    private final List<Task> added;
    private final List<Task> removed;
    private final List<AmbiguousMatch> ambiguities;

    private ReportComparison(ProgressReport earlier, ProgressReport later, TaskMatcher matcher) {
        this.earlier = Objects.requireNonNull(earlier, "earlier");
        this.later = Objects.requireNonNull(later, "later");
        TaskMatching matching = matcher.matching(earlier.tasks(), later.tasks());
        List<TaskMatch> matches = matching.matches();
        this.ambiguities = matching.ambiguities();
        this.changes = matches.stream()
                .map(m -> TaskChange.builder().match(m).before(earlier.progressOf(m.earlier())).after(later.progressOf(m.later())).build())
                .collect(Collectors.toUnmodifiableList());
        Set<Task> matchedEarlier = new HashSet<>();
        Set<Task> matchedLater = new HashSet<>();
        matches.forEach(m -> {
            matchedEarlier.add(m.earlier());
            matchedLater.add(m.later());
        });
        this.added = later.tasks().stream().filter(t -> !matchedLater.contains(t)).collect(Collectors.toUnmodifiableList());
        this.removed = earlier.tasks().stream().filter(t -> !matchedEarlier.contains(t)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Compares two reports with the {@linkplain TaskMatcher#standard() standard matcher}.
     *
     * @param earlier the first report, normally the earlier period
     * @param later the second report
     * @return the comparison
     */
    public static ReportComparison of(ProgressReport earlier, ProgressReport later) {
        return of(earlier, later, TaskMatcher.standard());
    }

    /**
     * Compares two reports.
     *
     * @param earlier the first report, normally the earlier period
     * @param later the second report
     * @param matcher how tasks are matched
     * @return the comparison
     */
    public static ReportComparison of(ProgressReport earlier, ProgressReport later, TaskMatcher matcher) {
        return new ReportComparison(earlier, later, matcher);
    }

    /**
     * The first report.
     *
     * @return the report
     */
    public ProgressReport earlier() {
        return earlier;
    }

    /**
     * The second report.
     *
     * @return the report
     */
    public ProgressReport later() {
        return later;
    }

    /**
     * The change of every task in both reports, in the second report's order.
     *
     * @return the changes
     */
    public List<TaskChange> changes() {
        return changes;
    }

    /**
     * The tasks of the second report that match none of the first, in its order.
     *
     * @return the added tasks
     */
    public List<Task> added() {
        return added;
    }

    /**
     * The tasks of the first report that match none of the second, in its order.
     *
     * @return the removed tasks
     */
    public List<Task> removed() {
        return removed;
    }

    /**
     * The tasks not matched because two tasks or more of the other report fit them nearly as well
     * (see {@link TaskMatcher}): they are in {@link #added()} and {@link #removed()}, and named here
     * with their candidates.
     *
     * @return the ambiguities
     * @since 0.2.0
     */
    public List<AmbiguousMatch> ambiguities() {
        return ambiguities;
    }

    /**
     * How many matched tasks went each way.
     *
     * @param direction the direction
     * @return the count
     */
    public int count(TaskChange.Direction direction) {
        return (int) changes.stream().filter(c -> c.direction() == direction).count();
    }

    /**
     * How many matched tasks went each way, every direction a key, in the order of {@link
     * TaskChange.Direction}.
     *
     * @return the counts
     */
    public Map<TaskChange.Direction, Integer> counts() {
        Map<TaskChange.Direction, Integer> counts = new EnumMap<>(TaskChange.Direction.class);
        for (TaskChange.Direction d : TaskChange.Direction.values()) {
            counts.put(d, count(d));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The tasks completed in the second report and not in the first.
     *
     * @return their changes, in the second report's order
     */
    public List<TaskChange> newlyCompleted() {
        return changes.stream().filter(TaskChange::newlyCompleted).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The tasks whose reported progress went down: a data-quality flag.
     *
     * @return their changes, in the second report's order
     */
    public List<TaskChange> wentDown() {
        return changes.stream().filter(TaskChange::wentDown).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The comparison in one line: the two reports' titles and periods, how many tasks were matched,
     * each direction's count, the tasks added, removed, newly completed and gone down:
     * {@code ReportComparison[2024年第一季度 → 2024年第二季度: 158 matched (improved 140, unchanged 15,
     * declined 2, not comparable 1), 1 added, 0 removed, 12 newly completed, 2 went down]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        Map<TaskChange.Direction, Integer> counts = counts();
        return "ReportComparison[" + label(earlier) + " → " + label(later) + ": " + changes.size() + " matched ("
                + counts.entrySet().stream().map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + "), " + added.size() + " added, " + removed.size() + " removed, " + newlyCompleted().size() + " newly completed, "
                + wentDown().size() + " went down]";
    }

    /** A report's period, or its title when it names none. */
    private static String label(ProgressReport report) {
        return report.period().map(p -> p.label()).orElse(report.title());
    }
}
