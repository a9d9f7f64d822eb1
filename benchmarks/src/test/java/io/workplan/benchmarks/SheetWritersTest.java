package io.workplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both writers the benchmarks measure write the report's rows, so that they measure the same work. */
class SheetWritersTest {
    private static final int TASKS = 2000;

    @TempDir
    Path dir;

    @Test
    void bothWritersWriteTheReportsRows() throws Exception {
        ProgressReport report = OfficialWorkbooks.report(TASKS);
        List<TaskRow> expected = report.entries().stream().map(TaskRow::of).toList();
        for (SheetWriters writer : SheetWriters.values()) {
            Path file = dir.resolve(writer + ".xlsx");
            writer.write(report, file);
            List<TaskRow> rows = new ArrayList<>();
            SheetReaders.WORKPLAN_STREAMING.read(file, rows::add);
            assertThat(rows).as(writer.toString()).isEqualTo(expected);
        }
    }
}
