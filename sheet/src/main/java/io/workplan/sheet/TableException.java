package io.workplan.sheet;

import io.workplan.core.Problem;
import io.workplan.core.WorkplanException;
import java.util.List;

/**
 * A table that cannot be read, or (in strict reading) has problems: every problem found, each with
 * its place (file, table or sheet, cell, and line where the format has lines) and what is wrong.
 *
 * @since 0.1.0
 */
public class TableException extends WorkplanException {
    private static final long serialVersionUID = 1L;

    private final String summary;

    /**
     * An exception listing problems.
     *
     * @param summary what could not be done, such as {@code Cannot read page.html, table 1}
     * @param problems the problems, at least one
     */
    public TableException(String summary, List<Problem> problems) {
        this(summary, problems, null);
    }

    /**
     * An exception listing problems, with the exception behind them.
     *
     * @param summary what could not be done
     * @param problems the problems, at least one
     * @param cause the exception behind them, or {@code null}
     */
    public TableException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
        this.summary = summary;
    }

    /**
     * What could not be done, without the problems.
     *
     * @return the summary line
     */
    public String summary() {
        return summary;
    }
}
