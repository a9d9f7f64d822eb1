package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import io.workplan.core.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 *     t.steps();                     // the task in every quarter: progress, change, status, flags
 *     t.flags();                     // [WENT_DOWN, STALLED, NEWLY_COMPLETED, BEHIND, ADDED, DROPPED]
 * }
 * h.ambiguities();                   // tasks not followed: two candidates fit them nearly as well
 * }</pre>
 *
 * <h2>Which rows are the same task</h2>
 *
 * The reports are taken in period order, and each is matched to the one before it by a {@link
 * TaskMatcher}, as in a {@link ReportComparison}. A task matched carries on its history; a task not
 * matched starts a new one. So a task dropped in one quarter and listed again later has two
 * histories. A match the matcher holds back as ambiguous is never guessed: its tasks are not
 * matched (the earlier one is shown {@linkplain HistoryFlag#DROPPED dropped}, the later one {@linkplain
 * HistoryFlag#ADDED added}), and {@link #ambiguities()} names each with its candidates.
 *
 * <h2>Flags</h2>
 *
 * Each {@linkplain TaskHistory#steps() step} carries the flags of {@link HistoryStep}: went down,
 * behind (the latest period, judged by the history's {@link ScheduleRule}), stalled, newly
 * completed, added, dropped. The change of a step is exact, in percentage points.
 *
 * <h2>One plan</h2>
 *
 * The reports must be of one plan and one year: the years of their periods must agree, and so must
 * their titles once the period's words are set aside (digits, {@code 年 季 度 第 月 份 上 下 半 前 至 全}, the
 * numerals {@code 一 … 十}, dashes, blanks and full-width forms); so must their regions when both name
 * one. A report of another plan is refused, naming both titles.
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
    private final List<HistoryAmbiguity> ambiguities;

    private PlanHistory(List<ProgressReport> reports, TaskMatcher matcher, ScheduleRule rule) {
        this.reports = List.copyOf(reports);
        int periods = this.reports.size();
        // a track per task followed: the task in each period (null when not listed), the match that led to it
        List<Task[]> listed = new ArrayList<>();
        List<TaskMatch[]> links = new ArrayList<>();
        List<HistoryAmbiguity> held = new ArrayList<>();
        Map<Task, Integer> previous = new HashMap<>();
        ProgressReport before = null;
        for (int p = 0; p < periods; p++) {
            ProgressReport report = this.reports.get(p);
            Map<Task, Integer> current = new HashMap<>();
            Map<Task, TaskMatch> matchOf = new HashMap<>();
            if (before != null) {
                TaskMatching matching = matcher.matching(before.tasks(), report.tasks());
                for (TaskMatch m : matching.matches()) {
                    current.put(m.later(), previous.get(m.earlier()));
                    matchOf.put(m.later(), m);
                }
                for (AmbiguousMatch a : matching.ambiguities()) {
                    held.add(HistoryAmbiguity.of(before.period().orElseThrow(), report.period().orElseThrow(), a));
                }
            }
            for (Task task : report.tasks()) {
                Integer track = current.get(task);
                if (track == null) {
                    track = listed.size();
                    listed.add(new Task[periods]);
                    links.add(new TaskMatch[periods]);
                    current.put(task, track);
                }
                listed.get(track)[p] = task;
                links.get(track)[p] = matchOf.get(task);
            }
            previous = current;
            before = report;
        }
        List<TaskHistory> histories = new ArrayList<>();
        for (int t = 0; t < listed.size(); t++) {
            histories.add(history(listed.get(t), links.get(t), rule));
        }
        this.tasks = List.copyOf(histories);
        this.ambiguities = List.copyOf(held);
    }

    /** A track's history: its steps with their flags, its entries, the task as last listed. */
    private TaskHistory history(Task[] listed, TaskMatch[] links, ScheduleRule rule) {
        List<HistoryStep> steps = new ArrayList<>();
        List<ProgressEntry> entries = new ArrayList<>();
        Task latest = null;
        int last = listed.length - 1;
        for (int p = 0; p < listed.length; p++) {
            ProgressReport report = reports.get(p);
            Task task = listed[p];
            ImmutableHistoryStep.Builder step = HistoryStep.builder().period(report.period().orElseThrow());
            Set<HistoryFlag> flags = EnumSet.noneOf(HistoryFlag.class);
            boolean before = p > 0 && listed[p - 1] != null;
            if (task == null) {
                if (before) {
                    flags.add(HistoryFlag.DROPPED);
                }
                steps.add(step.flags(flags).build());
                continue;
            }
            latest = task;
            Optional<ProgressEntry> entry = report.entryFor(task);
            entry.ifPresent(entries::add);
            Optional<Progress> progress = entry.map(ProgressEntry::progress);
            step.task(task).progress(progress);
            ScheduleAssessment assessment = rule.assess(report, task);
            step.assessment(assessment);
            if (p > 0 && !before) {
                flags.add(HistoryFlag.ADDED);
            }
            if (before) {
                TaskChange change = TaskChange.builder().match(links[p]).before(reports.get(p - 1).progressOf(listed[p - 1])).after(progress).build();
                step.change(change);
                if (change.wentDown()) {
                    flags.add(HistoryFlag.WENT_DOWN);
                }
                if (change.newlyCompleted()) {
                    flags.add(HistoryFlag.NEWLY_COMPLETED);
                }
                HistoryStep previous = steps.get(p - 1);
                if (unchangedBelowCompletion(change) && previous.change().filter(PlanHistory::unchangedBelowCompletion).isPresent()) {
                    flags.add(HistoryFlag.STALLED);
                }
            }
            if (p == last && assessment.status() == ScheduleStatus.BEHIND) {
                flags.add(HistoryFlag.BEHIND);
            }
            steps.add(step.flags(flags).build());
        }
        return TaskHistory.builder().latest(latest).entries(entries).steps(steps).build();
    }

    /** A change of 0 points between two percentages, the task not completed. */
    private static boolean unchangedBelowCompletion(TaskChange change) {
        return change.change().filter(d -> d.signum() == 0).isPresent()
                && change.after().filter(Progress::isCompleted).isEmpty();
    }

    /**
     * The history of a plan with the {@linkplain TaskMatcher#standard() standard matcher}.
     *
     * @param reports reports of one plan and year, in any order
     * @return the history
     * @throws ValidationException when there is no report, a report has no period, the years or the
     *     plans differ or a period comes twice, every problem listed
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
     * @throws ValidationException when there is no report, a report has no period, the years or the
     *     plans differ or a period comes twice, every problem listed
     */
    public static PlanHistory of(Collection<ProgressReport> reports, TaskMatcher matcher) {
        return of(reports, matcher, ScheduleRule.standard());
    }

    /**
     * The history of a plan, the latest period's tasks judged against the schedule by a rule of
     * yours (for {@link HistoryFlag#BEHIND} and each step's {@link HistoryStep#assessment()}).
     *
     * @param reports reports of one plan and year, in any order
     * @param matcher how the tasks of consecutive reports are matched
     * @param rule how tasks are judged against the schedule
     * @return the history
     * @throws ValidationException when there is no report, a report has no period, the years or the
     *     plans differ or a period comes twice, every problem listed
     * @since 0.2.0
     */
    public static PlanHistory of(Collection<ProgressReport> reports, TaskMatcher matcher, ScheduleRule rule) {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(rule, "rule");
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
        for (int i = 1; i < given.size(); i++) {
            ProgressReport one = given.get(0);
            ProgressReport other = given.get(i);
            if (!planOf(one.title()).equals(planOf(other.title()))) {
                problems.add(Problem.at("reports[" + i + "].title", "the report '" + other.title() + "' is not of the plan of reports[0], '"
                        + one.title() + "': a history is of one plan (the titles differ besides their periods)"));
            } else if (one.region().isPresent() && other.region().isPresent() && !one.region().equals(other.region())) {
                problems.add(Problem.at("reports[" + i + "].region", "the region " + other.region().get()
                        + " is not that of reports[0], " + one.region().get() + ": a history is of one plan"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("PlanHistory", problems);
        }
        return new PlanHistory(given.stream().sorted(Comparator.comparing(r -> r.period().orElseThrow()))
                .collect(Collectors.toList()), matcher, rule);
    }

    /** The characters a title's period is written with, set aside to compare plans. */
    private static final String PERIOD_CHARACTERS = "0123456789年季度第月份上下半前至全一二三四五六七八九十-–—~到";

    /** A title without its period's words, blanks and full-width forms: the plan it names. */
    static String planOf(String title) {
        StringBuilder plan = new StringBuilder();
        Text.key(title).codePoints().filter(cp -> PERIOD_CHARACTERS.indexOf(cp) < 0).forEach(plan::appendCodePoint);
        return plan.toString();
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

    /**
     * The tasks not followed from a period to the next because two candidates or more fit them
     * nearly as well, in period order, then in the order the matcher gives them.
     *
     * @return the ambiguities; empty when every match was clear
     * @since 0.2.0
     */
    public List<HistoryAmbiguity> ambiguities() {
        return ambiguities;
    }

    /**
     * The histories with a flag, in the order of {@link #tasks()}.
     *
     * @param flag the flag
     * @return the histories with it in some period
     * @since 0.2.0
     */
    public List<TaskHistory> flagged(HistoryFlag flag) {
        return tasks.stream().filter(t -> t.has(flag)).collect(Collectors.toUnmodifiableList());
    }
}
