package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;

/**
 * The CPU time of the aggregating thread ({@link CpuTime}: the median of the last runs in one JVM,
 * as lines of JMH's CSV for {@link RatioTable}) for the work of {@link AggregationBenchmark}: the
 * whole-report and the entry-by-entry aggregation and the hand-written loop, by category and by
 * lead unit, on one sample report.
 *
 * <pre>{@code java -cp benchmarks.jar io.workplan.benchmarks.AggregationCpuTime TASKS [RUNS]}</pre>
 */
public final class AggregationCpuTime {
    private AggregationCpuTime() {}

    /**
     * Measures and prints one CSV line (no header) for each way and key.
     *
     * @param args the tasks, and the runs (5 unless given)
     * @throws Exception never: the work throws nothing checked
     */
    public static void main(String[] args) throws Exception {
        int tasks = Integer.parseInt(args[0]);
        int runs = CpuTime.runs(args, 1);
        ProgressReport report = SampleReports.of(tasks);
        Object[] sink = new Object[1];
        for (String by : new String[] {"category", "leadUnit"}) {
            CpuTime.measure(AggregationCpuTime.class, "loop_" + by, tasks, runs, () -> AggregationBenchmark.loop(report, by, m -> sink[0] = m));
            CpuTime.measure(AggregationCpuTime.class, "workplan_" + by, tasks, runs, () -> AggregationBenchmark.whole(report, by, m -> sink[0] = m));
            CpuTime.measure(AggregationCpuTime.class, "workplanStreaming_" + by, tasks, runs,
                    () -> AggregationBenchmark.streaming(report, by, m -> sink[0] = m));
        }
        if (sink[0] == null) {
            throw new IllegalStateException("no figure was made");
        }
    }
}
