package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A task's {@linkplain ScheduleStatus schedule status}, with what it was judged by.
 *
 * <pre>{@code
 * ScheduleAssessment a = ScheduleRule.standard().assess(report, task); // Q2: expected 50
 * a.status();     // BEHIND
 * a.percent();    // Optional[42]
 * a.gap();        // Optional[-8]: 8 points behind
 * }</pre>
 *
 * @param task the task
 * @param progress its progress, empty when the report has no entry for it
 * @param expected the expected share in percent it was judged against (序时进度, or an override);
 *     absent when there is none (a report without a period, no override given)
 * @param status the status
 * @param reason why it is not assessable; present exactly when the status is {@link
 *     ScheduleStatus#NOT_ASSESSABLE}
 * @since 0.1.0
 */
public record ScheduleAssessment(
        Task task, Optional<Progress> progress, Optional<BigDecimal> expected, ScheduleStatus status,
        Optional<ScheduleStatus.Reason> reason) {

    /**
     * Checks the attributes.
     *
     * @param task the task
     * @param progress its progress
     * @param expected the expected share
     * @param status the status
     * @param reason why it is not assessable
     */
    public ScheduleAssessment {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
        if (reason.isPresent() != (status == ScheduleStatus.NOT_ASSESSABLE)) {
            throw new IllegalArgumentException("a reason is given exactly when the status is NOT_ASSESSABLE");
        }
    }

    /**
     * The percentage judged by.
     *
     * @return the progress's percentage, when it has one
     */
    public Optional<BigDecimal> percent() {
        return progress.flatMap(Progress::percent);
    }

    /**
     * How far the percentage is from the expected share, exact: negative when behind, {@code 42 − 50
     * = −8}.
     *
     * @return the difference in percentage points, when the progress has a percentage and there is
     *     an expected share
     */
    public Optional<BigDecimal> gap() {
        return expected.flatMap(e -> percent().map(p -> p.subtract(e)));
    }

    /**
     * How far behind the expected share, exact: {@code 8} for 42 % against 50 %.
     *
     * @return the shortfall in percentage points, when the task is {@link ScheduleStatus#BEHIND}
     */
    public Optional<BigDecimal> shortfall() {
        return status == ScheduleStatus.BEHIND ? gap().map(BigDecimal::negate) : Optional.empty();
    }
}
