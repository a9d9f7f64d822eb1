package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.testkit.WorkplanArbitraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every progress cell the writer writes, as a number with a percent format or as text, reads back to
 * the same {@link Progress}: kind, text and figure, through .xlsx and .xls, in both reading modes.
 */
// statistics are checked (coverage), not printed: a passing build says little; a failure says which
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class ProgressCellRoundTripProperties {
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);

    @Property(tries = 60)
    void aWrittenProgressCellReadsBackToTheSameProgress(@ForAll("progress") List<Progress> progress,
            @ForAll ExcelWriter.Format format) throws Exception {
        progress.forEach(p -> Statistics.label("kind").collect(p.kind()));
        Statistics.label("kind").coverage(c -> c.check(Progress.Kind.PERCENT).percentage(p -> p >= 10));
        assertThat(readBack(progress, format)).isEqualTo(progress);
    }

    @Example
    void aPercentageWithWordsIsWrittenAsItsText() throws Exception {
        List<Progress> progress = List.of(Progress.parse("80%(新区实验幼儿园进度滞后)"), Progress.parse("52%，主体完工"),
                Progress.parse("52%"), Progress.parse("53.60%"));
        assertThat(progress).extracting(Progress::kind).containsOnly(Progress.Kind.PERCENT);
        for (ExcelWriter.Format format : ExcelWriter.Format.values()) {
            assertThat(readBack(progress, format)).as(format.name()).isEqualTo(progress);
        }
    }

    private static List<Progress> readBack(List<Progress> progress, ExcelWriter.Format format) throws Exception {
        ProgressReport.Builder report = ProgressReport.builder().title(Q2.label() + "主要任务完成情况").period(Q2).source("written");
        for (int i = 0; i < progress.size(); i++) {
            Task task = Task.builder().number(i + 1).content("任务" + (i + 1)).addLeadUnits(LeadUnit.of("区财政局")).build();
            report.addEntries(ProgressEntry.of(task, Q2, progress.get(i)));
        }
        Path file = Files.createTempFile("workplan-progress-", format == ExcelWriter.Format.XLS ? ".xls" : ".xlsx");
        try {
            ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build()).write(report.build(), file);
            ProgressReport read = Workbooks.readBoth(file, ExcelReadOptions.builder().maxInflateRatio(10_000)).report();
            return read.entries().stream().map(ProgressEntry::progress).collect(Collectors.toList());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A figure with more digits than its text shows, as the reader gives a number cell, is written as that cell. */
    @Property(tries = 15)
    void aShownPercentageReadsBackWithEveryDigit(@ForAll("shown") List<Progress> progress, @ForAll ExcelWriter.Format format)
            throws Exception {
        assertThat(readBack(progress, format)).isEqualTo(progress);
    }

    @Provide
    Arbitrary<List<Progress>> progress() {
        return WorkplanArbitraries.progress().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Progress>> shown() {
        return WorkplanArbitraries.shownPercentages().list().ofMinSize(1).ofMaxSize(12);
    }
}
