package io.workplan.json;

import io.workplan.core.Problem;
import io.workplan.core.WorkplanException;
import java.util.List;

/**
 * A report could not be read from or written as JSON: every problem found is listed, each with
 * its {@linkplain Problem#path() JSON pointer} ({@code /tasks/3/number}), {@linkplain
 * Problem#line() line} and {@linkplain Problem#column() column}, the property's name as {@linkplain
 * Problem#subject() subject} and the offending value as {@linkplain Problem#rawText() raw text}
 * where they apply.
 *
 * <pre>{@code
 * try {
 *     JsonReader.create().read(path);
 * } catch (JsonException e) {
 *     e.problems().forEach(p -> log.warn(p.toString()));
 *     // report.json /tasks/3/number (line 40, column 17) [number] "3.5": a whole number is expected
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class JsonException extends WorkplanException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing problems, and the exception that revealed them when there is one (its
     * only constructor: the base, {@link io.workplan.core.WorkplanException}, does the work).
     *
     * @param summary what failed, naming the input where known
     * @param problems every problem found, at least one
     * @param cause the underlying exception, or {@code null} when none
     */
    public JsonException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
