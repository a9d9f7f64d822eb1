package io.workplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reader the benchmarks measure gives exactly workplan's rows, so that they measure the same work. */
class SheetReadersTest {
    private static final int TASKS = 2000;

    @TempDir
    static Path dir;

    private static Path file;
    private static List<TaskRow> expected;

    @BeforeAll
    static void sheet() throws Exception {
        file = dir.resolve("official.xlsx");
        OfficialWorkbooks.write(file, TASKS);
        expected = rows(SheetReaders.WORKPLAN_STREAMING, file);
    }

    private static List<TaskRow> rows(SheetReaders reader, Path workbook) throws Exception {
        List<TaskRow> rows = new ArrayList<>();
        reader.read(workbook, rows::add);
        return rows;
    }

    @Test
    void workplanReadsTheGeneratedCells() {
        List<TaskRow> generated = IntStream.range(0, TASKS).mapToObj(OfficialWorkbooks.Cells::generated)
                .map(c -> new TaskRow(c.number(), io.workplan.core.Category.parse(c.category()), c.content(),
                        io.workplan.core.LeadUnit.parseList(c.leadUnits()), c.progressValue()))
                .toList();
        assertThat(expected).isEqualTo(generated);
        // the mix of real sheets: percent numbers, percentages typed as text, and the other kinds
        assertThat(expected).extracting(r -> r.progress().kind()).contains(Progress.Kind.PERCENT, Progress.Kind.COMPLETED);
        assertThat(expected).extracting(r -> r.progress().text()).contains("/", "已完成", "26.0%", "74%");
        assertThat(expected.stream().map(TaskRow::category).distinct().count()).isEqualTo((TASKS + 6) / 7);
        assertThat(expected.stream().map(TaskRow::leadUnits).distinct().count()).isGreaterThan(1);
    }

    @ParameterizedTest
    @EnumSource(SheetReaders.class)
    void everyReaderGivesWorkplansRows(SheetReaders reader) throws Exception {
        assertThat(rows(reader, file)).isEqualTo(expected);
    }

    @Test
    void rawSxssfWritesWhatWorkplansWriterWrites() throws Exception {
        var report = OfficialWorkbooks.report(300);
        Path raw = dir.resolve("raw.xlsx");
        try (OutputStream out = Files.newOutputStream(raw)) {
            OfficialWorkbooks.write(out, report.entries().stream().map(OfficialWorkbooks.Cells::of).iterator(), false);
        }
        Path ours = dir.resolve("ours.xlsx");
        io.workplan.excel.ExcelWriter.create(io.workplan.excel.ExcelWriterOptions.builder().summarySheets(false).build())
                .write(report, ours);
        assertThat(rows(SheetReaders.POI_USERMODEL, raw)).isEqualTo(rows(SheetReaders.POI_USERMODEL, ours)).hasSize(300);
    }
}
