package io.workplan.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aggregation of the real sample gongshu-2024-q2 (159 tasks, 24 categories) against figures
 * computed here by plain loops over the table's rows and the hand-checked percentages of
 * progress-expected.tsv, not by the code under test.
 */
class GongshuGoldenTest {

    /** Figures of a set of rows, computed by hand. */
    static final class Expected {
        int tasks;
        int withPercent;
        BigDecimal sum = BigDecimal.ZERO;
        int behind;

        void add(BigDecimal percent) {
            tasks++;
            if (percent != null) {
                withPercent++;
                sum = sum.add(percent);
                if (percent.compareTo(new BigDecimal("50")) < 0) { // Q2: 序时进度 50 %
                    behind++;
                }
            }
        }
    }

    static ProgressReport report;
    static List<GongshuSample.Row> rows;
    static Map<Integer, BigDecimal> percents;

    @BeforeAll
    static void read() {
        report = GongshuSample.report();
        rows = GongshuSample.rows();
        percents = handCheckedPercents();
    }

    private static Map<Integer, BigDecimal> handCheckedPercents() {
        Map<Integer, BigDecimal> result = new HashMap<>();
        try (InputStream in = GongshuGoldenTest.class.getResourceAsStream("/gongshu-2024-q2/progress-expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                result.put(Integer.parseInt(f[0]), f.length > 3 && !f[3].isBlank() ? new BigDecimal(f[3].trim()) : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    @Test
    void theSampleIsReadWhole() {
        assertThat(report.period()).contains(ReportingPeriod.quarter(2024, 2));
        assertThat(rows).hasSize(159);
        assertThat(report.tasks()).hasSize(159);
        assertThat(report.categories()).hasSize(24);
        assertThat(percents).hasSize(159);
    }

    @Test
    void overall() {
        Expected e = new Expected();
        for (GongshuSample.Row row : rows) {
            e.add(percents.get(row.number()));
        }
        assertFigures(ReportAggregation.of(report).overall(), e);
    }

    @Test
    void perCategory() {
        Grouping<Category> grouping = ReportAggregation.of(report).byCategory();
        assertGroups(grouping, Category::label, expectedBy(GongshuSample.Row::category));
        assertThat(grouping.withoutKey().tasks()).isZero();
    }

    @Test
    void perLeadUnit() {
        assertGroups(ReportAggregation.of(report).byLeadUnit(), LeadUnit::name, expectedBy(GongshuSample.Row::leadUnit));
    }

    /** The figures quoted in the Javadoc examples of ProgressStatistics, Summary, ScheduleSummary and ReportAggregation. */
    @Test
    void theJavadocExamplesHold() {
        Summary all = report.tasks().stream().collect(Summary.collector(report, ScheduleRule.standard()));
        assertThat(all.statistics().percentShare().toString()).isEqualTo("158 of 159 (99.4%)");
        assertThat(all.statistics().mean()).contains(new BigDecimal("59.9778481013"));
        assertThat(all.statistics().mean().map(m -> Figures.display(m, 1))).contains(new BigDecimal("60.0"));
        assertThat(all.schedule().count(ScheduleStatus.BEHIND)).isEqualTo(2);
        assertThat(all.schedule().share(ScheduleStatus.BEHIND).toString()).isEqualTo("2 of 158 (1.3%), left out: not applicable: 1");
    }

    /** The figures of the rows by a cell's text, in order of first appearance: a plain loop. */
    private static Map<String, Expected> expectedBy(Function<GongshuSample.Row, String> cell) {
        Map<String, Expected> groups = new LinkedHashMap<>();
        for (GongshuSample.Row row : rows) {
            groups.computeIfAbsent(cell.apply(row), k -> new Expected()).add(percents.get(row.number()));
        }
        return groups;
    }

    private static <K> void assertGroups(Grouping<K> grouping, Function<K, String> name, Map<String, Expected> expected) {
        assertThat(grouping.groups()).extracting(g -> name.apply(g.key())).containsExactlyElementsOf(expected.keySet());
        for (Group<K> g : grouping.groups()) {
            assertFigures(g.summary(), expected.get(name.apply(g.key())));
        }
    }

    @Test
    void tasksBehindScheduleAreTheRowsBelowHalf() {
        List<ScheduleAssessment> behind = ReportAggregation.of(report).tasksBehindSchedule();
        int count = 0;
        for (GongshuSample.Row row : rows) {
            BigDecimal p = percents.get(row.number());
            if (p != null && p.compareTo(new BigDecimal("50")) < 0) {
                count++;
            }
        }
        assertThat(behind).hasSize(count);
        for (int i = 1; i < behind.size(); i++) {
            assertThat(behind.get(i - 1).shortfall().orElseThrow()).isGreaterThanOrEqualTo(behind.get(i).shortfall().orElseThrow());
        }
    }

    private static void assertFigures(Summary actual, Expected expected) {
        assertThat(actual.tasks()).isEqualTo(expected.tasks);
        assertThat(actual.statistics().tasks()).isEqualTo(expected.tasks);
        assertThat(actual.statistics().withPercent()).isEqualTo(expected.withPercent);
        assertThat(actual.schedule().count(ScheduleStatus.BEHIND)).isEqualTo(expected.behind);
        if (expected.withPercent == 0) {
            assertThat(actual.statistics().mean()).isEmpty();
            return;
        }
        BigDecimal mean = expected.sum.divide(BigDecimal.valueOf(expected.withPercent), 10, RoundingMode.HALF_UP);
        assertThat(actual.statistics().mean().orElseThrow().setScale(10, RoundingMode.HALF_UP)).isEqualTo(mean);
    }
}
