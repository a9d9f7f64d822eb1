package io.workplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.Grouping;
import io.workplan.core.aggregate.ReportAggregation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written loop of {@link AggregationBenchmark} and the library give the same figures. */
class LoopRollUpTest {
    private final ProgressReport report = SampleReports.of(1000);
    private final ReportAggregation aggregation = ReportAggregation.of(report);

    @Test
    void byCategoryTheLoopAndTheLibraryAgree() {
        assertAgree(aggregation.byCategory(), LoopRollUp.byCategory(report));
    }

    @Test
    void byLeadUnitTheLoopAndTheLibraryAgree() {
        assertAgree(aggregation.byLeadUnit(), LoopRollUp.byLeadUnit(report));
    }

    private static <K> void assertAgree(Grouping<K> library, Map<K, LoopRollUp.Counter> loop) {
        assertThat(library.withoutKey().tasks()).isZero();
        assertThat(library.groups()).extracting(Group::key).containsExactlyInAnyOrderElementsOf(loop.keySet());
        for (Group<K> g : library.groups()) {
            LoopRollUp.Counter c = loop.get(g.key());
            assertThat(g.tasks()).as("tasks of %s", g.key()).isEqualTo(c.tasks);
            assertThat(g.statistics().withPercent()).as("with a percentage, %s", g.key()).isEqualTo(c.withPercent);
            assertThat(g.statistics().sum()).as("sum of %s", g.key()).isEqualTo(c.sum);
            assertThat(g.statistics().mean().orElse(null)).as("mean of %s", g.key())
                    .isEqualByComparingTo(c.mean());
        }
    }
}
