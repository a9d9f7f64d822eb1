package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.sheet.TableException;
import java.util.List;

/**
 * A workbook could not be read or written: every problem is listed, each with its sheet, A1 cell,
 * column header and raw text where they apply.
 *
 * @since 0.1.0
 */
public class ExcelException extends TableException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing problems, and the exception that revealed them when there is one (its
     * only constructor: the base, {@link io.workplan.core.WorkplanException}, does the work).
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     * @param cause the underlying exception, or {@code null} when none
     */
    public ExcelException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
