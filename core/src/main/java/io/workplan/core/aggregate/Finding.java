package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something in a report a person should look at; see {@link DataQuality}. The {@linkplain
 * #problem() problem} says where ({@code tasks[12]}) and what, for people, with severity {@link
 * Problem.Severity#WARNING}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@Value.Enclosing
public abstract class Finding {

    Finding() {}

    /**
     * A new builder; every attribute is required.
     *
     * @return a builder of findings
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

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

    /** @return what sort of finding */
    public abstract Kind kind();

    /** @return the task it is about (for a gap in the numbering, the task after it) */
    public abstract Task task();

    /** @return where and what, for people */
    public abstract Problem problem();

    @Override
    public String toString() {
        return kind() + ": " + problem();
    }

    /**
     * Builds a {@link Finding}. One setter per attribute, named as its accessor (which documents it); {@code
     * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value and
     * reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {}
    }

    /**
     * The findings of one kind that give the same reason, as one: a sheet without a lead-unit
     * column has one group, "159 tasks have no lead unit", rather than 159 findings. See {@link
     * DataQuality#grouped(ProgressReport)}, which keeps each finding with its task and place, and
     * {@link DataQuality#grouper(int, int)}, which groups findings as they come and keeps the first
     * few of each group with the count of all.
     *
     * @since 0.1.0
     */
    @Value.Immutable
    public abstract static class Group {

        Group() {}

        /**
         * A new builder; the kind, the reason and at least one finding are required.
         *
         * @return a builder of groups
         * @since 0.2.0
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return the kind of every finding of the group */
        public abstract Kind kind();

        /** @return the reason every finding gives */
        public abstract String reason();

        /**
         * The group's first findings, in the report's order of tasks (all of them when the group was
         * gathered whole).
         *
         * @return the findings, at least one
         */
        public abstract List<Finding> findings();

        /**
         * How many findings, that is how many tasks, the group has.
         *
         * @return the count, at least as many as {@link #findings()}; that many by default
         */
        @Value.Default
        public int count() {
            return findings().size();
        }

        @Value.Check
        void check() {
            Checks checks = new Checks();
            checks.require(!findings().isEmpty(), "findings", "a group of findings needs at least one finding");
            checks.require(count() >= findings().size(), "count",
                    () -> "a group of " + count() + " findings cannot hold " + findings().size());
            for (int i = 0; i < findings().size(); i++) {
                Finding f = findings().get(i);
                checks.require(f.kind() == kind() && f.problem().reason().equals(reason()), "findings[" + i + "]",
                        () -> "a finding of another kind or reason in the group of " + kind() + ": " + f);
            }
            checks.throwIfAny("Finding.Group");
        }

        /** {@code NO_LEAD_UNIT: 159 tasks: the task has no lead unit}, or the one finding's text. */
        @Override
        public String toString() {
            return count() == 1 ? findings().get(0).toString() : kind() + ": " + count() + " tasks: " + reason();
        }

        /**
         * Builds a {@link Group}. One setter per attribute, named as its accessor (which documents it); {@code
         * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
         * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
         */
        public static final class Builder extends ImmutableFinding.Group.Builder {
            Builder() {}
        }
    }
}
