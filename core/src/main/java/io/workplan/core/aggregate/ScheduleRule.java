package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How tasks are judged against the schedule: the expected share of the year (序时进度) and a
 * tolerance. Immutable; each {@code with…} method gives a new rule.
 *
 * <pre>{@code
 * ScheduleRule rule = ScheduleRule.standard()                 // the period's 序时进度, tolerance 0
 *     .withExpected(new BigDecimal("45"))                     // this report: 45 % expected
 *     .withExpected(bridgeTask, new BigDecimal("30"))          // a task with milestones of its own
 *     .withTolerance(new BigDecimal("2"));                    // within 2 points is on schedule
 * ScheduleAssessment a = rule.assess(report, task);
 * }</pre>
 *
 * <h2>Expected share</h2>
 *
 * For a task, the expected share is its own override when it has one, else the report's override
 * when given, else the period's {@link ReportingPeriod#expectedPercent()} (Q2: 50).
 *
 * <h2>A report without a period</h2>
 *
 * A report that names no period has no expected share of its own, and none is guessed: unless an
 * expected share is given ({@link #withExpected(BigDecimal)}, or one of the task's own), a percentage
 * below 100 is {@link ScheduleStatus#NOT_ASSESSABLE} for {@link ScheduleStatus.Reason#NO_EXPECTED_SHARE}.
 * What needs no share is classed as always: a completed task is {@link ScheduleStatus#COMPLETED}, an
 * on-schedule word {@link ScheduleStatus#ON_SCHEDULE}, a {@code /} not applicable.
 *
 * <h2>Tolerance</h2>
 *
 * Zero by default, so that <em>behind</em> means below the expected share and <em>on schedule</em>
 * means exactly at it. With a tolerance {@code t}, a percentage within {@code t} points either side of
 * the expected share is on schedule. See {@link ScheduleStatus} for the whole table.
 *
 * @since 0.1.0
 */
public final class ScheduleRule {

    private static final ScheduleRule STANDARD = new ScheduleRule(Optional.empty(), Map.of(), BigDecimal.ZERO);

    private final Optional<BigDecimal> expected;
    private final Map<Task, BigDecimal> expectedByTask;
    private final BigDecimal tolerance;

    private ScheduleRule(Optional<BigDecimal> expected, Map<Task, BigDecimal> expectedByTask, BigDecimal tolerance) {
        this.expected = expected;
        this.expectedByTask = Map.copyOf(expectedByTask);
        this.tolerance = tolerance;
    }

    /**
     * The period's expected share, no override, tolerance 0.
     *
     * @return the standard rule
     */
    public static ScheduleRule standard() {
        return STANDARD;
    }

    /**
     * This rule with the expected share of every task without an override of its own.
     *
     * @param percent the expected share in percent, 0 or more
     * @return the new rule
     */
    public ScheduleRule withExpected(BigDecimal percent) {
        return new ScheduleRule(Optional.of(notNegative(percent, "expected share")), expectedByTask, tolerance);
    }

    /**
     * This rule with the expected share of one task, for a task with milestones of its own.
     *
     * @param task the task
     * @param percent its expected share in percent, 0 or more
     * @return the new rule
     */
    public ScheduleRule withExpected(Task task, BigDecimal percent) {
        Map<Task, BigDecimal> byTask = new HashMap<>(expectedByTask);
        byTask.put(Objects.requireNonNull(task, "task"), notNegative(percent, "expected share"));
        return new ScheduleRule(expected, byTask, tolerance);
    }

    /**
     * This rule with a tolerance.
     *
     * @param points the tolerance in percentage points, 0 or more
     * @return the new rule
     */
    public ScheduleRule withTolerance(BigDecimal points) {
        return new ScheduleRule(expected, expectedByTask, notNegative(points, "tolerance"));
    }

    /**
     * The tolerance.
     *
     * @return the tolerance in percentage points
     */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * The expected share of a task in a period, by the order of the class comment.
     *
     * @param period the report's period
     * @param task the task
     * @return the expected share in percent
     */
    public BigDecimal expectedFor(ReportingPeriod period, Task task) {
        BigDecimal own = expectedByTask.get(task);
        return own != null ? own : expected.orElseGet(period::expectedPercent);
    }

    /**
     * The expected share of a task in a report's period, by the order of the class comment.
     *
     * @param period the report's period, absent when it names none
     * @param task the task
     * @return the expected share in percent; absent when there is no period and no override applies
     * @since 0.1.0
     */
    public Optional<BigDecimal> expectedFor(Optional<ReportingPeriod> period, Task task) {
        BigDecimal own = expectedByTask.get(task);
        return own != null ? Optional.of(own) : expected.or(() -> period.map(ReportingPeriod::expectedPercent));
    }

    /** The expected share of the tasks without an override of their own: the rule's, else the period's. */
    Optional<BigDecimal> periodExpected(Optional<ReportingPeriod> period) {
        return expected.isPresent() ? expected : period.map(ReportingPeriod::expectedPercent);
    }

    /** A task's expected share: its own override, else the one of {@link #periodExpected}, given. */
    Optional<BigDecimal> expectedFor(Task task, Optional<BigDecimal> periodExpected) {
        BigDecimal own = expectedByTask.isEmpty() ? null : expectedByTask.get(task);
        return own != null ? Optional.of(own) : periodExpected;
    }

    /**
     * The schedule status of a task of a report.
     *
     * @param report the report
     * @param task a task of the report
     * @return the assessment
     */
    public ScheduleAssessment assess(ProgressReport report, Task task) {
        return assess(task, report.progressOf(task), expectedFor(report.period(), task));
    }

    /**
     * The schedule status of every task of a report, in the report's order: as {@link
     * #assess(ProgressReport, Task)} of each, with the period's expected share worked out once and
     * each task's entry taken from its place in the entries when it is there (as it normally is)
     * rather than looked up.
     *
     * @param report the report
     * @return the assessments
     */
    List<ScheduleAssessment> assessAll(ProgressReport report) {
        Optional<BigDecimal> periodExpected = periodExpected(report.period());
        List<Task> tasks = report.tasks();
        List<ProgressEntry> entries = report.entries();
        ScheduleAssessment[] assessments = new ScheduleAssessment[tasks.size()];
        for (int i = 0; i < assessments.length; i++) {
            Task task = tasks.get(i);
            // A task has one entry at most (the report checks it): the entry at its place, when it
            // is the task's, is the one.
            Optional<Progress> progress = i < entries.size() && entries.get(i).task() == task
                    ? Optional.of(entries.get(i).progress()) : report.progressOf(task);
            assessments[i] = assess(task, progress, expectedFor(task, periodExpected));
        }
        return List.of(assessments);
    }

    /**
     * The schedule status of a task's progress against an expected share (this rule's overrides do
     * not apply; its tolerance does).
     *
     * @param task the task
     * @param progress its progress, empty when there is no entry
     * @param expected the expected share in percent
     * @return the assessment
     */
    public ScheduleAssessment assess(Task task, Optional<Progress> progress, BigDecimal expected) {
        return assess(task, progress, Optional.of(expected));
    }

    /**
     * The schedule status of a task's progress against an expected share, when there is one (this
     * rule's overrides do not apply; its tolerance does).
     *
     * @param task the task
     * @param progress its progress, empty when there is no entry
     * @param expected the expected share in percent, absent when there is none: a percentage below
     *     100 is then {@linkplain ScheduleStatus.Reason#NO_EXPECTED_SHARE not assessable}
     * @return the assessment
     * @since 0.1.0
     */
    public ScheduleAssessment assess(Task task, Optional<Progress> progress, Optional<BigDecimal> expected) {
        Optional<ScheduleStatus.Reason> reason = progress.isEmpty()
                ? Optional.of(ScheduleStatus.Reason.NO_ENTRY) : unassessable(progress.get());
        if (reason.isEmpty() && expected.isEmpty() && !progress.get().isCompleted() && progress.get().percent().isPresent()) {
            reason = Optional.of(ScheduleStatus.Reason.NO_EXPECTED_SHARE);
        }
        ScheduleStatus status = reason.isPresent() ? ScheduleStatus.NOT_ASSESSABLE : status(progress.get(), expected.orElse(null));
        return ScheduleAssessment.builder().task(task).progress(progress).expected(expected).status(status).reason(reason).build();
    }

    private static Optional<ScheduleStatus.Reason> unassessable(Progress p) {
        if (p.isCompleted() || p.percent().isPresent() || p.kind() == Progress.Kind.ON_SCHEDULE) {
            return Optional.empty();
        }
        return Optional.of(switch (p.kind()) {
            case NOT_APPLICABLE -> ScheduleStatus.Reason.NOT_APPLICABLE;
            case DATA_PENDING -> ScheduleStatus.Reason.DATA_PENDING;
            default -> ScheduleStatus.Reason.NO_FIGURE;
        });
    }

    private ScheduleStatus status(Progress p, BigDecimal expected) {
        if (p.isCompleted()) {
            return ScheduleStatus.COMPLETED;
        }
        if (p.percent().isEmpty()) {
            return ScheduleStatus.ON_SCHEDULE; // the on-schedule word: the only kind left without a figure
        }
        BigDecimal percent = p.percent().get();
        boolean exact = tolerance.signum() == 0;
        if (percent.compareTo(exact ? expected : expected.subtract(tolerance)) < 0) {
            return ScheduleStatus.BEHIND;
        }
        return percent.compareTo(exact ? expected : expected.add(tolerance)) > 0 ? ScheduleStatus.AHEAD : ScheduleStatus.ON_SCHEDULE;
    }

    private static BigDecimal notNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("the " + what + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    @Override
    public String toString() {
        return "ScheduleRule[expected=" + expected.map(BigDecimal::toPlainString).orElse("the period's")
                + ", tasks with their own=" + expectedByTask.size() + ", tolerance=" + tolerance.toPlainString() + "]";
    }
}
