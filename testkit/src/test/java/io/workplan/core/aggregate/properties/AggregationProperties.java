package io.workplan.core.aggregate.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.Grouping;
import io.workplan.core.aggregate.LeadUnitCounting;
import io.workplan.core.aggregate.ProgressStatistics;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ScheduleAssessment;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.Share;
import io.workplan.core.aggregate.Summary;
import io.workplan.testkit.PlanArbitraries;
import io.workplan.testkit.WorkplanArbitraries;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collector;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of statistics, schedule summaries and groupings over generated reports. */
class AggregationProperties {

    @Provide
    Arbitrary<ProgressReport> reports() {
        return PlanArbitraries.reportsWithUnitlessTasks(25);
    }

    @Provide
    Arbitrary<List<Progress>> progressLists() {
        return WorkplanArbitraries.progress().list().ofMaxSize(40);
    }

    @Property(tries = 80)
    void groupCountsAddUpToTheTotal(@ForAll("reports") ProgressReport report) {
        ReportAggregation agg = ReportAggregation.of(report);
        int total = report.tasks().size();
        int withoutCategory = agg.byCategory().withoutKey().tasks();
        assertThat(withoutCategory).isEqualTo((int) report.tasks().stream().filter(t -> t.category().isEmpty()).count());
        assertThat(sizes(agg.byCategory()) + withoutCategory).isEqualTo(total);
        assertThat(sizes(agg.byStatus())).isEqualTo(total);
        assertThat(sizes(agg.byLeadUnit(LeadUnitCounting.FIRST_ONLY)) + agg.byLeadUnit(LeadUnitCounting.FIRST_ONLY).withoutKey().tasks())
                .isEqualTo(total);
        assertThat(sizes(agg.by(t -> t.number().orElse(0) % 3))).isEqualTo(total);
        assertThat(agg.byCategory().groups().stream().mapToInt(g -> g.statistics().tasks()).sum() + withoutCategory).isEqualTo(total);
        assertThat(agg.byCategory().groups().stream().mapToInt(g -> g.schedule().tasks()).sum() + withoutCategory).isEqualTo(total);
        assertThat(agg.overall().statistics().tasks()).isEqualTo(total);
    }

    @Property(tries = 80)
    void aTaskWithSeveralLeadUnitsCountsOnceForEach(@ForAll("reports") ProgressReport report) {
        ReportAggregation agg = ReportAggregation.of(report);
        Grouping<LeadUnit> each = agg.byLeadUnit();
        int units = report.tasks().stream().mapToInt(t -> t.leadUnits().size()).sum();
        assertThat(sizes(each)).isEqualTo(units);
        // a group's figures are those of the report's tasks with its key
        for (Group<LeadUnit> g : each.groups()) {
            assertThat(g.summary()).isEqualTo(agg.summarize(report.tasks().stream().filter(t -> t.leadUnits().contains(g.key())).toList()));
        }
        assertThat(each.groups()).extracting(Group::key)
                .containsExactlyElementsOf(report.tasks().stream().flatMap(t -> t.leadUnits().stream()).distinct().toList());
        assertThat(each.withoutKey()).isEqualTo(agg.summarize(report.tasks().stream().filter(t -> t.leadUnits().isEmpty()).toList()));
        Grouping<LeadUnit> first = agg.byLeadUnit(LeadUnitCounting.FIRST_ONLY);
        for (Group<LeadUnit> g : first.groups()) {
            assertThat(g.summary()).isEqualTo(agg.summarize(report.tasks().stream()
                    .filter(t -> !t.leadUnits().isEmpty() && t.leadUnits().get(0).equals(g.key())).toList()));
        }
    }

    @Property(tries = 150)
    void theMeanLiesBetweenMinAndMax(@ForAll("progressLists") List<Progress> progress) {
        ProgressStatistics s = progress.stream().collect(ProgressStatistics.progressCollector());
        assertThat(s.mean().isPresent()).isEqualTo(s.withPercent() > 0);
        s.mean().ifPresent(mean -> {
            assertThat(mean).isBetween(s.min().orElseThrow(), s.max().orElseThrow());
            assertThat(s.median().orElseThrow()).isBetween(s.min().orElseThrow(), s.max().orElseThrow());
        });
    }

    @Property(tries = 150)
    void statisticsOfDisjointSetsCombineToThoseOfTheUnion(@ForAll("progressLists") List<Progress> progress,
            @ForAll @IntRange(min = 0, max = 40) int cut) {
        int at = Math.min(cut, progress.size());
        ProgressStatistics union = progress.stream().collect(ProgressStatistics.progressCollector());
        assertThat(collectInTwo(ProgressStatistics.progressCollector(), progress.subList(0, at), progress.subList(at, progress.size())))
                .isEqualTo(union);
        assertThat(progress.parallelStream().collect(ProgressStatistics.progressCollector())).isEqualTo(union);
    }

    @Property(tries = 80)
    void summariesOfDisjointTasksCombineToThatOfTheUnion(@ForAll("reports") ProgressReport report,
            @ForAll @IntRange(min = 0, max = 25) int cut) {
        ReportAggregation agg = ReportAggregation.of(report);
        int at = Math.min(cut, report.tasks().size());
        Summary combined = collectInTwo(Summary.collector(report, agg.rule()),
                report.tasks().subList(0, at), report.tasks().subList(at, report.tasks().size()));
        assertThat(combined).isEqualTo(agg.overall());
    }

    /** Collects two parts apart, then combines them as a parallel stream does. */
    private static <T, A, R> R collectInTwo(Collector<T, A, R> collector, List<T> left, List<T> right) {
        A a = collector.supplier().get();
        left.forEach(t -> collector.accumulator().accept(a, t));
        A b = collector.supplier().get();
        right.forEach(t -> collector.accumulator().accept(b, t));
        return collector.finisher().apply(collector.combiner().apply(a, b));
    }

    @Property(tries = 80)
    void sharesNeverExceedTheirDenominator(@ForAll("reports") ProgressReport report) {
        Summary all = ReportAggregation.of(report).overall();
        for (ScheduleStatus status : ScheduleStatus.values()) {
            Share share = all.schedule().share(status);
            assertThat(share.numerator()).isLessThanOrEqualTo(share.denominator());
            assertThat(share.denominator() + share.leftOutCount()).isEqualTo(report.tasks().size());
            share.percent(1).ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        }
    }

    @Property(tries = 80)
    void tasksBehindAreSortedByShortfall(@ForAll("reports") ProgressReport report) {
        ReportAggregation agg = ReportAggregation.of(report);
        List<ScheduleAssessment> behind = agg.tasksBehindSchedule();
        assertThat(behind).hasSize(agg.overall().schedule().count(ScheduleStatus.BEHIND));
        for (int i = 1; i < behind.size(); i++) {
            assertThat(behind.get(i - 1).shortfall().orElseThrow()).isGreaterThanOrEqualTo(behind.get(i).shortfall().orElseThrow());
        }
        assertThat(behind).allSatisfy(a -> assertThat(a.percent().orElseThrow()).isLessThan(a.expected().orElseThrow()));
    }

    private static int sizes(Grouping<?> grouping) {
        return grouping.groups().stream().mapToInt(Group::tasks).sum();
    }
}
