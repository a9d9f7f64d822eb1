package io.workplan.core.aggregate.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.aggregate.LeadUnitCounting;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.testkit.PlanArbitraries;
import io.workplan.testkit.WorkplanArbitraries;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A report fed to {@link StreamingAggregation} one entry at a time gives exactly the figures of
 * {@link ReportAggregation} of the whole report: every summary, group and grouping equal (counts,
 * sums, means, medians, minima, maxima, kinds, statuses, first tasks, orders), with the percentages
 * held in memory or spilled to the temporary file past a tiny budget.
 */
// the statistics tables are printed only when a property fails: a passing build says nothing
@net.jqwik.api.statistics.StatisticsReport(onFailureOnly = true)
class StreamingAggregationProperties {

    @Provide
    Arbitrary<ProgressReport> reports() {
        return Arbitraries.oneOf(WorkplanArbitraries.reportsOfEveryShape(30), PlanArbitraries.reportsWithUnitlessTasks(25));
    }

    /** The budget of distinct percentages in memory: tiny ones spill at almost every new value. */
    @Provide
    Arbitrary<Integer> budgets() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 2)),
                Tuple.of(1, Arbitraries.just(StreamingAggregation.DEFAULT_DISTINCT_IN_MEMORY)));
    }

    @Property(tries = 200)
    void streamingGivesTheFiguresOfTheWholeReport(@ForAll("reports") ProgressReport report, @ForAll("budgets") int budget,
            @ForAll @IntRange(min = 0, max = 3) int tolerance, @ForAll boolean expectedGiven, @ForAll boolean categoriesGiven) {
        ScheduleRule rule = ScheduleRule.standard().withTolerance(BigDecimal.valueOf(tolerance));
        if (expectedGiven) {
            rule = rule.withExpected(new BigDecimal("37.5"));
        }
        ReportAggregation whole = ReportAggregation.of(report, rule);
        for (LeadUnitCounting counting : LeadUnitCounting.values()) {
            try (StreamingAggregation streaming = StreamingAggregation.builder().rule(rule)
                    .categories(categoriesGiven ? report.categories() : java.util.List.of())
                    .period(report.period()).leadUnitCounting(counting).keepTasksBehind(true).distinctInMemory(budget).build()) {
                feedEntryByEntry(report, streaming);

                assertThat(streaming.overall()).isEqualTo(whole.overall());
                assertThat(streaming.byCategory()).isEqualTo(whole.byCategory());
                // the categories known only at the end, as a sheet read entry by entry gives them
                assertThat(streaming.byCategory(report.categories())).isEqualTo(whole.byCategory());
                assertThat(streaming.byLeadUnit()).isEqualTo(whole.byLeadUnit(counting));
                assertThat(streaming.byStatus()).isEqualTo(whole.byStatus());
                assertThat(streaming.tasksBehindSchedule()).isEqualTo(whole.tasksBehindSchedule());
                // asked again, the figures are the same
                assertThat(streaming.overall().statistics().median()).isEqualTo(whole.overall().statistics().median());
            }
        }
        // more distinct percentages than the budget: the overall count alone spills (about one try in five)
        long distinct = report.entries().stream().flatMap(e -> e.progress().percent().stream()).distinct().count();
        Statistics.label("spilled").collect(distinct > budget);
        Statistics.label("spilled").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("tasks without entry").collect(report.entries().size() < report.tasks().size());
        Statistics.label("tasks without entry").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 100)
    void addingAWholeReportIsFeedingItsEntries(@ForAll("reports") ProgressReport report, @ForAll("budgets") int budget) {
        ReportAggregation whole = ReportAggregation.of(report);
        try (StreamingAggregation streaming = StreamingAggregation.builder().distinctInMemory(budget).build()) {
            streaming.addAll(report);
            assertThat(streaming.overall()).isEqualTo(whole.overall());
            assertThat(streaming.byCategory()).isEqualTo(whole.byCategory());
            assertThat(streaming.byLeadUnit()).isEqualTo(whole.byLeadUnit());
        }
    }

    /**
     * The report's tasks in order, as a reader gives them: each task's entry through the consumer,
     * a task without entry through {@link StreamingAggregation#add(Task, Optional)}.
     */
    private static void feedEntryByEntry(ProgressReport report, StreamingAggregation streaming) {
        Map<Task, ProgressEntry> entries = new IdentityHashMap<>();
        report.entries().forEach(e -> entries.put(e.task(), e));
        for (Task task : report.tasks()) {
            ProgressEntry entry = entries.get(task);
            if (entry != null) {
                streaming.accept(entry);
            } else {
                streaming.add(task, Optional.empty());
            }
        }
    }
}
