package io.workplan.core.aggregate;

import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Two tasks of two reports of a plan found to be the same task, and why; see {@link TaskMatcher}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TaskMatch {

    TaskMatch() {}

    /**
     * A new builder; every attribute is required.
     *
     * @return a builder of matches
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Why two tasks were matched, in the order the matcher tries. */
    public enum Basis {
        /** The contents are the same once blanks, punctuation and full-width forms are set aside. */
        SAME_CONTENT,
        /** The numbers are the same and the contents agree. */
        SAME_NUMBER,
        /** The contents are similar enough, whatever the numbers. */
        SIMILAR_CONTENT
    }

    /** @return the task in the first report */
    public abstract Task earlier();

    /** @return the task in the second report */
    public abstract Task later();

    /** @return why they were matched */
    public abstract Basis basis();

    /**
     * The similarity of their contents, rounded half-up to 4 decimals (see {@link
     * TaskMatcher#similarity(String, String)}).
     *
     * @return the similarity, 0 to 1
     */
    public abstract BigDecimal similarity();

    /**
     * The same match seen from the other report.
     *
     * @return the match with earlier and later swapped
     */
    public TaskMatch swapped() {
        return builder().earlier(later()).later(earlier()).basis(basis()).similarity(similarity()).build();
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(similarity().signum() >= 0 && similarity().compareTo(BigDecimal.ONE) <= 0, "similarity",
                () -> "a similarity is from 0 to 1, was " + similarity().toPlainString());
        checks.throwIfAny("TaskMatch");
    }

    /**
     * Builds a {@link TaskMatch}. One setter per attribute, named as its accessor (which documents it); {@code
     * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value and
     * reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTaskMatch.Builder {
        Builder() {}
    }
}
