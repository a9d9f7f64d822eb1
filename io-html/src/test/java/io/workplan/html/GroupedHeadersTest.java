package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriter;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.TableReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headers that group columns on a page: a header of two rows, a group's {@code colspan} over the
 * sub-headers of the row below and the other headers' {@code rowspan} over both, as 莆田市城厢区 (区委、区政府2016年为民办实事项目进展情况一览表,
 * https://www.chengxiang.gov.cn/zwgk/wmbss/201609/t20160920_622694.htm: {@code 进展情况} over {@code 至8月10日进展 |
 * 最新进展}, {@code 承办单位} over {@code 主办 | 协办}) and 南昌市新建区 (2024年度区政府民生实事人大票决项目进度表:
 * {@code 本月进展情况} over {@code 前期手续 | 在建形象进度}, {@code 项目名称} over two columns and both rows) write
 * them; and a header over two columns with no row below it. Each is read whole and entry by entry alike,
 * and the report written as a workbook and as a page reads back as itself.
 */
class GroupedHeadersTest {
    private static final String CHENGXIANG = "区委、区政府2016年为民办实事项目进展情况一览表";

    @TempDir
    Path dir;

    private static String page(String title, String table) {
        return Pages.page("<p>" + title + "</p><table border=\"1\">" + table + "</table>");
    }

    /** Read whole and entry by entry: the same entries, head and warnings. */
    private static TableReader.Read readBoth(String html, boolean lenient) {
        HtmlReader reader = HtmlReader.create(HtmlReadOptions.builder().sourceName("page.html")
                .table(TableReadOptions.builder().lenient(lenient).build()).build());
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        TableReader.Read whole = reader.read(new ByteArrayInputStream(bytes));
        List<ProgressEntry> entries = new ArrayList<>();
        TableReadSummary summary = reader.read(new ByteArrayInputStream(bytes), entries::add);
        assertThat(entries).isEqualTo(whole.report().entries());
        assertThat(summary.warnings()).isEqualTo(whole.summary().warnings());
        return whole;
    }

    /** The report written as a workbook and as a page, each read back: the report itself. */
    private void writtenAndReadBack(ProgressReport report) throws Exception {
        Path workbook = dir.resolve("written.xlsx");
        ExcelWriter.create().write(report, workbook);
        ProgressReport fromWorkbook = ExcelReader.create(ExcelReadOptions.builder().lenient(true).build()).read(workbook).report();
        assertThat(fromWorkbook).isEqualTo(report);
        assertThat(fromWorkbook.extraColumns()).isEqualTo(report.extraColumns());
        Path written = dir.resolve("written.html");
        HtmlWriter.create().write(report, written);
        ProgressReport fromPage = HtmlReader.create(HtmlReadOptions.builder().sourceName("page.html")
                .table(TableReadOptions.builder().lenient(true).build()).build()).read(written).report();
        assertThat(fromPage).isEqualTo(report);
        assertThat(fromPage.extraColumns()).isEqualTo(report.extraColumns());
    }

    @Test
    void aHeaderOfTwoRowsReadsEachSubHeaderWithItsGroupTheLatestProgressAndBothUnits() throws Exception {
        TableReader.Read read = readBoth(page(CHENGXIANG, """
                <tr><td rowspan="2">序号</td><td rowspan="2">项目 名称</td><td rowspan="2">内容和目标</td>\
                <td colspan="2">进展情况</td><td colspan="2">承办单位</td></tr>
                <tr><td>至8月10日进展</td><td>最新进展</td><td>主办</td><td>协办</td></tr>
                <tr><td>1</td><td>棚户区改造</td><td>改造棚户区500户</td><td>已签约400户</td><td>已动工280户。</td>\
                <td>区住建局</td><td>区财政局</td></tr>
                <tr><td>2</td><td>公园建设</td><td>新建公园2个</td><td>完成60%</td><td>主体完工</td><td>区城管局</td>\
                <td>区林业局、区水利局</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.tasks()).extracting(Task::content).containsExactly("改造棚户区500户", "新建公园2个");
        assertThat(report.tasks()).extracting(t -> t.category().map(c -> c.name()).orElse(""))
                .containsExactly("棚户区改造", "公园建设");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("已动工280户。", "主体完工");
        assertThat(report.tasks()).extracting(Task::leadUnits)
                .containsExactly(List.of(LeadUnit.of("区住建局")), List.of(LeadUnit.of("区城管局")));
        assertThat(report.tasks()).extracting(Task::responsibleUnits).containsExactly(
                List.of(LeadUnit.of("区财政局")), List.of(LeadUnit.of("区林业局"), LeadUnit.of("区水利局")));
        assertThat(report.extraColumns()).containsExactly("进展情况\n至8月10日进展");
        assertThat(report.tasks()).extracting(Task::extras).containsExactly(
                Map.of("进展情况\n至8月10日进展", "已签约400户"), Map.of("进展情况\n至8月10日进展", "完成60%"));
        assertThat(read.summary().warnings()).extracting(Problem::reason).containsExactly("two columns of the same kind "
                + "for two periods: 进展情况\n最新进展 (E2) reaches the later month and is read; 进展情况\n至8月10日进展 (D2) is"
                + " kept as an extra column");
        writtenAndReadBack(report);
    }

    @Test
    void theProgressNamingTheDayItReportsOnBeatsACompletionColumnNamingNoneAndNextMonthsPlanIsNoProgress()
            throws Exception {
        // 宁波市奉化区 2025年区十大民生实事项目进展表(截至6月底), http://www.fh.gov.cn/art/2025/8/7/art_1229626487_59169133.html:
        // 具体完成情况 holds the year's target (当年完成), 2025年进展情况⏎截至6月底进展 the state at the end of June
        TableReader.Read read = readBoth(page("2025年区十大民生实事项目进展表(截至6月底)", """
                <tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td rowspan="2">子项目</td>\
                <td rowspan="2">具体内容</td><td rowspan="2">具体完成情况</td><td colspan="2">2025年进展情况</td></tr>
                <tr><td>截至6月底进展</td><td>7月工作计划</td></tr>
                <tr><td>1</td><td rowspan="2">一、优质教育综合提升工程</td><td>完成奉化高级中学食堂建设</td>\
                <td>新建一幢食堂</td><td>当年完成</td><td>装饰工程及附属工程施工</td><td>装饰工程及附属工程施工</td></tr>
                <tr><td>2</td><td>启动实施松岙九年一贯制学校建设</td><td>原址拆除重建</td><td>开工建设</td>\
                <td>已完成施工招标,正在办理施工许可证</td><td>开工建设</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.tasks()).extracting(Task::content)
                .containsExactly("完成奉化高级中学食堂建设", "启动实施松岙九年一贯制学校建设");
        assertThat(report.tasks()).extracting(t -> t.category().map(c -> c.label()).orElse(""))
                .containsExactly("一、优质教育综合提升工程", "一、优质教育综合提升工程");
        assertThat(report.entries()).extracting(e -> e.progress().text())
                .containsExactly("装饰工程及附属工程施工", "已完成施工招标,正在办理施工许可证");
        assertThat(report.extraColumns()).containsExactly("具体内容", "具体完成情况", "2025年进展情况\n7月工作计划");
        assertThat(report.tasks().get(0).extras()).isEqualTo(Map.of("具体内容", "新建一幢食堂", "具体完成情况", "当年完成",
                "2025年进展情况\n7月工作计划", "装饰工程及附属工程施工"));
        assertThat(read.summary().warnings()).extracting(Problem::reason).contains("two columns of the same kind: "
                + "2025年进展情况\n截至6月底进展 (F2) names the time it reports on and is read; 具体完成情况 (E2) is kept as"
                + " an extra column");
        writtenAndReadBack(report);
    }

    @Test
    void theMarksOfAChoiceUnderAProgressGroupAreNoProgressTheTextBesideThemIs() throws Exception {
        // 番禺区 2021年番禺区十件民生实事督办表 (第二季度),
        // http://www.panyu.gov.cn/zwgk/wgk/zxgk/zxgcgk/sjmsss/content/post_7722553.html: 完成情况 over 完成 | 未完成
        // (a mark in one of them), 落实情况 what was done; the rows are the test's own
        TableReader.Read read = readBoth(page("2021年番禺区十件民生实事督办表 (第二季度)", """
                <tr><td rowspan="2">序号</td><td rowspan="2">具体内容</td><td rowspan="2">牵头单位</td>\
                <td colspan="2">完成情况</td><td rowspan="2">落实情况</td></tr>
                <tr><td>完成</td><td>未完成</td></tr>
                <tr><td>1</td><td>新建公园2个</td><td>区城管局</td><td>√</td><td></td><td>2个公园已建成开放。</td></tr>
                <tr><td>2</td><td>改造棚户区500户</td><td>区住建局</td><td></td><td>√</td><td>已签约400户。</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("2个公园已建成开放。", "已签约400户。");
        assertThat(report.extraColumns()).containsExactly("完成情况\n完成", "完成情况\n未完成");
        assertThat(report.tasks()).extracting(Task::extras)
                .containsExactly(Map.of("完成情况\n完成", "√"), Map.of("完成情况\n未完成", "√"));
        writtenAndReadBack(report);
        // the same choice asked as a question (是否完成 over 是 | 否), and beside a progress group of two texts
        ProgressReport asked = readBoth(page("2021年民生实事督办表 (第二季度)", """
                <tr><td rowspan="2">序号</td><td rowspan="2">具体内容</td><td rowspan="2">牵头单位</td>\
                <td colspan="2">是否完成</td><td rowspan="2">进展情况</td></tr>
                <tr><td>是</td><td>否</td></tr>
                <tr><td>1</td><td>新建公园2个</td><td>区城管局</td><td>√</td><td></td><td>2个公园已建成开放。</td></tr>
                """), false).report();
        assertThat(asked.entries()).extracting(e -> e.progress().text()).containsExactly("2个公园已建成开放。");
        assertThat(asked.tasks().get(0).extras()).isEqualTo(Map.of("是否完成\n是", "√"));
    }

    @Test
    void ofTwoProgressColumnsNamingNoTimeTheFirstIsRead() throws Exception {
        TableReader.Read read = readBoth(page("2025年民生实事项目进展表", """
                <tr><td>序号</td><td>子项目</td><td>落实情况</td><td>进展情况</td><td>下步计划</td></tr>
                <tr><td>1</td><td>新建公园2个</td><td>当年完成</td><td>主体完工</td><td>绿化施工</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.tasks()).extracting(Task::content).containsExactly("新建公园2个");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("当年完成");
        assertThat(report.tasks().get(0).extras()).isEqualTo(Map.of("进展情况", "主体完工", "下步计划", "绿化施工"));
        writtenAndReadBack(report);
    }

    @Test
    void anOutcomeGivingAFigureStaysTheProgressBesideAnAccount() throws Exception {
        TableReader.Read read = readBoth(page("2022年十件民生实事督办表(上半年)", """
                <tr><td>序号</td><td>具体内容</td><td>完成情况</td><td>落实情况</td></tr>
                <tr><td>1</td><td>改造老旧小区供水设施7500户</td><td>已完成80%</td><td>正常推进</td></tr>
                <tr><td>2</td><td>新建公园2个</td><td>推进中</td><td>主体完工</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("已完成80%", "推进中");
        assertThat(report.tasks()).extracting(t -> t.extras().get("落实情况")).containsExactly("正常推进", "主体完工");
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({"完成情况, 进展情况", "完成 情况, 落实情况", "目标完成情况, 推进情况", "完成状态, 办理情况", "进展情况, 完成情况",
        "落实情况, 完成情况"})
    void ofAnOutcomeAndAnAccountOfTheWorkTheAccountIsReadWhereverItStands(String first, String second) throws Exception {
        // 番禺区: 完成 情况 (推进中) before 落实情况 (上半年共完成改造3648户,占年度任务48.64%); 开化县: 进展情况 before 完成情况
        boolean outcomeFirst = first.replace(" ", "").endsWith("完成情况") || first.endsWith("完成状态");
        String outcome = "推进中";
        String account = "上半年共完成改造3648户,占年度任务48.64%。";
        TableReader.Read read = readBoth(page("2022年十件民生实事督办表(上半年)", "<tr><td>序号</td><td>具体内容</td><td>" + first
                + "</td><td>" + second + "</td></tr><tr><td>1</td><td>改造老旧小区供水设施7500户</td><td>"
                + (outcomeFirst ? outcome : account) + "</td><td>" + (outcomeFirst ? account : outcome) + "</td></tr>"), false);
        ProgressReport report = read.report();
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly(account);
        assertThat(report.entries().get(0).progress().percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("48.64"));
        String outcomeHeader = outcomeFirst ? first : second;
        assertThat(report.tasks().get(0).extras()).isEqualTo(Map.of(outcomeHeader, outcome));
        writtenAndReadBack(report);
    }

    @Test
    void aNameOverTwoColumnsAndBothRowsBesideAGroupOfTwoProgressColumns() throws Exception {
        TableReader.Read read = readBoth(page("2024年度区政府民生实事人大票决项目进度表", """
                <tr><td rowspan="2">序号</td><td rowspan="2">牵头单位</td><td rowspan="2">区民生实事项目数量</td>\
                <td rowspan="2" colspan="2">项目名称</td><td rowspan="2">业主单位</td><td colspan="2">本月进展情况</td></tr>
                <tr><td>前期手续</td><td>在建形象进度</td></tr>
                <tr><td rowspan="2">1</td><td rowspan="2">区住建局</td><td rowspan="2">区政府民生实事项目(1个)</td>\
                <td rowspan="2">(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)</td><td>1.文化中心北路</td><td>区城投</td>\
                <td colspan="2">已完工</td></tr>
                <tr><td>2.乐业路</td><td>区城管局</td><td colspan="2">已完工</td></tr>
                <tr><td>2</td><td>区城管局</td><td>区政府民生实事项目(3个)</td>\
                <td colspan="2">(三)井盖整治项目</td><td>区城管局 区水投</td><td>已办理</td><td>主体完工</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.tasks()).extracting(Task::content).containsExactly("1.文化中心北路", "2.乐业路", "(三)井盖整治项目");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("已完工", "已完工", "已办理");
        assertThat(report.extraColumns()).containsExactly("项目名称", "区民生实事项目数量", "业主单位", "本月进展情况\n在建形象进度");
        assertThat(report.tasks().get(2).extras()).isEqualTo(Map.of("区民生实事项目数量", "区政府民生实事项目(3个)",
                "业主单位", "区城管局 区水投", "本月进展情况\n在建形象进度", "主体完工"));
        assertThat(report.tasks().get(0).extras()).containsEntry("项目名称", "(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)");
        writtenAndReadBack(report);
    }

    @Test
    void theSecondColumnUnderAHeaderOverTwoColumnsIsKeptUnderTheHeaderToldApart() throws Exception {
        TableReader.Read read = readBoth(page("2016年为民办实事项目进展情况一览表", """
                <tr><td>序号</td><td>项目内容</td><td colspan="2">进展情况</td><td>牵头单位</td></tr>
                <tr><td>1</td><td>改造棚户区500户</td><td>已签约400户</td><td>已动工280户。</td><td>区住建局</td></tr>
                <tr><td>2</td><td>新建公园2个</td><td>完成60%</td><td></td><td>区城管局</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.extraColumns()).containsExactly("进展情况 (2)");
        assertThat(report.tasks()).extracting(Task::extras).containsExactly(Map.of("进展情况 (2)", "已动工280户。"), Map.of());
        assertThat(read.summary().warnings()).extracting(Problem::reason).containsExactly(
                "the column D has no header of its own (进展情况 (C1) spans it): its cells are kept as an extra column");
        writtenAndReadBack(report);
    }

    @Test
    void aRowOfUnitsUnderTheHeaderGivesEachColumnItsUnit() throws Exception {
        TableReader.Read read = readBoth(page("2024年上半年重点项目进展情况", """
                <tr><td>序号</td><td>项目名称</td><td>建设内容</td><td>总投资</td><td>完成率</td><td>责任单位</td></tr>
                <tr><td></td><td></td><td></td><td>（万元）</td><td>（%）</td><td></td></tr>
                <tr><td>1</td><td>公园建设</td><td>新建公园2个</td><td>5000</td><td>50</td><td>区城管局</td></tr>
                """), false);
        ProgressReport report = read.report();
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("50%");
        assertThat(report.extraColumns()).containsExactly("总投资\n（万元）");
        assertThat(report.tasks().get(0).extras()).isEqualTo(Map.of("总投资\n（万元）", "5000"));
        assertThat(read.summary().warnings()).isEmpty();
        writtenAndReadBack(report);
    }

    @Test
    void aRowOfTextsUnderTheGroupBelowATaskIsNoSubHeaderRow() {
        // sub-headers stand right under the header; a row of texts under the group below a task is a row of the table
        TableReader.Read read = readBoth(page("2016年为民办实事项目进展情况一览表", """
                <tr><td>序号</td><td>项目内容</td><td colspan="2">进展情况</td><td>牵头单位</td></tr>
                <tr><td>1</td><td>改造棚户区500户</td><td>已签约400户</td><td>已动工280户。</td><td>区住建局</td></tr>
                <tr><td></td><td></td><td>完成签约</td><td>全部动工</td><td></td></tr>
                """), true);
        assertThat(read.report().tasks()).extracting(Task::content).containsExactly("改造棚户区500户");
        assertThat(read.report().extraColumns()).containsExactly("进展情况 (2)");
        assertThat(read.summary().warnings()).extracting(Problem::reason)
                .contains("blank content: the row names no task; the row is not read");
    }
}
