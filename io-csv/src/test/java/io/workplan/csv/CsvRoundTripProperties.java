package io.workplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.testkit.WorkplanArbitraries;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever report is written, in UTF-8 (with or without a mark) or GB18030, comma or tab, it reads back equal. */
class CsvRoundTripProperties {

    @Property(tries = 60)
    void aWrittenReportReadsBackEqual(@ForAll("reports") ProgressReport report, @ForAll("charsets") Charset charset,
            @ForAll boolean mark, @ForAll boolean tabs) throws Exception {
        Path file = Files.createTempFile("workplan-written-", tabs ? ".tsv" : ".csv");
        try {
            CsvWriter.create(CsvWriterOptions.builder().charset(charset).byteOrderMark(mark).delimiter(tabs ? '\t' : ',')
                    .build()).write(report, file);
            CsvReadResult result = CsvReader.create(CsvReadOptions.builder().sourceName("written").build()).read(file);
            assertThat(result.report()).isEqualTo(Gongshu.asReadFrom(report, "written"));
            assertThat(result.charset()).isEqualTo(charset);
            assertThat(result.delimiter()).isEqualTo(tabs ? '\t' : ',');
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Every shape of report the generators give: with and without categories, with extra columns,
     * without a period, with sub-items sharing their item's number. Tasks above the first category read back without one.
     */
    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reports(30);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
    }
}
