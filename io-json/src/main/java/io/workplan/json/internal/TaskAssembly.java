package io.workplan.json.internal;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.TaskSequence;
import io.workplan.core.internal.Text;
import io.workplan.json.internal.Drafts.TaskDraft;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tasks of a report, one after the other, resolved against its head: a task's category found by
 * its name, the task built by the domain, and checked as the report checks its tasks ({@link
 * TaskSequence}), every problem placed at the task. The same for a whole report and for one read
 * entry by entry, so that both give the same answer.
 */
final class TaskAssembly {
    private static final int MAX_NAMES_LISTED = 10;

    private final ProblemList problems;
    private final DomainPlaces places;
    private final Spot report;
    private final Map<String, Category> byName = new HashMap<>();
    private final TaskSequence sequence;
    private final Optional<ReportingPeriod> period;

    /**
     * @param report where the report starts: the tasks' pointers are under it
     * @param categories the head's categories that could be read
     * @param extraColumns the head's extra columns that could be read
     * @param period the report's period, the entries' too
     * @param exact whether tasks are told apart by {@code equals} (keeping them, for a whole report)
     *     or by fingerprint (in bounded memory, entry by entry)
     */
    TaskAssembly(ProblemList problems, DomainPlaces places, Spot report, List<Category> categories, List<String> extraColumns,
            Optional<ReportingPeriod> period, boolean exact) {
        this.problems = problems;
        this.places = places;
        this.report = report;
        this.period = period;
        for (Category category : categories) {
            byName.putIfAbsent(category.name(), category);
        }
        this.sequence = exact ? TaskSequence.exact(categories, extraColumns) : TaskSequence.of(categories, extraColumns);
    }

    /** The report's period, the entries'. */
    Optional<ReportingPeriod> period() {
        return period;
    }

    /**
     * The next task of the report: resolved, built and checked.
     *
     * @param t the task's draft, {@code null} when the value was no object
     * @param index its index in the report's tasks
     * @return the task, or {@code null} when it has a problem of its own (reported)
     */
    Task add(TaskDraft t, int index) {
        if (t == null || t.seen == null) {
            sequence.skip();
            return null;
        }
        Task task = t.valid ? task(at(t, index), t) : null;
        if (task == null) {
            sequence.skip();
            return null;
        }
        List<Problem> found = sequence.add(task);
        if (!found.isEmpty()) {
            // The report's paths (tasks[3].number) at the task's start.
            places.place(report, found, path -> path, relative -> t.at);
            return null;
        }
        return task;
    }

    /** The report's extra columns: the head's, or those of the tasks when it lists none. */
    List<String> extraColumns() {
        return sequence.extraColumns();
    }

    /** Where a task starts: its pointer under the report's, its line and column. */
    Spot at(TaskDraft t, int index) {
        return new Spot(() -> report.pointer() + "/" + Names.TASKS + "/" + index, t.at.line, t.at.column);
    }

    private Task task(Spot at, TaskDraft t) {
        // The reference is normalised as a category's name is: "主要经济指标 " names 主要经济指标.
        Category category = t.category == null ? null : byName.get(Text.unwrap(t.category));
        if (t.category != null && category == null) {
            String known = byName.keySet().stream().limit(MAX_NAMES_LISTED).map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", "));
            problems.add(problems.at(new Spot(at.pointer() + "/" + Names.CATEGORY, t.categoryLocation), Names.CATEGORY)
                    .rawText(t.category)
                    .reason("no category of /categories has the name '" + t.category + "'"
                            + (byName.isEmpty() ? "; the report lists none" : "; the names are " + known
                            + (byName.size() > MAX_NAMES_LISTED ? ", …" : ""))));
            return null;
        }
        Task.Builder task = Task.builder().category(Optional.ofNullable(category)).content(t.content)
                .leader(Optional.ofNullable(t.leader)).remark(Optional.ofNullable(t.remark)).leadUnits(t.leadUnits);
        if (t.extras != null) {
            task.extras(t.extras);
        }
        if (t.number != null) {
            task.number(t.number);
        }
        if (t.responsibleUnits != null) {
            task.responsibleUnits(t.responsibleUnits);
        }
        return places.build(at, task::build, path -> path);
    }
}
