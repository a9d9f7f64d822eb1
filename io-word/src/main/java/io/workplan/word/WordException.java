package io.workplan.word;

import io.workplan.core.Problem;
import io.workplan.sheet.TableException;
import java.util.List;

/**
 * A Word document could not be read or written: every problem is listed, each with its table
 * ({@code 表1}, as the sheet of the problem), A1 cell of the table's grid and raw text where they
 * apply.
 *
 * @since 0.1.0
 */
public class WordException extends TableException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing problems, and the exception that revealed them when there is one (its
     * only constructor: the base, {@link io.workplan.core.WorkplanException}, does the work).
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     * @param cause the underlying exception, or {@code null} when none
     */
    public WordException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
