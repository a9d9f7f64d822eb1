package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Task;
import io.workplan.sheet.TableReader;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header words known by their form, as real tables of 青岛市, 济南市市中区 and 上海市 write them (corpus {@code
 * shandong-qingdao-2017-h1}, {@code shandong-jinan-shizhong-2019-q2}, {@code shanghai-city-2024}): {@code …事项}
 * names the task, {@code …序号} the number, {@code 占全年计划} a share of the plan, the progress.
 */
class HeaderFamiliesTest {
    private static final String TITLE = "2017年政府工作报告公开挂牌督办事项上半年进展情况";

    private static TableReader.Read read(String header, String... rows) {
        return Pages.read(Pages.page("<h1>" + TITLE + "</h1><table border=\"1\">" + Pages.rows(header, rows) + "</table>"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"公开挂牌督办事项", "督办事项", "重点督办事项", "民生实事事项"})
    void aHeaderEndingInAMatterNamesTheTask(String header) {
        // the task's column stands right of the number, left of a target: read by its word, not as the unnamed
        // column left of the progress, and without the warning that reading gives
        TableReader.Read read = read("序号|年度工作任务和目标|" + header + "|责任单位|上半年进展",
                "1|完成年度计划目标。|全市生产总值增长8%左右。|市发展改革委|生产总值增长7.7%。");
        Task task = read.report().tasks().get(0);
        assertThat(task.content()).isEqualTo("全市生产总值增长8%左右。");
        assertThat(task.extras()).containsExactly(java.util.Map.entry("年度工作任务和目标", "完成年度计划目标。"));
        assertThat(read.summary().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"分解<br>序号", "分解序号", "任务序号", "项目 序号"})
    void aHeaderEndingInANumberNamesTheNumber(String header) {
        TableReader.Read read = read(header + "|主要任务|进展情况|责任单位",
                "3|重点打造绿地科创大厦特色楼宇。|已完成招商。|区科技局");
        Task task = read.report().tasks().get(0);
        assertThat(task.number()).hasValue(3);
        assertThat(task.extras()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"占全年计划", "占年度计划", "占全年目标", "占年度任务", "占计划比例", "占全年计划(%)"})
    void aShareOfThePlanIsTheProgressAndTheCountBesideItIsKept(String header) {
        TableReader.Read read = read("序号|实事项目名称|完成情况|" + header, "1|新增4000张养老床位|4385|110%");
        Task task = read.report().tasks().get(0);
        assertThat(read.report().progressOf(task).orElseThrow().percent()).contains(new java.math.BigDecimal("110"));
        assertThat(task.extras()).containsExactly(java.util.Map.entry("完成情况", "4385"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"占比", "占地面积", "占用情况"})
    void otherWordsOfAShareAreNoProgress(String header) {
        TableReader.Read read = read("序号|实事项目名称|完成情况|" + header, "1|新增4000张养老床位|已完成。|12%");
        Task task = read.report().tasks().get(0);
        assertThat(read.report().progressOf(task).orElseThrow().text()).isEqualTo("已完成。");
        assertThat(task.extras()).containsExactly(java.util.Map.entry(header, "12%"));
    }

    /** The table's one task, after asserting its progress and its extras are those given. */
    private static Task readsAs(String header, String row, String progress, Map<String, String> extras) {
        TableReader.Read read = read(header, row);
        Task task = read.report().tasks().get(0);
        assertThat(read.report().progressOf(task).orElseThrow().text()).isEqualTo(progress);
        assertThat(task.extras()).isEqualTo(extras);
        return task;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"主要工作任务", "实事项目内容", "项目建设内容", "主要建设内容", "建设规模及内容", "工作要点", "工作重点",
        "具体工作", "考核内容", "任务分解", "分解任务"})
    void moreWordsOfTheTask(String header) {
        Task task = readsAs("序号|" + header + "|责任单位|进展情况", "1|新建公园2个。|区城管局|主体完工。", "主体完工。", Map.of());
        assertThat(task.content()).isEqualTo("新建公园2个。");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"民生实事项目", "为民办实事项目", "十件实事项目", "省民生实事项目"})
    void aHeaderEndingInAProjectOfRealMattersBesideATaskColumnIsTheCategory(String header) {
        TableReader.Read read = read("序号|" + header + "|主要内容|责任单位|推进情况", "1|教育提质|新建学校2所。|区教育局|主体完工。");
        Task task = read.report().tasks().get(0);
        assertThat(task.category()).contains(io.workplan.core.Category.of("教育提质"));
        assertThat(task.content()).isEqualTo("新建学校2所。");
        assertThat(task.extras()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"实施主体", "责任主体单位", "责任处（室）", "责任股室"})
    void moreWordsOfTheUnits(String header) {
        Task task = readsAs("序号|重点工作|" + header + "|进展情况", "1|新建公园2个。|区城管局|主体完工。", "主体完工。", Map.of());
        assertThat(task.leadUnits()).extracting(u -> u.name()).containsExactly("区城管局");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"实施进度", "推进进度", "执行进度", "办理进度", "建设进度", "工程进度", "工作进展及成效", "进展情况及存在问题",
        "进展成效", "完成状态", "办理结果", "落实结果", "完成结果"})
    void moreWordsOfTheProgress(String header) {
        readsAs("序号|重点工作|责任单位|" + header, "1|新建公园2个。|区城管局|已完成。", "已完成。", Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"实际进度", "实际完成进度", "实际形象进度", "实际工作进度", "实际推进进度", "实际建设进度", "实际进度(%)"})
    void theActualProgressBesideTheScheduleIsTheProgressAndTheStatusBesideItIsKept(String header) {
        // 序时进度 | 实际进度 | 完成情况: the share the schedule expects, the share done, a status in words
        readsAs("序号|重点工作|责任单位|序时进度|" + header + "|完成情况", "1|新建公园2个。|区城管局|50%|45%|推进中", "45%",
                Map.of("序时进度", "50%", "完成情况", "推进中"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"序时进度", "时间进度", "工作举措", "存在问题", "下步打算", "完成时限"})
    void wordsBesideTheProgressThatAreNotIt(String header) {
        readsAs("序号|重点工作|责任单位|完成情况|" + header, "1|新建公园2个。|区城管局|已完成。|50%", "已完成。", Map.of(header, "50%"));
    }
}
