package io.workplan.excel.large;

import io.workplan.sheet.ColumnRole;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ReportHead;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadSummary;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriteHead;
import io.workplan.excel.ExcelWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large report is written entry by entry as .xlsx in a small heap and read back entry by entry:
 * the surefire execution {@code large-report-small-heap} runs this class alone in a JVM of its own
 * with {@code -Xmx128m} and 1,000,000 tasks (see the module's pom); the default execution skips it.
 *
 * <p>The tasks are built one at a time by an iterator, never held: the heap holds the writer's
 * window of rows, the summary sheets' figures (a few per category and lead unit) and POI's merged
 * regions, one per run of equal categories or lead units (2,001 here: runs of 1,000 tasks). POI
 * keeps merged regions in memory: with runs of 50 categories and 5 lead units (220,001 regions,
 * {@code -Dworkplan.large.categoryRun=50 -Dworkplan.large.unitRun=5}) 128 MB is not enough; such
 * reports are written with {@code mergeRuns(false)}.
 */
class LargeReportStreamingTest {
    private static final int TASKS = Integer.getInteger("workplan.large.tasks", 1_000_000);
    private static final int TASKS_PER_CATEGORY = Integer.getInteger("workplan.large.categoryRun", 1_000);
    private static final int TASKS_PER_UNIT_RUN = Integer.getInteger("workplan.large.unitRun", 1_000);
    private static final long HEAP_LIMIT = 128L * 1024 * 1024;
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static final List<Progress> PROGRESS = List.of(Progress.parse("52%"), Progress.parse("53.6%"),
            Progress.parse("已完成"), Progress.parse("/"), Progress.parse("正常进行中"), Progress.parse("５２％"));
    private static final int UNITS = 7;

    @TempDir
    Path dir;

    @Test
    void aMillionTasksAreWrittenAndReadBackEntryByEntryInASmallHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap of this JVM, set by the large-report execution")
                .isLessThanOrEqualTo(HEAP_LIMIT);
        Path file = dir.resolve("large.xlsx");
        ExcelWriteHead head = ExcelWriteHead.builder(ReportHead.builder().title("2024年第二季度大型报告主要任务完成情况").period(Q2).build())
                .columns(ColumnRole.NUMBER).build();

        ExcelWriter.create().write(head, entries(), file);

        // Some entries are kept to compare exactly: the first, the last, and either side of a run's end.
        Map<Integer, ProgressEntry> checked = new TreeMap<>();
        List<Integer> indexes = List.of(0, 1, TASKS_PER_UNIT_RUN - 1, TASKS_PER_UNIT_RUN, TASKS / 2 + 7, TASKS - 1);
        int[] read = {0};
        ExcelReadSummary summary = new ExcelReader(ExcelReadOptions.builder().streaming(true).build())
                .read(file, entry -> {
                    if (indexes.contains(read[0])) {
                        checked.put(read[0], entry);
                    }
                    read[0]++;
                });

        assertThat(summary.tasks()).isEqualTo(TASKS);
        assertThat(read[0]).isEqualTo(TASKS);
        assertThat(summary.head().period()).contains(Q2);
        assertThat(summary.head().categories()).hasSize(TASKS / TASKS_PER_CATEGORY);
        assertThat(summary.warnings()).isEmpty();
        for (int i : indexes) {
            assertThat(checked.get(i)).as("task %d", i).isEqualTo(entry(i));
        }
        assertThat(Files.size(file)).isPositive();
    }

    /** The tasks, each built when it is asked for. */
    private static Iterator<ProgressEntry> entries() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < TASKS;
            }

            @Override
            public ProgressEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return entry(next++);
            }
        };
    }

    private static ProgressEntry entry(int i) {
        int unit = i / TASKS_PER_UNIT_RUN % UNITS;
        Task task = Task.builder().number(i + 1).category(Category.of("类别" + i / TASKS_PER_CATEGORY))
                .content("第" + (i + 1) + "项任务：推进重点项目建设。")
                .leadUnits(List.of(LeadUnit.of("区发改经信局" + unit), LeadUnit.of("区财政局"))).build();
        return ProgressEntry.of(task, Q2, PROGRESS.get(i % PROGRESS.size()));
    }
}
