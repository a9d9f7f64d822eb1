package io.workplan.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A million entries fed to {@link StreamingAggregation} in a small heap (the build runs this class
 * alone in a JVM of {@code -Xmx64m}: the {@code million-entries-in-64m} execution of core's pom),
 * with 200,003 distinct percentages, past the default budget, so that the percentages spill: the
 * figures are checked against those worked out here with plain arrays and longs, medians included.
 */
class MillionEntriesSmallHeapTest {
    private static final int TASKS = Integer.getInteger("workplan.million.tasks", 1_000_000);
    private static final int CATEGORIES = 50;
    private static final int UNITS = 200;
    /** Percentages are k / 1000 for k in [0, DISTINCT): 0.000 to 200.002. */
    private static final int DISTINCT = 200_003;
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2); // expected 50
    private static final Progress ON_SCHEDULE = Progress.parse("正常进行中");
    private static final Progress NOT_APPLICABLE = Progress.parse("/");

    @Test
    void aMillionEntriesGiveTheirExactFigures() throws IOException {
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < CATEGORIES; c++) {
            categories.add(Category.of("（" + (c + 1) + "）类别" + c));
        }
        List<LeadUnit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(LeadUnit.of("单位" + u + "局"));
        }

        Expected all = new Expected();
        Expected firstCategory = new Expected();
        long[] categoryTasks = new long[CATEGORIES];
        long[] categorySums = new long[CATEGORIES];
        long[] unitTasks = new long[UNITS];
        int[] statuses = new int[ScheduleStatus.values().length];

        StreamingAggregation agg = StreamingAggregation.builder().build();
        for (int i = 0; i < TASKS; i++) {
            int c = i / 7 % CATEGORIES;
            int u = i % UNITS;
            List<LeadUnit> leads = i % 10 == 0 ? List.of(units.get(u), units.get((u + 1) % UNITS)) : List.of(units.get(u));
            Task task = Task.builder().number(i + 1).content("任务" + i).category(categories.get(c)).leadUnits(leads).build();
            long k = i * 7919L % DISTINCT;
            Progress progress = i % 13 == 0 ? ON_SCHEDULE : i % 17 == 0 ? NOT_APPLICABLE
                    : Progress.ofPercent(BigDecimal.valueOf(k, 3), BigDecimal.valueOf(k, 3).toPlainString() + "%");
            agg.accept(ProgressEntry.of(task, Q2, progress));

            boolean percent = progress.percent().isPresent();
            all.add(percent, k);
            categoryTasks[c]++;
            if (percent) {
                categorySums[c] += k;
            }
            if (c == 0) {
                firstCategory.add(percent, k);
            }
            unitTasks[u]++;
            if (leads.size() == 2) {
                unitTasks[(u + 1) % UNITS]++;
            }
            ScheduleStatus status = !percent ? (progress == ON_SCHEDULE ? ScheduleStatus.ON_SCHEDULE : ScheduleStatus.NOT_ASSESSABLE)
                    : k < 50_000 ? ScheduleStatus.BEHIND : k == 50_000 ? ScheduleStatus.ON_SCHEDULE
                    : k < 100_000 ? ScheduleStatus.AHEAD : ScheduleStatus.COMPLETED;
            statuses[status.ordinal()]++;
        }
        assertThat(agg.spilled()).as("past the budget, the percentages spilled").isTrue();

        Summary overall = agg.overall();
        all.check(overall.statistics());
        assertThat(overall.statistics().count(Progress.Kind.ON_SCHEDULE)).isEqualTo(countOf(i -> i % 13 == 0));
        assertThat(overall.statistics().count(Progress.Kind.NOT_APPLICABLE)).isEqualTo(countOf(i -> i % 13 != 0 && i % 17 == 0));
        for (ScheduleStatus s : ScheduleStatus.values()) {
            assertThat(overall.schedule().count(s)).as("%s", s).isEqualTo(statuses[s.ordinal()]);
        }

        Grouping<Category> byCategory = agg.byCategory();
        assertThat(byCategory.groups()).extracting(Group::key).containsExactlyElementsOf(categories);
        for (int c = 0; c < CATEGORIES; c++) {
            ProgressStatistics s = byCategory.groups().get(c).statistics();
            assertThat(s.tasks()).as("tasks of category %d", c).isEqualTo(categoryTasks[c]);
            assertThat(s.sum()).as("sum of category %d", c).isEqualTo(BigDecimal.valueOf(categorySums[c], 3));
        }
        firstCategory.check(byCategory.groups().get(0).statistics());
        assertThat(byCategory.withoutKey().tasks()).isZero();

        Grouping<LeadUnit> byUnit = agg.byLeadUnit();
        assertThat(byUnit.groups()).extracting(Group::key).containsExactlyElementsOf(units);
        for (int u = 0; u < UNITS; u++) {
            assertThat(byUnit.groups().get(u).tasks()).as("tasks of unit %d", u).isEqualTo(unitTasks[u]);
        }
        assertThat(agg.byStatus().groups()).extracting(Group::tasks)
                .containsExactly(statuses[0], statuses[1], statuses[2], statuses[3], statuses[4]);

        agg.close();
        assertThat(spillFiles()).as("closed, the temporary file is deleted").isEmpty();
    }

    private static int countOf(java.util.function.IntPredicate p) {
        int n = 0;
        for (int i = 0; i < TASKS; i++) {
            n += p.test(i) ? 1 : 0;
        }
        return n;
    }

    /** The figures of a set of tasks, worked out with a count per k and a long sum. */
    private static final class Expected {
        private final int[] counts = new int[DISTINCT];
        private long tasks;
        private long withPercent;
        private long sum;

        void add(boolean percent, long k) {
            tasks++;
            if (percent) {
                withPercent++;
                sum += k;
                counts[(int) k]++;
            }
        }

        void check(ProgressStatistics actual) {
            assertThat(actual.tasks()).isEqualTo(tasks);
            assertThat(actual.withPercent()).isEqualTo(withPercent);
            assertThat(actual.sum()).isEqualTo(BigDecimal.valueOf(sum, 3));
            // the mean: the exact sum divided by the count, half-up to 10 decimals, trailing zeros dropped down to the figures' 3
            BigDecimal mean = BigDecimal.valueOf(sum, 3).divide(BigDecimal.valueOf(withPercent), 10, RoundingMode.HALF_UP).stripTrailingZeros();
            assertThat(actual.mean()).contains(mean.scale() < 3 ? mean.setScale(3) : mean);
            long lower = (withPercent - 1) / 2;
            long upper = withPercent / 2;
            long seen = 0;
            int min = -1;
            int max = -1;
            int atLower = -1;
            int atUpper = -1;
            for (int k = 0; k < DISTINCT; k++) {
                if (counts[k] == 0) {
                    continue;
                }
                min = min < 0 ? k : min;
                max = k;
                if (atLower < 0 && lower < seen + counts[k]) {
                    atLower = k;
                }
                if (atUpper < 0 && upper < seen + counts[k]) {
                    atUpper = k;
                }
                seen += counts[k];
            }
            assertThat(actual.min()).contains(BigDecimal.valueOf(min, 3));
            assertThat(actual.max()).contains(BigDecimal.valueOf(max, 3));
            BigDecimal median = BigDecimal.valueOf(atLower, 3).add(BigDecimal.valueOf(atUpper, 3)).divide(BigDecimal.valueOf(2));
            assertThat(actual.median()).contains(lower == upper ? BigDecimal.valueOf(atLower, 3) : median);
            long completed = 0;
            long above = 0;
            for (int k = 100_000; k < DISTINCT; k++) {
                completed += counts[k];
                above += k > 100_000 ? counts[k] : 0;
            }
            assertThat(actual.completed()).isEqualTo(completed);
            assertThat(actual.aboveHundred()).isEqualTo(above);
        }
    }

    private static List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("workplan-percentages-")).toList();
        }
    }
}
