package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large report goes to a file and back: the writer and the reader stream, so the document is
 * never held in memory as a tree or as one string. The test uses 100,000 tasks (about 17 MB of
 * JSON) to stay quick; with 1,000,000 it passes too, the time then going to building the domain
 * values rather than to JSON.
 */
class LargeReportTest {

    private static final int TASKS = 100_000;

    @Test
    void aHundredThousandTasksGoThroughAFile(@TempDir Path dir) throws Exception {
        ReportingPeriod period = ReportingPeriod.quarter(2024, 2);
        List<Category> categories = List.of(Category.of("(一)", "主要经济指标"), Category.of("(二)", "系统优化创新生态"));
        List<LeadUnit> units = List.of(LeadUnit.of("区发改经信局"));
        Progress progress = Progress.parse("53.6%");
        ProgressReport.Builder builder = ProgressReport.builder().title("2024年第二季度").period(period).categories(categories);
        for (int i = 0; i < TASKS; i++) {
            Task task = Task.builder().number(i + 1).category(categories.get(i * 2 / TASKS))
                    .content("第" + i + "项任务。").leadUnits(units).build();
            builder.addEntries(ProgressEntry.of(task, period, progress));
        }
        ProgressReport report = builder.build();
        Path file = dir.resolve("large.json");

        JsonWriter.create().compact().write(report, file);
        ProgressReport read = JsonReader.create().read(file);

        assertThat(Files.size(file)).isGreaterThan(100L * TASKS);
        assertThat(read.tasks()).hasSize(TASKS);
        assertThat(read.tasks().get(TASKS - 1)).isEqualTo(report.tasks().get(TASKS - 1));
        assertThat(read.entries()).isEqualTo(report.entries());
    }
}
