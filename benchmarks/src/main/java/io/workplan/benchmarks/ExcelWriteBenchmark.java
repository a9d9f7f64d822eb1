package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;
import java.io.IOException;
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
 * Writing an official sheet to a file: workplan's writer against raw SXSSF writing the same cells
 * with the same merges and formats ({@link SheetWriters}).
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
     * @throws IOException never: workplan's writer throws its own exceptions
     */
    @Benchmark
    public Path workplanWrite() throws IOException {
        SheetWriters.WORKPLAN.write(report, file);
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
        SheetWriters.RAW_SXSSF.write(report, file);
        return file;
    }
}
