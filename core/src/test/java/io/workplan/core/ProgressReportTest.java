package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static final Category ECONOMY = Category.of("主要经济指标");

    private static Task task(int number, String content) {
        return Task.builder().number(number).category(ECONOMY).content(content)
                .addLeadUnits(LeadUnit.of("区财政局")).build();
    }

    @Test
    void tasksAndCategoriesAreDerivedFromTheEntries() {
        Task a = task(1, "地区生产总值增长5.5%。");
        Task b = task(2, "一般公共预算收入增长与经济增长同步。");
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(Q2)
                .addEntries(ProgressEntry.of(a, Q2, Progress.parse("/")))
                .addEntries(ProgressEntry.of(b, Q2, Progress.parse("52%")))
                .build();

        assertThat(report.tasks()).containsExactly(a, b);
        assertThat(report.categories()).containsExactly(ECONOMY);
        assertThat(report.progressOf(b)).contains(Progress.parse("52%"));
        assertThat(report.tasksIn(ECONOMY)).containsExactly(a, b);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Task a = task(1, "甲");
        Task b = task(1, "乙");
        Task stranger = task(9, "丙");
        Task outside = task(8, "丁");
        assertThatThrownBy(() -> ProgressReport.builder().title(" ").period(Q2)
                        .tasks(List.of(a, stranger, b))
                        .addEntries(ProgressEntry.of(a, Q2, Progress.parse("50%")))
                        .addEntries(ProgressEntry.of(a, Q2, Progress.parse("60%")))
                        .addEntries(ProgressEntry.of(outside, Q2, Progress.parse("60%")))
                        .addEntries(ProgressEntry.of(b, ReportingPeriod.quarter(2024, 3), Progress.parse("60%")))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow())
                        .containsExactly("title", "tasks[2].number", "entries[1].task", "entries[2].task", "entries[3].period"));
    }

    @Test
    void aTaskListedTwiceIsFoundWithOrWithoutANumber() {
        Task a = task(1, "甲");
        Task sameNumber = task(1, "乙");
        Task unnumbered = Task.builder().category(ECONOMY).content("丙").build();
        assertThatThrownBy(() -> ProgressReport.builder().title("2024年第二季度").period(Q2)
                        .tasks(List.of(a, unnumbered, sameNumber, a, unnumbered, sameNumber))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly(
                                "tasks[2].number: the number 1 is used by tasks[0] too, not the task just above:"
                                        + " only the sub-items of one item, listed one after another, share a number",
                                "tasks[3]: the same task is listed twice",
                                "tasks[4]: the same task is listed twice",
                                "tasks[5].number: the number 1 is used by tasks[0] too, not the task just above:"
                                        + " only the sub-items of one item, listed one after another, share a number",
                                "tasks[5]: the same task is listed twice"));
    }

    @Test
    void theSubItemsOfOneItemShareItsNumberOneAfterAnother() {
        // one 序号 merged over two rows, each row a sub-item (zhejiang-keqiao-2023-q1 of the corpus of real tables)
        Task school = task(1, "新改扩建公办中小学校1所");
        Task places = task(1, "新增学位810个");
        Task next = task(2, "完成“县中崛起”一对一结对帮扶学校2所");
        ProgressReport report = ProgressReport.builder().title("2023年一季度").period(Q2)
                .tasks(List.of(school, places, next)).build();
        assertThat(report.tasks()).containsExactly(school, places, next);
        assertThatThrownBy(() -> ProgressReport.builder().title("2023年一季度").period(Q2)
                        .tasks(List.of(school, school)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("tasks[1]: the same task is listed twice"));
    }

    @Test
    void entriesOutOfTheTasksOrderAreFoundByTheirTask() {
        Task a = task(1, "甲");
        Task b = task(2, "乙");
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(Q2).tasks(List.of(a, b))
                .addEntries(ProgressEntry.of(task(2, "乙"), Q2, Progress.parse("52%")))
                .addEntries(ProgressEntry.of(a, Q2, Progress.parse("/")))
                .build();
        assertThat(report.progressOf(b)).contains(Progress.parse("52%"));
        assertThatThrownBy(() -> ProgressReport.builder().from(report)
                        .addEntries(ProgressEntry.of(b, Q2, Progress.parse("60%"))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow() + ": " + p.reason())
                        .containsExactly("entries[2].task: the task has an entry already"));
    }

    @Test
    void aTaskListsItsProblemsAtOnce() {
        assertThatThrownBy(() -> Task.builder().number(0).category(ECONOMY).content(" \n ").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.path().orElseThrow()).containsExactly("content", "number");
                    assertThat(e).hasMessageContaining("Invalid Task (2 problems)");
                });
    }

    @Test
    void aMissingRequiredAttributeIsOurException() {
        assertThatThrownBy(() -> Task.builder().category(ECONOMY).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("content");
    }

    @Test
    void aTaskIsNormalised() {
        Task t = Task.builder().category(ECONOMY).content("  推进\n城市更新。 ").leader(" ").remark("\n")
                .addLeadUnits(LeadUnit.of("区财政局"), LeadUnit.of("区 财政局")).build();

        assertThat(t.content()).isEqualTo("推进\n城市更新。");
        assertThat(t.leader()).isEmpty();
        assertThat(t.remark()).isEmpty();
        assertThat(t.leadUnits()).containsExactly(LeadUnit.of("区财政局"));
    }

    @Test
    void problemsSayWhereAndWhat() {
        Problem p = Problem.builder().source("q2.xlsx").sheet("Sheet1").cell("E7").subject("完成进度")
                .rawText("#DIV/0!").reason("an error cell is not a progress value").build();
        assertThat(p).hasToString("q2.xlsx: Sheet1!E7 [完成进度] \"#DIV/0!\": an error cell is not a progress value");
        Problem j = Problem.builder().path("/tasks/3/progress").line(12).column(5).reason("missing").build();
        assertThat(j.location()).isEqualTo("/tasks/3/progress (line 12, column 5)");
    }
}
