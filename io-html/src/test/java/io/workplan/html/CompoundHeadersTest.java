package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headers of two words in one cell ({@code 牵头单位及主要负责人}, {@code 责任主体与协同单位}, {@code 年度任务及目标},
 * {@code 具体任务及目标}, {@code 具体工作任务和要求})
 * and progress columns of two periods ({@code 1-10月推进情况} beside {@code 1-11月推进情况}), as real tables of
 * 肇庆市, 崇川区, 东城区 and 宝山区 write them (corpus {@code guangdong-zhaoqing-2020}, {@code jiangsu-chongchuan-2023-m11},
 * {@code beijing-dongcheng-2021}, {@code shanghai-baoshan-2022-m8}).
 */
class CompoundHeadersTest {
    private static final String TITLE = "2020年第四季度某市民生实事落实进展情况";

    private static ProgressReport read(String header, String... rows) {
        return Pages.read(Pages.page("<table border=\"1\"><tr><td colspan=\"9\">" + TITLE + "</td></tr>"
                + Pages.rows(header, rows) + "</table>")).report();
    }

    private static List<String> names(List<LeadUnit> units) {
        return units.stream().map(LeadUnit::name).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
        牵头单位及 主要负责人; 市民政局 伍泽国; 市民政局; 主要负责人; 伍泽国
        牵头单位及主要负责人; 市民政局：伍泽国; 市民政局; 主要负责人; 伍泽国
        责任单位及负责人; 区发改局 徐 平、区财政局 李明; 区发改局,区财政局; 负责人; 徐 平、李明
        牵头部门和责任人; 县教育局 张三; 县教育局; 责任人; 张三
        牵头单位与联系人; 市民政局 伍泽国<br>市财政局 王芳; 市民政局,市财政局; 联系人; 伍泽国、王芳
        牵头单位及主要负责人; 市民政局<br>伍泽国; 市民政局; 主要负责人; 伍泽国
        牵头单位及主要负责人; 生态环境<br>拱墅分局 张三; 生态环境拱墅分局; 主要负责人; 张三
        牵头单位及主要负责人; 市委农办(市农业局、市林业局) 李四; 市委农办(市农业局、市林业局); 主要负责人; 李四
        """)
    void aUnitCellNamingTheUnitsHeadGivesTheUnitAndKeepsThePerson(String header, String cell, String units,
            String personHeader, String persons) {
        ProgressReport report = read("序号|工作任务|" + header + "|落实进展情况", "1|提高低保标准。|" + cell + "|已完成。");
        Task task = report.tasks().get(0);
        assertThat(names(task.leadUnits())).containsExactly(units.split(","));
        assertThat(task.extras()).containsEntry(personHeader, persons);
    }

    // a unit alone, and two units a blank apart: no person under such a header, nothing taken for one
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        区统计局; 区统计局
        区城管局 区水投; 区城管局,区水投
        区住房和城乡<br>建设局; 区住房和城乡建设局
        """)
    void aUnitCellWithoutAPersonKeepsItsUnitsWhole(String cell, String units) {
        ProgressReport report = read("序号|工作任务|牵头单位及主要负责人|落实进展情况", "1|提高低保标准。|" + cell + "|已完成。");
        Task task = report.tasks().get(0);
        assertThat(names(task.leadUnits())).containsExactly(units.split(","));
        assertThat(task.extras()).doesNotContainKey("主要负责人");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"责任主体与协同单位", "配合单位及协办单位", "相关单位、协同单位"})
    void twoUnitWordsBesideALeadUnitColumnAreTheResponsibleUnits(String header) {
        ProgressReport report = read("序号|主要任务|牵头单位|" + header + "|推进情况", "1|优化交通组织。|城管局|市政局、相关街道|已进场施工。");
        Task task = report.tasks().get(0);
        assertThat(names(task.leadUnits())).containsExactly("城管局");
        assertThat(names(task.responsibleUnits())).containsExactly("市政局", "相关街道");
        assertThat(task.extras()).isEmpty();
    }

    // 吉水县's 具体工作任务和要求 (corpus jiangxi-jishui) names what a task requires: 要求 alone beside a task is a target too;
    // a task stated with its target (具体任务及目标) is a target beside a column that certainly holds the task
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"年度任务及目标", "年度目标与任务", "要求", "工作要求", "具体任务及目标", "具体工作任务和要求"})
    void targetWordsBesideATaskColumnAreATarget(String header) {
        ProgressReport report = read("序号|任务名称|" + header + "|全年完成情况", "1|常态化疫情防控|确保不发生聚集性疫情|持续落实各项措施。");
        Task task = report.tasks().get(0);
        assertThat(task.content()).isEqualTo("常态化疫情防控");
        assertThat(task.extras()).containsEntry(header, "确保不发生聚集性疫情");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"项目内容及居民受益面", "建设内容及规模", "工作任务和完成时限"})
    void aTaskWordAndAWordNoRoleReadsAreTheTask(String header) {
        // 宝山区 (corpus shanghai-baoshan-2022-m8): the task and who benefits in one text, beside a month's target
        ProgressReport report = read("序号|" + header + "|牵头单位|8月份目标|进展情况",
                "1|新增760张养老床位(市级、区级)|区民政局|进场施工。|已完成全年目标任务。");
        Task task = report.tasks().get(0);
        assertThat(task.content()).isEqualTo("新增760张养老床位(市级、区级)");
        assertThat(task.extras()).containsExactly(java.util.Map.entry("8月份目标", "进场施工。"));
    }

    // 袁州区's 具体任务及目标 (corpus jiangxi-yuanzhou-2023-m9): the task, stated with its target; 项目名称 beside it a category
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"具体任务及目标", "主要任务和目标", "年度目标与重点任务", "工作任务及年度目标任务",
        "具体工作任务和要求", "工作任务及要求"})
    void aTaskWordAndATargetWordAreTheTask(String header) {
        ProgressReport report = read("序号|项目名称|" + header + "|牵头单位|进展情况", "1|公办教育资源扩容提质惠民工程|完成区第二幼儿园建设。|区教体局|已完工。");
        Task task = report.tasks().get(0);
        assertThat(task.content()).isEqualTo("完成区第二幼儿园建设。");
        assertThat(task.category()).map(c -> c.label()).contains("公办教育资源扩容提质惠民工程");
        assertThat(task.extras()).isEmpty();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', textBlock = """
        1-10月推进情况; 1-11月推进情况; 完成60%。; 完成30%。
        1-11月推进情况; 1-10月推进情况; 完成30%。; 完成60%。
        2023年1—5月进展情况; 2023年1—6月进展情况; 完成60%。; 完成30%。
        1-3月完成率; 1-6月完成率; 60%; 30%
        """)
    void ofTwoProgressColumnsOfTwoPeriodsTheLaterIsTheProgressAndTheOtherKept(String first, String second,
            String later, String earlier) {
        boolean laterFirst = first.contains("11月") || first.contains("6月");
        String cells = laterFirst ? later + "|" + earlier : earlier + "|" + later;
        ProgressReport report = read("序号|主要任务|牵头单位|" + first + "|" + second, "1|优化交通组织。|城管局|" + cells);
        Task task = report.tasks().get(0);
        assertThat(report.progressOf(task).orElseThrow().text()).isEqualTo(later);
        assertThat(task.extras()).containsExactly(java.util.Map.entry(laterFirst ? second : first, earlier));
    }
}
