package io.workplan.core;

import io.workplan.core.internal.Printable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The base of every exception of workplan: it carries the {@link Problem}s that caused it, each
 * with its location, so that a caller can show them all rather than the first.
 *
 * <p>Each module has its own subtype: {@link ValidationException} for values built in code, and
 * the readers' exceptions of the Excel and JSON modules.
 *
 * @since 0.1.0
 */
public class WorkplanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Transient: problems are values of this library, not serializable state. */
    private final transient List<Problem> problems;

    /**
     * An exception for one or more problems.
     *
     * @param summary what failed, in one line (the problems follow it in the message)
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException when no problem is given
     */
    public WorkplanException(String summary, List<Problem> problems) {
        this(summary, problems, null);
    }

    /**
     * An exception for one or more problems, with the exception of a dependency that revealed them.
     *
     * @param summary what failed, in one line (the problems follow it in the message)
     * @param problems every problem found, at least one
     * @param cause the underlying exception, or {@code null}
     * @throws IllegalArgumentException when no problem is given
     */
    public WorkplanException(String summary, List<Problem> problems, Throwable cause) {
        super(message(summary, problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exception of workplan lists at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in the order of the input.
     *
     * @return the problems; empty only for an exception that was serialized (problems are not)
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    private static String message(String summary, List<Problem> problems) {
        summary = Printable.of(summary);
        if (problems.isEmpty()) {
            return summary;
        }
        return problems.stream()
                .map(p -> "  - " + p)
                .collect(Collectors.joining("\n", summary + " (" + count(problems.size()) + "):\n", ""));
    }

    private static String count(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }
}
