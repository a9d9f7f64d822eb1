package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.ReportAggregationTest.Q2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StreamingAggregationTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.quarter(2024, 2);
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void theEntriesOfAReportGiveItsFigures() {
        try (StreamingAggregation agg = StreamingAggregation.builder().categories(Q2.categories()).keepTasksBehind(true).build()) {
            Q2.entries().forEach(agg);
            ReportAggregation whole = ReportAggregation.of(Q2);
            assertThat(agg.overall()).isEqualTo(whole.overall());
            assertThat(agg.byCategory()).isEqualTo(whole.byCategory());
            assertThat(agg.byLeadUnit()).isEqualTo(whole.byLeadUnit());
            assertThat(agg.byStatus()).isEqualTo(whole.byStatus());
            assertThat(agg.tasksBehindSchedule()).extracting(ScheduleAssessment::task)
                    .containsExactly(ReportAggregationTest.TALENT, ReportAggregationTest.REVENUE);
            assertThat(agg.overall().toString()).isEqualTo("Summary[5 tasks, 3 with a percentage, mean 44, median 42, min 30, max 60, "
                    + "completed 1; ScheduleSummary[behind=2, on schedule=0, ahead=1, completed=1, not assessable=1 (not applicable: 1)]]");
        }
    }

    @Test
    void theCategoriesKnownAtTheEndOrderTheGroupsAsTheReportDoes() {
        // the report lists a category of no task, and its categories in another order than its tasks'
        Category none = Category.of("无任务的类别");
        ProgressReport report = ProgressReport.builder().from(Q2)
                .categories(List.of(Fixtures.INNOVATION, none, Fixtures.ECONOMY)).build();
        try (StreamingAggregation agg = StreamingAggregation.builder().build()) {
            report.entries().forEach(agg);
            assertThat(agg.byCategory().groups()).extracting(Group::key).containsExactly(Fixtures.ECONOMY, Fixtures.INNOVATION);
            Grouping<Category> ordered = agg.byCategory(report.categories());
            assertThat(ordered).isEqualTo(ReportAggregation.of(report).byCategory());
            assertThat(ordered.groups()).extracting(Group::key).containsExactly(Fixtures.INNOVATION, none, Fixtures.ECONOMY);
            assertThat(ordered.groups().get(1).summary().statistics().tasks()).isZero();
            // a category of the tasks that the list leaves out follows, in order of first appearance
            assertThat(agg.byCategory(List.of(none)).groups()).extracting(Group::key)
                    .containsExactly(none, Fixtures.ECONOMY, Fixtures.INNOVATION);
        }
    }

    @Test
    void spilledPercentagesGiveTheExactMedianAndNoFileIsLeft() throws IOException {
        Set<Path> before = spillFiles();
        StreamingAggregation agg = StreamingAggregation.builder().distinctInMemory(2).build();
        // 1.0, 2.0, ... 9.0 and again 5.0: ten percentages, eight distinct beyond the budget of two
        for (String p : List.of("9.0", "1.0", "5.0", "2.0", "8.0", "3.0", "7.0", "4.0", "6.0", "5.0")) {
            agg.accept(entry("任务" + p + agg.overall().tasks(), p + "%"));
        }
        assertThat(agg.spilled()).isTrue();
        ProgressStatistics s = agg.overall().statistics();
        assertThat(s.median()).contains(new BigDecimal("5.0"));
        assertThat(s.min()).contains(new BigDecimal("1.0"));
        assertThat(s.max()).contains(new BigDecimal("9.0"));
        assertThat(s.sum()).isEqualByComparingTo("50.0");
        assertThat(s.mean()).contains(new BigDecimal("5.0"));
        agg.close();
        assertThat(spillFiles()).as("no temporary file left").isEqualTo(before);
        assertThatThrownBy(agg::overall).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theMedianOfAnEvenCountIsTheExactHalfOfTheMiddleTwoSpilledOrNot() {
        for (int budget : new int[] {1, 3, StreamingAggregation.DEFAULT_DISTINCT_IN_MEMORY}) {
            try (StreamingAggregation agg = StreamingAggregation.builder().distinctInMemory(budget).build()) {
                for (String p : List.of("50%", "53.6%", "50.0%", "51%")) {
                    agg.accept(entry("任务" + p, p));
                }
                // in order 50, 50.0, 51, 53.6: the half of 50.0 and 51
                assertThat(agg.overall().statistics().median()).as("budget %d", budget).contains(new BigDecimal("50.5"));
                assertThat(agg.overall().statistics().min()).contains(new BigDecimal("50"));
            }
        }
    }

    @Test
    void aTaskWithoutEntryIsJudgedAgainstTheGivenPeriod() {
        try (StreamingAggregation agg = StreamingAggregation.builder().period(Optional.of(PERIOD)).build()) {
            agg.add(task("无进度的任务"), Optional.empty());
            agg.add(task("有进度的任务"), Optional.of(Progress.parse("40%")));
            assertThat(agg.overall().statistics().withoutEntry()).isEqualTo(1);
            assertThat(agg.overall().schedule().count(ScheduleStatus.BEHIND)).isEqualTo(1);
            assertThat(agg.overall().schedule().notAssessable()).containsEntry(ScheduleStatus.Reason.NO_ENTRY, 1);
        }
    }

    @Test
    void theTasksBehindAreKeptOnlyWhenAskedFor() {
        try (StreamingAggregation agg = StreamingAggregation.of(ScheduleRule.standard())) {
            agg.accept(entry("任务", "10%"));
            assertThatThrownBy(agg::tasksBehindSchedule).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("keepTasksBehind(true)");
        }
    }

    @Test
    void theBuilderReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> StreamingAggregation.builder().rule(null).period(null).distinctInMemory(0).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly(Optional.of("rule"), Optional.of("period"), Optional.of("distinctInMemory")));
    }

    @Test
    void statusesHaveTheirLabelsAndWords() {
        assertThat(Stream.of(ScheduleStatus.values()).map(ScheduleStatus::label)).containsExactly("欠进度", "达进度", "超进度", "已完成", "其它");
        assertThat(Stream.of(ScheduleStatus.values()).map(ScheduleStatus::words))
                .containsExactly("behind", "on schedule", "ahead", "completed", "not assessable");
    }

    private static ProgressEntry entry(String content, String progress) {
        return ProgressEntry.of(task(content), PERIOD, Progress.parse(progress));
    }

    private static Task task(String content) {
        return Task.builder().content(content).addLeadUnits(LeadUnit.of("区发改经信局")).build();
    }

    private static Set<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(f -> f.getFileName().toString().startsWith("workplan-percentages-")).collect(Collectors.toSet());
        }
    }
}
