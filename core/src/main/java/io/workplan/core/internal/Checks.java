package io.workplan.core.internal;

import io.workplan.core.Problem;
import io.workplan.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of a value, so that its check reports all of them at once.
 */
public final class Checks {
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Records a problem when a condition fails.
     *
     * @param ok the condition that must hold
     * @param path the attribute's path
     * @param reason why it is a problem
     * @return this
     */
    public Checks require(boolean ok, String path, String reason) {
        if (!ok) {
            problems.add(Problem.at(path, reason));
        }
        return this;
    }

    /**
     * Records a problem when a condition fails, making its path and reason only then: for checks
     * that run on every value built, where the text would otherwise be made for nothing.
     *
     * @param ok the condition that must hold
     * @param path the attribute's path, made when the condition fails
     * @param reason why it is a problem, made when the condition fails
     * @return this
     */
    public Checks require(boolean ok, Supplier<String> path, Supplier<String> reason) {
        if (!ok) {
            problems.add(Problem.at(path.get(), reason.get()));
        }
        return this;
    }

    /**
     * Records a problem when a condition fails, making its reason only then.
     *
     * @param ok the condition that must hold
     * @param path the attribute's path
     * @param reason why it is a problem, made when the condition fails
     * @return this
     */
    public Checks require(boolean ok, String path, Supplier<String> reason) {
        if (!ok) {
            problems.add(Problem.at(path, reason.get()));
        }
        return this;
    }

    /**
     * Records a problem.
     *
     * @param problem the problem
     * @return this
     */
    public Checks add(Problem problem) {
        problems.add(problem);
        return this;
    }

    /**
     * The problems recorded so far.
     *
     * @return the problems, in the order recorded
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Throws when any problem was recorded.
     *
     * @param type the simple name of the value's type, for the message
     * @throws ValidationException listing every problem recorded
     */
    public void throwIfAny(String type) {
        if (!problems.isEmpty()) {
            throw new ValidationException(type, problems);
        }
    }
}
