package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.aggregate.ColourScheme;
import io.workplan.core.aggregate.DataQuality;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.PlanHistory;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ReportComparison;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.Summary;
import io.workplan.core.aggregate.TrafficLight;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and checked, so that it stays true. */
class ReadmeExamplesTest {

    @Test
    void quickStart() {
        Progress p = Progress.parse("53.6%");
        assertThat(p.kind()).isEqualTo(Progress.Kind.PERCENT);
        assertThat(p.percent()).contains(new BigDecimal("53.6"));
        assertThat(Progress.parse("已完成").isCompleted()).isTrue();
        assertThat(Progress.parse("全年数据未出").kind()).isEqualTo(Progress.Kind.DATA_PENDING);
        assertThat(Progress.parse("80%(新区实验幼儿园进度滞后)").percent()).contains(new BigDecimal("80"));
        Progress monthly = Progress.parse("已完成。1-10月完成率47.23%");
        assertThat(monthly.kind()).isEqualTo(Progress.Kind.NARRATIVE);
        assertThat(monthly.percent()).contains(new BigDecimal("47.23"));

        assertThat(LeadUnit.parseList("市委农办(市农业局)、各街道"))
                .isEqualTo(List.of(LeadUnit.of("市委农办(市农业局)"), LeadUnit.of("各街道")));
        assertThat(LeadUnit.parseList("区发改局\n区财政局")).isEqualTo(List.of(LeadUnit.of("区发改局"), LeadUnit.of("区财政局")));
        assertThat(LeadUnit.parseList("生态环境\n拱墅分局")).isEqualTo(List.of(LeadUnit.of("生态环境拱墅分局")));
        assertThat(LeadUnit.parseMarked("*区发改局、区财政局").marked()).isEqualTo(List.of(LeadUnit.of("区发改局")));
        ReportingPeriod q2 = ReportingPeriod.parse("2024年第二季度拱墅区《政府工作报告》主要任务完成情况").orElseThrow();
        assertThat(q2.expectedPercent()).isEqualTo(new BigDecimal("50"));
        assertThat(ReportingPeriod.parse("2024年度民生实事项目截至9月底进展情况"))
                .hasValueSatisfying(p9 -> assertThat(p9).hasToString("2024年1-9月"));
        assertThat(ReportingPeriod.of("2024-Q2")).isEqualTo(q2);
        assertThat(q2.code()).isEqualTo("2024-Q2");

        Task task = Task.builder()
                .number(2)
                .category(Category.parse("(一)主要经济指标"))
                .content("一般公共预算收入增长与经济增长同步。")
                .addLeadUnits(LeadUnit.of("区财政局"))
                .build();
        ProgressReport report = ProgressReport.builder()
                .title("2024年第二季度拱墅区《政府工作报告》主要任务完成情况")
                .period(q2)
                .addEntries(ProgressEntry.of(task, q2, Progress.parse("52%")))
                .build();
        assertThat(report.progressOf(task)).hasValueSatisfying(v -> assertThat(v).hasToString("PERCENT(52%) \"52%\""));
    }

    @Test
    void aggregation() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        ReportingPeriod q2 = ReportingPeriod.quarter(2024, 2);
        Category economy = Category.of("主要经济指标");
        Task a = Task.builder().number(1).category(economy).content("有效投资完成市下达目标任务。")
                .addLeadUnits(LeadUnit.of("区发改经信局")).build();
        Task b = Task.builder().number(2).category(economy).content("一般公共预算收入增长与经济增长同步。")
                .addLeadUnits(LeadUnit.of("区财政局")).build();
        ProgressReport first = ProgressReport.builder().title("2024年第一季度").period(q1)
                .addEntries(ProgressEntry.of(a, q1, Progress.parse("20%")))
                .addEntries(ProgressEntry.of(b, q1, Progress.parse("30%"))).build();
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(q2)
                .addEntries(ProgressEntry.of(a, q2, Progress.parse("53.6%")))
                .addEntries(ProgressEntry.of(b, q2, Progress.parse("45%"))).build();

        ReportAggregation agg = ReportAggregation.of(report);
        Summary all = agg.overall();
        BigDecimal mean = all.statistics().mean().map(m -> Figures.display(m, 1)).orElse(null);
        String shown = mean.toPlainString() + "%";
        assertThat(mean).isEqualTo(new BigDecimal("49.3"));
        assertThat(shown).isEqualTo("49.3%");
        assertThat(all.schedule().share(ScheduleStatus.BEHIND).toString()).startsWith("1 of 2");
        List<Group<Category>> groups = agg.byCategory().groups();
        assertThat(groups).hasSize(1);
        assertThat(ColourScheme.trafficLights().colourOf(agg.assessments().get(0))).contains(TrafficLight.GREEN);
        ReportComparison qoq = ReportComparison.of(first, report);
        assertThat(qoq.changes()).hasSize(2);
        assertThat(PlanHistory.of(List.of(first, report)).tasks()).hasSize(2);
        assertThat(DataQuality.findings(report)).isEmpty();
        assertThat(DataQuality.grouped(report)).isEmpty();

        ScheduleRule rule = ScheduleRule.standard().withTolerance(BigDecimal.valueOf(5));
        java.util.Map<String, Summary> byLeader = report.tasks().stream().collect(java.util.stream.Collectors.groupingBy(
                t -> t.leader().orElse("-"), Summary.collector(report, rule)));
        assertThat(byLeader).containsOnlyKeys("-");
        assertThat(byLeader.get("-").schedule().count(ScheduleStatus.BEHIND)).as("45% is within 5 points of 50%").isZero();
    }
}
