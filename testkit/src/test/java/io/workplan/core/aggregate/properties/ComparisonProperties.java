package io.workplan.core.aggregate.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.aggregate.PlanHistory;
import io.workplan.core.aggregate.ReportComparison;
import io.workplan.core.aggregate.TaskChange;
import io.workplan.core.aggregate.TaskMatch;
import io.workplan.core.aggregate.TaskMatcher;
import io.workplan.testkit.PlanArbitraries;
import io.workplan.testkit.WorkplanArbitraries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/** Invariants of quarter-over-quarter comparison and of a plan's history over generated reports. */
class ComparisonProperties {

    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports(20);
    }

    @Provide
    Arbitrary<Tuple2<ProgressReport, ProgressReport>> pairs() {
        return PlanArbitraries.reportPairs();
    }

    @Property(tries = 80)
    void comparingAReportWithItselfShowsNoChange(@ForAll("reports") ProgressReport report) {
        ReportComparison c = ReportComparison.of(report, report);
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
        assertThat(c.changes()).hasSize(report.tasks().size());
        assertThat(c.changes()).allSatisfy(ch -> {
            assertThat(ch.match().earlier()).isEqualTo(ch.match().later());
            assertThat(ch.direction()).isEqualTo(TaskChange.Direction.UNCHANGED);
            ch.change().ifPresent(d -> assertThat(d).isEqualByComparingTo(BigDecimal.ZERO));
        });
        assertThat(c.newlyCompleted()).isEmpty();
        assertThat(c.wentDown()).isEmpty();
    }

    @Property(tries = 80)
    void swappingTheReportsNegatesEveryChange(@ForAll("pairs") Tuple2<ProgressReport, ProgressReport> pair) {
        ReportComparison forth = ReportComparison.of(pair.get1(), pair.get2());
        ReportComparison back = ReportComparison.of(pair.get2(), pair.get1());
        Map<Task, TaskChange> backByLater = back.changes().stream().collect(Collectors.toMap(ch -> ch.match().later(), ch -> ch));
        assertThat(back.changes()).hasSameSizeAs(forth.changes());
        for (TaskChange ch : forth.changes()) {
            TaskChange mirrored = backByLater.get(ch.match().earlier());
            assertThat(mirrored).isEqualTo(ch.swapped());
            assertThat(mirrored.change()).isEqualTo(ch.change().map(BigDecimal::negate));
            assertThat(mirrored.direction()).isEqualTo(mirror(ch.direction()));
        }
        assertThat(back.added()).isEqualTo(forth.removed());
        assertThat(back.removed()).isEqualTo(forth.added());
        assertThat(back.count(TaskChange.Direction.IMPROVED)).isEqualTo(forth.count(TaskChange.Direction.DECLINED));
        assertThat(back.count(TaskChange.Direction.DECLINED)).isEqualTo(forth.count(TaskChange.Direction.IMPROVED));
        assertThat(back.count(TaskChange.Direction.UNCHANGED)).isEqualTo(forth.count(TaskChange.Direction.UNCHANGED));
    }

    private static TaskChange.Direction mirror(TaskChange.Direction d) {
        return d == TaskChange.Direction.IMPROVED ? TaskChange.Direction.DECLINED
                : d == TaskChange.Direction.DECLINED ? TaskChange.Direction.IMPROVED : d;
    }

    @Property(tries = 80)
    void keptTasksAreMatchedToTheirSameContent(@ForAll("pairs") Tuple2<ProgressReport, ProgressReport> pair) {
        ReportComparison c = ReportComparison.of(pair.get1(), pair.get2());
        List<String> earlierContents = pair.get1().tasks().stream().map(Task::content).toList();
        for (Task later : pair.get2().tasks()) {
            if (earlierContents.contains(later.content())) {
                TaskChange ch = c.changes().stream().filter(x -> x.match().later().equals(later)).findFirst().orElseThrow();
                assertThat(ch.match().basis()).isEqualTo(TaskMatch.Basis.SAME_CONTENT);
                assertThat(TaskMatcher.similarity(ch.match().earlier().content(), later.content())).isEqualByComparingTo(BigDecimal.ONE);
            }
        }
        assertThat(c.changes().size() + c.added().size()).isEqualTo(pair.get2().tasks().size());
        assertThat(c.changes().size() + c.removed().size()).isEqualTo(pair.get1().tasks().size());
    }

    @Property(tries = 80)
    void aHistoryHoldsEveryEntryOnce(@ForAll("pairs") Tuple2<ProgressReport, ProgressReport> pair) {
        PlanHistory history = PlanHistory.of(List.of(pair.get2(), pair.get1()));
        boolean inOrder = pair.get1().period().orElseThrow().compareTo(pair.get2().period().orElseThrow()) < 0;
        ProgressReport first = inOrder ? pair.get1() : pair.get2();
        ProgressReport second = inOrder ? pair.get2() : pair.get1();
        ReportComparison c = ReportComparison.of(first, second);
        assertThat(history.periods()).containsExactly(first.period().orElseThrow(), second.period().orElseThrow());
        assertThat(history.tasks()).hasSize(first.tasks().size() + c.added().size());
        List<ProgressEntry> all = history.tasks().stream().flatMap(h -> h.entries().stream()).toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                Stream.concat(pair.get1().entries().stream(), pair.get2().entries().stream()).toList());
        assertThat(history.tasks().stream().filter(h -> h.entries().size() == 2).count()).isEqualTo(c.changes().size());
    }
}
