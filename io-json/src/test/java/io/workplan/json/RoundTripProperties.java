package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.testkit.WorkplanArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Reading what was written gives an equal report. */
// statistics are checked (coverage), not printed: a passing build says little; a failure says which
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class RoundTripProperties {

    /**
     * Three thousand reports of up to 6 tasks: small enough that the module's tests stay fast (the
     * time goes to generating reports, about 3 ms each, not to JSON), large enough to mix every kind
     * of progress, unnumbered tasks, several categories or none, extra columns, reports without a
     * period and 32,767-character cells (the coverage below is checked on every run).
     */
    @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
    void readingWhatWasWrittenGivesAnEqualReport(@ForAll("reports") ProgressReport report, @ForAll boolean compact) {
        JsonWriter writer = compact ? JsonWriter.create().compact() : JsonWriter.create();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(report, bytes);

        ProgressReport read = JsonReader.create().read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read).isEqualTo(report);
        assertThat(read.entries()).isEqualTo(report.entries());
        Statistics.label("a task without entry").collect(report.entries().size() < report.tasks().size());
        Statistics.label("a task without entry").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("without categories").collect(report.categories().isEmpty());
        Statistics.label("without categories").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("with extras").collect(!report.extraColumns().isEmpty());
        Statistics.label("with extras").coverage(c -> c.check(true).percentage(p -> p >= 12));
        Statistics.label("without period").collect(report.period().isEmpty());
        Statistics.label("without period").coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        // every shape: tasks without lead units, without number or without progress entry too
        return WorkplanArbitraries.reportsOfEveryShape(6).filter(TestFiles::uniqueCategoryNames);
    }

    /**
     * Percentages never pass through double: every digit and the scale survive, for every
     * percentage a text shows (up to 9 digits before the point and 20 after, what {@link
     * Progress#parse(String)} reads as a percentage; the text is what a person sees).
     */
    @Property(tries = 1_000)
    void percentagesAreExact(@ForAll("percents") BigDecimal percent) {
        ReportingPeriod period = ReportingPeriod.quarter(2024, 2);
        Task task = Task.builder().category(Category.of("主要经济指标")).content("有效投资完成市下达目标任务。")
                .addLeadUnits(LeadUnit.of("区发改经信局")).build();
        ProgressReport report = ProgressReport.builder().title("2024年第二季度").period(period)
                .addEntries(ProgressEntry.of(task, period, Progress.ofPercent(percent, percent.toPlainString() + "%"))).build();

        String json = JsonWriter.create().compact().writeString(report);
        BigDecimal read = JsonReader.create().readString(json).progressOf(task).flatMap(Progress::percent).orElseThrow();

        assertThat(read).isEqualTo(percent);
        assertThat(read.scale()).isEqualTo(percent.scale());
        assertThat(json).contains("\"percent\":" + percent + "}");
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.integers().between(0, 20).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("999999999")).ofScale(scale));
    }
}
