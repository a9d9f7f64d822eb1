package io.workplan.csv;

import io.workplan.core.Problem;
import io.workplan.sheet.TableException;
import java.util.List;

/**
 * A CSV file could not be read or written: every problem is listed, each with its file and, where
 * they apply, its line (the first line of the record), A1 cell, column header and raw text.
 *
 * @since 0.1.0
 */
public class CsvException extends TableException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing problems.
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     */
    public CsvException(String summary, List<Problem> problems) {
        super(summary, problems);
    }

    /**
     * An exception listing problems, revealed by an exception of a dependency or of the file system.
     *
     * @param summary what failed, naming the file
     * @param problems every problem found
     * @param cause the underlying exception
     */
    public CsvException(String summary, List<Problem> problems, Throwable cause) {
        super(summary, problems, cause);
    }
}
