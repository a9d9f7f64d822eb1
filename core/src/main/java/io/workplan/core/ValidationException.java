package io.workplan.core;

import java.util.List;

/**
 * A value of the domain was built with invalid attributes: every problem is listed, each with the
 * path of the attribute ({@code tasks[3].content}).
 *
 * @since 0.1.0
 */
public class ValidationException extends WorkplanException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing the problems of a value.
     *
     * @param type the simple name of the value's type, for the summary
     * @param problems every problem, at least one
     */
    public ValidationException(String type, List<Problem> problems) {
        super("Invalid " + type, problems);
    }

    /**
     * An exception for a builder missing required attributes (used by the generated builders).
     *
     * @param message the builder's message, naming the missing attributes
     */
    public ValidationException(String message) {
        super("Invalid value", List.of(Problem.at("builder", message)));
    }
}
