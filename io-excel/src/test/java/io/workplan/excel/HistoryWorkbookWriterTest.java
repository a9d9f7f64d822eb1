package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.aggregate.HistoryFlag;
import io.workplan.core.aggregate.PlanHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The history workbook in both formats: its cells, and nothing written when a cell cannot be. */
class HistoryWorkbookWriterTest {
    @TempDir
    Path dir;

    private static ProgressReport quarter(int q, String... progress) {
        ReportingPeriod period = ReportingPeriod.quarter(2024, q);
        ProgressReport sample = WriterReports.sample();
        ProgressReport.Builder report = ProgressReport.builder().from(sample).period(period)
                .title(WriterReports.TITLE.replace("第二季度", "第" + "一二三四".charAt(q - 1) + "季度")).entries(List.of()).tasks(List.of());
        for (int i = 0; i < progress.length; i++) {
            Task task = sample.tasks().get(i);
            report.addEntries(ProgressEntry.of(task, period, Progress.parse(progress[i])));
        }
        return report.build();
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void eachPeriodHasItsProgressAndChange(ExcelWriter.Format format) throws IOException {
        PlanHistory history = PlanHistory.of(List.of(quarter(2, "/", "52%", "53.6%"), quarter(1, "/", "60%", "20%")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryWorkbookWriter.create().write(history, out, format);
        try (Workbook wb = WriterReports.open(out.toByteArray())) {
            Sheet sheet = wb.getSheet(HistoryWorkbookWriter.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(WriterReports.TITLE + "（进度历史：2024年第一季度至2024年第二季度）");
            // 序号, 项目名称, 主要工作内容, 牵头单位, then Q1 at E and F, Q2 at G and H, 标记 at I
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("2024年第一季度");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("标记");
            Row second = sheet.getRow(4);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("一般公共预算收入增长与经济增长同步。");
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(0.6);
            assertThat(second.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0%");
            Cell change = second.getCell(7);
            assertThat(change.getNumericCellValue()).isEqualTo(-8.0);
            assertThat(change.getCellStyle().getDataFormatString()).isEqualTo("+0.0;-0.0;0.0");
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo(HistoryFlag.WENT_DOWN.label());   // 52% is ahead of 50
            Row third = sheet.getRow(5);
            assertThat(third.getCell(7).getNumericCellValue()).isEqualTo(33.6);
            assertThat(sheet.getRow(3).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);   // "/": no change
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:3");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(wb.getSheet(HistoryWorkbookWriter.AMBIGUITIES_SHEET)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aCellThatCannotBeWrittenLeavesTheFileAsItWas(ExcelWriter.Format format) throws IOException {
        ProgressReport q1 = quarter(1, "/", "60%", "20%");
        ProgressReport q2 = ProgressReport.builder().from(q1).period(ReportingPeriod.quarter(2024, 2))
                .title(WriterReports.TITLE).entries(List.of()).tasks(List.of())
                .addEntries(ProgressEntry.of(Task.builder().from(q1.tasks().get(0)).content("很长".repeat(20_000)).build(),
                        ReportingPeriod.quarter(2024, 2), Progress.parse("50%")))
                .build();
        Path file = dir.resolve("2024." + format.name().toLowerCase(java.util.Locale.ROOT));
        Files.writeString(file, "the previous version");
        assertThatThrownBy(() -> HistoryWorkbookWriter.create().write(PlanHistory.of(List.of(q1, q2)), file))
                .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.cell()).isPresent();
                    assertThat(p.reason()).contains("40000 characters, more than a cell holds");
                }));
        assertThat(Files.readString(file)).isEqualTo("the previous version");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
