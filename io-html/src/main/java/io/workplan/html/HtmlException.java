package io.workplan.html;

import io.workplan.core.Problem;
import io.workplan.sheet.TableException;
import java.util.List;

/**
 * A page could not be read, or (in strict reading) its table has problems: every problem is listed,
 * each with the page, the table, the A1 cell and the line and column of its {@code <td>} in the
 * page's source where they apply, the raw text and the reason.
 *
 * @since 0.1.0
 */
public class HtmlException extends TableException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing problems, and the exception that revealed them when there is one (its
     * only constructor: the base, {@link io.workplan.core.WorkplanException}, does the work).
     *
     * @param summary what failed, naming the page
     * @param problems every problem found
     * @param cause the underlying exception, or {@code null} when none
     */
    public HtmlException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
