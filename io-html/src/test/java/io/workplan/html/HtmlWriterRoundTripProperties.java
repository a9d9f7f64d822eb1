package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.sheet.TableReader;
import io.workplan.testkit.WorkplanArbitraries;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path file = Files.createTempFile("workplan-written-", ".html");
        try {
            HtmlWriter.create().write(report, file);
            TableReader.Read read = HtmlReader.create(HtmlReadOptions.builder().sourceName("written").build()).read(file);
            assertThat(read.report()).isEqualTo(ProgressReport.builder().from(report).source("written").build());
            // what the table reader may say of a written table
            assertThat(read.summary().warnings()).extracting(Problem::reason).allMatch(r -> r.startsWith("blank progress")
                    || report.period().isEmpty() && r.startsWith("no period")
                    // a task above the first category, read without one
                    || r.startsWith("no category: the cell is blank and no category is above it")
                    // the reader says so of 年度目标, 目标任务, …
                    || r.contains(" is kept as an extra column (a target)"));
        } finally {
            Files.deleteIfExists(file);
        }
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
