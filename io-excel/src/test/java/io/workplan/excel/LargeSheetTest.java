package io.workplan.excel;


import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.aggregate.ProgressStatistics;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A large sheet as Excel writes it (every text in the shared strings table), read entry by entry
 * in streaming mode within a small heap. Run by its own surefire execution in a JVM of {@code
 * -Xmx128m} (see the module's pom), with {@code workplan.largeSheet.tasks} tasks (a million there).
 */
class LargeSheetTest {
    private static final int TASKS = Integer.getInteger("workplan.largeSheet.tasks", 20_000);

    @Test
    void aLargeSheetStreamsEntryByEntryInASmallHeap() throws Exception {
        GeneratedSheet sheet = new GeneratedSheet(TASKS);
        Path file = sheet.file();
        AtomicLong lastCall = new AtomicLong();
        ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(true)
                .progressListener((rows, total) -> {
                    assertThat(total).isEqualTo(TASKS + 2L);
                    lastCall.set(rows);
                }).build());
        PlainLoop loop = new PlainLoop(TASKS);

        Read<ProgressStatistics> read = read(reader, file,
                Collectors.mapping(ProgressEntry::progress, ProgressStatistics.progressCollector()), loop);

        ExcelReadSummary summary = read.summary();
        assertThat(summary.tasks()).isEqualTo(TASKS);
        assertThat(loop.entries).isEqualTo(TASKS);
        assertThat(summary.warnings()).isEmpty();
        assertThat(summary.head().title()).isEqualTo(GeneratedSheet.TITLE);
        assertThat(summary.head().categories()).hasSize(sheet.categories());
        assertThat(lastCall.get()).isEqualTo(TASKS + 2L);
        for (int k = 0; k < PlainLoop.SAMPLED.length; k++) {
            int i = PlainLoop.SAMPLED[k] < 0 ? TASKS + PlainLoop.SAMPLED[k] : PlainLoop.SAMPLED[k];
            assertThat(loop.samples.get(k)).isEqualTo(ProgressEntry.of(sheet.task(i), ReportingPeriod.quarter(2024, 2), sheet.progress(i)));
        }
        assertThat(loop.samples.get(0).progress().percent()).contains(new BigDecimal("0.0"));
        assertThat(loop.samples.get(3).progress()).isEqualTo(Progress.ofPercent(new BigDecimal("1.2"), "1.2%"));

        ProgressStatistics statistics = read.collected();
        assertThat(statistics.tasks()).isEqualTo(TASKS);
        assertThat(statistics.withPercent()).isEqualTo(loop.percents).isEqualTo((TASKS + 1) / 2);
        assertThat(statistics.count(Progress.Kind.PERCENT)).isEqualTo(loop.percents);
        assertThat(statistics.sum()).isEqualTo(loop.sum);
        assertThat(statistics.max()).contains(loop.max);
        assertThat(statistics.completed()).isEqualTo(loop.completed);
    }

    /** The figures of the entries, counted one by one, and a few entries kept. */
    private static final class PlainLoop {
        /** The entries kept: first, second, the first of the second unit run, the 13th, the last. */
        static final int[] SAMPLED = {0, 1, GeneratedSheet.UNIT_RUN, 12, -1};

        private final int tasks;
        final List<ProgressEntry> samples = new ArrayList<>();
        int entries;
        int percents;
        int completed;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max;

        PlainLoop(int tasks) {
            this.tasks = tasks;
        }

        void add(ProgressEntry entry) {
            int i = entries++;
            for (int s : SAMPLED) {
                if (i == (s < 0 ? tasks + s : s)) {
                    samples.add(entry);
                }
            }
            Progress p = entry.progress();
            if (p.percent().isPresent()) {
                percents++;
                sum = sum.add(p.percent().get());
                max = max == null || p.percent().get().compareTo(max) > 0 ? p.percent().get() : max;
            }
            if (p.isCompleted()) {
                completed++;
            }
        }
    }

    /** What one reading gave: the summary and what the collector made of the entries. */
    private record Read<R>(ExcelReadSummary summary, R collected) {}

    /**
     * The entries of a sheet through a collector, as ExcelReader's Javadoc shows, and through the
     * plain loop, in one reading.
     */
    private static <A, R> Read<R> read(ExcelReader reader, Path file, Collector<? super ProgressEntry, A, R> collector,
            PlainLoop loop) {
        A container = collector.supplier().get();
        ExcelReadSummary summary = reader.read(file, entry -> {
            collector.accumulator().accept(container, entry);
            loop.add(entry);
        });
        return new Read<>(summary, collector.finisher().apply(container));
    }
}
