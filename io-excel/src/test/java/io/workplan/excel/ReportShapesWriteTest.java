package io.workplan.excel;

import static io.workplan.excel.WriterReports.Q2;
import static io.workplan.excel.WriterReports.TITLE;
import static io.workplan.excel.WriterReports.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.Task;
import io.workplan.sheet.ColumnRole;
import java.io.ByteArrayOutputStream;
import io.workplan.core.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shapes of report beyond the categorised table: extra columns, no categories, sub-items sharing a number. */
class ReportShapesWriteTest {
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);
    private static final ExcelWriter OFFICIAL_ONLY = ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build());

    private static Task.Builder task(String content) {
        return Task.builder().content(content).addLeadUnits(LeadUnit.of("区财政局"));
    }

    private static List<String> row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> SHOWN.formatCellValue(row.getCell(c)))
                .collect(Collectors.toList());
    }

    private static List<String> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream().map(r -> r.formatAsString()).sorted().collect(Collectors.toList());
    }

    private static byte[] write(ExcelWriter writer, ExcelWriteHead head, List<ProgressEntry> entries, ExcelWriter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(head, entries.iterator(), out, format);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void extraColumnsFollowTheKnownOnesBeforeTheRemarkBlankWhereATaskHasNone(ExcelWriter.Format format) {
        Task first = task("任务一").number(1).putExtras("责任人", "王某").putExtras("时间节点", "6月底").remark("备注一").build();
        Task second = task("任务二").number(2).putExtras("时间节点", "年底").build();
        ProgressReport report = ProgressReport.builder().title(TITLE).period(Q2)
                .addEntries(ProgressEntry.of(first, Q2, Progress.parse("52%")))
                .addEntries(ProgressEntry.of(second, Q2, Progress.parse("已完成")))
                .build();

        Sheet sheet = open(WriterReports.write(OFFICIAL_ONLY, report, format)).getSheetAt(0);

        assertThat(row(sheet, 1)).containsExactly("序号", "主要工作内容", "牵头单位", "完成进度", "责任人", "时间节点", "备注");
        // 区财政局 is merged over both rows
        assertThat(row(sheet, 2)).containsExactly("1", "任务一", "区财政局", "52%", "王某", "6月底", "备注一");
        assertThat(row(sheet, 3)).containsExactly("2", "任务二", "", "已完成", "", "年底", "");
        assertThat(ExcelWriteHead.of(report).head().extraColumns()).containsExactly("责任人", "时间节点");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void anExtraTheHeadDoesNotListIsRefusedNeverDropped(ExcelWriter.Format format) {
        ExcelWriteHead head = ExcelWriteHead.builder(ReportHead.builder().title(TITLE).period(Q2).extraColumns(List.of("责任人")).build())
                .withoutCategoryColumn().build();
        List<ProgressEntry> entries = List.of(
                ProgressEntry.of(task("任务一").putExtras("责任人", "王某").build(), Q2, Progress.parse("52%")),
                ProgressEntry.of(task("任务二").putExtras("年度目标", "完成").build(), Q2, Progress.parse("52%")));

        ExcelException e = catchThrowableOfType(ExcelException.class, () -> write(OFFICIAL_ONLY, head, entries, format));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).contains("A4");
            assertThat(p.subject()).contains("年度目标");
            assertThat(p.rawText()).contains("完成");
            assertThat(p.reason()).contains("no such column");
        });
    }

    @Test
    void aHeadRefusesABlankOrRepeatedExtraColumn() {
        assertThatThrownBy(() -> ReportHead.builder().title(TITLE).period(Q2).extraColumns(List.of(" ")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> ReportHead.builder().title(TITLE).period(Q2).extraColumns(List.of("责任人", "责任人")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("责任人");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void aReportWithoutCategoriesHasNoCategoryColumnAndItsSummarySaysSo(ExcelWriter.Format format) {
        ProgressReport report = ProgressReport.builder().title(TITLE).period(Q2)
                .addEntries(ProgressEntry.of(task("任务一").build(), Q2, Progress.parse("52%")))
                .build();

        Workbook workbook = open(WriterReports.write(ExcelWriter.create(), report, format));

        assertThat(row(workbook.getSheetAt(0), 1)).containsExactly("主要工作内容", "牵头单位", "完成进度");
        Sheet byCategory = workbook.getSheet("按类别汇总");
        assertThat(SHOWN.formatCellValue(byCategory.getRow(1).getCell(0))).isEqualTo("本报告的任务没有类别（无项目名称），不按类别汇总。");
        assertThat(byCategory.getLastRowNum()).isEqualTo(1);
        assertThat(workbook.getSheet("按牵头单位汇总").getRow(2).getCell(0).getStringCellValue()).isEqualTo("区财政局");
    }

    @ParameterizedTest
    @EnumSource(ExcelWriter.Format.class)
    void subItemsSharingANumberAreMergedUnderItButBlankNumbersNever(ExcelWriter.Format format) {
        ExcelWriteHead head = ExcelWriteHead.builder(ReportHead.builder().title(TITLE).period(Q2).build()).columns(ColumnRole.NUMBER).build();
        Category category = Category.of("类别");
        List<ProgressEntry> entries = List.of(
                ProgressEntry.of(task("一甲").number(1).category(category).build(), Q2, Progress.parse("52%")),
                ProgressEntry.of(task("一乙").number(1).category(category).build(), Q2, Progress.parse("60%")),
                ProgressEntry.of(task("二").number(2).category(category).build(), Q2, Progress.parse("60%")),
                ProgressEntry.of(task("无号甲").category(category).build(), Q2, Progress.parse("60%")),
                ProgressEntry.of(task("无号乙").category(category).build(), Q2, Progress.parse("60%")));

        Sheet merging = open(write(OFFICIAL_ONLY, head, entries, format)).getSheetAt(0);
        Sheet flat = open(write(ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).mergeRuns(false).build()),
                head, entries, format)).getSheetAt(0);

        // numbers: rows 3-4 (item 1), none over the blank numbers of rows 6-7; category and lead units across all
        assertThat(merged(merging)).containsExactlyInAnyOrder("A1:E1", "A3:A4", "B3:B7", "D3:D7");
        assertThat(SHOWN.formatCellValue(merging.getRow(3).getCell(0))).isEmpty();
        assertThat(merged(flat)).containsExactly("A1:E1");
        // unmerged, a sub-item's number is blank under its item's (a repeated number reads as a duplicate)
        assertThat(IntStream.range(2, 7).mapToObj(r -> SHOWN.formatCellValue(flat.getRow(r).getCell(0))))
                .containsExactly("1", "", "2", "", "");
        assertThat(SHOWN.formatCellValue(flat.getRow(3).getCell(1))).isEqualTo("类别");
    }

    @Test
    void theProblemsOfAWriteNameTheExtraColumnsCell() {
        ProgressReport report = ProgressReport.builder().title(TITLE).period(Q2)
                .addEntries(ProgressEntry.of(task("任务一").putExtras("责任人", "长".repeat(32_768)).build(), Q2, Progress.parse("52%")))
                .build();

        ExcelException e = catchThrowableOfType(ExcelException.class,
                () -> WriterReports.write(OFFICIAL_ONLY, report, ExcelWriter.Format.XLSX));

        assertThat(e.problems()).extracting(Problem::cell).containsExactly(java.util.Optional.of("D3"));
        assertThat(e.problems()).extracting(Problem::subject).containsExactly(java.util.Optional.of("责任人"));
    }
}
