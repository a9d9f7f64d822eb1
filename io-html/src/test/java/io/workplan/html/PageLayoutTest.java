package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The layouts of real pages: layout tables, several tables, spans, line breaks, titles outside the table. */
class PageLayoutTest {
    private static final String ROWS = "<tr><td>1</td><td rowspan=\"2\">主要经济指标</td><td>地区生产总值增长5.5%。</td>"
            + "<td rowspan=\"2\">区发改经信局</td><td>52%</td></tr>"
            + "<tr><td>2</td><td>一般公共预算收入增长与经济增长同步。</td><td>53.6%</td></tr>";

    private static void assertTheTwoTasks(ProgressReport report) {
        assertThat(report.tasks()).extracting(Task::content)
                .containsExactly("地区生产总值增长5.5%。", "一般公共预算收入增长与经济增长同步。");
        assertThat(report.tasks()).extracting(t -> t.category().orElseThrow().label()).containsOnly("主要经济指标");
        assertThat(report.tasks()).extracting(Task::leadUnits).containsOnly(List.of(LeadUnit.of("区发改经信局")));
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("52%", "53.6%");
        assertThat(report.period()).contains(ReportingPeriod.quarter(2024, 2));
    }

    @Test
    void aRowspanPushesTheCellsOfTheRowsBelowToTheRight() {
        TableReader.Read read = Pages.read(Pages.page(Pages.table(ROWS)));
        assertTheTwoTasks(read.report());
        assertThat(read.report().title()).isEqualTo(Pages.TITLE);
    }

    @Test
    void theProgressTableInsideALayoutTableIsReadAndTheOuterCellDoesNotSwallowIt() {
        String page = Pages.page("<table><tr><td>导航 首页 政务公开</td></tr><tr><td><div>信息公开目录</div>"
                + Pages.table(ROWS) + "<p>来源:区政府办</p></td></tr></table>");
        TableReader.Read read = Pages.read(page);
        assertTheTwoTasks(read.report());
        assertThat(read.summary().table()).isEqualTo("表2");
    }

    @Test
    void ofSeveralTablesTheSecondIsTheProgressTable() {
        String page = Pages.page("<table><tr><td>索引号</td><td>001</td></tr><tr><td>发布机构</td><td>区政府办</td></tr></table>"
                + Pages.table(ROWS));
        TableReader.Read read = Pages.read(page);
        assertTheTwoTasks(read.report());
        assertThat(read.summary().table()).isEqualTo("表2");
    }

    @Test
    void theTableOptionChoosesATableOfThePage() {
        String page = Pages.page(Pages.table(ROWS) + Pages.table("<tr><td>1</td><td>其他</td><td>另一项任务。</td>"
                + "<td>区财政局</td><td>已完成</td></tr>"));
        ProgressReport second = Pages.read(page, HtmlReadOptions.builder().table(TableReadOptions.builder().table(1).build())
                .build()).report();
        assertThat(second.tasks()).extracting(Task::content).containsExactly("另一项任务。");
        assertThatThrownBy(() -> Pages.read(page, HtmlReadOptions.builder().table(TableReadOptions.builder().table(2).build())
                .build())).isInstanceOf(HtmlException.class).hasMessageContaining("the document has no table 3; it has 2");
    }

    @Test
    void aHeaderWithColspanOverCategoryEnumeratorAndName() {
        String rows = "<tr><td>序号</td><td colspan=\"2\">项目名称</td><td>主要工作内容</td><td>牵头单位</td><td>完成进度</td></tr>"
                + "<tr><td>1</td><td rowspan=\"2\">(一)</td><td rowspan=\"2\">主要经济指标</td><td>地区生产总值增长5.5%。</td>"
                + "<td>区发改经信局</td><td>52%</td></tr>"
                + "<tr><td>2</td><td>一般公共预算收入增长与经济增长同步。</td><td>区发改经信局</td><td>53.6%</td></tr>";
        ProgressReport report = Pages.read(Pages.page("<table><tr><th colspan=\"6\">" + Pages.TITLE + "</th></tr>" + rows
                + "</table>")).report();
        assertThat(report.tasks()).extracting(Task::content)
                .containsExactly("地区生产总值增长5.5%。", "一般公共预算收入增长与经济增长同步。");
        assertThat(report.categories()).hasSize(1);
        assertThat(report.categories().get(0).name()).isEqualTo("主要经济指标");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("52%", "53.6%");
    }

    @Test
    void brAndBlocksInACellAreLineBreaksAndWhitespaceCollapses() {
        String rows = "<tr><td>1</td><td>主要经济指标</td><td>\n  地区生产总值\n   增长5.5%。<br>第二行<p>第三段</p><div>第四段</div>"
                + "<ul><li>一</li><li>二</li></ul></td><td>生态环境<br>拱墅分局</td><td>&nbsp;52%&nbsp;<script>x()</script>"
                + "<style>td{}</style><span style=\"display:none\">隐藏</span></td></tr>";
        ProgressReport report = Pages.read(Pages.page(Pages.table(rows))).report();
        Task task = report.tasks().get(0);
        assertThat(task.content()).isEqualTo("地区生产总值 增长5.5%。\n第二行\n第三段\n第四段\n一\n二");
        assertThat(task.leadUnits()).containsExactly(LeadUnit.of("生态环境拱墅分局"));
        assertThat(report.entries().get(0).progress().text()).isEqualTo("52%");
    }

    @Test
    void entitiesAreDecoded() {
        String rows = "<tr><td>1</td><td>经济</td><td>R&amp;D经费&lt;增长&gt;&#x4E2D;&#20013;&quot;</td><td>区科技局</td><td>50%</td></tr>";
        assertThat(Pages.read(Pages.page(Pages.table(rows))).report().tasks().get(0).content())
                .isEqualTo("R&D经费<增长>中中\"");
    }

    static Stream<Arguments> titlesOutsideTheTable() {
        return Stream.of(
                Arguments.of("in an h2 before the table", Pages.page("<h1>政务公开</h1><div class=\"meta\"><span>发布时间</span></div><h2>"
                        + Pages.TITLE + "</h2>" + "<table>" + Pages.HEADER + ROWS + "</table>")),
                Arguments.of("only in the title element", "<html><head><meta charset=\"utf-8\"><title>" + Pages.TITLE
                        + "</title></head><body><table>" + Pages.HEADER + ROWS + "</table></body></html>"));
    }

    @ParameterizedTest(name = "a title {0}")
    @MethodSource("titlesOutsideTheTable")
    void aTitleOutsideTheTable(String where, String page) {
        ProgressReport report = Pages.read(page).report();
        assertThat(report.title()).isEqualTo(Pages.TITLE);
        assertTheTwoTasks(report);
    }

    @Test
    void aParagraphNamingNoPeriodGivesWayToATitleThatDoes() {
        String page = "<html><head><title>" + Pages.TITLE + "</title></head><body><p>字号:大 中 小</p><table>"
                + Pages.HEADER + ROWS + "</table></body></html>";
        assertThat(Pages.read(page).report().title()).isEqualTo(Pages.TITLE);
    }

    @Test
    void aProblemNamesTheLineAndColumnOfItsCell() {
        String page = Pages.page("\n" + Pages.table("\n<tr><td>1</td><td>经济</td><td>任务一。</td><td>区财政局</td><td>50%</td></tr>"
                + "\n<tr><td>x</td><td>经济</td><td>任务二。</td><td>区财政局</td><td>50%</td></tr>"));
        assertThatThrownBy(() -> Pages.read(page)).isInstanceOfSatisfying(HtmlException.class, e -> {
            Problem problem = e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow();
            assertThat(problem.source()).contains("page.html");
            assertThat(problem.sheet()).contains("表1");
            assertThat(problem.cell()).contains("A4");
            assertThat(problem.line()).hasValue(4);
            assertThat(problem.column()).hasValue(5);
            assertThat(problem.rawText()).contains("x");
        });
        TableReader.Read lenient = Pages.read(page, HtmlReadOptions.builder()
                .table(TableReadOptions.builder().lenient(true).build()).build());
        assertThat(lenient.summary().warnings()).anySatisfy(w -> {
            assertThat(w.cell()).contains("A4");
            assertThat(w.line()).hasValue(4);
        });
    }

    @Test
    void aPageWithoutAProgressTableIsRefusedNamingItsTables() {
        assertThatThrownBy(() -> Pages.read(Pages.page("<table><tr><td>索引号</td></tr></table>")))
                .isInstanceOf(HtmlException.class).hasMessageContaining("page.html");
    }
}
