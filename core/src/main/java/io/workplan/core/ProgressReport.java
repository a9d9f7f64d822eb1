package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One published progress table (主要任务完成情况): its title and period, its categories and tasks in
 * the table's order, and each task's progress entry for the period.
 *
 * <pre>{@code
 * ReportingPeriod q2 = ReportingPeriod.quarter(2024, 2);
 * Task task = Task.builder()
 *     .number(2).category(Category.of("主要经济指标"))
 *     .content("一般公共预算收入增长与经济增长同步。")
 *     .addLeadUnits(LeadUnit.of("区财政局"))
 *     .build();
 * ProgressReport report = ProgressReport.builder()
 *     .title("2024年第二季度拱墅区《政府工作报告》主要任务完成情况")
 *     .period(q2)
 *     .addEntries(ProgressEntry.of(task, q2, Progress.parse("52%")))
 *     .build();
 * report.progressOf(task); // Optional[PERCENT(52%) "52%"]
 * }</pre>
 *
 * <h2>What is derived</h2>
 *
 * When no tasks are given, they are the entries' tasks in order; when no categories are given, they
 * are the tasks' categories in order of first appearance (none when no task has a category); when
 * no extra columns are given, they are the headers of the tasks' {@linkplain Task#extras() extras}
 * in order of first appearance.
 *
 * <h2>Without categories, without a period</h2>
 *
 * Many tables have no category column: their tasks have no category and the report's categories
 * are empty. A table may list tasks before its first category: tasks with and without a category
 * then mix. A table that names no period anywhere gives a report without a {@linkplain #period()
 * period}, whose entries have none either.
 *
 * <h2>What is checked</h2>
 *
 * Every problem is reported at once in a {@link ValidationException}: a blank title; a task number
 * used twice, except by the sub-items of one item listed one after another (one 序号 merged over
 * several rows); the same task listed twice; a task whose category is not among the categories; a
 * category listed twice; a task's extra column not among the extra columns; an extra column listed
 * twice or blank; an entry whose task is not in the report, whose period is not the report's (both
 * absent is fine), or a second entry of a task.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgressReport implements HeadAttributes {

    ProgressReport() {}

    /**
     * A new builder.
     *
     * @return a builder of reports
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tasks in the report's order.
     *
     * @return the tasks
     */
    public abstract List<Task> tasks();

    /**
     * The progress entries, normally one per task, in the tasks' order.
     *
     * @return the entries
     */
    public abstract List<ProgressEntry> entries();

    /**
     * The entry of a task.
     *
     * @param task a task of this report
     * @return its entry, or empty when the task has none or is not in this report
     */
    public Optional<ProgressEntry> entryFor(Task task) {
        return Optional.ofNullable(entriesByTask().get(task));
    }

    /**
     * The progress of a task.
     *
     * @param task a task of this report
     * @return its progress, or empty when the task has none or is not in this report
     */
    public Optional<Progress> progressOf(Task task) {
        return entryFor(task).map(ProgressEntry::progress);
    }

    /**
     * The tasks of a category, in the report's order.
     *
     * @param category a category
     * @return its tasks, possibly none; never a task without a category
     */
    public List<Task> tasksIn(Category category) {
        return tasks().stream().filter(t -> t.category().filter(category::equals).isPresent())
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Everything of this report but its tasks and entries.
     *
     * @return the head: title, region, period, day of publication, source, categories, extra columns
     * @since 0.2.0
     */
    public ReportHead head() {
        return ReportHead.builder().head(this).build();
    }

    @Value.Lazy
    Map<Task, ProgressEntry> entriesByTask() {
        Map<Task, ProgressEntry> index = new HashMap<>();
        for (ProgressEntry entry : entries()) {
            index.putIfAbsent(entry.task(), entry);
        }
        return index;
    }

    @Value.Check
    ProgressReport normalize() {
        if (tasks().isEmpty() && !entries().isEmpty()) {
            return builder().from(this).tasks(entries().stream().map(ProgressEntry::task).distinct()
                    .collect(Collectors.toList())).build();
        }
        if (categories().isEmpty() && !tasks().isEmpty()) {
            Set<Category> derived = tasks().stream().flatMap(t -> t.category().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!derived.isEmpty()) {
                return builder().from(this).categories(derived).build();
            }
        }
        if (extraColumns().isEmpty() && !tasks().isEmpty()) {
            Set<String> derived = new LinkedHashSet<>();
            tasks().forEach(t -> derived.addAll(t.extras().keySet()));
            if (!derived.isEmpty()) {
                return builder().from(this).extraColumns(derived).build();
            }
        }
        check();
        String title = Text.unwrap(title());
        return title.equals(title()) ? this : builder().from(this).title(title).build();
    }

    private void check() {
        // Runs on every report built: the text of a problem is made only when there is one.
        Checks checks = new Checks();
        Set<Category> categories = ReportHead.check(checks, title(), categories(), extraColumns());
        List<Task> taskList = tasks();
        TaskSequence sequence = TaskSequence.exact(categories, new HashSet<>(extraColumns()), taskList);
        for (Task task : taskList) {
            sequence.add(task).forEach(checks::add);
        }
        boolean repeated = sequence.repeated();
        boolean[] withEntry = new boolean[taskList.size()];
        Set<Task> unknownWithEntry = new HashSet<>();
        Map<Task, Integer> taskIndex = null;
        List<ProgressEntry> entryList = entries();
        for (int i = 0; i < entryList.size(); i++) {
            ProgressEntry entry = entryList.get(i);
            int index = i;
            Integer task;
            if (!repeated && i < taskList.size() && entry.task() == taskList.get(i)) {
                task = i; // no two tasks are equal: the entry's task is the one at its place
            } else {
                if (taskIndex == null) {
                    taskIndex = new HashMap<>(capacity(taskList.size()));
                    for (int t = 0; t < taskList.size(); t++) {
                        taskIndex.putIfAbsent(taskList.get(t), t);
                    }
                }
                task = taskIndex.get(entry.task());
            }
            checks.require(task != null, () -> "entries[" + index + "].task", () -> "the entry's task is not a task of the report");
            boolean first = task != null ? !withEntry[task] : unknownWithEntry.add(entry.task());
            checks.require(first, () -> "entries[" + index + "].task", () -> "the task has an entry already");
            if (task != null) {
                withEntry[task] = true;
            }
            checks.require(entry.period().equals(period()), () -> "entries[" + index + "].period",
                    () -> "the entry's period " + label(entry.period()) + " is not the report's period " + label(period()));
        }
        checks.throwIfAny("ProgressReport");
    }

    private static String label(Optional<ReportingPeriod> period) {
        return period.map(ReportingPeriod::toString).orElse("(none)");
    }

    private static int capacity(int size) {
        return ReportHead.capacity(size);
    }

    /**
     * Builds a {@link ProgressReport}; the title is required. One setter per attribute, named as its accessor
     * (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code
     * build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableProgressReport.Builder implements HeadAttributes.Builder<Builder> {
        Builder() {}
    }
}
