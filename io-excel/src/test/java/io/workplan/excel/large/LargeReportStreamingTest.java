package io.workplan.excel.large;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.excel.ExcelWriter;
import io.workplan.excel.ExcelWriterOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large report is written as .xlsx in a small heap: the surefire execution {@code
 * large-report-small-heap} runs this class alone in a JVM of its own with {@code -Xmx64m} (see the
 * module's pom), and the default execution skips it.
 *
 * <p>The build writes 50,000 tasks, to keep the module's tests short on a shared machine; {@code
 * -Dworkplan.large.tasks=1000000 -Dworkplan.large.heap=400m} writes a million (the report alone then
 * takes about 240 MB of heap: a million immutable tasks and entries; the writer adds a window of
 * rows and the merged regions, about 100 MB for the 220,000 regions of this report).
 */
class LargeReportStreamingTest {
    private static final int TASKS = Integer.getInteger("workplan.large.tasks", 50_000);
    private static final int TASKS_PER_CATEGORY = 50;
    private static final int TASKS_PER_UNIT_RUN = 5;
    private static final long HEAP_LIMIT = Math.max(64, TASKS / 2_500) * 1024L * 1024;

    @TempDir
    Path dir;

    @Test
    void aLargeReportIsWrittenInASmallHeap() throws IOException, XMLStreamException {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap of this JVM, set by the large-report execution")
                .isLessThanOrEqualTo(HEAP_LIMIT);
        ProgressReport report = millionTasks();
        Path file = dir.resolve("large.xlsx");

        ExcelWriter.create(ExcelWriterOptions.builder().summarySheets(false).build()).write(report, file);

        int rows = 0;
        int merged = 0;
        String lastRow = null;
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("row")) {
                        rows++;
                        lastRow = xml.getAttributeValue(null, "r");
                    } else if (xml.getLocalName().equals("mergeCell")) {
                        merged++;
                    }
                }
            }
        }
        assertThat(rows).isEqualTo(TASKS + 2);
        assertThat(lastRow).isEqualTo(Integer.toString(TASKS + 2));
        // The title, a region per category and a region per run of lead units.
        assertThat(merged).isEqualTo(1 + TASKS / TASKS_PER_CATEGORY + TASKS / TASKS_PER_UNIT_RUN);
    }

    private static ProgressReport millionTasks() {
        ReportingPeriod period = ReportingPeriod.quarter(2024, 2);
        List<Progress> progress = List.of(Progress.parse("52%"), Progress.parse("53.6%"), Progress.parse("已完成"),
                Progress.parse("/"), Progress.parse("正常进行中"), Progress.parse("５２％"));
        List<List<LeadUnit>> units = new ArrayList<>();
        for (int u = 0; u < 7; u++) {
            units.add(List.of(LeadUnit.of("区发改经信局" + u), LeadUnit.of("区财政局")));
        }
        ProgressReport.Builder report = ProgressReport.builder().title("2024年第二季度大型报告主要任务完成情况").period(period);
        List<ProgressEntry> entries = new ArrayList<>(TASKS);
        Category category = null;
        for (int i = 0; i < TASKS; i++) {
            if (i % TASKS_PER_CATEGORY == 0) {
                category = Category.of("类别" + i / TASKS_PER_CATEGORY);
            }
            Task task = Task.builder().number(i + 1).category(category).content("第" + (i + 1) + "项任务：推进重点项目建设。")
                    .leadUnits(units.get(i / TASKS_PER_UNIT_RUN % units.size())).build();
            entries.add(ProgressEntry.of(task, period, progress.get(i % progress.size())));
        }
        return report.entries(entries).build();
    }
}
