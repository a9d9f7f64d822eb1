package io.workplan.core.aggregate;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of one report for a report generator: overall, by category, by lead unit, by schedule
 * status or by a key of your own, and rankings.
 *
 * <pre>{@code
 * ReportAggregation agg = ReportAggregation.of(report);          // 序时进度 of the period, tolerance 0
 *                                                                // (none without a period: see ScheduleRule)
 * agg.overall().statistics().mean();                             // mean progress of the report
 * agg.overall().schedule().share(ScheduleStatus.BEHIND);         // 2 of 158 (1.3%), left out: not applicable: 1
 * for (Group<Category> g : agg.byCategory().groups()) { ... }    // in the report's order
 * agg.byLeadUnit();                                              // a task of two units counts for each
 * agg.byLeadUnit(LeadUnitCounting.FIRST_ONLY);                   // ... or for its first only
 * agg.byLeadUnit().withoutKey().tasks();                         // the tasks without a lead unit
 * agg.by(t -> t.leader().orElse(null));                          // any key; null: no key
 * agg.tasksBehindSchedule();                                     // most behind first
 * }</pre>
 *
 * <h2>Orders</h2>
 *
 * Categories in the report's order (every category of the report, even one without tasks; none for
 * a report without categories, whose tasks are all {@linkplain Grouping#withoutKey() without key});
 * statuses in the order of {@link ScheduleStatus} (every status); lead units and caller's keys in
 * the order they first appear among the tasks. Tasks within a group keep the report's order. Ties
 * of a ranking keep the groups' order.
 *
 * <h2>The same figures entry by entry</h2>
 *
 * Every grouping is summed up by the accumulators of {@link StreamingAggregation}, which gives the
 * same values for a report fed to it one entry at a time without holding it. The groupings hold
 * figures, not tasks: the tasks of a group are the report's tasks with its key.
 *
 * @since 0.1.0
 */
public final class ReportAggregation {

    private final ProgressReport report;
    private final ScheduleRule rule;
    private final List<ScheduleAssessment> assessments;

    private ReportAggregation(ProgressReport report, ScheduleRule rule) {
        this.report = Objects.requireNonNull(report, "report");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.assessments = rule.assessAll(report);
    }

    /**
     * The figures of a report judged by the {@linkplain ScheduleRule#standard() standard rule}.
     *
     * @param report the report
     * @return the aggregation
     */
    public static ReportAggregation of(ProgressReport report) {
        return of(report, ScheduleRule.standard());
    }

    /**
     * The figures of a report judged by a rule.
     *
     * @param report the report
     * @param rule how the tasks are judged against the schedule
     * @return the aggregation
     */
    public static ReportAggregation of(ProgressReport report, ScheduleRule rule) {
        return new ReportAggregation(report, rule);
    }

    /**
     * The report.
     *
     * @return the report
     */
    public ProgressReport report() {
        return report;
    }

    /**
     * The rule the tasks are judged by.
     *
     * @return the rule
     */
    public ScheduleRule rule() {
        return rule;
    }

    /**
     * The schedule assessment of every task, in the report's order.
     *
     * @return the assessments
     */
    public List<ScheduleAssessment> assessments() {
        return assessments;
    }

    /**
     * The summary of every task of the report.
     *
     * @return the summary
     */
    public Summary overall() {
        return Summary.of(assessments);
    }

    /**
     * The summary of some tasks of the report.
     *
     * @param tasks tasks of the report
     * @return their summary
     */
    public Summary summarize(Collection<Task> tasks) {
        return tasks.stream().collect(Summary.collector(report, rule));
    }

    /**
     * The tasks by category, in the report's order of categories.
     *
     * <p>The groups hold only the tasks that have a category; the tasks without one (a table without
     * a category column, or rows before its first category) are the grouping's {@link
     * Grouping#withoutKey()}. A report without categories gives no groups at all.
     *
     * @return the grouping; tasks without a category are its {@link Grouping#withoutKey()}
     */
    public Grouping<Category> byCategory() {
        Groups<Category> groups = new Groups<>(SpillFile.unlimited(), report.categories());
        assessments.forEach(a -> groups.add(a.task().category().orElse(null), a));
        return groups.grouping();
    }

    /**
     * The tasks by lead unit, a task with several units counting for each of them.
     *
     * @return the grouping; tasks without a lead unit are its {@link Grouping#withoutKey()}
     */
    public Grouping<LeadUnit> byLeadUnit() {
        return byLeadUnit(LeadUnitCounting.EACH);
    }

    /**
     * The tasks by lead unit.
     *
     * @param counting how a task with several lead units counts
     * @return the grouping; tasks without a lead unit are its {@link Grouping#withoutKey()}
     */
    public Grouping<LeadUnit> byLeadUnit(LeadUnitCounting counting) {
        Groups<LeadUnit> groups = new Groups<>(SpillFile.unlimited(), List.of());
        assessments.forEach(a -> StreamingAggregation.addToLeadUnits(groups, counting, a));
        return groups.grouping();
    }

    /**
     * The tasks by schedule status, every status in the order of {@link ScheduleStatus}.
     *
     * @return the grouping
     */
    public Grouping<ScheduleStatus> byStatus() {
        Groups<ScheduleStatus> groups = new Groups<>(SpillFile.unlimited(), List.of(ScheduleStatus.values()));
        assessments.forEach(a -> groups.add(a.status(), a));
        return groups.grouping();
    }

    /**
     * The tasks by a key of the caller's.
     *
     * @param <K> the type of the key
     * @param key a task's key, or {@code null} when it has none
     * @return the grouping, keys in order of first appearance
     */
    public <K> Grouping<K> by(Function<Task, K> key) {
        return byEach(t -> {
            K k = key.apply(t);
            return k == null ? List.of() : List.of(k);
        });
    }

    /**
     * The tasks by keys of the caller's, a task counting once for each of its keys.
     *
     * @param <K> the type of the keys
     * @param keys a task's keys, possibly none (a key listed twice counts once)
     * @return the grouping, keys in order of first appearance
     */
    public <K> Grouping<K> byEach(Function<Task, ? extends Collection<K>> keys) {
        Groups<K> groups = new Groups<>(SpillFile.unlimited(), List.of());
        assessments.forEach(a -> groups.addEach(keys.apply(a.task()), a));
        return groups.grouping();
    }

    /**
     * The lead units by mean progress, highest first; units with no percentage last.
     *
     * @return the groups of {@link #byLeadUnit()}, ranked
     */
    public List<Group<LeadUnit>> leadUnitsByMeanProgress() {
        return rank(g -> g.statistics().mean());
    }

    /**
     * The lead units by the share of their assessable tasks behind schedule, highest first; units with
     * no assessable task last. Equal shares rank by the number behind, highest first.
     *
     * @return the groups of {@link #byLeadUnit()}, ranked
     */
    public List<Group<LeadUnit>> leadUnitsByShareBehind() {
        Comparator<Group<LeadUnit>> byShare = Comparator.comparing(
                g -> g.schedule().share(ScheduleStatus.BEHIND),
                ReportAggregation::compareShares);
        Comparator<Group<LeadUnit>> order = byShare.thenComparing(g -> g.schedule().count(ScheduleStatus.BEHIND),
                Comparator.reverseOrder());
        List<Group<LeadUnit>> groups = new ArrayList<>(byLeadUnit().groups());
        groups.sort(order);
        return groups;
    }

    /** Higher shares first, exactly (by cross-multiplying); shares of nothing last. */
    private static int compareShares(Share a, Share b) {
        if (a.denominator() == 0 || b.denominator() == 0) {
            return Boolean.compare(a.denominator() == 0, b.denominator() == 0);
        }
        return Long.compare((long) b.numerator() * a.denominator(), (long) a.numerator() * b.denominator());
    }

    private List<Group<LeadUnit>> rank(Function<Group<LeadUnit>, Optional<BigDecimal>> figure) {
        List<Group<LeadUnit>> groups = new ArrayList<>(byLeadUnit().groups());
        groups.sort(Comparator.comparing(g -> figure.apply(g).orElse(null),
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())));
        return groups;
    }

    /**
     * The tasks behind schedule, most behind first (by shortfall in points; ties in the report's
     * order).
     *
     * @return their assessments
     */
    public List<ScheduleAssessment> tasksBehindSchedule() {
        BehindTasks behind = new BehindTasks();
        assessments.forEach(behind::add);
        return behind.mostBehindFirst();
    }
}
