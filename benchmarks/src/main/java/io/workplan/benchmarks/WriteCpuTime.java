package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of the writing thread for one writing of a generated report to a file
 * ({@link CpuTime}: the median of the last 3 of 5 writings in one JVM, as a line of JMH's CSV for
 * {@link RatioTable}), with the writers of {@link ExcelWriteBenchmark}.
 *
 * <pre>{@code java -cp benchmarks.jar io.workplan.benchmarks.WriteCpuTime WRITER TASKS [WRITINGS]}</pre>
 */
public final class WriteCpuTime {
    private WriteCpuTime() {}

    /**
     * Writes and prints one CSV line (no header).
     *
     * @param args the writer's name ({@link SheetWriters}), the tasks, and the writings (5 unless given)
     * @throws Exception what the writer throws
     */
    public static void main(String[] args) throws Exception {
        SheetWriters writer = SheetWriters.valueOf(args[0]);
        Path file = Files.createTempFile("workplan-bench-write", ".xlsx");
        try {
            CpuTime.measure(WriteCpuTime.class, writer.method(), args, tasks -> {
                ProgressReport report = OfficialWorkbooks.report(tasks);
                return () -> {
                    writer.write(report, file);
                    CpuTime.check(Files.size(file) > 0, () -> writer + " wrote nothing");
                };
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
