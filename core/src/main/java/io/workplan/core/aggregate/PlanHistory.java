package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Several reports of the same plan and year combined: each task with its entries per period, in
 * order.
 *
 * <pre>{@code
 * PlanHistory h = PlanHistory.of(List.of(q1, q2, q3));
 * h.periods();                       // [2024年第一季度, 2024年第二季度, 2024年第三季度]
 * for (TaskHistory t : h.tasks()) {
 *     t.entries();                   // the task's entry in each quarter it was reported in
 * }
 * }</pre>
 *
 * <h2>Which rows are the same task</h2>
 *
 * The reports are taken in period order, and each is matched to the one before it by a {@link
 * TaskMatcher}, as in a {@link ReportComparison}. A task matched carries on its history; a task not
 * matched starts a new one. So a task dropped in one quarter and listed again later has two
 * histories.
 *
 * <h2>Reports without a period</h2>
 *
 * A history orders its reports by period: a report that names no period (see {@link
 * ProgressReport#period()}) cannot be placed, and is refused. Tasks without a category are matched
 * as any other.
 *
 * <h2>Order</h2>
 *
 * The histories are in the order the tasks first appear: the first report's tasks in its order,
 * then the tasks added by each later report, in its order.
 *
 * @since 0.1.0
 */
public final class PlanHistory {

    private final List<ProgressReport> reports;
    private final List<TaskHistory> tasks;

    private PlanHistory(List<ProgressReport> reports, TaskMatcher matcher) {
        this.reports = List.copyOf(reports);
        List<Task> latest = new ArrayList<>();
        List<List<ProgressEntry>> entries = new ArrayList<>();
        Map<Task, Integer> previous = new HashMap<>();
        ProgressReport before = null;
        for (ProgressReport report : this.reports) {
            Map<Task, Integer> current = new HashMap<>();
            if (before != null) {
                for (TaskMatch m : matcher.match(before.tasks(), report.tasks())) {
                    current.put(m.later(), previous.get(m.earlier()));
                }
            }
            for (Task task : report.tasks()) {
                Integer track = current.get(task);
                if (track == null) {
                    track = latest.size();
                    latest.add(task);
                    entries.add(new ArrayList<>());
                    current.put(task, track);
                }
                latest.set(track, task);
                report.entryFor(task).ifPresent(entries.get(track)::add);
            }
            previous = current;
            before = report;
        }
        List<TaskHistory> histories = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            histories.add(new TaskHistory(latest.get(i), entries.get(i)));
        }
        this.tasks = List.copyOf(histories);
    }

    /**
     * The history of a plan with the {@linkplain TaskMatcher#standard() standard matcher}.
     *
     * @param reports reports of one plan and year, in any order
     * @return the history
     * @throws ValidationException when there is no report, a report has no period, the years differ
     *     or a period comes twice
     */
    public static PlanHistory of(Collection<ProgressReport> reports) {
        return of(reports, TaskMatcher.standard());
    }

    /**
     * The history of a plan.
     *
     * @param reports reports of one plan and year, in any order
     * @param matcher how the tasks of consecutive reports are matched
     * @return the history
     * @throws ValidationException when there is no report, a report has no period, the years differ
     *     or a period comes twice
     */
    public static PlanHistory of(Collection<ProgressReport> reports, TaskMatcher matcher) {
        List<ProgressReport> given = List.copyOf(reports);
        List<Problem> problems = new ArrayList<>();
        if (given.isEmpty()) {
            problems.add(Problem.at("reports", "a plan's history needs at least one report"));
        }
        Map<ReportingPeriod, Integer> seen = new HashMap<>();
        Integer year = null;
        int yearOf = 0;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).period().isEmpty()) {
                problems.add(Problem.at("reports[" + i + "].period", "the report '" + given.get(i).title()
                        + "' names no period: a plan's history orders its reports by period"));
                continue;
            }
            ReportingPeriod period = given.get(i).period().get();
            if (year == null) {
                year = period.year();
                yearOf = i;
            } else if (period.year() != year) {
                problems.add(Problem.at("reports[" + i + "].period", "the year " + period.year()
                        + " is not the year of reports[" + yearOf + "], " + year));
            }
            Integer first = seen.putIfAbsent(period, i);
            if (first != null) {
                problems.add(Problem.at("reports[" + i + "].period", "the period " + period + " is that of reports[" + first + "] too"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("PlanHistory", problems);
        }
        return new PlanHistory(given.stream().sorted(Comparator.comparing(r -> r.period().orElseThrow()))
                .collect(Collectors.toList()), matcher);
    }

    /**
     * The reports, in period order.
     *
     * @return the reports
     */
    public List<ProgressReport> reports() {
        return reports;
    }

    /**
     * The periods, in order.
     *
     * @return the periods
     */
    public List<ReportingPeriod> periods() {
        return reports.stream().map(r -> r.period().orElseThrow()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Every task's history, in the order of the class comment.
     *
     * @return the histories
     */
    public List<TaskHistory> tasks() {
        return tasks;
    }
}
