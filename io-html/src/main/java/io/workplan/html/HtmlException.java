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
     * An exception listing problems.
     *
     * @param summary what failed, naming the page
     * @param problems every problem found
     */
    public HtmlException(String summary, List<Problem> problems) {
        super(summary, problems);
    }

    /**
     * An exception listing problems, revealed by an exception of a dependency.
     *
     * @param summary what failed, naming the page
     * @param problems every problem found
     * @param cause the underlying exception, or {@code null}
     */
    public HtmlException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
