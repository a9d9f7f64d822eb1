package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.sheet.TableReader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The columns of an indicator table as 眉山市 writes them (corpus {@code sichuan-meishan-2017-*}) and other
 * regions the same things: a programme's name as the category ({@code 工程名称}), the figure reached ({@code
 * 进度}) beside the rate in percent ({@code 完成目标(%)}), the rate as a bare number under a header in
 * percent, and numbers with a mark ({@code 9*}).
 */
class IndicatorColumnsTest {
    private static final String TITLE = "2017年1—11月十大民生工程项目实施进度表";

    private static TableReader.Read read(String header, String... rows) {
        return Pages.read(Pages.page("<h1>" + TITLE + "</h1><table border=\"1\">" + Pages.rows(header, rows) + "</table>"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"工程名称", "工程<br>名称", "工程项目", "民生工程", "十大民生工程名称"})
    void aProgrammesNameBesideATaskColumnIsTheCategory(String header) {
        ProgressReport report = read(header + "|序号|项目内容|牵头单位|完成情况",
                "就业促进工程|1|城镇新增就业|市人社局|已完成。").report();
        Task task = report.tasks().get(0);
        assertThat(task.category()).contains(Category.of("就业促进工程"));
        assertThat(task.content()).isEqualTo("城镇新增就业");
        assertThat(task.extras()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"项目名称", "省重点民生实事项目名称", "工程名称", "实事名称"})
    void aNameRightOfTheTaskColumnIsAnExtraColumnNotTheCategory(String header) {
        TableReader.Read read = read("序号|主要工作内容|牵头单位|完成进度|" + header,
                "1|城镇新增就业|市人社局|80%|",
                "2|城镇失业人员再就业|市人社局|75%|促进城乡劳动者就业创业");
        ProgressReport report = read.report();
        assertThat(report.categories()).isEmpty();
        assertThat(report.tasks()).extracting(Task::content).containsExactly("城镇新增就业", "城镇失业人员再就业");
        assertThat(report.tasks().get(0).extras()).isEmpty();
        assertThat(report.tasks().get(1).extras()).isEqualTo(Map.of(header, "促进城乡劳动者就业创业"));
        assertThat(read.summary().warnings()).extracting(Problem::reason)
                .contains(header + " (E1) is kept as an extra column: a name right of the task 主要工作内容 (B1) is not its category");
    }

    /**
     * 淮南市 2025年上半年国民经济和社会发展计划主要预期目标完成情况 (https://www.huainan.gov.cn/public/6596035/1260861368.html):
     * a growth planned and the growth reached, both in percent; {@code 4} is a growth of 4 %, not 4 % of the work.
     */
    @ParameterizedTest(name = "{0} beside {1}")
    @CsvSource(delimiter = ';', textBlock = """
        预期增长(%); 上半年完成(%)
        目标(%); 完成(%)
        年度目标（%）; 1-6月完成情况（%）
        计划增速%; 1-9月完成%
        """)
    void aCompletionBesideATargetInPercentIsTheValueReachedReadAsItStands(String target, String completion) {
        TableReader.Read read = read("指标名称|" + target + "|" + completion,
                "地区生产总值|6左右|4", "规上工业增加值|6.5以上|-3.6", "城镇新增就业|2.7万人以上|1.34万人", "粮食产量及播种面积|完成省下达年度目标任务|序时推进");
        assertThat(read.report().entries()).extracting(e -> e.progress().text())
                .containsExactly("4", "-3.6", "1.34万人", "序时推进");
        assertThat(read.report().entries()).extracting(e -> e.progress().percent().isPresent()).containsOnly(false);
        assertThat(read.summary().warnings()).extracting(Problem::reason)
                .contains(completion + " (C1) is the value reached in the unit of " + target
                        + " (B1): its numbers are read as they stand, not as shares of the target");
    }

    @ParameterizedTest(name = "{0} beside {1}")
    @CsvSource(delimiter = ';', textBlock = """
        目标(%); 完成目标(%)
        预期增长(%); 完成率(%)
        目标任务; 完成(%)
        年度目标任务数(%); 完成情况(%)
        """)
    void aShareOfTheTargetOrACompletionBesideNoTargetInPercentStaysARate(String target, String completion) {
        ProgressReport report = read("指标名称|" + target + "|" + completion, "城镇新增就业(人)|26000|123.4").report();
        assertThat(report.entries().get(0).progress()).isEqualTo(Progress.ofPercent(new BigDecimal("123.4"), "123.4%"));
    }

    @ParameterizedTest(name = "{0} beside {1}")
    @CsvSource(delimiter = ';', textBlock = """
        进度; 完成目标(%)
        进度; 完成目标<br>(%)
        完成进度; 完成年度目标%
        工作进度; 占全年任务（%）
        完成率; 完成率（%）
        进度; 目标完成(%)
        进度; 1-11月完成目标(%)
        """)
    void ofTwoRateColumnsTheOneInPercentIsTheProgressTheOtherKept(String reached, String rate) {
        TableReader.Read read = read("序号|项目内容|目标任务|牵头单位|" + reached + "|" + rate,
                "1|城镇新增就业(人)|26000|市人社局|32095|123.4");
        Task task = read.report().tasks().get(0);
        assertThat(read.report().progressOf(task)).contains(Progress.ofPercent(new BigDecimal("123.4"), "123.4%"));
        assertThat(task.extras()).containsEntry("目标任务", "26000").containsEntry(reached, "32095");
        assertThat(read.summary().warnings()).extracting(Problem::reason)
                .anyMatch(r -> r.startsWith("two rate columns: ") && r.endsWith("is kept as an extra column"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        完成目标(%); 123.4; 123.4%; 123.4
        完成率（%）; 100; 100%; 100
        完成进度%; 85.50; 85.50%; 85.50
        完成情况(%); 469; 469%; 469
        1-8月实际完成率%; 54; 54%; 54
        完成目标(%); 95%; 95%; 95
        完成率(%); 98.4%(滞后); 98.4%(滞后); 98.4
        """)
    void aBareNumberUnderAHeaderInPercentIsThatPercentage(String header, String cell, String text, String percent) {
        ProgressReport report = read("序号|项目内容|牵头单位|" + header, "1|城镇新增就业(人)|市人社局|" + cell).report();
        Progress progress = report.entries().get(0).progress();
        assertThat(progress.kind()).isEqualTo(Progress.Kind.PERCENT);
        assertThat(progress.percent()).contains(new BigDecimal(percent));
        assertThat(progress.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        完成情况; 123.4
        完成率; 100
        目标(%); 95
        完成目标(%); 发放创业补贴262万元
        完成目标(%); -5
        """)
    void aNumberUnderAnyOtherHeaderOrAnyOtherTextMeansWhatItSays(String header, String cell) {
        // 目标(%) is a target measured in percent, not a rate: the task's progress comes from 完成情况
        String progressHeader = header.startsWith("目标") ? "目标(%)|完成情况" : header;
        String cells = header.startsWith("目标") ? cell + "|推进中" : cell;
        ProgressReport report = read("序号|项目内容|牵头单位|" + progressHeader, "1|城镇新增就业(人)|市人社局|" + cells).report();
        Progress progress = report.entries().get(0).progress();
        assertThat(progress).isEqualTo(Progress.parse(header.startsWith("目标") ? "推进中" : cell));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        9*; 9
        9＊; 9
        *9; 9
        ★12; 12
        12※; 12
        ▲3; 3
        3#; 3
        10*、; 10
        一; 1
        三、; 3
        九.; 9
        十; 10
        十二; 12
        二十; 20
        二十三、; 23
        """)
    void aNumberWithAMarkOrInChineseNumeralsIsTheNumberAndTheCellIsKeptAsPublished(String cell, int number) {
        // in Chinese numerals as 十件民生实事 are numbered (一、 to 十、), and a group's number merged over its rows
        TableReader.Read read = read("序号|项目内容|牵头单位|完成情况", cell + "|促进大学生创业(人)|市人社局|已完成。");
        Task task = read.report().tasks().get(0);
        assertThat(task.number()).hasValue(number);
        assertThat(task.extras()).containsExactly(Map.entry("序号原文", cell));
        assertThat(read.summary().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.1", "2-3", "1.2.1", "１．１", "3－2", "12.10", "1_1", "1.1、"})
    void aSubItemsNumberIsNoTaskNumberAndTheCellIsKeptAsPublished(String cell) {
        // 1 推进老旧小区改造 / 1.1 改造小区10个 / 1.2 加装电梯20台: the sub-items of item 1, read strictly
        TableReader.Read read = read("序号|项目内容|牵头单位|完成情况", "1|推进老旧小区改造|区建设局|60%",
                cell + "|改造小区10个|区建设局|50%");
        Task task = read.report().tasks().get(1);
        assertThat(task.number()).isEmpty();
        assertThat(task.extras()).containsExactly(Map.entry("序号原文", cell));
        assertThat(read.report().tasks().get(0).number()).hasValue(1);
        assertThat(read.summary().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9", "9.", "9、"})
    void aPlainNumberKeepsNothingMore(String cell) {
        Task task = read("序号|项目内容|牵头单位|完成情况", cell + "|促进大学生创业(人)|市人社局|已完成。").report().tasks().get(0);
        assertThat(task.number()).hasValue(9);
        assertThat(task.extras()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9*9", "**", "0*", "九*", "9+", "十十", "百", "一二", "〇", "甲"})
    void anythingElseIsStillNoTaskNumber(String cell) {
        TableReader.Read read = Pages.read(Pages.page("<h1>" + TITLE + "</h1><table border=\"1\">"
                + Pages.rows("序号|项目内容|牵头单位|完成情况", cell + "|促进大学生创业|市人社局|已完成。") + "</table>"),
                HtmlReadOptions.builder().table(io.workplan.sheet.TableReadOptions.builder().lenient(true).build()).build());
        assertThat(read.report().tasks().get(0).number()).isEmpty();
        assertThat(read.summary().warnings()).extracting(Problem::reason)
                .anyMatch(r -> r.startsWith("not a task number"));
    }

    @Test
    void aMarkedNumberAndARateInPercentReadBackAsThemselvesOnceWritten() {
        TableReader.Read read = read("工程名称|序号|项目内容|目标任务|市级牵头<br>责任单位|进度|完成目标<br>(%)|备注",
                "就业促进工程|8|城镇新增就业(人)|26000|市人社局|32095|123.4|超额完成",
                "就业促进工程|9*|促进大学生创业(人)|260|市人社局|262|100.8|超额完成");
        ProgressReport report = read.report();
        assertThat(report.tasks().get(1).extras()).containsEntry("序号原文", "9*");

        StringWriter table = new StringWriter();
        HtmlWriter.create().writeTable(report, table);
        TableReader.Read back = HtmlReader.create(HtmlReadOptions.builder().sourceName("written").build())
                .read(new ByteArrayInputStream(("<h1>" + TITLE + "</h1>" + table).getBytes(StandardCharsets.UTF_8)));
        assertThat(back.report().tasks()).isEqualTo(report.tasks());
        assertThat(back.report().entries()).extracting(e -> e.progress())
                .isEqualTo(report.entries().stream().map(e -> e.progress()).toList());
        // no second number column: the number as published is under a header no role reads
        assertThat(back.summary().warnings()).extracting(Problem::reason).noneMatch(r -> r.contains("for the number"))
                .noneMatch(r -> r.contains("序号原文"));
    }
}
