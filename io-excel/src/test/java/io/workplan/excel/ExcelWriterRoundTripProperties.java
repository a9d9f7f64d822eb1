package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.sheet.samples.WrittenTables;
import io.workplan.testkit.WorkplanArbitraries;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the writer writes, the reader reads back equal: .xlsx and .xls, merged runs or not, with
 * summary sheets or not, a report or entry by entry, in both reading modes, into a report and entry
 * by entry ({@link Workbooks#readBoth} reads .xlsx in memory and
 * streaming and checks that they agree; .xls is read in memory in both modes).
 */
// statistics are checked (coverage), not printed: a passing build says little; a failure says which
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class ExcelWriterRoundTripProperties {

    @Property(tries = 40)
    void aWrittenReportReadsBackEqual(@ForAll("reports") ProgressReport report, @ForAll ExcelWriter.Format format,
            @ForAll boolean mergeRuns, @ForAll boolean summarySheets, @ForAll boolean entryByEntry) throws Exception {
        Statistics.label("format").collect(format);
        Statistics.label("entry by entry").collect(entryByEntry);
        Statistics.label("percent cells").collect(report.entries().stream().anyMatch(e -> e.progress().percent().isPresent()
                && e.progress().text().equals(e.progress().percent().get().toPlainString() + "%")));
        Statistics.label("tasks").collect(report.tasks().size() < 10 ? "1-9" : "10+");
        Statistics.label("categories").collect(report.categories().isEmpty() ? "none"
                : report.tasks().stream().allMatch(t -> t.category().isPresent()) ? "every task" : "rows before the first");
        Statistics.label("extra columns").collect(!report.extraColumns().isEmpty());
        Statistics.label("period").collect(report.period().isPresent());
        Statistics.label("sub-items").collect(IntStream.range(1, report.tasks().size()).anyMatch(i -> report.tasks().get(i)
                .number().isPresent() && report.tasks().get(i).number().equals(report.tasks().get(i - 1).number())));
        // the generator must keep producing the cases that matter, or this property proves little
        // thresholds about a third of the generators' rates (no categories ~40 %, extras ~35 %, no period ~20 %,
        // sub-items ~15 %): each shape is tested, and a run of 40 tries does not miss them by chance
        Statistics.label("categories").coverage(c -> c.check("none").percentage(p -> p >= 5));
        Statistics.label("extra columns").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("period").coverage(c -> c.check(false).percentage(p -> p >= 5));
        Statistics.label("sub-items").coverage(c -> c.check(true).percentage(p -> p >= 2.5));
        Statistics.label("tasks").coverage(c -> c.check("10+").percentage(p -> p >= 5));
        Statistics.label("percent cells").coverage(c -> c.check(true).percentage(p -> p >= 20));
        WrittenTables.inTemporaryFile(format == ExcelWriter.Format.XLS ? ".xls" : ".xlsx", file -> {
            ExcelWriter writer = ExcelWriter.create(ExcelWriterOptions.builder().mergeRuns(mergeRuns)
                    .summarySheets(summarySheets).build());
            if (entryByEntry) {
                writer.write(ExcelWriteHead.of(report), report.entries().iterator(), file);
            } else {
                writer.write(report, file);
            }
            ExcelReadResult result = Workbooks.readBoth(file, ExcelReadOptions.builder().sourceName("written")
                    .maxInflateRatio(10_000));

            // The region, the day of publication and the source have no cell: the writer keeps them
            // as document properties and the reader takes them back; without a stored source, the
            // source is the file read.
            ProgressReport expected = report.source().isPresent() ? report
                    : ProgressReport.builder().from(report).source("written").build();
            assertThat(result.report()).isEqualTo(expected);
            assertThat(result.sheet()).isEqualTo(ExcelWriter.OFFICIAL_SHEET);
            assertThat(result.warnings()).extracting(Problem::reason).allMatch(r -> WrittenTables.mayWarn(report, r));
        });
    }

    /**
     * Every shape of report the generators give: with and without categories, with extra columns,
     * without a period, with sub-items sharing their item's number. Tasks above the first category read back without one.
     */
    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports(30);
    }
}
