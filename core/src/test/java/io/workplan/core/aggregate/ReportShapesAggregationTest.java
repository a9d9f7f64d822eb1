package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.Fixtures.ECONOMY;
import static io.workplan.core.aggregate.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The aggregation of reports without categories and without a period. */
class ReportShapesAggregationTest {

    static final Task GDP = plain(1, "地区生产总值增长5.5%。");
    static final Task REVENUE = plain(2, "一般公共预算收入增长与经济增长同步。");
    static final Task INVEST = plain(3, "有效投资完成市下达目标任务。");

    static Task plain(int number, String content) {
        return Task.builder().number(number).content(content).addLeadUnits(LeadUnit.of("区发改经信局")).build();
    }

    /** A report without a period: tasks and progress texts, alternating. */
    static ProgressReport undated(Object... taskAndProgress) {
        ProgressReport.Builder report = ProgressReport.builder().title("拱墅区民生实事项目进展情况");
        for (int i = 0; i < taskAndProgress.length; i += 2) {
            report.addEntries(ProgressEntry.of((Task) taskAndProgress[i], Optional.empty(),
                    Progress.parse((String) taskAndProgress[i + 1])));
        }
        return report.build();
    }

    @Test
    void aReportWithoutCategoriesHasNoCategoryGroups() {
        ProgressReport report = Fixtures.report(ReportingPeriod.quarter(2024, 2), GDP, "40%", REVENUE, "已完成");
        Grouping<io.workplan.core.Category> byCategory = ReportAggregation.of(report).byCategory();
        assertThat(byCategory.groups()).isEmpty();
        assertThat(byCategory.withoutKey().tasks()).isEqualTo(2);
        assertThat(byCategory.withoutKey().firstTask()).contains(GDP);
        assertThat(ReportAggregation.of(report).overall().tasks()).isEqualTo(2);
    }

    @Test
    void theCategoryGroupsHoldOnlyTasksWithACategory() {
        Task categorised = task(4, ECONOMY, "节能减排完成市下达目标任务。", "区发改经信局");
        ProgressReport report = Fixtures.report(ReportingPeriod.quarter(2024, 2), GDP, "40%", categorised, "60%");
        Grouping<io.workplan.core.Category> byCategory = ReportAggregation.of(report).byCategory();
        assertThat(byCategory.groups()).extracting(Group::key).containsExactly(ECONOMY);
        assertThat(byCategory.groups().get(0).tasks()).isEqualTo(1);
        assertThat(byCategory.groups().get(0).summary().firstTask()).contains(categorised);
        assertThat(byCategory.withoutKey().tasks()).isEqualTo(1);
        assertThat(byCategory.withoutKey().firstTask()).contains(GDP);
    }

    @Test
    void withoutPeriodOrExpectedShareAPercentageIsNotAssessed() {
        ProgressReport report = undated(GDP, "40%", REVENUE, "已完成", INVEST, "/");
        ScheduleAssessment gdp = ScheduleRule.standard().assess(report, GDP);
        assertThat(gdp.status()).isEqualTo(ScheduleStatus.NOT_ASSESSABLE);
        assertThat(gdp.reason()).contains(ScheduleStatus.Reason.NO_EXPECTED_SHARE);
        assertThat(gdp.expected()).isEmpty();
        assertThat(gdp.gap()).isEmpty();
        assertThat(ScheduleRule.standard().assess(report, REVENUE).status()).isEqualTo(ScheduleStatus.COMPLETED);
        assertThat(ScheduleRule.standard().assess(report, INVEST).reason()).contains(ScheduleStatus.Reason.NOT_APPLICABLE);
        ScheduleSummary schedule = ReportAggregation.of(report).overall().schedule();
        assertThat(schedule.count(ScheduleStatus.BEHIND)).isZero();
        assertThat(schedule.notAssessable().get(ScheduleStatus.Reason.NO_EXPECTED_SHARE)).isEqualTo(1);
        assertThat(ReportAggregation.of(report).tasksBehindSchedule()).isEmpty();
    }

    @Test
    void withAnExpectedShareAReportWithoutPeriodIsAssessed() {
        ProgressReport report = undated(GDP, "40%", REVENUE, "60%");
        ScheduleRule rule = ScheduleRule.standard().withExpected(new BigDecimal("50"));
        assertThat(rule.assess(report, GDP).status()).isEqualTo(ScheduleStatus.BEHIND);
        assertThat(rule.assess(report, GDP).gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("-10"));
        assertThat(rule.assess(report, REVENUE).status()).isEqualTo(ScheduleStatus.AHEAD);
        assertThat(rule.expectedFor(Optional.empty(), GDP)).contains(new BigDecimal("50"));
        assertThat(ScheduleRule.standard().expectedFor(Optional.empty(), GDP)).isEmpty();
        assertThat(ScheduleRule.standard().withExpected(GDP, new BigDecimal("30")).assess(report, GDP).status())
                .isEqualTo(ScheduleStatus.AHEAD);
        assertThat(ReportAggregation.of(report, rule).tasksBehindSchedule()).extracting(ScheduleAssessment::task)
                .containsExactly(GDP);
    }

    @Test
    void aHistoryRefusesReportsWithoutPeriod() {
        ProgressReport dated = Fixtures.report(ReportingPeriod.quarter(2024, 1), GDP, "20%");
        ProgressReport undated = undated(GDP, "40%");
        assertThatThrownBy(() -> PlanHistory.of(List.of(dated, undated)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("reports[1].period: the report '拱墅区民生实事项目进展情况' names no period:"
                                + " a plan's history orders its reports by period",
                                "reports[1].title: the report '拱墅区民生实事项目进展情况' is not of the plan of reports[0],"
                                + " '2024年第一季度拱墅区主要任务完成情况': a history is of one plan (the titles differ besides their periods)"));
    }

    @Test
    void aHistoryAndAComparisonOfTasksWithoutCategories() {
        ProgressReport q1 = Fixtures.report(ReportingPeriod.quarter(2024, 1), GDP, "20%", REVENUE, "30%");
        Task gdpRenumbered = plain(5, "地区生产总值增长5.5%。");
        ProgressReport q2 = Fixtures.report(ReportingPeriod.quarter(2024, 2), gdpRenumbered, "45%", INVEST, "10%");
        PlanHistory history = PlanHistory.of(List.of(q2, q1));
        assertThat(history.tasks()).extracting(TaskHistory::latest).containsExactly(gdpRenumbered, REVENUE, INVEST);
        assertThat(history.tasks().get(0).entries()).extracting(e -> e.progress().text()).containsExactly("20%", "45%");
        ReportComparison comparison = ReportComparison.of(q1, q2);
        assertThat(comparison.changes()).extracting(c -> c.change().orElseThrow()).containsExactly(new BigDecimal("25"));
        assertThat(comparison.added()).containsExactly(INVEST);
        assertThat(comparison.removed()).containsExactly(REVENUE);
    }

    @Test
    void reportsWithoutPeriodCompare() {
        ReportComparison comparison = ReportComparison.of(undated(GDP, "20%"), undated(GDP, "已完成"));
        assertThat(comparison.newlyCompleted()).extracting(c -> c.match().later()).containsExactly(GDP);
    }

    @Test
    void noFindingForAMissingCategory() {
        ProgressReport report = Fixtures.report(ReportingPeriod.quarter(2024, 2), GDP, "40%", REVENUE, "50%");
        assertThat(DataQuality.findings(report)).isEmpty();
    }
}
