package io.workplan.excel;

import io.workplan.sheet.ColumnRole;

import static io.workplan.excel.Workbooks.TITLE;
import static io.workplan.excel.Workbooks.merge;
import static io.workplan.excel.Workbooks.readBoth;
import static io.workplan.excel.Workbooks.rows;
import static io.workplan.excel.Workbooks.save;
import static io.workplan.excel.Workbooks.sheet;
import static io.workplan.excel.Workbooks.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.excel.Workbooks.Formatted;
import io.workplan.excel.Workbooks.Formula;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real layouts of the official sheet, each built in the test, read in both modes. */
class LayoutVariantsTest {

    @TempDir
    Path dir;

    private static List<String> progressTexts(ProgressReport report) {
        return report.entries().stream().map(e -> e.progress().text()).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sub-items.xlsx", "sub-items.xls"})
    void aSubItemsNumberTypedAsANumberOrAsTextIsKeptAsShownAndNoTaskNumber(String name) throws Exception {
        // 1.1 typed into a cell is a number to Excel; 1-2 stays text: both are the sub-items of item 1
        Path file = Workbooks.table(dir, name,
                new Object[] {1, "民生实事", "推进老旧小区改造。", "区建设局", "60%"},
                new Object[] {1.1, "民生实事", "改造小区10个。", "区建设局", "50%"},
                new Object[] {"1-2", "民生实事", "加装电梯20台。", "区建设局", "已完成"},
                new Object[] {2, "民生实事", "新建学校1所。", "区教育局", "/"});
        ExcelReadResult result = readBoth(file);
        assertThat(result.warnings()).isEmpty();
        List<Task> tasks = result.report().tasks();
        assertThat(tasks).extracting(t -> t.number().isPresent() ? t.number().getAsInt() : 0).containsExactly(1, 0, 0, 2);
        assertThat(tasks).extracting(t -> t.extras().get("序号原文")).containsExactly(null, "1.1", "1-2", null);
        // written back (序号 blank, 序号原文 1.1 beside it), a sub-item takes no number from the item above
        Path written = dir.resolve("written-" + name + ".xlsx");
        ExcelWriter.create().write(result.report(), written);
        assertThat(readBoth(written).report().tasks()).isEqualTo(tasks);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merged.xlsx", "merged.xls"})
    void mergedCategoryAndLeadUnitsFillDownAcrossCategories(String name) throws Exception {
        Path file = save(dir, name, wb -> {
            var s = wb.createSheet("Q2");
            table(s,
                    new Object[] {1, "主要经济指标", "地区生产总值增长5.5%。", "区发改经信局", "/"},
                    new Object[] {2, null, "有效投资完成市下达目标任务。", null, "53.6%"},
                    new Object[] {3, "系统优化创新生态", "新增国家高新技术企业84家。", null, "50%"},
                    new Object[] {4, null, "建强杭州国际人才创业创新园。", "区人力社保局", "已完成"});
            merge(s, "A1:E1", "B3:B4", "D3:D5", "B5:B6");
        });
        ExcelReadResult result = readBoth(file);
        ProgressReport report = result.report();
        assertThat(result.warnings()).isEmpty();
        assertThat(report.title()).isEqualTo(TITLE);
        assertThat(report.period()).contains(ReportingPeriod.quarter(2024, 2));
        assertThat(report.categories()).containsExactly(Category.of("主要经济指标"), Category.of("系统优化创新生态"));
        assertThat(report.tasks()).extracting(Task::leadUnits).containsExactly(
                List.of(LeadUnit.of("区发改经信局")), List.of(LeadUnit.of("区发改经信局")),
                List.of(LeadUnit.of("区发改经信局")), List.of(LeadUnit.of("区人力社保局")));
        assertThat(report.tasks().get(2).category()).contains(Category.of("系统优化创新生态"));
        assertThat(progressTexts(report)).containsExactly("/", "53.6%", "50%", "已完成");
        assertThat(report.tasks().get(0).content()).isEqualTo("地区生产总值增长5.5%。");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"percent.xlsx", "percent.xls"})
    void percentFormattedNumbersAreExactPercentages(String name) throws Exception {
        Path file = table(dir, name,
                new Object[] {1, "指标", "甲", "区财政局", new Formatted(0.536, "0.0%")},
                new Object[] {2, "指标", "乙", "区财政局", new Formatted(0.52, "0%")},
                new Object[] {3, "指标", "丙", "区财政局", new Formatted(1.45, "0%")},
                new Object[] {4, "指标", "丁", "区财政局", new Formatted(0.5, "0.00%")},
                new Object[] {5, "指标", "戊", "区财政局", new Formatted(0.5364, "0.0%")},
                new Object[] {6, "指标", "己", "区财政局", new Formula("0.1+0.2")},
                new Object[] {7, "指标", "庚", "区财政局", new Formula("\"52%\"")});
        ProgressReport report = readBoth(file).report();
        List<Progress> progress = report.entries().stream().map(e -> e.progress()).collect(Collectors.toList());
        assertThat(progress.get(0)).isEqualTo(Progress.ofPercent(new BigDecimal("53.6"), "53.6%"));
        assertThat(progress.get(0)).isEqualTo(Progress.parse("53.6%"));
        assertThat(progress.get(1)).isEqualTo(Progress.parse("52%"));
        assertThat(progress.get(2)).isEqualTo(Progress.parse("145%"));
        assertThat(progress.get(2).isCompleted()).isTrue();
        assertThat(progress.get(3)).isEqualTo(Progress.parse("50.00%"));
        // shown with fewer decimals than it has: the text is what is shown, the percentage keeps every digit
        assertThat(progress.get(4)).isEqualTo(Progress.ofPercent(new BigDecimal("53.64"), "53.6%"));
        // a formula gives its cached value with Excel's 15 significant digits: 0.30000000000000004 shows 0.3
        assertThat(progress.get(5).text()).isEqualTo("0.3");
        assertThat(progress.get(6)).isEqualTo(Progress.parse("52%"));
    }

    @Test
    void headerWithLineBreaksSpacesFullWidthAndColumnsInAnyOrder() throws Exception {
        Path file = sheet(dir, "header.xlsx", new Object[] {"附件1"}, new Object[] {TITLE}, new Object[] {},
                new Object[] {"完成\n进度", "牵头\n单位 ", " 主要工作内容", "序　号", "项目\n名称", "备注"},
                new Object[] {"52%", "生态环境\n拱墅分局、区财政局", "环境保护完成市下达目标任务。", "１", "主要经济指标", "无"});
        ExcelReadResult result = readBoth(file);
        Task task = result.report().tasks().get(0);
        assertThat(result.report().title()).isEqualTo(TITLE);
        assertThat(task.number()).hasValue(1);
        assertThat(task.leadUnits()).containsExactly(LeadUnit.of("生态环境拱墅分局"), LeadUnit.of("区财政局"));
        assertThat(task.remark()).contains("无");
        assertThat(result.report().progressOf(task).orElseThrow()).isEqualTo(Progress.parse("52%"));
        // a name right of the task column is a column of its own, not the category
        assertThat(task.category()).isEmpty();
        assertThat(task.extras()).containsExactly(Map.entry("项目\n名称", "主要经济指标"));
    }

    @Test
    void anExtraColumnsHeaderIsWithoutTheBlanksAroundItsLineBreaks() throws Exception {
        Path file = sheet(dir, "blanks.xlsx", new Object[] {TITLE},
                new Object[] {"序号", "主要工作内容", "牵头单位", "1-7月 \n实际完成情况", "完成进度", " 年度\r\n 目标 "},
                new Object[] {"1", "环境保护完成市下达目标任务。", "区财政局", "已完成", "52%", "100%"});
        Task task = readBoth(file).report().tasks().get(0);
        assertThat(task.extras()).containsExactly(Map.entry("1-7月\n实际完成情况", "已完成"), Map.entry("年度\n目标", "100%"));
    }

    @Test
    void twoColumnCategoryHeaderGivesEnumeratorAndName() throws Exception {
        Path file = sheet(dir, "two-columns.xlsx", List.of("A1:F1", "B2:C2", "B3:B4", "C3:C4"),
                new Object[] {"2024年1-9月主要任务完成情况"},
                new Object[] {"序号", "项目名称", null, "项目内容", "责任单位", "累计完成情况 "},
                new Object[] {1, "(一)", "经济社会发展主要预期目标", "地区生产总值增长5.5%。", "区发改经信局", "正常进行中"},
                new Object[] {2, null, null, "一般公共预算收入增长。", "区财政局", "序时推进"},
                new Object[] {3, "(二)", "系统优化创新生态", "科技投入。", "区科技局", "1-9月,完成全年任务的78%"});
        ProgressReport report = readBoth(file).report();
        assertThat(report.period()).contains(ReportingPeriod.months(2024, 9));
        assertThat(report.categories()).containsExactly(
                Category.of("(一)", "经济社会发展主要预期目标"), Category.of("(二)", "系统优化创新生态"));
        // 责任单位 alone: they are the lead units
        assertThat(report.tasks().get(1).leadUnits()).containsExactly(LeadUnit.of("区财政局"));
        assertThat(report.tasks().get(1).responsibleUnits()).isEmpty();
        assertThat(report.entries().get(2).progress().percent()).contains(new BigDecimal("78"));
    }

    @Test
    void anEnumeratorMergedOverSeveralNamesGoesWithEachName() throws Exception {
        Path file = sheet(dir, "enumerator-merged.xlsx", List.of("B2:C2", "B3:B5", "C4:C5"),
                new Object[] {TITLE},
                new Object[] {"序号", "项目名称", null, "主要工作内容", "牵头单位", "完成进度"},
                new Object[] {1, "(一)", "主要经济指标", "甲。", "区发改经信局", "50%"},
                new Object[] {2, null, "投资指标", "乙。", "区发改经信局", "60%"},
                new Object[] {3, null, null, "丙。", "区发改经信局", "70%"},
                new Object[] {4, "(二)", "系统优化创新生态", "丁。", "区科技局", "80%"});
        ExcelReadResult result = readBoth(file);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.report().tasks()).extracting(t -> t.category().orElseThrow()).containsExactly(
                Category.of("(一)", "主要经济指标"), Category.of("(一)", "投资指标"), Category.of("(一)", "投资指标"),
                Category.of("(二)", "系统优化创新生态"));
    }

    @Test
    void categoryWithEnumeratorInOneCellIsSplit() throws Exception {
        Path file = table(dir, "enumerated.xlsx",
                new Object[] {1, "（一）经济社会发展主要预期目标", "甲", "区财政局", "50%"});
        assertThat(readBoth(file).report().categories()).containsExactly(Category.of("（一）", "经济社会发展主要预期目标"));
    }

    @Test
    void bothUnitColumnsGiveLeadAndResponsibleUnitsAndLeader() throws Exception {
        Path file = sheet(dir, "both.xlsx", new Object[] {TITLE},
                new Object[] {"序号", "项目名称", "主要工作内容", "牵头领导", "牵头单位", "责任单位", "完成进度"},
                new Object[] {1, "城市建设", "甲。", "王明", "区建设局", "区建设局、各街道", "50%"},
                new Object[] {2, null, "乙。", null, null, "区城管局", "60%"},
                new Object[] {3, null, "丙。", "/", "区住建局", null, "70%"});
        ProgressReport report = readBoth(file).report();
        Task first = report.tasks().get(0);
        Task second = report.tasks().get(1);
        assertThat(first.leadUnits()).containsExactly(LeadUnit.of("区建设局"));
        assertThat(first.responsibleUnits()).containsExactly(LeadUnit.of("区建设局"), LeadUnit.of("各街道"));
        assertThat(first.leader()).contains("王明");
        assertThat(second.leader()).contains("王明");
        assertThat(second.leadUnits()).containsExactly(LeadUnit.of("区建设局"));
        assertThat(second.responsibleUnits()).containsExactly(LeadUnit.of("区城管局"));
        assertThat(report.tasks().get(2).leader()).isEmpty();
        assertThat(report.tasks().get(2).responsibleUnits()).isEmpty();
    }

    @Test
    void withoutNumbersAndWithCategoryRepeatedOnEachRow() throws Exception {
        Path file = sheet(dir, "no-numbers.xlsx", new Object[] {"2023年度政府工作报告主要任务完成情况"},
                new Object[] {"项目名称", "主要工作内容", "牵头单位", "目前进展情况"},
                new Object[] {"主要经济指标", "甲。", "区财政局", "已完成"},
                new Object[] {"主要经济指标", "乙。", "区财政局", "全年数据未出"},
                new Object[] {"民生", "丙。", "区民政局", "正常"});
        ProgressReport report = readBoth(file).report();
        assertThat(report.period()).contains(ReportingPeriod.year(2023));
        assertThat(report.tasks()).allSatisfy(t -> assertThat(t.number()).isEmpty());
        assertThat(report.categories()).containsExactly(Category.of("主要经济指标"), Category.of("民生"));
        assertThat(report.tasksIn(Category.of("主要经济指标"))).hasSize(2);
    }

    @Test
    void notesBlankRowsAndSignatureUnderTheTableAreNotTasks() throws Exception {
        Path file = table(dir, "notes.xlsx", List.of("A6:E6"),
                new Object[] {1, "指标", "甲。", "区财政局", "50%"},
                new Object[] {},
                new Object[] {null, null, null, null, null},
                new Object[] {"注:1.完成进度为截至6月底数据;2.\"/\"表示不适用。"},
                new Object[] {"拱墅区人民政府办公室", null, null, null, "2024年7月23日"},
                new Object[] {null, null, null, null, new Formatted(45496, "yyyy-mm-dd")});
        ExcelReadResult result = readBoth(file);
        assertThat(result.report().tasks()).hasSize(1);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void callerSynonymsTitleAndPeriodOverride() throws Exception {
        Path file = sheet(dir, "synonyms.xlsx",
                new Object[] {"序号", "类别", "任务", "执行单位", "执行情况"},
                new Object[] {1, "指标", "甲。", "区财政局", "50%"});
        ExcelReadOptions.Builder options = ExcelReadOptions.builder()
                .addHeader(ColumnRole.CATEGORY, "类别").addHeader(ColumnRole.CONTENT, "任务")
                .addHeader(ColumnRole.LEAD_UNITS, "执行单位").addHeader(ColumnRole.PROGRESS, "执行 情况")
                .title("拱墅区任务").period(ReportingPeriod.half(2024, 1));
        ProgressReport report = readBoth(file, options).report();
        assertThat(report.title()).isEqualTo("拱墅区任务");
        assertThat(report.period()).contains(ReportingPeriod.half(2024, 1));
        assertThat(report.tasks().get(0).leadUnits()).containsExactly(LeadUnit.of("区财政局"));
        assertThat(report.categories()).containsExactly(Category.of("指标"));
    }

    @Test
    void optionalColumnsAbsent() throws Exception {
        Path file = sheet(dir, "minimal.xlsx", new Object[] {TITLE},
                new Object[] {"主要工作内容", "完成进度"},
                new Object[] {"甲。", "50%"});
        // A table without a category column gives tasks without category (there is no invented 未分类).
        ExcelReadResult result = readBoth(file, ExcelReadOptions.builder());
        assertThat(result.report().tasks().get(0).category()).isEmpty();
        assertThat(result.report().categories()).isEmpty();
        assertThat(result.report().tasks().get(0).leadUnits()).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.reason()).contains("no lead-unit column"));
    }

    @Test
    void theFirstSheetWithARecognisableHeaderByDefaultOrOneByNameOrIndex() throws Exception {
        Path file = save(dir, "sheets.xlsx", wb -> {
            rows(wb.createSheet("说明"), new Object[] {"本表说明"}, new Object[] {"数据截至6月底"});
            rows(wb.createSheet("一季度"), new Object[] {"2024年第一季度主要任务完成情况"},
                    new Object[] {"主要工作内容", "完成进度"}, new Object[] {"甲。", "25%"});
            rows(wb.createSheet("二季度"), new Object[] {"2024年第二季度主要任务完成情况"},
                    new Object[] {"主要工作内容", "完成进度"}, new Object[] {"甲。", "50%"});
        });
        assertThat(readBoth(file).sheet()).isEqualTo("一季度");
        assertThat(readBoth(file, ExcelReadOptions.builder().sheetName("二季度")).report().period())
                .contains(ReportingPeriod.quarter(2024, 2));
        assertThat(readBoth(file, ExcelReadOptions.builder().sheetIndex(2)).sheet()).isEqualTo("二季度");
    }

    @Test
    void contentKeepsItsLineBreaksAndTextsStayVerbatim() throws Exception {
        Path file = table(dir, "verbatim.xlsx",
                new Object[] {1.0, "指标", "第一句。\n第二句 😀。", "区财政局", " ５２％ "});
        ProgressReport report = readBoth(file).report();
        assertThat(report.tasks().get(0).content()).isEqualTo("第一句。\n第二句 😀。");
        assertThat(report.entries().get(0).progress()).isEqualTo(Progress.parse(" ５２％ "));
        assertThat(report.entries().get(0).progress().percent()).contains(new BigDecimal("52"));
    }

    @Test
    void inlineStringsOfAStreamingWriterReadTheSameInBothModes() throws Exception {
        Path file = dir.resolve("sxssf.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10)) {
            table(wb.createSheet("Sheet1"),
                    new Object[] {1, "指标", "  甲\n乙 _x0041_ 😀 ", "区财政局", new Formatted(0.536, "0.0%")});
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        ProgressReport report = readBoth(file).report();
        // an OOXML string escape (_xHHHH_) is shown decoded, by Excel and by both modes alike
        assertThat(report.tasks().get(0).content()).isEqualTo("甲\n乙 A 😀");
        assertThat(report.entries().get(0).progress()).isEqualTo(Progress.parse("53.6%"));
    }
}
