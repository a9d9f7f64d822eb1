package io.workplan.core.aggregate;

import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Two tasks of two reports of a plan found to be the same task, and why; see {@link TaskMatcher}.
 *
 * @param earlier the task in the first report
 * @param later the task in the second report
 * @param basis why they were matched
 * @param similarity the similarity of their contents, 0 to 1, rounded half-up to 4 decimals (see
 *     {@link TaskMatcher#similarity(String, String)})
 * @since 0.1.0
 */
public record TaskMatch(Task earlier, Task later, Basis basis, BigDecimal similarity) {

    /** Why two tasks were matched, in the order the matcher tries. */
    public enum Basis {
        /** The contents are the same once blanks, punctuation and full-width forms are set aside. */
        SAME_CONTENT,
        /** The numbers are the same and the contents agree. */
        SAME_NUMBER,
        /** The contents are similar enough, whatever the numbers. */
        SIMILAR_CONTENT
    }

    /**
     * Checks the attributes.
     *
     * @param earlier the task in the first report
     * @param later the task in the second report
     * @param basis why they were matched
     * @param similarity the similarity of their contents
     */
    public TaskMatch {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(similarity, "similarity");
    }

    /**
     * The same match seen from the other report.
     *
     * @return the match with earlier and later swapped
     */
    public TaskMatch swapped() {
        return new TaskMatch(later, earlier, basis, similarity);
    }
}
