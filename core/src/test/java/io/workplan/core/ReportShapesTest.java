package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports of the shapes real tables have: without categories, with extra columns, without a period. */
class ReportShapesTest {
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static final Category ECONOMY = Category.of("主要经济指标");

    private static Task.Builder task(int number, String content) {
        return Task.builder().number(number).content(content).addLeadUnits(LeadUnit.of("区财政局"));
    }

    @Test
    void aTableWithoutCategoryColumnGivesTasksWithoutCategory() {
        Task a = task(1, "地区生产总值增长5.5%。").build();
        Task b = task(2, "一般公共预算收入增长与经济增长同步。").build();
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(Q2)
                .addEntries(ProgressEntry.of(a, Q2, Progress.parse("/")))
                .addEntries(ProgressEntry.of(b, Q2, Progress.parse("52%")))
                .build();

        assertThat(a.category()).isEmpty();
        assertThat(report.categories()).isEmpty();
        assertThat(report.tasks()).containsExactly(a, b);
        assertThat(report.tasksIn(ECONOMY)).isEmpty();
    }

    @Test
    void rowsBeforeTheFirstCategoryMixWithCategorisedOnes() {
        Task before = task(1, "甲").build();
        Task within = task(2, "乙").category(ECONOMY).build();
        Task other = task(3, "丙").category(Optional.of(Category.of("民生实事"))).build();
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(Q2)
                .tasks(List.of(before, within, other)).build();

        assertThat(report.categories()).containsExactly(ECONOMY, Category.of("民生实事"));
        assertThat(report.tasksIn(ECONOMY)).containsExactly(within);
        assertThat(Task.builder().from(within).category(Optional.empty()).build().category()).isEmpty();
    }

    @Test
    void aCategoryNotAmongTheReportsIsStillFoundWhenOthersHaveNone() {
        Task without = task(1, "甲").build();
        Task within = task(2, "乙").category(ECONOMY).build();
        assertThatThrownBy(() -> ProgressReport.builder().title("2024年第二季度").period(Q2)
                        .addCategories(Category.of("民生实事")).tasks(List.of(without, within)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("tasks[1].category: the category '主要经济指标' is not among the report's categories"));
    }

    @Test
    void extraColumnsAreKeptInTheTablesOrder() {
        Task t = task(1, "甲").putExtras("责任人", "张三").putExtras("时间节点", "6月底前").putExtras(" 月度工作计划 ", " 开工 ")
                .putExtras("备用", "  ").build();

        assertThat(t.extras()).containsExactly(Map.entry("责任人", "张三"), Map.entry("时间节点", "6月底前"),
                Map.entry("月度工作计划", "开工"));
        assertThat(t.extras().keySet()).containsExactly("责任人", "时间节点", "月度工作计划");
    }

    @Test
    void extraColumnsAreDerivedInOrderOfFirstAppearance() {
        Task a = task(1, "甲").putExtras("责任人", "张三").build();
        Task b = task(2, "乙").putExtras("时间节点", "6月底前").putExtras("责任人", "李四").build();
        Task c = task(3, "丙").build();
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(Q2).tasks(List.of(a, b, c)).build();

        assertThat(report.extraColumns()).containsExactly("责任人", "时间节点");
        assertThat(ProgressReport.builder().from(report).extraColumns(List.of("时间节点", "责任人", "备忘")).build().extraColumns())
                .containsExactly("时间节点", "责任人", "备忘");
    }

    @Test
    void extrasAreCheckedAllAtOnce() {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put(" ", "x");
        extras.put("责任人", "张三");
        extras.put("责任人 ", "李四");
        assertThatThrownBy(() -> task(1, "甲").extras(extras).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("extras: the header of an extra column must not be blank",
                                "extras.责任人: the extra column '责任人' is given twice"));
        Task a = task(1, "甲").putExtras("责任人", "张三").build();
        assertThatThrownBy(() -> ProgressReport.builder().title("2024年第二季度").period(Q2)
                        .extraColumns(List.of("时间节点", "时间节点", " ")).addTasks(a).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("extraColumns[1]: the extra column '时间节点' is listed twice",
                                "extraColumns[2]: an extra column's header must not be blank",
                                "tasks[0].extras.责任人: the extra column '责任人' is not among the report's extra columns"));
    }

    @Test
    void extrasArePartOfATasksIdentity() {
        Task a = Task.builder().content("甲").putExtras("责任人", "张三").build();
        Task b = Task.builder().content("甲").putExtras("责任人", "李四").build();
        Task again = Task.builder().content("甲").putExtras("责任人", "张三").build();

        assertThat(a).isNotEqualTo(b).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(ProgressReport.builder().title("t").tasks(List.of(a, b)).build().tasks()).hasSize(2);
        assertThatThrownBy(() -> ProgressReport.builder().title("t").tasks(List.of(a, again)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow()).containsExactly("tasks[1]"));
    }

    @Test
    void aReportWithoutPeriodHasEntriesWithoutPeriod() {
        Task a = task(1, "甲").build();
        ProgressReport report = ProgressReport.builder().title("拱墅区民生实事项目进展情况")
                .addEntries(ProgressEntry.of(a, Optional.empty(), Progress.parse("52%"))).build();

        assertThat(report.period()).isEmpty();
        assertThat(report.entries()).extracting(ProgressEntry::period).containsExactly(Optional.empty());
        assertThat(ProgressReport.builder().from(report).period(Optional.of(Q2))
                .entries(List.of(ProgressEntry.of(a, Q2, Progress.parse("52%")))).build().period()).contains(Q2);
    }

    @Test
    void anEntrysPeriodMustBeTheReportsEvenWhenOneIsAbsent() {
        Task a = task(1, "甲").build();
        Task b = task(2, "乙").build();
        assertThatThrownBy(() -> ProgressReport.builder().title("拱墅区民生实事项目进展情况")
                        .addEntries(ProgressEntry.of(a, Q2, Progress.parse("52%")))
                        .addEntries(ProgressEntry.of(b, Optional.empty(), Progress.parse("52%"))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("entries[0].period: the entry's period 2024年第二季度 is not the report's period (none)"));
        assertThatThrownBy(() -> ProgressReport.builder().title("t").period(Q2)
                        .addEntries(ProgressEntry.of(b, Optional.empty(), Progress.parse("52%"))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow()).containsExactly("entries[0].period"));
    }
}
