package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.ExcelReadSummary;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriteHead;
import io.workplan.excel.ExcelWriter;
import io.workplan.sheet.ColumnRole;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples of io-excel and io-json, compiled and checked, so that they stay true (the
 * core examples are checked in core). This module is the one that sees every artifact.
 */
class ReadmeExamplesTest {
    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path file = dir.resolve("gongshu-2024-q2.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/gongshu-2024-q2.xlsx")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void readingAnOfficialSheet() throws IOException {
        ExcelReadResult result = new ExcelReader().read(sample());
        ProgressReport report = result.report();
        assertThat(report.tasks()).hasSize(159);
        assertThat(report.categories()).hasSize(24);

        List<Long> bar = new ArrayList<>();
        ExcelReader reader = new ExcelReader(ExcelReadOptions.builder()
                .streaming(true).lenient(true)
                .progressListener((rows, total) -> bar.add(rows))
                .build());
        try (InputStream in = Files.newInputStream(dir.resolve("gongshu-2024-q2.xlsx"))) {
            assertThat(reader.read(in).warnings()).isEmpty();
        }
        assertThat(bar).isNotEmpty();
    }

    @Test
    void largeSheetsEntryByEntry() throws IOException {
        Path large = sample();
        List<ProgressEntry> store = new ArrayList<>();

        ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(true).build());
        ExcelReadSummary summary = reader.read(large, entry -> store.add(entry));

        assertThat(summary.tasks()).isEqualTo(159);
        assertThat(summary.head().categories()).hasSize(24);
        assertThat(summary.warnings()).isEmpty();
        assertThat(store).isEqualTo(new ExcelReader().read(large).report().entries());
    }

    @Test
    void writingTheOfficialSheetAndJson() throws IOException {
        ProgressReport report = new ExcelReader().read(sample()).report();

        ExcelWriter.create().write(report, dir.resolve("2024-q2.xlsx"));
        JsonWriter.create().write(report, dir.resolve("report.json"));
        ProgressReport again = JsonReader.create().read(dir.resolve("report.json"));

        // the source (the file first read) travels in the workbook's document properties
        assertThat(new ExcelReader().read(dir.resolve("2024-q2.xlsx")).report()).isEqualTo(report);
        assertThat(again).isEqualTo(report);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.readValue(dir.resolve("report.json").toFile(), ProgressReport.class)).isEqualTo(report);
    }

    @Test
    void writingALargeReportEntryByEntry() throws IOException {
        ProgressReport report = new ExcelReader().read(sample()).report();
        Iterator<ProgressEntry> entries = report.entries().iterator();

        ReportHead reportHead = ReportHead.builder()
                .title("2024年第二季度拱墅区《政府工作报告》主要任务完成情况")
                .period(ReportingPeriod.quarter(2024, 2))
                .build();
        ExcelWriteHead head = ExcelWriteHead.builder(reportHead)
                .columns(ColumnRole.NUMBER)
                .build();
        ExcelWriter.create().write(head, entries, dir.resolve("large.xlsx"));

        ProgressReport again = new ExcelReader().read(dir.resolve("large.xlsx")).report();
        assertThat(again.entries()).isEqualTo(report.entries());
    }
}
