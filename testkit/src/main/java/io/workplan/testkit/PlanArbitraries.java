package io.workplan.testkit;

import io.workplan.core.Category;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.aggregate.TaskMatcher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik {@link Arbitrary}s of reports of the same plan across periods, as the plan is reported
 * quarter after quarter: some tasks kept with their content, some dropped, some added, the tasks
 * numbered afresh, the progress new.
 *
 * <pre>{@code
 * @Property
 * void comparingSwappedNegates(@ForAll("pairs") Tuple2<ProgressReport, ProgressReport> pair) { ... }
 *
 * @Provide
 * Arbitrary<Tuple2<ProgressReport, ProgressReport>> pairs() {
 *     return PlanArbitraries.reportPairs();
 * }
 * }</pre>
 *
 * <h2>What the pairs guarantee</h2>
 *
 * The second report is of the same year and another period, later in the order of periods unless the
 * first covers the whole year (then it is {@code 1-12月}, which comes before it). A
 * kept task keeps its category and its content, character for character; an added task's content
 * is not {@linkplain TaskMatcher#similarity(String, String) similar} to 1 with any task of the first
 * report. The order of categories is kept, and the tasks are numbered 1..N when the first report's
 * are.
 *
 * @since 0.1.0
 */
public final class PlanArbitraries {
    private PlanArbitraries() {}

    /**
     * Pairs of reports of the same plan, the second following the first (see the class comment); up
     * to 20 tasks each.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Tuple2<ProgressReport, ProgressReport>> reportPairs() {
        return WorkplanArbitraries.datedReports(20).flatMap(first -> nextReport(first).map(second -> Tuple.of(first, second)));
    }

    /**
     * The report of a later period of the same plan (see the class comment). A report without
     * categories is followed by one without; tasks added to a report with categories have one.
     *
     * @param report a report with a period
     * @return the arbitrary of its next reports
     * @throws IllegalArgumentException when the report has no period
     */
    public static Arbitrary<ProgressReport> nextReport(ProgressReport report) {
        ReportingPeriod first = report.period().orElseThrow(() -> new IllegalArgumentException(
                "a report without a period has no next period"));
        List<Optional<Category>> categories = report.categories().isEmpty()
                ? List.of(Optional.empty()) : report.categories().stream().map(Optional::of).toList();
        Arbitrary<List<Boolean>> kept = Arbitraries.of(true, true, true, false).list().ofSize(report.tasks().size());
        Arbitrary<List<Task>> added = Arbitraries.integers().between(0, categories.size() - 1)
                .flatMap(i -> WorkplanArbitraries.tasks(categories.get(i)))
                .list().ofMaxSize(5).uniqueElements(Task::content)
                .map(ts -> ts.stream().filter(t -> unlikeAny(t, report.tasks())).toList());
        Arbitrary<List<Progress>> progress = WorkplanArbitraries.progress().list().ofSize(report.tasks().size() + 5);
        Arbitrary<Boolean> numberedIfNoTasks = Arbitraries.of(true, false);
        return Combinators.combine(laterPeriods(first), kept, added, progress, numberedIfNoTasks)
                .as((period, keep, add, ps, numberedIfEmpty) -> {
                    List<Task> tasks = new ArrayList<>();
                    for (int i = 0; i < report.tasks().size(); i++) {
                        if (keep.get(i)) {
                            tasks.add(report.tasks().get(i));
                        }
                    }
                    tasks.addAll(add);
                    // stable: kept first; tasks before the first category stay first
                    tasks.sort(Comparator.comparingInt(t -> categories.indexOf(t.category())));
                    boolean numbered = report.tasks().isEmpty() ? numberedIfEmpty
                            : report.tasks().get(0).number().isPresent();
                    ProgressReport.Builder next = ProgressReport.builder().from(report).period(period)
                            .title(period.label() + report.title()).categories(report.categories()).tasks(List.of()).entries(List.of());
                    for (int i = 0; i < tasks.size(); i++) {
                        Task.Builder task = Task.builder().from(tasks.get(i));
                        task = numbered ? task.number(i + 1) : task.number(OptionalInt.empty());
                        next.addEntries(ProgressEntry.of(task.build(), period, ps.get(i)));
                    }
                    return next.build();
                });
    }

    private static boolean unlikeAny(Task task, List<Task> tasks) {
        return tasks.stream().noneMatch(t -> TaskMatcher.similarity(t.content(), task.content()).compareTo(BigDecimal.ONE) == 0);
    }

    /**
     * Periods of the same year ending later; at the year's end, the whole year (later in the order of
     * periods); after a whole year, 1-12月 (the one period of a pair that comes first).
     */
    private static Arbitrary<ReportingPeriod> laterPeriods(ReportingPeriod period) {
        int year = period.year();
        if (period.endMonth() < 12) {
            return Arbitraries.integers().between(period.endMonth() + 1, 12).map(m -> m % 3 == 0
                    ? ReportingPeriod.quarter(year, m / 3) : ReportingPeriod.months(year, m));
        }
        return Arbitraries.just(period.span() == ReportingPeriod.Span.YEAR ? ReportingPeriod.months(year, 12) : ReportingPeriod.year(year));
    }

    /**
     * Reports some of whose tasks have no lead unit, as real tables sometimes leave the cell empty: the
     * reports of {@link WorkplanArbitraries#reports(int)} (with and without categories, extras and
     * period), a quarter of the tasks stripped of their
     * lead units.
     *
     * @param maxTasks the most tasks of a report
     * @return the arbitrary
     */
    public static Arbitrary<ProgressReport> reportsWithUnitlessTasks(int maxTasks) {
        return WorkplanArbitraries.reports(maxTasks).flatMap(report -> Arbitraries.of(true, false, false, false)
                .list().ofSize(report.tasks().size()).map(strip -> {
                    ProgressReport.Builder b = ProgressReport.builder().from(report).tasks(List.of()).entries(List.of());
                    for (int i = 0; i < report.tasks().size(); i++) {
                        Task t = report.tasks().get(i);
                        Task task = strip.get(i) ? Task.builder().from(t).leadUnits(List.of()).build() : t;
                        b.addEntries(ProgressEntry.of(task, report.period(), report.progressOf(t).orElseThrow()));
                    }
                    return b.build();
                }));
    }
}
