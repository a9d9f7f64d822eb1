package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

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
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScheduleAssessment {

    ScheduleAssessment() {}

    /**
     * A new builder; the task and the status are required, a reason exactly when the status is
     * {@link ScheduleStatus#NOT_ASSESSABLE}.
     *
     * @return a builder of assessments
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the task */
    public abstract Task task();

    /** @return its progress, empty when the report has no entry for it */
    public abstract Optional<Progress> progress();

    /**
     * The expected share in percent the task was judged against (序时进度, or an override).
     *
     * @return the share, absent when there is none (a report without a period, no override given)
     */
    public abstract Optional<BigDecimal> expected();

    /** @return the status */
    public abstract ScheduleStatus status();

    /**
     * Why the task is not assessable.
     *
     * @return the reason, present exactly when the status is {@link ScheduleStatus#NOT_ASSESSABLE}
     */
    public abstract Optional<ScheduleStatus.Reason> reason();

    @Value.Check
    void check() {
        // one assessment a task, on the aggregation's path: nothing is allocated when it holds
        if (reason().isPresent() != (status() == ScheduleStatus.NOT_ASSESSABLE)) {
            new Checks().require(false, "reason", "a reason is given exactly when the status is NOT_ASSESSABLE")
                    .throwIfAny("ScheduleAssessment");
        }
    }

    /**
     * The percentage judged by.
     *
     * @return the progress's percentage, when it has one
     */
    public Optional<BigDecimal> percent() {
        return progress().flatMap(Progress::percent);
    }

    /**
     * How far the percentage is from the expected share, exact: negative when behind, {@code 42 − 50
     * = −8}.
     *
     * @return the difference in percentage points, when the progress has a percentage and there is
     *     an expected share
     */
    public Optional<BigDecimal> gap() {
        return expected().flatMap(e -> percent().map(p -> p.subtract(e)));
    }

    /**
     * How far behind the expected share, exact: {@code 8} for 42 % against 50 %.
     *
     * @return the shortfall in percentage points, when the task is {@link ScheduleStatus#BEHIND}
     */
    public Optional<BigDecimal> shortfall() {
        return status() == ScheduleStatus.BEHIND ? gap().map(BigDecimal::negate) : Optional.empty();
    }

    /**
     * Builds a {@link ScheduleAssessment}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableScheduleAssessment.Builder {
        Builder() {}
    }
}
