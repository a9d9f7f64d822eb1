package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.StreamingAggregation;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Aggregation by category and by lead unit: {@link ReportAggregation} (every group's progress
 * statistics, median included, and schedule summary; then each group's mean read), and {@link
 * StreamingAggregation} fed the entries (every grouping at once), against a hand-written loop ({@link LoopRollUp}: a HashMap of counters and BigDecimal sums, then the means).
 * {@code LoopRollUpTest} checks that both give the same counts, sums and means.
 *
 * <p>Target: workplan within 2 times the loop, time linear in the tasks.
 */
public class AggregationBenchmark extends SizedBenchmark {

    /** The key of the groups: {@code category} or {@code leadUnit}. */
    @Param({"category", "leadUnit"})
    public String by;

    private ProgressReport report;

    /** Builds the report once. */
    @Setup
    public void prepare() {
        report = SampleReports.of(tasks);
    }

    /**
     * workplan: the report by the key, each group's mean.
     *
     * @param out takes the means
     */
    @Benchmark
    public void workplan(Blackhole out) {
        whole(report, by, out::consume);
    }

    /**
     * workplan, entry by entry: the report's entries fed to a {@link StreamingAggregation} (every
     * grouping and the overall figures at once, no task held), then the groups of the key, each
     * group's mean.
     *
     * @param out takes the means
     */
    @Benchmark
    public void workplanStreaming(Blackhole out) {
        streaming(report, by, out::consume);
    }

    /**
     * The loop: by the key, each group's mean.
     *
     * @param out takes the means
     */
    @Benchmark
    public void loop(Blackhole out) {
        loop(report, by, out::consume);
    }

    /** {@link ReportAggregation} of the report by the key ({@code category} or {@code leadUnit}), each group's mean to the sink. */
    static void whole(ProgressReport report, String by, Consumer<Object> out) {
        ReportAggregation aggregation = ReportAggregation.of(report);
        for (Group<?> g : (by.equals("category") ? aggregation.byCategory() : aggregation.byLeadUnit()).groups()) {
            out.accept(g.statistics().mean());
        }
    }

    /** {@link StreamingAggregation} fed the report's entries, then by the key, each group's mean to the sink. */
    static void streaming(ProgressReport report, String by, Consumer<Object> out) {
        try (StreamingAggregation aggregation = StreamingAggregation.of(ScheduleRule.standard())) {
            report.entries().forEach(aggregation);
            for (Group<?> g : (by.equals("category") ? aggregation.byCategory() : aggregation.byLeadUnit()).groups()) {
                out.accept(g.statistics().mean());
            }
        }
    }

    /** The hand-written loop by the key, each group's mean to the sink. */
    static void loop(ProgressReport report, String by, Consumer<Object> out) {
        Map<?, LoopRollUp.Counter> groups = by.equals("category") ? LoopRollUp.byCategory(report) : LoopRollUp.byLeadUnit(report);
        groups.values().forEach(c -> out.accept(c.mean()));
    }
}
