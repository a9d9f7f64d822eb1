package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.testkit.WorkplanArbitraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Reports laid out as the official sheet read back equal, and the two reading modes agree. */
class RoundTripProperties {

    /**
     * Generated cells can be 32,767 copies of one character, which compress more than POI's
     * zip-bomb guard allows (ZipBombGuardTest checks the reader's message for such a file); the
     * generated files are trusted, so the guard is lowered for this class only.
     */
    @BeforeContainer
    static void trustGeneratedFiles() {
        ZipSecureFile.setMinInflateRatio(0.0001);
    }

    @AfterContainer
    static void restoreTheGuard() {
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    @Property(tries = 40)
    void aReportLaidOutAsTheOfficialSheetReadsBackEqual(@ForAll("reports") ProgressReport report) throws Exception {
        Statistics.label("tasks").collect(report.tasks().size() < 10 ? "1-9" : "10+");
        // the generator must keep producing the cases that matter, or this property proves little
        Statistics.label("tasks").coverage(c -> c.check("10+").percentage(p -> p >= 5));
        Statistics.label("percent cells").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("percent cells").collect(report.entries().stream().anyMatch(e -> e.progress().percent().isPresent()
                && e.progress().text().equals(e.progress().percent().get().toPlainString() + "%")));
        Path file = Files.createTempFile("workplan-roundtrip-", ".xlsx");
        try {
            OfficialSheetLayout.write(report, file);
            ExcelReadResult result = Workbooks.readBoth(file, ExcelReadOptions.builder().sourceName("generated.xlsx"));

            ProgressReport expected = ProgressReport.builder().from(report)
                    .source("generated.xlsx").region(Optional.empty()).publishedOn(Optional.empty()).build();
            assertThat(result.report()).isEqualTo(expected);
            // the only warnings a valid report can give: progress texts that are blank
            assertThat(result.warnings()).extracting(Problem::reason).allMatch(r -> r.startsWith("blank progress"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports();
    }
}
