package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.samples.WrittenTables;
import io.workplan.testkit.WorkplanArbitraries;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the writer writes, the reader reads back equal but for the source: as a page file, and as a table fragment. */
// statistics are checked (coverage), not printed: a passing build says little; a failure says which
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class HtmlWriterRoundTripProperties {

    @Property(tries = 60)
    void aWrittenPageReadsBackEqual(@ForAll("reports") ProgressReport report) throws Exception {
        Statistics.label("tasks").collect(report.tasks().size() < 10 ? "1-9" : "10+");
        Statistics.label("tasks").coverage(c -> c.check("10+").percentage(p -> p >= 5));
        WrittenTables.inTemporaryFile(".html", file -> {
            HtmlWriter.create().write(report, file);
            TableReader.Read read = HtmlReader.create(HtmlReadOptions.builder().sourceName("written").build()).read(file);
            assertThat(read.report()).isEqualTo(ProgressReport.builder().from(report).source("written").build());
            assertThat(read.summary().warnings()).extracting(Problem::reason).allMatch(r -> WrittenTables.mayWarn(report, r));
        });
    }

    @Property(tries = 30)
    void aWrittenTableReadsBackEqualButForWhatOnlyThePageHolds(@ForAll("reports") ProgressReport report) {
        StringWriter table = new StringWriter();
        HtmlWriter.create().writeTable(report, table);
        assertThat(table.toString()).startsWith("<table border=\"1\"").endsWith("</table>\n");
        TableReader.Read read = HtmlReader.create(HtmlReadOptions.builder().sourceName("pasted").build())
                .read(new ByteArrayInputStream(table.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.report()).isEqualTo(ProgressReport.builder().from(report).source("pasted")
                .region(java.util.Optional.empty()).publishedOn(java.util.Optional.empty()).build());
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
