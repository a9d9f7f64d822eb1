package io.workplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.RunningSummary;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.Summary;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A summary kept task by task has the figures of core's summary of the same tasks. */
class RunningSummaryProperties {

    @Property(tries = 300)
    void aRunningSummaryAgreesWithTheSummaryOfTheSameTasks(@ForAll("reports") ProgressReport report,
            @ForAll @IntRange(min = 0, max = 5) int tolerance) {
        ScheduleRule rule = ScheduleRule.standard().withTolerance(BigDecimal.valueOf(tolerance));
        RunningSummary running = new RunningSummary();
        report.tasks().forEach(t -> running.add(rule.assess(report, t)));

        Summary summary = report.tasks().stream().collect(Summary.collector(report, rule));
        assertThat(running.tasks()).isEqualTo(summary.tasks().size());
        assertThat(running.withPercent()).isEqualTo(summary.statistics().withPercent());
        assertThat(running.mean()).isEqualTo(summary.statistics().mean());
        assertThat(running.schedule()).isEqualTo(summary.schedule());
        assertThat(running.firstTask()).isEqualTo(report.tasks().stream().findFirst());
    }

    @Example
    void anEmptyRunningSummaryHasNoMean() {
        RunningSummary running = new RunningSummary();
        assertThat(running.tasks()).isZero();
        assertThat(running.mean()).isEmpty();
        assertThat(running.firstTask()).isEmpty();
        assertThat(running.schedule().tasks()).isZero();
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports();
    }
}
