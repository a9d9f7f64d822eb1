package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelWriter;
import io.workplan.excel.ExcelWriterOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing an official sheet: workplan's {@link ExcelWriter} (checked cells, merged runs, widths,
 * heights, document properties; no summary sheets) against raw SXSSF writing the same cells with
 * the same merges and formats ({@link OfficialWorkbooks#write}), both to a file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ExcelWriteBenchmark {

    /** Tasks in the report. */
    @Param({"10000", "100000", "1000000"})
    public int tasks;

    private ProgressReport report;
    private Path file;
    private final ExcelWriter writer = ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build());

    /**
     * Builds the report.
     *
     * @throws IOException when no temporary file can be made
     */
    @Setup
    public void prepare() throws IOException {
        report = OfficialWorkbooks.report(tasks);
        file = Files.createTempFile("workplan-bench-write", ".xlsx");
    }

    /**
     * Deletes the file.
     *
     * @throws IOException when it cannot be deleted
     */
    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * workplan's writer.
     *
     * @return the file
     */
    @Benchmark
    public Path workplanWrite() {
        writer.write(report, file);
        return file;
    }

    /**
     * Raw SXSSF: the same cells, merges and formats, texts inline as SXSSF's default.
     *
     * @return the file
     * @throws IOException when it cannot be written
     */
    @Benchmark
    public Path rawSxssf() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            OfficialWorkbooks.write(out, report.entries().stream().map(OfficialWorkbooks.Cells::of).iterator(), false);
        }
        return file;
    }
}
