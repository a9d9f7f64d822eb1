package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(LeadUnit.parseList("市委农办(市农业局)、各街道"))
                .isEqualTo(List.of(LeadUnit.of("市委农办(市农业局)"), LeadUnit.of("各街道")));
        ReportingPeriod q2 = ReportingPeriod.parse("2024年第二季度拱墅区《政府工作报告》主要任务完成情况").orElseThrow();
        assertThat(q2.expectedPercent()).isEqualTo(new BigDecimal("50"));

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
}
