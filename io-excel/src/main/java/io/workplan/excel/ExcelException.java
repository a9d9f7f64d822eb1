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
     * An exception listing problems.
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     */
    public ExcelException(String summary, List<Problem> problems) {
        super(summary, problems);
    }

    /**
     * An exception listing problems, revealed by an exception of a dependency.
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     * @param cause the underlying exception
     */
    public ExcelException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
