package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.Task;
import java.util.Objects;

/**
 * Something in a report a person should look at; see {@link DataQuality}. The {@linkplain
 * #problem() problem} says where ({@code tasks[12]}) and what, for people, with severity {@link
 * Problem.Severity#WARNING}.
 *
 * @param kind what sort of finding
 * @param task the task it is about (for a gap in the numbering, the task after it)
 * @param problem where and what, for people
 * @since 0.1.0
 */
public record Finding(Kind kind, Task task, Problem problem) {

    /** The sorts of findings. */
    public enum Kind {
        /** Numbers missing from the run 1..N ({@code 1, 2, 4}): a task dropped or a typing slip. */
        NUMBER_GAP(false),
        /** A task without a number in a report whose other tasks have one. */
        NUMBER_MISSING(false),
        /** A task without a lead unit (牵头单位). */
        NO_LEAD_UNIT(false),
        /** A task the report gives no progress entry for. */
        NO_ENTRY(false),
        /** A narrative progress that names no share of the target: it cannot be assessed. */
        NARRATIVE_WITHOUT_FIGURE(false),
        /** A percentage above 100 %: real (over-fulfilled), for information. */
        ABOVE_ONE_HUNDRED(true);

        private final boolean informational;

        Kind(boolean informational) {
            this.informational = informational;
        }

        /**
         * Whether the finding is for information only, not a likely error.
         *
         * @return whether it is informational
         */
        public boolean informational() {
            return informational;
        }
    }

    /**
     * Checks the attributes.
     *
     * @param kind what sort of finding
     * @param task the task it is about
     * @param problem where and what
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return kind + ": " + problem;
    }
}
