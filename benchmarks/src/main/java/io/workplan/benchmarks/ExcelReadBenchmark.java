package io.workplan.benchmarks;

import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriter;
import io.workplan.excel.ExcelWriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading an official sheet: workplan's two modes against what a user would write with POI alone
 * (open the workbook, format every cell with {@link DataFormatter}), which gives strings without
 * merged cells filled down, progress classified or problems located.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ExcelReadBenchmark {

    /** Tasks in the sheet. */
    @Param({"10000"})
    public int tasks;

    private Path file;

    /**
     * Writes the sheet once.
     *
     * @throws IOException when the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void writeSheet() throws IOException {
        file = Files.createTempFile("workplan-bench", ".xlsx");
        ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build()).write(SampleReports.of(tasks), file);
    }

    /**
     * Deletes the sheet.
     *
     * @throws IOException when it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteSheet() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * workplan, in memory: the whole report.
     *
     * @param bh the sink
     */
    @Benchmark
    public void workplanInMemory(Blackhole bh) {
        bh.consume(new ExcelReader().read(file).report());
    }

    /**
     * workplan, streaming (SAX), entry by entry.
     *
     * @param bh the sink
     */
    @Benchmark
    public void workplanStreamingEntries(Blackhole bh) {
        bh.consume(new ExcelReader(ExcelReadOptions.builder().streaming(true).build()).read(file, bh::consume));
    }

    /**
     * POI alone: every cell's formatted text.
     *
     * @param bh the sink
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public void poiCellTexts(Blackhole bh) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    bh.consume(formatter.formatCellValue(cell));
                }
            }
        }
    }
}
