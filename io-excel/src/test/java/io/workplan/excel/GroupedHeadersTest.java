package io.workplan.excel;

import static io.workplan.excel.Workbooks.failureOfBoth;
import static io.workplan.excel.Workbooks.readBoth;
import static io.workplan.excel.Workbooks.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headers that group columns, as a workbook merges them: a header of two rows (a group over its
 * sub-headers, the other headers merged over both rows) and a header merged over two columns. The header
 * of two rows is 莆田市城厢区's (区委、区政府2016年为民办实事项目进展情况一览表,
 * https://www.chengxiang.gov.cn/zwgk/wmbss/201609/t20160920_622694.htm); the rows are the tests' own.
 */
class GroupedHeadersTest {
    private static final String TITLE = "区委、区政府2016年为民办实事项目进展情况一览表";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two-rows.xlsx", "two-rows.xls"})
    void aHeaderOfTwoRowsReadsEachSubHeaderWithItsGroup(String name) throws Exception {
        Path file = sheet(dir, name, List.of("A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"),
                new Object[] {TITLE},
                new Object[] {"序号", "项目\n名称", "内容和目标", "进展情况", null, "承办单位", null},
                new Object[] {null, null, null, "至8月10日进展", "最新进展", "主办", "协办"},
                new Object[] {"1", "棚户区改造", "改造棚户区500户", "已签约400户", "已动工280户。", "区住建局", "区财政局"},
                new Object[] {"2", "公园建设", "新建公园2个", "完成60%", "主体完工", "区城管局", "区林业局、区水利局"});
        ExcelReadResult read = readBoth(file);
        ProgressReport report = read.report();
        assertThat(report.tasks()).extracting(Task::content).containsExactly("改造棚户区500户", "新建公园2个");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("已动工280户。", "主体完工");
        assertThat(report.tasks()).extracting(Task::leadUnits)
                .containsExactly(List.of(LeadUnit.of("区住建局")), List.of(LeadUnit.of("区城管局")));
        assertThat(report.tasks().get(1).responsibleUnits()).containsExactly(LeadUnit.of("区林业局"), LeadUnit.of("区水利局"));
        assertThat(report.extraColumns()).containsExactly("进展情况\n至8月10日进展");
        assertThat(report.tasks().get(0).extras()).isEqualTo(Map.of("进展情况\n至8月10日进展", "已签约400户"));
        assertThat(read.warnings()).extracting(Problem::reason).containsExactly("two columns of the same kind for two periods: "
                + "进展情况\n最新进展 (E3) reaches the later month and is read; 进展情况\n至8月10日进展 (D3) is kept as an extra column");
        // written in one row of headers (a group and its sub-header on two lines) and read back: the same report
        Path written = dir.resolve("written-" + name);
        ExcelWriter.create().write(report, written);
        ProgressReport again = readBoth(written).report();
        assertThat(again).isEqualTo(report);
        assertThat(again.extraColumns()).isEqualTo(report.extraColumns());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spanned.xlsx", "spanned.xls"})
    void theSecondColumnUnderAHeaderMergedOverTwoIsKept(String name) throws Exception {
        Path file = sheet(dir, name, List.of("A1:E1", "C2:D2"),
                new Object[] {TITLE},
                new Object[] {"序号", "项目内容", "进展情况", null, "牵头单位"},
                new Object[] {"1", "改造棚户区500户", "已签约400户", "已动工280户。", "区住建局"},
                new Object[] {"2", "新建公园2个", "完成60%", null, "区城管局"});
        ExcelReadResult read = readBoth(file);
        ProgressReport report = read.report();
        assertThat(report.extraColumns()).containsExactly("进展情况 (2)");
        assertThat(report.tasks()).extracting(Task::extras).containsExactly(Map.of("进展情况 (2)", "已动工280户。"), Map.of());
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("已签约400户", "完成60%");
        assertThat(read.warnings()).extracting(Problem::reason).containsExactly(
                "the column D has no header of its own (进展情况 (C2) spans it): its cells are kept as an extra column");
        Path written = dir.resolve("written-" + name);
        ExcelWriter.create().write(report, written);
        assertThat(readBoth(written).report()).isEqualTo(report);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"late.xlsx", "late.xls"})
    void aTextUnderNoHeaderBelowTheRowsTheLayoutIsFoundFromIsRefusedAtItsCell(String name) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {TITLE});
        rows.add(new Object[] {"序号", "项目内容", "进展情况", null, "牵头单位"});
        for (int n = 1; n <= 40; n++) {
            rows.add(new Object[] {String.valueOf(n), "任务" + n, n + "%", n == 35 ? "补充说明" : null, "区住建局"});
        }
        Path file = sheet(dir, name, List.of("A1:E1", "C2:D2"), rows.toArray(Object[][]::new));
        ExcelException refused = failureOfBoth(file);
        assertThat(refused.problems()).extracting(Problem::cell, Problem::rawText, Problem::reason).containsExactly(
                tuple(Optional.of("D37"), Optional.of("补充说明"),
                        "a text in column D, which has no header: it is not read; give the column a header"));
        ExcelReadResult lenient = readBoth(file, ExcelReadOptions.builder().lenient(true));
        assertThat(lenient.report().tasks()).hasSize(40);
        assertThat(lenient.warnings()).extracting(Problem::rawText).containsExactly(Optional.of("补充说明"));
    }
}
