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
     * An exception listing problems.
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     */
    public WordException(String summary, List<Problem> problems) {
        super(summary, problems);
    }

    /**
     * An exception listing problems, revealed by an exception of a dependency.
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     * @param cause the underlying exception, or {@code null}
     */
    public WordException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
