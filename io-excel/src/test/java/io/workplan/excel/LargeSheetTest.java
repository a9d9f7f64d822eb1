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
        int[] last = {-1};
        List<ProgressEntry> samples = new ArrayList<>();
        // the plain loop's figures
        int[] percents = {0};
        int[] completed = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        BigDecimal[] max = {null};

        ExcelReadSummary summary = reader.read(file, entry -> {
            int i = ++last[0];
            if (i == 0 || i == 1 || i == GeneratedSheet.UNIT_RUN || i == TASKS / 2 + 3 || i == TASKS - 1) {
                samples.add(entry);
            }
            Progress p = entry.progress();
            if (p.percent().isPresent()) {
                percents[0]++;
                sum[0] = sum[0].add(p.percent().get());
                max[0] = max[0] == null || p.percent().get().compareTo(max[0]) > 0 ? p.percent().get() : max[0];
            }
            if (p.isCompleted()) {
                completed[0]++;
            }
        });

        assertThat(summary.tasks()).isEqualTo(TASKS);
        assertThat(last[0]).isEqualTo(TASKS - 1);
        assertThat(summary.warnings()).isEmpty();
        assertThat(summary.title()).isEqualTo(GeneratedSheet.TITLE);
        assertThat(summary.categories()).hasSize(sheet.categories());
        assertThat(lastCall.get()).isEqualTo(TASKS + 2L);
        int[] sampled = {0, 1, GeneratedSheet.UNIT_RUN, TASKS / 2 + 3, TASKS - 1};
        for (int k = 0; k < sampled.length; k++) {
            int i = sampled[k];
            assertThat(samples.get(k)).isEqualTo(ProgressEntry.of(sheet.task(i), ReportingPeriod.quarter(2024, 2), sheet.progress(i)));
        }
        assertThat(samples.get(0).progress().percent()).contains(new BigDecimal("0.0"));
        assertThat(samples.get(3).progress().text()).isEqualTo(sheet.progress(TASKS / 2 + 3).text());

        ProgressStatistics statistics = collect(reader, file,
                Collectors.mapping(ProgressEntry::progress, ProgressStatistics.progressCollector()));
        assertThat(statistics.tasks()).isEqualTo(TASKS);
        assertThat(statistics.withPercent()).isEqualTo(percents[0]).isEqualTo((TASKS + 1) / 2);
        assertThat(statistics.count(Progress.Kind.PERCENT)).isEqualTo(percents[0]);
        assertThat(statistics.sum()).isEqualTo(sum[0]);
        assertThat(statistics.max()).contains(max[0]);
        assertThat(statistics.completed()).isEqualTo(completed[0]);
    }

    /** The entries of a sheet through a collector, as ExcelReader's Javadoc shows. */
    private static <A, R> R collect(ExcelReader reader, Path file, Collector<? super ProgressEntry, A, R> collector) {
        A container = collector.supplier().get();
        reader.read(file, entry -> collector.accumulator().accept(container, entry));
        return collector.finisher().apply(container);
    }
}
