package io.workplan.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelWriterOptions;
import io.workplan.testkit.WorkplanArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A conversion entry by entry (an .xlsx or a JSON report to an .xlsx, an .xls or a JSON report)
 * writes the very file the whole report read then written gives, for generated reports of every
 * shape (tasks without progress among them, which a JSON report converts whole).
 */
class EntryByEntryConversionProperties {
    private static final String[] SOURCES = {"in.xlsx", "in.json"};
    private static final String[] TARGETS = {"out.xlsx", "out.xls", "out.json"};

    @Property(tries = 20)
    void aConversionEntryByEntryWritesTheFileOfTheWholeReport(@ForAll("reports") ProgressReport report,
            @ForAll boolean summarySheets, @ForAll boolean compact) throws IOException {
        Path dir = Files.createTempDirectory("workplan-conversion-");
        FileWriteOptions options = FileWriteOptions.builder().compactJson(compact)
                .excel(ExcelWriterOptions.builder().summarySheets(summarySheets).build()).build();
        try {
            for (String sourceName : SOURCES) {
                Path in = dir.resolve(sourceName);
                ReportFiles.write(report, in);
                FileReadResult whole = ReportFiles.read(in);
                for (String targetName : TARGETS) {
                    Path streamed = dir.resolve("streamed-" + targetName);
                    Path written = dir.resolve("written-" + targetName);
                    FileWriteOptions targetOptions = targetName.endsWith(".json")
                            ? FileWriteOptions.builder().compactJson(compact).build() : FileWriteOptions.builder().excel(options.excel()).build();
                    assertThat(ReportFiles.convertsEntryByEntry(in, FileReadOptions.defaults(), streamed)).isTrue();

                    FileReadSummary summary = ReportFiles.convert(in, FileReadOptions.defaults(), streamed, targetOptions);
                    ReportFiles.write(whole.report(), written, targetOptions);

                    String what = sourceName + " to " + targetName;
                    assertThat(summary).as(what).isEqualTo(whole.summary());
                    if (targetName.endsWith(".xlsx")) {
                        assertThat(EntryByEntryFilesTest.parts(streamed)).as(what).isEqualTo(EntryByEntryFilesTest.parts(written));
                    } else if (targetName.endsWith(".xls")) {
                        assertThat(unnamed(ReportFiles.read(streamed).report())).as(what).isEqualTo(unnamed(ReportFiles.read(written).report()));
                    } else {
                        assertThat(Files.readString(streamed)).as(what).isEqualTo(Files.readString(written));
                    }
                    Files.delete(streamed);
                    Files.delete(written);
                }
                Files.delete(in);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
        Statistics.label("a task without entry").collect(report.entries().size() < report.tasks().size());
    }

    /** A report without its source, which a workbook read back without one takes from its file's name. */
    private static ProgressReport unnamed(ProgressReport report) {
        return ProgressReport.builder().from(report).source(java.util.Optional.empty()).build();
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        // JSON names a task's category by its name: categories sharing one cannot be written as JSON
        return WorkplanArbitraries.reportsOfEveryShape(12).filter(r -> r.categories().stream().map(c -> c.name()).distinct().count()
                == r.categories().size());
    }
}
