package io.workplan.json.internal;

import io.workplan.core.Problem;
import io.workplan.core.ValidationException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The domain's problems at places of the input: a {@link ValidationException} of a value built
 * from what was read, or the problems of a check, each turned into a problem whose pointer is the
 * value's and the problem's path ({@code tasks[3].number} under the report is {@code
 * /tasks/3/number}), with the line and column of where that part starts.
 */
final class DomainPlaces {
    private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)]");

    private final ProblemList problems;

    DomainPlaces(ProblemList problems) {
        this.problems = problems;
    }

    /** Builds a value; its problems are placed at the value's start. */
    <T> T build(Spot at, Builder<T> builder, Function<String, String> mapping) {
        return build(at, builder, mapping, relative -> at);
    }

    /**
     * Builds a value, turning the problems of the domain's check into problems at a place of the
     * input: the pointer is {@code at}'s and the problem's path mapped; line and column are where
     * {@code start} says the part at that (relative, slash-separated) path starts.
     *
     * @return the value, or {@code null} when the domain refused it
     */
    <T> T build(Spot at, Builder<T> builder, Function<String, String> mapping, Function<String, Spot> start) {
        try {
            return builder.build();
        } catch (ValidationException e) {
            place(at, e.problems(), mapping, start);
            return null;
        }
    }

    /** Records the domain's problems of a value at {@code at}, as {@link #build} does. */
    void place(Spot at, List<Problem> found, Function<String, String> mapping, Function<String, Spot> start) {
        for (Problem problem : found) {
            String path = problem.path().map(mapping).orElse(null);
            if (path == null || path.isEmpty()) {
                problems.add(problems.at(at, null).reason(problem.reason()));
            } else {
                String relative = relative(path);
                Spot where = start.apply(relative);
                problems.add(problems.at(new Spot(at.pointer() + "/" + relative, where.line, where.column), subject(relative))
                        .reason(problem.reason()));
            }
        }
    }

    /** A domain path as a relative JSON pointer: {@code tasks[3].number} is {@code tasks/3/number}. */
    static String relative(String path) {
        return INDEXED.matcher(path).replaceAll("/$1").replace('.', '/');
    }

    /** The property a relative pointer ends in, or {@code null} when it ends in an index. */
    static String subject(String relative) {
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) ? null : last;
    }

    /** Builds a value of the domain, which may refuse it. */
    @FunctionalInterface
    interface Builder<T> {
        T build();
    }
}
