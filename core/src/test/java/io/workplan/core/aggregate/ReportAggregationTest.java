package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.Fixtures.ECONOMY;
import static io.workplan.core.aggregate.Fixtures.INNOVATION;
import static io.workplan.core.aggregate.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportAggregationTest {

    static final Task GDP = task(1, ECONOMY, "地区生产总值增长5.5%。", "区发改经信局");
    static final Task REVENUE = task(2, ECONOMY, "一般公共预算收入增长与经济增长同步。", "区财政局", "区发改经信局");
    static final Task TALENT = task(3, INNOVATION, "新增市级以上人才20名。", "区人力社保局");
    static final Task PATENTS = task(4, INNOVATION, "高价值发明专利拥有量5500件以上。");
    static final Task RND = task(5, INNOVATION, "全年R&D研发经费支出增长25%以上。", "区科技局", "区财政局");
    static final ProgressReport Q2 = Fixtures.report(ReportingPeriod.quarter(2024, 2),
            GDP, "/", REVENUE, "42%", TALENT, "30%", PATENTS, "60%", RND, "已完成");

    final ReportAggregation agg = ReportAggregation.of(Q2);

    @Test
    void byCategoryInTheReportsOrder() {
        Grouping<Category> g = agg.byCategory();
        assertThat(g.groups()).extracting(Group::key).containsExactly(ECONOMY, INNOVATION);
        assertCounts(g.group(INNOVATION).orElseThrow().summary(), TALENT, PATENTS, RND);
        assertThat(g.group(INNOVATION).orElseThrow().schedule().count(ScheduleStatus.BEHIND)).isEqualTo(1);
    }

    @Test
    void aTaskOfSeveralLeadUnitsCountsForEach() {
        Grouping<LeadUnit> each = agg.byLeadUnit();
        assertThat(each.groups()).extracting(gr -> gr.key().name())
                .containsExactly("区发改经信局", "区财政局", "区人力社保局", "区科技局");
        assertCounts(each.group(LeadUnit.of("区发改经信局")).orElseThrow().summary(), GDP, REVENUE);
        assertCounts(each.group(LeadUnit.of("区财政局")).orElseThrow().summary(), REVENUE, RND);
        assertCounts(each.withoutKey(), PATENTS);
    }

    @Test
    void orOnlyForItsFirst() {
        Grouping<LeadUnit> first = agg.byLeadUnit(LeadUnitCounting.FIRST_ONLY);
        assertCounts(first.group(LeadUnit.of("区财政局")).orElseThrow().summary(), REVENUE);
        assertCounts(first.group(LeadUnit.of("区发改经信局")).orElseThrow().summary(), GDP);
        assertCounts(first.withoutKey(), PATENTS);
    }

    @Test
    void byStatusListsEveryStatus() {
        Map<ScheduleStatus, Summary> byStatus = agg.byStatus().groups().stream()
                .collect(Collectors.toMap(Group::key, Group::summary));
        assertThat(byStatus).containsOnlyKeys(ScheduleStatus.values());
        assertCounts(byStatus.get(ScheduleStatus.BEHIND), REVENUE, TALENT);
        assertCounts(byStatus.get(ScheduleStatus.ON_SCHEDULE));
        assertCounts(byStatus.get(ScheduleStatus.NOT_ASSESSABLE), GDP);
    }

    @Test
    void byACallersKey() {
        Grouping<Boolean> g = agg.by(t -> t.number().getAsInt() % 2 == 0 ? Boolean.TRUE : null);
        assertThat(g.groups()).singleElement().satisfies(gr -> assertCounts(gr.summary(), REVENUE, PATENTS));
        assertCounts(g.withoutKey(), GDP, TALENT, RND);
    }

    @Test
    void overallShareBehindLeavesOutTheNotAssessable() {
        Share behind = agg.overall().schedule().share(ScheduleStatus.BEHIND);
        assertThat(behind.toString()).isEqualTo("2 of 4 (50.0%), left out: not applicable: 1");
    }

    @Test
    void rankings() {
        assertThat(agg.leadUnitsByMeanProgress()).extracting(gr -> gr.key().name())
                .as("区发改经信局 42, 区财政局 42, 区人力社保局 30, 区科技局 none")
                .containsExactly("区发改经信局", "区财政局", "区人力社保局", "区科技局");
        assertThat(agg.leadUnitsByMeanProgress().get(3).statistics().mean()).isEmpty();
        assertThat(agg.leadUnitsByShareBehind()).extracting(gr -> gr.key().name())
                .as("1 of 1, 1 of 1, 1 of 2, 0 of 1")
                .containsExactly("区发改经信局", "区人力社保局", "区财政局", "区科技局");
        assertThat(agg.tasksBehindSchedule()).extracting(ScheduleAssessment::task).containsExactly(TALENT, REVENUE);
        assertThat(agg.tasksBehindSchedule().get(0).shortfall()).contains(new BigDecimal("20"));
    }

    @Test
    void callersCollectTheirOwnGroupings() {
        Map<Integer, Summary> byUnits = Q2.tasks().stream().collect(Collectors.groupingBy(t -> t.leadUnits().size(),
                Summary.collector(Q2, ScheduleRule.standard())));
        assertThat(byUnits.get(2).statistics().completed()).isEqualTo(1);
        assertCounts(byUnits.get(0), PATENTS);
        Map<Category, ProgressStatistics> byCategory = Q2.tasks().stream()
                .collect(Collectors.groupingBy(t -> t.category().orElseThrow(), ProgressStatistics.collector(Q2)));
        assertThat(byCategory.get(ECONOMY).withPercent()).isEqualTo(1);
    }

    /**
     * A summary holds figures, not tasks: it counts as many tasks as given, the first of them first,
     * with their statistics and statuses.
     */
    static void assertCounts(Summary summary, Task... tasks) {
        Summary expected = java.util.Arrays.stream(tasks).collect(Summary.collector(Q2, ScheduleRule.standard()));
        assertThat(summary.tasks()).isEqualTo(tasks.length);
        assertThat(summary.firstTask()).isEqualTo(java.util.Arrays.stream(tasks).findFirst());
        assertThat(summary.statistics()).isEqualTo(expected.statistics());
        assertThat(summary.schedule()).isEqualTo(expected.schedule());
    }
}
