package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Entry by entry, in bounded memory, the tasks are checked exactly as the whole report checks them. */
// the statistics tables are printed only when a property fails: a passing build says nothing
@net.jqwik.api.statistics.StatisticsReport(onFailureOnly = true)
class TaskSequencePropertiesTest {

    private static final Category LISTED = Category.of("(一)", "主要经济指标");
    private static final Category UNLISTED = Category.of("(二)", "改革开放");
    private static final ReportHead HEAD = ReportHead.builder().title("2024年第二季度").addCategories(LISTED)
            .addExtraColumns("时间节点").build();

    @Property(tries = 2_000)
    void givesTheProblemsOfTheReportsCheck(@ForAll("tasks") @Size(max = 8) List<Task> tasks) {
        List<Problem> whole;
        try {
            ProgressReport.builder().head(HEAD).tasks(tasks).build();
            whole = List.of();
        } catch (ValidationException e) {
            whole = e.problems();
        }
        TaskSequence sequence = TaskSequence.of(HEAD);
        List<Problem> streamed = new ArrayList<>();
        tasks.forEach(t -> streamed.addAll(sequence.add(t)));

        assertThat(streamed).isEqualTo(whole);
        assertThat(sequence.size()).isEqualTo(tasks.size());
        Statistics.label("refused").collect(!whole.isEmpty());
        Statistics.label("refused").coverage(c -> {
            c.check(true).percentage(p -> p >= 30);
            c.check(false).percentage(p -> p >= 10);
        });
    }

    @Provide
    Arbitrary<List<Task>> tasks() {
        Arbitrary<Task> task = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of("有效投资完成市下达目标任务。", "一般公共预算收入增长。"),
                Arbitraries.of(LISTED, UNLISTED).injectNull(0.3),
                Arbitraries.of(Map.<String, String>of(), Map.of("时间节点", "6月底"), Map.of("责任人", "李四")))
                .as((number, content, category, extras) -> {
                    Task.Builder b = Task.builder().content(content).addLeadUnits(LeadUnit.of("区财政局")).extras(extras);
                    if (number > 0) {
                        b.number(number);
                    }
                    if (category != null) {
                        b.category(category);
                    }
                    return b.build();
                });
        return task.list();
    }
}
