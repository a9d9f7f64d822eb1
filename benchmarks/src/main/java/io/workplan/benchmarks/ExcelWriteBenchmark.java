package io.workplan.benchmarks;

import io.workplan.core.ProgressReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Writing an official sheet to a file: workplan's writer against raw SXSSF writing the same cells
 * with the same merges and formats ({@link SheetWriters}).
 */
public class ExcelWriteBenchmark extends SizedBenchmark {

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
