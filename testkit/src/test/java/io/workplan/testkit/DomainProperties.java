package io.workplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the domain over generated values. Lives in testkit's tests because the generators
 * depend on core. {@code Builder.from(value)} is the public copy ({@code copyOf}) of every type.
 */
// statistics are checked (coverage), not printed: a passing build says little; a failure says which
@net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
class DomainProperties {

    @Property(tries = 2000)
    void parsingAnyStringIsTotalAndKeepsTheText(@ForAll String any) {
        assertThat(Progress.parse(any).text()).isEqualTo(any);
    }

    @Property(tries = 500)
    void parsingNastyTextIsTotalAndKeepsTheText(@ForAll("progressTexts") String text) {
        Progress progress = Progress.parse(text);
        assertThat(progress.text()).isEqualTo(text);
        progress.percent().ifPresent(p -> assertThat(p.signum()).isNotNegative());
    }

    /** A sheet's title is where a reader finds the period: a generated title names its period, no other. */
    @Property(tries = 2000)
    void aPeriodsLabelWithOneLineOfTextNamesThatPeriod(@ForAll("periods") ReportingPeriod period,
            @ForAll("oneLine") String text) {
        assertThat(ReportingPeriod.parse(period.label() + text)).contains(period);
    }

    @Provide
    Arbitrary<String> oneLine() {
        return WorkplanArbitraries.oneLine();
    }

    @Property(tries = 200)
    void reportsRoundTripThroughBuilderAndCopyOf(@ForAll("reports") ProgressReport report) {
        ProgressReport rebuilt = ProgressReport.builder().from(report).build();
        assertThat(rebuilt).isEqualTo(report).hasSameHashCodeAs(report);
        for (Task task : report.tasks()) {
            assertThat(Task.builder().from(task).build()).isEqualTo(task).hasSameHashCodeAs(task);
            report.progressOf(task).ifPresent(progress ->
                    assertThat(Progress.builder().from(progress).build()).isEqualTo(progress).hasSameHashCodeAs(progress));
        }
    }

    /** Reports take the shapes of every region's tables: each shape comes up often enough to matter. */
    @Property(tries = 400)
    void reportsTakeEveryShape(@ForAll("reports") ProgressReport report) {
        boolean someWithout = report.tasks().stream().anyMatch(t -> t.category().isEmpty());
        String categories = report.categories().isEmpty() ? "no categories" : someWithout ? "rows before the first category" : "categories";
        Statistics.label("categories").collect(categories);
        Statistics.label("extras").collect(report.extraColumns().isEmpty() ? "none" : "some");
        Statistics.label("period").collect(report.period().isPresent() ? "a period" : "none");
        Statistics.label("categories").coverage(c -> {
            c.check("no categories").percentage(p -> p >= 8);
            c.check("rows before the first category").percentage(p -> p >= 3);
            c.check("categories").percentage(p -> p >= 40);
        });
        Statistics.label("extras").coverage(c -> c.check("some").percentage(p -> p >= 25));
        Statistics.label("period").coverage(c -> c.check("none").percentage(p -> p >= 8));
        assertThat(report.tasks()).allSatisfy(t -> assertThat(report.extraColumns()).containsAll(t.extras().keySet()));
        assertThat(ReportingPeriod.parse(report.title())).isEqualTo(report.period());
    }

    @Property(tries = 300)
    void equalsAndHashCodeAgree(@ForAll("tasks") Task a, @ForAll("tasks") Task b) {
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        assertThat(a).isEqualTo(Task.builder().from(a).build());
        assertThat(a.equals(b)).isEqualTo(b.equals(a));
    }

    @Property(tries = 300)
    void unitsJoinedWithTheSeparatorReadBack(@ForAll("unitLists") List<LeadUnit> units) {
        String cell = units.stream().map(LeadUnit::name).collect(Collectors.joining("、"));
        assertThat(LeadUnit.parseList(cell)).isEqualTo(units);
    }

    @Property(tries = 300)
    void categoryLabelsReadBack(@ForAll("categories") Category category) {
        assertThat(Category.parse(category.label())).isEqualTo(category);
    }

    /** A period's code and label each name it again, in every year a period may have. */
    @Property(tries = 500)
    void codesAndLabelsReadBack(@ForAll("periodsOfEveryYear") ReportingPeriod period) {
        assertThat(ReportingPeriod.of(period.code())).isEqualTo(period);
        assertThat(ReportingPeriod.of(period.label())).isEqualTo(period);
    }

    @Property(tries = 300)
    void periodLabelsReadBack(@ForAll("periods") ReportingPeriod period) {
        assertThat(ReportingPeriod.parse(period.label())).contains(period);
        assertThat(ReportingPeriod.parse("关于" + period.label() + "主要任务完成情况的报告")).contains(period);
    }

    @Property(tries = 200)
    void invalidTasksListEveryProblem(
            @ForAll("tasks") Task valid, @ForAll boolean blankContent, @ForAll @IntRange(min = -5, max = 5) int number) {
        int expected = (blankContent ? 1 : 0) + (number < 1 ? 1 : 0);
        Task.Builder builder = Task.builder().from(valid).number(number).content(blankContent ? " \n　" : valid.content());
        if (expected == 0) {
            assertThat(builder.build().number()).hasValue(number);
        } else {
            assertThatThrownBy(builder::build)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(expected));
        }
    }

    @Property(tries = 100)
    void invalidReportsListEveryDuplicateNumber(@ForAll("reports") ProgressReport report, @ForAll @IntRange(min = 1, max = 5) int duplicates) {
        List<Task> tasks = new ArrayList<>(report.tasks());
        if (tasks.size() < 2) {
            return;
        }
        int made = 0;
        List<Task> renumbered = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            // every other task takes the first's number: never right after a task of that number, where it
            // would be a sub-item of the same item (which a report accepts)
            boolean duplicate = i > 0 && i % 2 == 0 && made < duplicates;
            made += duplicate ? 1 : 0;
            renumbered.add(Task.builder().from(tasks.get(i)).number(duplicate ? 1 : i + 1).build());
        }
        if (made == 0) {
            return;
        }
        int expected = made;
        assertThatThrownBy(() -> ProgressReport.builder().from(report).tasks(renumbered).entries(List.of()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .hasSize(expected)
                        .allSatisfy(p -> assertThat(p.path().orElseThrow()).endsWith(".number")));
    }

    @Provide
    Arbitrary<String> progressTexts() {
        return WorkplanArbitraries.progressTexts();
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reportsOfEveryShape(12);
    }

    @Provide
    Arbitrary<Task> tasks() {
        return WorkplanArbitraries.tasks();
    }

    @Provide
    Arbitrary<List<LeadUnit>> unitLists() {
        return WorkplanArbitraries.leadUnits().list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }

    @Provide
    Arbitrary<Category> categories() {
        return WorkplanArbitraries.categories();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return WorkplanArbitraries.periods();
    }

    @Provide
    Arbitrary<ReportingPeriod> periodsOfEveryYear() {
        return WorkplanArbitraries.periods(1900, 2999);
    }
}
