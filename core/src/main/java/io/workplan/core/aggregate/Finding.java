package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.util.List;
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

    /**
     * The findings of one kind that give the same reason, as one: a sheet without a lead-unit
     * column has one group, "159 tasks have no lead unit", rather than 159 findings. See {@link
     * DataQuality#grouped(ProgressReport)}, which keeps each finding with its task and place, and
     * {@link DataQuality#grouper(int, int)}, which groups findings as they come and keeps the first
     * few of each group with the count of all.
     *
     * @param kind the kind of every finding of the group
     * @param reason the reason every finding gives
     * @param count how many findings, that is how many tasks, the group has; at least as many as {@code findings}
     * @param findings the group's first findings, in the report's order of tasks (all of them when
     *     the group was gathered whole); at least one
     * @since 0.1.0
     */
    public record Group(Kind kind, String reason, int count, List<Finding> findings) {
        /**
         * Checks the attributes.
         *
         * @param kind the kind of every finding
         * @param reason the reason every finding gives
         * @param count how many findings the group has
         * @param findings its first findings
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if there is no finding, one of another kind or reason, or
         *     a count below the findings given
         * @since 0.2.0
         */
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("a group of findings needs at least one finding");
            }
            if (count < findings.size()) {
                throw new IllegalArgumentException("a group of " + count + " findings cannot hold " + findings.size());
            }
            for (Finding f : findings) {
                if (f.kind() != kind || !f.problem().reason().equals(reason)) {
                    throw new IllegalArgumentException("a finding of another kind or reason in the group of " + kind + ": " + f);
                }
            }
        }

        /**
         * A group of every one of its findings.
         *
         * @param kind the kind of every finding
         * @param reason the reason every finding gives
         * @param findings the findings, in the report's order of tasks; at least one
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if there is no finding, or one of another kind or reason
         */
        public Group(Kind kind, String reason, List<Finding> findings) {
            this(kind, reason, Objects.requireNonNull(findings, "findings").size(), findings);
        }

        /** {@code NO_LEAD_UNIT: 159 tasks: the task has no lead unit}, or the one finding's text. */
        @Override
        public String toString() {
            return count() == 1 ? findings.get(0).toString() : kind + ": " + count() + " tasks: " + reason;
        }
    }
}
