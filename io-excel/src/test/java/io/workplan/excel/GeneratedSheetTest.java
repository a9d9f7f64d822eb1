package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The generated sheet of {@link LargeSheetTest}, small: read in memory by POI's workbook and
 * streamed through the shared strings file, into a report and entry by entry, it gives the tasks it
 * was generated with.
 */
class GeneratedSheetTest {

    @Test
    void theGeneratedSheetReadsBackAsGeneratedInEveryWay() throws Exception {
        GeneratedSheet sheet = new GeneratedSheet(2 * GeneratedSheet.CATEGORY_SIZE + 1);
        ExcelReadResult result = Workbooks.readBoth(sheet.file());

        ProgressReport report = result.report();
        assertThat(result.warnings()).isEmpty();
        assertThat(report.title()).isEqualTo(GeneratedSheet.TITLE);
        assertThat(report.categories()).hasSize(sheet.categories()).hasSize(3);
        assertThat(report.tasks()).hasSize(sheet.tasks());
        for (int i = 0; i < sheet.tasks(); i++) {
            assertThat(report.entries().get(i).task()).isEqualTo(sheet.task(i));
            assertThat(report.entries().get(i).progress()).isEqualTo(sheet.progress(i));
            assertThat(report.entries().get(i).period()).contains(ReportingPeriod.quarter(2024, 2));
        }
    }
}
