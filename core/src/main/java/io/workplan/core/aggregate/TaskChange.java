package io.workplan.core.aggregate;

import io.workplan.core.Progress;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a task's progress changed between two reports of a plan.
 *
 * <pre>{@code
 * TaskChange c = comparison.changes().get(0);
 * c.before();           // Optional[PERCENT(25%) "25%"]
 * c.after();            // Optional[PERCENT(52%) "52%"]
 * c.change();           // Optional[27]: percentage points, exact
 * c.direction();        // IMPROVED
 * }</pre>
 *
 * <h2>Direction</h2>
 *
 * <ol>
 *   <li>Both progress values have a percentage: the sign of {@link #change()}.
 *   <li>Otherwise both are completed ({@link Progress#isCompleted()}): {@link Direction#UNCHANGED}.
 *   <li>Otherwise one is completed: towards it is {@link Direction#IMPROVED}, away from it {@link
 *       Direction#DECLINED}.
 *   <li>Otherwise the same kind and the same text: {@link Direction#UNCHANGED}.
 *   <li>Otherwise (a figure against a word, data pending against {@code /}, a missing entry): {@link
 *       Direction#NOT_COMPARABLE}.
 * </ol>
 * Swapping the two reports negates the change and swaps improved and declined.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TaskChange {

    TaskChange() {}

    /**
     * A new builder; the match is required, an absent progress is no entry.
     *
     * @return a builder of changes
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the two tasks */
    public abstract TaskMatch match();

    /** @return the progress in the first report, empty when it has no entry for the task */
    public abstract Optional<Progress> before();

    /** @return the progress in the second report, empty when it has no entry for the task */
    public abstract Optional<Progress> after();

    /** Which way the progress went. */
    public enum Direction {
        /** Up: a higher percentage, or newly completed. */
        IMPROVED,
        /** The same. */
        UNCHANGED,
        /** Down: a lower percentage, or no longer completed; a data-quality flag. */
        DECLINED,
        /** The two values cannot be ordered. */
        NOT_COMPARABLE
    }

    /**
     * The change in percentage points, exact: after minus before.
     *
     * @return the change, when both progress values have a percentage
     */
    public Optional<BigDecimal> change() {
        return percent(before()).flatMap(b -> percent(after()).map(a -> a.subtract(b)));
    }

    private static Optional<BigDecimal> percent(Optional<Progress> p) {
        return p.flatMap(Progress::percent);
    }

    /**
     * Which way the progress went, by the rules of the class comment.
     *
     * @return the direction
     */
    public Direction direction() {
        Optional<BigDecimal> change = change();
        if (change.isPresent()) {
            int sign = change.get().signum();
            return sign > 0 ? Direction.IMPROVED : sign < 0 ? Direction.DECLINED : Direction.UNCHANGED;
        }
        Optional<Progress> before = before();
        Optional<Progress> after = after();
        boolean doneBefore = before.filter(Progress::isCompleted).isPresent();
        boolean doneAfter = after.filter(Progress::isCompleted).isPresent();
        if (doneBefore || doneAfter) {
            return doneBefore == doneAfter ? Direction.UNCHANGED : doneAfter ? Direction.IMPROVED : Direction.DECLINED;
        }
        boolean same = before.isPresent() && after.isPresent() && before.get().kind() == after.get().kind()
                && before.get().text().equals(after.get().text());
        return same ? Direction.UNCHANGED : Direction.NOT_COMPARABLE;
    }

    /**
     * Whether the task was not completed in the first report and is in the second.
     *
     * @return whether it is newly completed
     */
    public boolean newlyCompleted() {
        return before().filter(Progress::isCompleted).isEmpty() && after().filter(Progress::isCompleted).isPresent();
    }

    /**
     * Whether the reported progress went down: a data-quality flag, as progress is cumulative.
     *
     * @return whether the direction is {@link Direction#DECLINED}
     */
    public boolean wentDown() {
        return direction() == Direction.DECLINED;
    }

    /**
     * The same change seen from the other report.
     *
     * @return the change with the two reports swapped
     */
    public TaskChange swapped() {
        return builder().match(match().swapped()).before(after()).after(before()).build();
    }

    /**
     * Builds a {@link TaskChange}. One setter per attribute, named as its accessor (which documents it); {@code
     * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value and
     * reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTaskChange.Builder {
        Builder() {}
    }
}
