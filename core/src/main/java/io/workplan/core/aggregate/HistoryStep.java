package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One task of a plan in one period of its {@link PlanHistory}: the task as that period's report
 * lists it (or nothing, when it does not), its progress, the change from the period before, its
 * schedule status and its flags.
 *
 * <pre>{@code
 * HistoryStep s = history.tasks().get(0).steps().get(2);   // the third period
 * s.progress().map(Progress::text);                         // Optional[75%]
 * s.changePoints();                                          // Optional[23]: exact points since the period before
 * s.flags();                                                 // [NEWLY_COMPLETED] …
 * }</pre>
 *
 * <h2>Flags</h2>
 *
 * <ul>
 *   <li>{@link HistoryFlag#WENT_DOWN}: listed in this period and the one before, and the {@link
 *       #change()} {@linkplain TaskChange#wentDown() went down};
 *   <li>{@link HistoryFlag#BEHIND}: in the latest period of the history only, {@linkplain
 *       ScheduleStatus#BEHIND behind schedule} by the history's {@link ScheduleRule};
 *   <li>{@link HistoryFlag#STALLED}: listed in this period and the two before, with the same
 *       percentage, below completion, in all three (two changes of 0 points in a row);
 *   <li>{@link HistoryFlag#NEWLY_COMPLETED}: listed in this period and the one before, {@linkplain
 *       TaskChange#newlyCompleted() completed now and not then};
 *   <li>{@link HistoryFlag#ADDED}: listed in this period, not in the one before (never in the first
 *       period);
 *   <li>{@link HistoryFlag#DROPPED}: not listed in this period, listed in the one before.
 * </ul>
 *
 * <h2>Figures</h2>
 *
 * {@link #changePoints()} is exact: the difference of two exact percentages, never rounded. What
 * shows it (the command line, the workbook) rounds it half-up to its scale with {@link
 * Figures#display(BigDecimal, int)}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class HistoryStep {

    HistoryStep() {}

    /**
     * The period.
     *
     * @return the period
     */
    public abstract ReportingPeriod period();

    /**
     * The task as this period's report lists it.
     *
     * @return the task, empty when the report does not list it
     */
    public abstract Optional<Task> task();

    /**
     * The progress this period.
     *
     * @return the progress, empty when the task is not listed or has no entry
     */
    public abstract Optional<Progress> progress();

    /**
     * The change from the period before, when the task is listed in both.
     *
     * @return the change
     */
    public abstract Optional<TaskChange> change();

    /**
     * The schedule status this period, when the task is listed.
     *
     * @return the assessment
     */
    public abstract Optional<ScheduleAssessment> assessment();

    /**
     * The flags of this period, in the order of {@link HistoryFlag}.
     *
     * @return the flags
     */
    public abstract Set<HistoryFlag> flags();

    /**
     * Whether the report of this period lists the task.
     *
     * @return whether it does
     */
    public boolean listed() {
        return task().isPresent();
    }

    /**
     * The change in percentage points from the period before, exact.
     *
     * @return the change, when both periods have a percentage
     */
    public Optional<BigDecimal> changePoints() {
        return change().flatMap(TaskChange::change);
    }

    /**
     * Whether this period has a flag.
     *
     * @param flag the flag
     * @return whether it has it
     */
    public boolean has(HistoryFlag flag) {
        return flags().contains(flag);
    }

    @Value.Check
    void check() {
        if (task().isEmpty() && (progress().isPresent() || change().isPresent() || assessment().isPresent())) {
            throw new IllegalArgumentException("a period that does not list the task has no progress, change or status");
        }
    }

    static ImmutableHistoryStep.Builder builder() {
        return ImmutableHistoryStep.builder();
    }
}
