package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.Fixtures.ECONOMY;
import static io.workplan.core.aggregate.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleRuleTest {

    static final Task TASK = task(1, ECONOMY, "有效投资完成市下达目标任务。", "区发改经信局");

    @ParameterizedTest(name = "{0} at Q2 is {1}")
    @CsvSource(delimiter = '|', value = {
        "49.99%|BEHIND|",
        "50%|ON_SCHEDULE|",
        "50.0%|ON_SCHEDULE|",
        "50.01%|AHEAD|",
        "100%|COMPLETED|",
        "145%|COMPLETED|",
        "已完成|COMPLETED|",
        "正常进行中|ON_SCHEDULE|",
        "完成全年任务的42%|BEHIND|",
        "完成全年任务的78%|AHEAD|",
        "/|NOT_ASSESSABLE|NOT_APPLICABLE",
        "全年数据未出|NOT_ASSESSABLE|DATA_PENDING",
        "1-6月,全区地方一般公共预算收入完成80亿元。|NOT_ASSESSABLE|NO_FIGURE",
    })
    void theStatusOfEachKindOfProgress(String text, ScheduleStatus status, ScheduleStatus.Reason reason) {
        ScheduleAssessment a = ScheduleRule.standard().assess(TASK, Optional.of(Progress.parse(text)), new BigDecimal("50"));
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.reason()).isEqualTo(Optional.ofNullable(reason));
    }

    @Test
    void aTaskWithoutEntryIsNotAssessable() {
        ScheduleAssessment a = ScheduleRule.standard().assess(TASK, Optional.empty(), new BigDecimal("50"));
        assertThat(a.status()).isEqualTo(ScheduleStatus.NOT_ASSESSABLE);
        assertThat(a.reason()).contains(ScheduleStatus.Reason.NO_ENTRY);
    }

    @Test
    void theToleranceWidensOnSchedule() {
        ScheduleRule rule = ScheduleRule.standard().withTolerance(new BigDecimal("2"));
        BigDecimal expected = new BigDecimal("50");
        assertThat(rule.assess(TASK, Optional.of(Progress.parse("48%")), expected).status()).isEqualTo(ScheduleStatus.ON_SCHEDULE);
        assertThat(rule.assess(TASK, Optional.of(Progress.parse("47.9%")), expected).status()).isEqualTo(ScheduleStatus.BEHIND);
        assertThat(rule.assess(TASK, Optional.of(Progress.parse("52%")), expected).status()).isEqualTo(ScheduleStatus.ON_SCHEDULE);
        assertThat(rule.assess(TASK, Optional.of(Progress.parse("52.1%")), expected).status()).isEqualTo(ScheduleStatus.AHEAD);
    }

    @Test
    void theExpectedShareIsTheTasksOwnThenTheReportsThenThePeriods() {
        Task other = task(2, ECONOMY, "节能减排完成市下达目标任务。", "区发改经信局");
        ProgressReport q3 = Fixtures.report(ReportingPeriod.quarter(2024, 3), TASK, "60%", other, "60%");
        ScheduleRule standard = ScheduleRule.standard();
        assertThat(standard.assess(q3, TASK).expected().orElseThrow()).isEqualByComparingTo("75");
        assertThat(standard.assess(q3, TASK).status()).isEqualTo(ScheduleStatus.BEHIND);
        ScheduleRule report = standard.withExpected(new BigDecimal("55"));
        assertThat(report.assess(q3, TASK).status()).isEqualTo(ScheduleStatus.AHEAD);
        ScheduleRule own = report.withExpected(TASK, new BigDecimal("60"));
        assertThat(own.assess(q3, TASK).status()).isEqualTo(ScheduleStatus.ON_SCHEDULE);
        assertThat(own.assess(q3, other).expected().orElseThrow()).isEqualByComparingTo("55");
    }

    @Test
    void gapAndShortfallAreExact() {
        ScheduleAssessment a = ScheduleRule.standard().assess(TASK, Optional.of(Progress.parse("41.7%")), new BigDecimal("91.67"));
        assertThat(a.gap()).contains(new BigDecimal("-49.97"));
        assertThat(a.shortfall()).contains(new BigDecimal("49.97"));
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> ScheduleRule.standard().withTolerance(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> ScheduleRule.standard().withExpected(new BigDecimal("-0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected share");
    }
}
