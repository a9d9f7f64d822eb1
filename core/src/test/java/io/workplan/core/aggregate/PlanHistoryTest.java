package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.Fixtures.ECONOMY;
import static io.workplan.core.aggregate.Fixtures.Q1;
import static io.workplan.core.aggregate.Fixtures.Q2;
import static io.workplan.core.aggregate.Fixtures.Q3;
import static io.workplan.core.aggregate.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan's history: its flags, its exact changes, the matches it does not guess and the plans it refuses. */
class PlanHistoryTest {
    static final Task GDP = task(1, ECONOMY, "地区生产总值增长5.5%。", "区发改经信局");
    static final Task INVEST = task(2, ECONOMY, "有效投资完成市下达目标任务。", "区发改经信局");
    static final Task PARK = task(3, ECONOMY, "推进运河湾城市公园建设。", "区城管局");
    static final Task SCHOOL = task(4, ECONOMY, "新建改扩建中小学幼儿园6所。", "区教育局");

    @Test
    void everyFlagIsRaisedWhereItsRuleSays() {
        Task lib = task(4, ECONOMY, "建成区图书馆新馆。", "区文广旅体局");
        ProgressReport q1 = Fixtures.report(Q1, GDP, "30%", INVEST, "20%", PARK, "40%", SCHOOL, "10%");
        ProgressReport q2 = Fixtures.report(Q2, GDP, "25.5%", INVEST, "20%", PARK, "已完成", SCHOOL, "35%");
        ProgressReport q3 = Fixtures.report(Q3, GDP, "80%", INVEST, "20%", PARK, "已完成", lib, "60%");
        PlanHistory h = PlanHistory.of(List.of(q3, q1, q2));

        assertThat(h.periods()).containsExactly(Q1, Q2, Q3);
        assertThat(h.tasks()).extracting(TaskHistory::latest).containsExactly(GDP, INVEST, PARK, SCHOOL, lib);
        TaskHistory gdp = h.tasks().get(0);
        assertThat(gdp.steps()).extracting(HistoryStep::changePoints)
                .containsExactly(Optional.empty(), Optional.of(new BigDecimal("-4.5")), Optional.of(new BigDecimal("54.5")));
        assertThat(gdp.steps().get(1).flags()).containsExactly(HistoryFlag.WENT_DOWN);
        assertThat(gdp.flags()).containsExactly(HistoryFlag.WENT_DOWN);   // 80% in Q3 is ahead of 75%
        // 20% three times: stalled in Q3 only, and behind in the latest period (expected 75)
        TaskHistory invest = h.tasks().get(1);
        assertThat(invest.steps()).extracting(s -> s.has(HistoryFlag.STALLED)).containsExactly(false, false, true);
        assertThat(invest.steps().get(2).flags()).containsExactly(HistoryFlag.BEHIND, HistoryFlag.STALLED);
        assertThat(invest.steps().get(1).flags()).isEmpty();   // behind in Q2 too, but only the latest period is flagged
        // completed in Q2: newly completed then, not again in Q3, and completed is never stalled
        TaskHistory park = h.tasks().get(2);
        assertThat(park.steps()).extracting(HistoryStep::flags)
                .containsExactly(java.util.Set.of(), java.util.Set.of(HistoryFlag.NEWLY_COMPLETED), java.util.Set.of());
        TaskHistory school = h.tasks().get(3);
        assertThat(school.steps().get(2).flags()).containsExactly(HistoryFlag.DROPPED);
        assertThat(school.steps().get(2).listed()).isFalse();
        assertThat(school.steps().get(2).progress()).isEmpty();
        TaskHistory library = h.tasks().get(4);
        assertThat(library.steps()).extracting(HistoryStep::listed).containsExactly(false, false, true);
        assertThat(library.steps().get(2).flags()).containsExactly(HistoryFlag.BEHIND, HistoryFlag.ADDED);   // 60% against 75
        assertThat(library.steps().get(0).flags()).isEmpty();   // not listed before it was added: no flag
        assertThat(h.flagged(HistoryFlag.BEHIND)).extracting(TaskHistory::latest).containsExactly(INVEST, lib);
        assertThat(h.ambiguities()).isEmpty();
    }

    @Test
    void theBehindFlagFollowsTheRuleGiven() {
        ProgressReport q1 = Fixtures.report(Q1, GDP, "20%");
        ProgressReport q2 = Fixtures.report(Q2, GDP, "48%");
        assertThat(PlanHistory.of(List.of(q1, q2)).tasks().get(0).flags()).containsExactly(HistoryFlag.BEHIND);
        PlanHistory tolerant = PlanHistory.of(List.of(q1, q2), TaskMatcher.standard(),
                ScheduleRule.standard().withTolerance(new BigDecimal("2")));
        assertThat(tolerant.tasks().get(0).flags()).isEmpty();
        assertThat(tolerant.tasks().get(0).steps().get(1).assessment().orElseThrow().status()).isEqualTo(ScheduleStatus.ON_SCHEDULE);
    }

    @Test
    void aTaskWithTwoNearlyEqualCandidatesIsNotMatched() {
        Task hall = task(3, ECONOMY, "推进城北文化中心建设工程。", "区文广旅体局");
        Task hallOne = task(3, ECONOMY, "推进城北文化中心建设工程一期。", "区文广旅体局");
        Task hallTwo = task(4, ECONOMY, "推进城北文化中心建设工程二期。", "区文广旅体局");
        ProgressReport q1 = Fixtures.report(Q1, GDP, "20%", INVEST, "20%", hall, "30%");
        ProgressReport q2 = Fixtures.report(Q2, GDP, "45%", INVEST, "50%", hallOne, "60%", hallTwo, "10%");
        // today's greedy rounds would take 一期 (same number, listed first): a guess
        assertThat(TaskMatcher.similarity(hall.content(), hallOne.content()))
                .isEqualByComparingTo(TaskMatcher.similarity(hall.content(), hallTwo.content()));

        PlanHistory h = PlanHistory.of(List.of(q1, q2));
        assertThat(h.tasks()).extracting(TaskHistory::latest).containsExactly(GDP, INVEST, hall, hallOne, hallTwo);
        assertThat(h.tasks().get(2).steps().get(1).flags()).containsExactly(HistoryFlag.DROPPED);
        assertThat(h.tasks().get(3).steps().get(1).flags()).containsExactly(HistoryFlag.ADDED);
        assertThat(h.ambiguities()).hasSize(1);
        HistoryAmbiguity a = h.ambiguities().get(0);
        assertThat(a.match().task()).isEqualTo(hall);
        assertThat(a.match().ofEarlier()).isTrue();
        assertThat(a.match().candidateTasks()).containsExactlyInAnyOrder(hallOne, hallTwo);
        assertThat(a.earlier()).isEqualTo(Q1);
        assertThat(a.problem().toString()).contains("2024年第一季度").contains("task 3 推进城北文化中心建设工程。")
                .contains("fits 2 tasks of 2024年第二季度").contains("task 3 推进城北文化中心建设工程一期。")
                .contains("task 4 推进城北文化中心建设工程二期。");
        // the comparison matches the same way
        ReportComparison c = ReportComparison.of(q1, q2);
        assertThat(c.removed()).containsExactly(hall);
        assertThat(c.added()).containsExactly(hallOne, hallTwo);
        assertThat(c.ambiguities()).singleElement().satisfies(x -> assertThat(x.task()).isEqualTo(hall));
    }

    @Test
    void aRivalClearlyMatchedElsewhereLeavesAMatchAlone() {
        Task hallOne = task(3, ECONOMY, "推进城北文化中心建设工程一期。", "区文广旅体局");
        Task hallTwo = task(4, ECONOMY, "推进城北文化中心建设工程二期。", "区文广旅体局");
        Task hallOneLater = task(3, ECONOMY, "推进城北文化中心建设工程一期项目。", "区文广旅体局");
        Task hallTwoLater = task(4, ECONOMY, "推进城北文化中心建设工程二期。", "区文广旅体局");
        ProgressReport q1 = Fixtures.report(Q1, hallOne, "20%", hallTwo, "10%");
        ProgressReport q2 = Fixtures.report(Q2, hallOneLater, "60%", hallTwoLater, "30%");
        TaskMatching m = TaskMatcher.standard().matching(q1.tasks(), q2.tasks());
        assertThat(m.ambiguities()).isEmpty();
        assertThat(m.matches()).extracting(TaskMatch::earlier, TaskMatch::later)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hallOne, hallOneLater),
                        org.assertj.core.groups.Tuple.tuple(hallTwo, hallTwoLater));
        // with no margin at all the same holds; with a wide one 一期 is contested by 二期 (taken by its same content)
        assertThat(TaskMatcher.standard().withAmbiguityMargin(BigDecimal.ZERO).matching(q1.tasks(), q2.tasks()).ambiguities()).isEmpty();
    }

    @Test
    void twoTasksOfTheSameContentAreAmbiguous() {
        Task a = task(1, ECONOMY, "推进老旧小区改造。", "区住建局");
        Task b = task(2, ECONOMY, "推进老旧小区改造。", "区城管局");
        Task later = task(1, ECONOMY, "推进老旧小区改造。", "区住建局");
        TaskMatching m = TaskMatcher.standard().matching(List.of(a, b), List.of(later));
        assertThat(m.matches()).isEmpty();
        assertThat(m.ambiguities()).singleElement().satisfies(x -> {
            assertThat(x.task()).isEqualTo(later);
            assertThat(x.ofEarlier()).isFalse();
            assertThat(x.candidateTasks()).containsExactly(a, b);
        });
    }

    @Test
    void reportsOfAnotherPlanOrYearAreRefusedTogether() {
        ProgressReport q1 = Fixtures.report(Q1, GDP, "20%");
        ProgressReport other = ProgressReport.builder().from(Fixtures.report(Q2, GDP, "45%"))
                .title("2024年第二季度拱墅区民生实事项目进展情况").build();
        ProgressReport lastYear = Fixtures.report(ReportingPeriod.quarter(2023, 4), GDP, "90%");
        assertThatThrownBy(() -> PlanHistory.of(List.of(q1, other, lastYear)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path().orElseThrow())
                        .containsExactly("reports[2].period", "reports[1].title"));
        // a period written otherwise in the title is the same plan
        ProgressReport months = ProgressReport.builder().from(Fixtures.report(ReportingPeriod.months(2024, 10), GDP, "80%"))
                .title("2024年1-10月拱墅区主要任务完成情况").build();
        assertThat(PlanHistory.of(List.of(q1, months)).periods()).hasSize(2);
    }
}
