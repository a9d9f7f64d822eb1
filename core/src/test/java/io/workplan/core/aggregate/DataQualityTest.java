package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.Fixtures.ECONOMY;
import static io.workplan.core.aggregate.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataQualityTest {

    static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);

    @Test
    void everyKindOfFinding() {
        Task t2 = task(2, ECONOMY, "一般公共预算收入增长与经济增长同步。", "区财政局");
        Task t3 = task(3, ECONOMY, "有效投资完成市下达目标任务。");
        Task t6 = task(6, ECONOMY, "节能减排完成市下达目标任务。", "区发改经信局");
        Task unnumbered = Task.builder().category(ECONOMY).content("环境保护完成市下达目标任务。").build();
        Task t7 = task(7, ECONOMY, "新增市级以上人才20名。", "区人力社保局");
        ProgressReport report = ProgressReport.builder().title("2024年第二季度主要任务完成情况").period(Q2)
                .tasks(List.of(t2, t3, t6, unnumbered, t7))
                .addEntries(ProgressEntry.of(t2, Q2, Progress.parse("145%")))
                .addEntries(ProgressEntry.of(t3, Q2, Progress.parse("52%")))
                .addEntries(ProgressEntry.of(t6, Q2, Progress.parse("1-6月,全区完成投资80亿元。")))
                .addEntries(ProgressEntry.of(unnumbered, Q2, Progress.parse("50%")))
                .build();
        List<Finding> findings = DataQuality.findings(report);
        assertThat(findings).extracting(Finding::kind).containsExactly(
                Finding.Kind.NUMBER_GAP, Finding.Kind.ABOVE_ONE_HUNDRED,
                Finding.Kind.NO_LEAD_UNIT,
                Finding.Kind.NUMBER_GAP, Finding.Kind.NARRATIVE_WITHOUT_FIGURE,
                Finding.Kind.NUMBER_MISSING, Finding.Kind.NO_LEAD_UNIT,
                Finding.Kind.NO_ENTRY);
        assertThat(findings).extracting(Finding::task).containsExactly(t2, t2, t3, t6, t6, unnumbered, unnumbered, t7);
        assertThat(findings.get(0).problem().reason()).isEqualTo("the number 1 is missing before 2");
        assertThat(findings.get(3).problem().reason()).isEqualTo("the numbers 4 to 5 are missing before 6");
        assertThat(findings.get(1).problem().rawText()).contains("145%");
        assertThat(findings.get(1).kind().informational()).isTrue();
        assertThat(findings.get(2).problem().path()).contains("tasks[1].leadUnits");
        assertThat(findings).allSatisfy(f -> assertThat(f.problem().severity()).isEqualTo(Problem.Severity.WARNING));

        // grouped: the two tasks without a lead unit are one group; the gaps name other numbers, two groups
        List<Finding.Group> groups = DataQuality.grouped(report);
        assertThat(groups).extracting(Finding.Group::kind).containsExactly(
                Finding.Kind.NUMBER_GAP, Finding.Kind.ABOVE_ONE_HUNDRED, Finding.Kind.NO_LEAD_UNIT,
                Finding.Kind.NUMBER_GAP, Finding.Kind.NARRATIVE_WITHOUT_FIGURE, Finding.Kind.NUMBER_MISSING,
                Finding.Kind.NO_ENTRY);
        assertThat(groups.get(2).findings()).containsExactly(findings.get(2), findings.get(6));
        assertThat(groups.get(2)).hasToString("NO_LEAD_UNIT: 2 tasks: the task has no lead unit");
        assertThat(groups.stream().mapToInt(Finding.Group::count).sum()).isEqualTo(findings.size());
        assertThat(groups.get(0)).hasToString(findings.get(0).toString());
    }

    /** A report of 159 numbered tasks without a lead unit, task {@code i} with the progress {@code progress(i)}. */
    private static ProgressReport withoutLeadUnits(java.util.function.IntFunction<String> progress) {
        List<Task> tasks = new java.util.ArrayList<>();
        ProgressReport.Builder report = ProgressReport.builder().title("2024年第二季度主要任务完成情况").period(Q2);
        for (int i = 1; i <= 159; i++) {
            Task t = task(i, ECONOMY, "任务" + i + "。");
            tasks.add(t);
            report.addEntries(ProgressEntry.of(t, Q2, Progress.parse(progress.apply(i))));
        }
        return report.tasks(tasks).build();
    }

    @Test
    void aTableWithoutLeadUnitsIsOneGroupNamingTheCount() {
        ProgressReport built = withoutLeadUnits(i -> "50%");
        List<Task> tasks = built.tasks();

        List<Finding.Group> groups = DataQuality.grouped(built);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(Finding.Kind.NO_LEAD_UNIT);
            assertThat(g.count()).isEqualTo(159);
            assertThat(g.findings()).extracting(Finding::task).containsExactlyElementsOf(tasks);
        });
    }

    @Test
    void findingsGroupedAsTheyComeKeepTheFirstFewOfEachGroupAndTheCountOfAll() {
        ProgressReport built = withoutLeadUnits(i -> i % 40 == 0 ? (100 + i) + "%" : "50%");
        List<Task> tasks = built.tasks();

        DataQuality.Grouper grouper = DataQuality.grouper(3, 2);
        DataQuality.findings(built).forEach(grouper::add);

        // 159 without a lead unit, then the percentages above 100 %: 140 %, 180 %, 220 % (each a reason of its own)
        assertThat(grouper.groups()).extracting(Finding.Group::kind)
                .containsExactly(Finding.Kind.NO_LEAD_UNIT, Finding.Kind.ABOVE_ONE_HUNDRED);
        Finding.Group none = grouper.groups().get(0);
        assertThat(none.count()).isEqualTo(159);
        assertThat(none.findings()).extracting(Finding::task).containsExactlyElementsOf(tasks.subList(0, 3));
        assertThat(none).hasToString("NO_LEAD_UNIT: 159 tasks: the task has no lead unit");
        assertThat(grouper.groups().get(1).count()).isEqualTo(1);
        assertThat(grouper.beyond()).containsExactly(java.util.Map.entry(Finding.Kind.ABOVE_ONE_HUNDRED, 2));
        assertThat(grouper.count()).isEqualTo(DataQuality.findings(built).size()).isEqualTo(159 + 3);
        // unbounded, the same groups as the whole report's
        DataQuality.Grouper whole = DataQuality.grouper(Integer.MAX_VALUE, Integer.MAX_VALUE);
        DataQuality.findings(built).forEach(whole::add);
        assertThat(whole.groups()).isEqualTo(DataQuality.grouped(built));
        assertThat(whole.beyond()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataQuality.grouper(0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Finding.Group.builder().kind(Finding.Kind.NO_LEAD_UNIT)
                .reason(none.reason()).count(2).findings(none.findings()).build()).isInstanceOf(ValidationException.class);
    }

    @Test
    void aGroupHoldsFindingsOfItsKindAndReasonOnly() {
        Task t = task(1, ECONOMY, "甲。");
        Finding none = Finding.builder().kind(Finding.Kind.NO_LEAD_UNIT).task(t)
                .problem(Problem.builder().severity(Problem.Severity.WARNING).reason("the task has no lead unit").build()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Finding.Group.builder().kind(Finding.Kind.NO_ENTRY)
                .reason("the task has no lead unit").findings(List.of(none)).build()).isInstanceOf(ValidationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Finding.Group.builder().kind(Finding.Kind.NO_LEAD_UNIT).reason("x")
                .findings(List.of()).build()).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSurveyCountsTheFindingsBeforeTheSecondPassAndGivesThemTaskByTask() {
        Task t3 = task(3, ECONOMY, "有效投资完成市下达目标任务。");
        Task t3b = task(3, ECONOMY, "有效投资完成市下达目标任务:子项。");   // a sub-item sharing 3
        Task unnumbered = Task.builder().category(ECONOMY).content("环境保护完成市下达目标任务。").build();
        Task t9 = task(9, ECONOMY, "新增市级以上人才20名。", "区人力社保局");
        List<Task> tasks = List.of(t9, t3, t3b, unnumbered);
        DataQuality.Survey survey = DataQuality.survey();
        survey.add(t9, java.util.Optional.of(Progress.parse("50%")));
        survey.add(t3, java.util.Optional.of(Progress.parse("1-6月,全区完成投资80亿元。")));
        survey.add(t3b, java.util.Optional.empty());
        survey.add(unnumbered, java.util.Optional.of(Progress.parse("120%")));
        // 9: gap 4-8; 3: gap 1-2, no unit, narrative; 3b: gap 1-2, no unit, no entry; unnumbered: missing, no unit, above 100
        assertThat(survey.count()).isEqualTo(10);
        assertThat(survey.findings(1, t3, java.util.Optional.of(Progress.parse("1-6月,全区完成投资80亿元。"))))
                .extracting(Finding::kind).containsExactly(Finding.Kind.NUMBER_GAP, Finding.Kind.NO_LEAD_UNIT,
                        Finding.Kind.NARRATIVE_WITHOUT_FIGURE);
        List<Finding> nine = survey.findings(0, t9, java.util.Optional.of(Progress.parse("50%")));
        assertThat(nine).singleElement().satisfies(f -> assertThat(f.problem().reason())
                .isEqualTo("the numbers 4 to 8 are missing before 9"));
        assertThat(survey.findings(2, t3b, java.util.Optional.empty())).extracting(Finding::kind).containsExactly(
                Finding.Kind.NUMBER_GAP, Finding.Kind.NO_LEAD_UNIT, Finding.Kind.NO_ENTRY);
        assertThat(survey.findings(3, unnumbered, java.util.Optional.of(Progress.parse("120%"))))
                .extracting(f -> f.problem().path().orElseThrow())
                .containsExactly("tasks[3].number", "tasks[3].leadUnits", "tasks[3].progress");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> survey.add(t9, java.util.Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tasks).hasSize(4);
    }

    @Test
    void theSamplesOnlyFindingIsItsOverFulfilledTask() {
        assertThat(DataQuality.findings(ReportAggregationTest.Q2).stream().map(Finding::kind))
                .containsExactly(Finding.Kind.NO_LEAD_UNIT);
        assertThat(DataQuality.findings(GongshuSample.report())).singleElement().satisfies(f -> {
            assertThat(f.kind()).as("task 74 is over-fulfilled, 145%").isEqualTo(Finding.Kind.ABOVE_ONE_HUNDRED);
            assertThat(f.task().number()).hasValue(74);
            assertThat(f.problem().path()).contains("tasks[73].progress");
        });
    }
}
