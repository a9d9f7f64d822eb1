package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportHeadTest {
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static final Category ECONOMY = Category.of("主要经济指标");

    @Test
    void aReportsHeadCarriesEverythingButItsTasksAndARebuiltReportIsEqual() {
        Task task = Task.builder().number(1).category(ECONOMY).content("地区生产总值增长5.5%。")
                .addLeadUnits(LeadUnit.of("区发改局")).putExtras("责任人", "张三").build();
        ProgressReport report = ProgressReport.builder().title("2024年第二季度拱墅区主要任务完成情况").period(Q2)
                .region("杭州市拱墅区").publishedOn(LocalDate.of(2024, 7, 20)).source("https://www.gongshu.gov.cn/")
                .addCategories(Category.of("空的类别")).addCategories(ECONOMY)
                .addEntries(ProgressEntry.of(task, Q2, Progress.parse("52%"))).build();

        ReportHead head = report.head();

        assertThat(head.title()).isEqualTo(report.title());
        assertThat(head.period()).contains(Q2);
        assertThat(head.region()).contains("杭州市拱墅区");
        assertThat(head.publishedOn()).contains(LocalDate.of(2024, 7, 20));
        assertThat(head.source()).contains("https://www.gongshu.gov.cn/");
        assertThat(head.categories()).containsExactly(Category.of("空的类别"), ECONOMY);
        assertThat(head.extraColumns()).containsExactly("责任人");
        assertThat(ProgressReport.builder().head(head).entries(report.entries()).build()).isEqualTo(report);
    }

    @Test
    void aHeadIsCheckedAsAReportsHeadEveryProblemAtOnce() {
        assertThatThrownBy(() -> ReportHead.builder().title(" ").categories(List.of(ECONOMY, ECONOMY))
                        .extraColumns(List.of("责任人", " ", "责任人")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow())
                        .containsExactly("title", "categories[1]", "extraColumns[1]", "extraColumns[2]"));
    }

    @Test
    void aTitleIsKeptOnOneLineAsAReportsIs() {
        assertThat(ReportHead.of("2024年第二季度\n主要任务完成情况").title())
                .isEqualTo(ProgressReport.builder().title("2024年第二季度\n主要任务完成情况").build().title());
    }
}
