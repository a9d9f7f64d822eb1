package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million tasks written entry by entry and read back entry by entry, from a file (two passes)
 * and from a stream (one), every figure exact. The build runs this class alone in a JVM of
 * {@code -Xmx128m} (the {@code million-tasks-in-128m} execution of this module's pom), where
 * holding the report (about 300 bytes a task) could not fit: the check is that it runs at all.
 */
class MillionTasksEntryByEntryTest {

    private static final int TASKS = Integer.getInteger("workplan.json.large.tasks", 1_000_000);
    private static final ReportingPeriod PERIOD = ReportingPeriod.quarter(2024, 2);
    private static final List<Category> CATEGORIES = List.of(Category.of("(一)", "主要经济指标"), Category.of("(二)", "系统优化创新生态"));
    private static final List<LeadUnit> UNITS = List.of(LeadUnit.of("区发改经信局"));

    @Test
    void aMillionTasksGoThroughAFileEntryByEntry(@TempDir Path dir) throws Exception {
        ReportHead head = ReportHead.builder().title("2024年第二季度主要任务完成情况").period(PERIOD).categories(CATEGORIES)
                .addExtraColumns("责任人").build();
        Path file = dir.resolve("million.json");

        // The entries are made as the writer asks for them: none is held.
        JsonWriter.create().compact().write(head, IntStream.range(0, TASKS).mapToObj(MillionTasksEntryByEntryTest::entry).iterator(),
                file);
        assertThat(Files.size(file)).isGreaterThan(150L * TASKS);

        Check fromFile = new Check();
        JsonReadSummary read = JsonReader.create().read(file, fromFile);
        assertThat(read.head()).isEqualTo(head);
        assertThat(read.tasks()).isEqualTo(TASKS);
        assertThat(read.entries()).isEqualTo(TASKS);
        assertThat(fromFile.count).isEqualTo(TASKS);

        Check fromStream = new Check();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            assertThat(JsonReader.create().read(in, fromStream).head()).isEqualTo(head);
        }
        assertThat(fromStream.count).isEqualTo(TASKS);
    }

    /** The i-th task's percentage, exact: 0.0 to 100.0 in steps of a tenth. */
    private static BigDecimal percent(int i) {
        return BigDecimal.valueOf(i % 1001, 1);
    }

    private static ProgressEntry entry(int i) {
        Task task = Task.builder().number(i + 1).category(CATEGORIES.get(i % 2)).content("第" + i + "项任务：有效投资完成市下达目标任务。")
                .leadUnits(UNITS).putExtras("责任人", "张" + i).build();
        BigDecimal percent = percent(i);
        return ProgressEntry.of(task, PERIOD, Progress.ofPercent(percent, percent.toPlainString() + "%"));
    }

    /** Each entry read is the one written, its figure exact, its scale too. */
    private static final class Check implements Consumer<ProgressEntry> {
        int count;

        @Override
        public void accept(ProgressEntry entry) {
            int i = count++;
            BigDecimal percent = entry.progress().percent().orElseThrow();
            if (!percent.equals(percent(i)) || entry.task().number().getAsInt() != i + 1
                    || !entry.task().extras().get("责任人").equals("张" + i)) {
                throw new AssertionError("entry " + i + " read as " + entry + ", written as " + entry(i));
            }
        }
    }
}
