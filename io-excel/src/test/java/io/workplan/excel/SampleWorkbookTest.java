package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.sheet.samples.HtmlTable;
import io.workplan.sheet.samples.RealSamples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published sample of Gongshu district, Q2 2024: 159 tasks in 24 categories. */
class SampleWorkbookTest {

    private static Path sample() throws URISyntaxException {
        return RealSamples.file(RealSamples.GONGSHU_XLSX);
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void readsTheSampleStrictlyWithoutWarnings(boolean streaming) throws Exception {
        ExcelReadResult result = new ExcelReader(ExcelReadOptions.builder().streaming(streaming).build()).read(sample());
        ProgressReport report = result.report();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.sheet()).isEqualTo("Sheet1");
        assertThat(report.title()).isEqualTo("2024年第二季度拱墅区《政府工作报告》主要任务完成情况");
        assertThat(report.period()).contains(ReportingPeriod.quarter(2024, 2));
        assertThat(report.source()).contains("gongshu-2024-q2.xlsx");
        assertThat(report.tasks()).hasSize(159);
        assertThat(report.categories()).hasSize(24);
        assertThat(report.tasks()).extracting(t -> t.number().getAsInt())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 159).boxed().collect(Collectors.toList()));
    }

    @Test
    void progressIsExactlyThePublishedProgress() throws Exception {
        ProgressReport report = Workbooks.readBoth(sample()).report();
        List<String[]> expected = Files.readAllLines(resource("/gongshu-2024-q2/progress-expected.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1)).collect(Collectors.toList());
        assertThat(expected).hasSize(159);
        for (int i = 0; i < 159; i++) {
            String[] row = expected.get(i);
            Task task = report.tasks().get(i);
            Progress progress = report.progressOf(task).orElseThrow();
            assertThat(task.number()).hasValue(Integer.parseInt(row[0]));
            assertThat(progress.text()).as("task %s", row[0]).isEqualTo(row[1]);
            assertThat(progress.kind()).as("task %s", row[0]).isEqualTo(Progress.Kind.valueOf(row[2]));
            assertThat(progress.percent()).as("task %s", row[0])
                    .isEqualTo(row[3].isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new BigDecimal(row[3])));
        }
    }

    /** The lead units, category and content of each task are those of the published HTML table. */
    @Test
    void tasksAreThoseOfThePublishedTable() throws Exception {
        ProgressReport report = Workbooks.readBoth(sample()).report();
        List<List<String>> table = HtmlTable.cells(Files.readString(resource("/gongshu-2024-q2/gongshu-2024-q2.html")));
        List<List<String>> tasks = table.subList(2, table.size());
        assertThat(tasks).hasSize(159);
        for (int i = 0; i < 159; i++) {
            List<String> row = tasks.get(i);
            Task task = report.tasks().get(i);
            assertThat(task.category().orElseThrow().label()).as("category of task %s", row.get(0)).isEqualTo(row.get(1));
            assertThat(task.content()).as("content of task %s", row.get(0)).isEqualTo(row.get(2));
            assertThat(task.leadUnits()).as("lead units of task %s", row.get(0)).isEqualTo(LeadUnit.parseList(row.get(3)));
            assertThat(task.leadUnits()).isNotEmpty();
        }
        assertThat(report.tasks().get(0).leadUnits()).containsExactly(LeadUnit.of("区发改经信局"));
    }

    @Test
    void readsFromAStreamAndReportsProgressOfTheRows() throws Exception {
        AtomicLong rows = new AtomicLong();
        AtomicLong total = new AtomicLong();
        ExcelReadOptions options = ExcelReadOptions.builder().streaming(true).sourceName("q2.xlsx")
                .progressListener((read, inSheet) -> {
                    rows.set(read);
                    total.set(inSheet);
                }).build();
        try (InputStream in = Files.newInputStream(sample())) {
            ExcelReadResult result = new ExcelReader(options).read(in);
            assertThat(result.report().tasks()).hasSize(159);
            assertThat(result.report().source()).contains("q2.xlsx");
        }
        assertThat(rows.get()).isEqualTo(161);
        assertThat(total.get()).isEqualTo(161);
    }

    private static Path resource(String name) throws URISyntaxException {
        return RealSamples.file(name);
    }
}
