package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.sheet.samples.WrittenTables;
import io.workplan.testkit.WorkplanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the writer writes, the reader reads back equal, but for what has no cell (the source, the
 * region and the day of publication). Each try writes and reads a .docx, so the tries are few. POI's
 * JVM-wide zip-bomb guard stays at its default: the generators' long cells are random characters
 * ({@code WorkplanArbitraries.nastyText}), which compress no more than a real document's.
 */
// statistics are checked (coverage), not printed: a passing build says little; a failure says which
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class WordWriterRoundTripProperties {

    @Property(tries = 25)
    void aWrittenReportReadsBackEqual(@ForAll("reports") ProgressReport report) throws Exception {
        Statistics.label("tasks").collect(report.tasks().size() < 10 ? "1-9" : "10+");
        Statistics.label("multi-line cells").collect(report.tasks().stream().anyMatch(t -> t.content().contains("\n")));
        WrittenTables.inTemporaryFile(".docx", file -> {
            WordWriter.create().write(report, file);
            // generated cells may be 32,767 characters long, of few distinct ones: trusted here, so the reader's ratio is raised
            WordReadResult read = WordReader.create(WordReadOptions.builder().maxInflateRatio(100_000).build()).read(file);

            ProgressReport back = read.report();
            assertThat(back.title()).isEqualTo(report.title());
            assertThat(back.categories()).isEqualTo(report.categories());
            assertThat(back.tasks()).hasSameSizeAs(report.tasks());
            for (int i = 0; i < report.tasks().size(); i++) {
                assertThat(back.tasks().get(i)).as("task %d", i + 1).isEqualTo(report.tasks().get(i));
            }
            for (int i = 0; i < report.entries().size(); i++) {
                assertThat(back.entries().get(i).progress()).as("progress %d", i + 1).isEqualTo(report.entries().get(i).progress());
            }
            assertThat(back.period()).isEqualTo(report.period());
            assertThat(WrittenSampleTest.withoutSource(back)).isEqualTo(WrittenSampleTest.withoutSource(report));
            assertThat(read.warnings()).extracting(Problem::reason).allMatch(r -> WrittenTables.mayWarn(report, r));
        });
    }

    /**
     * Every shape of report the generators give: with and without categories, with extra columns,
     * without a period, with sub-items sharing their item's number. Tasks above the first category read back without one.
     */
    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports(20);
    }
}
