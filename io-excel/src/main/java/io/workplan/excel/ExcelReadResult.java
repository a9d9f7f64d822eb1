package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ExcelReader} read: the report, the sheet it came from, and the warnings a person
 * should look at (each a {@link Problem} of severity {@link Problem.Severity#WARNING}, with its
 * sheet, A1 cell, column header and raw text).
 *
 * <p>In lenient mode every problem of the sheet is a warning here, and the rows it concerns say
 * what was done with them ({@code the row is not read}, {@code the task is read without a
 * number}). In strict mode only what is no error is here, such as a task without lead units.
 *
 * @since 0.1.0
 */
public final class ExcelReadResult {
    private final ProgressReport report;
    private final String sheet;
    private final List<Problem> warnings;

    /**
     * A result.
     *
     * @param report the report read
     * @param sheet the name of the sheet it was read from
     * @param warnings the warnings, in the order of the sheet
     */
    public ExcelReadResult(ProgressReport report, String sheet, List<Problem> warnings) {
        this.report = Objects.requireNonNull(report, "report");
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The report read.
     *
     * @return the report
     */
    public ProgressReport report() {
        return report;
    }

    /**
     * The name of the sheet the report was read from.
     *
     * @return the sheet's name
     */
    public String sheet() {
        return sheet;
    }

    /**
     * The warnings, in the order of the sheet.
     *
     * @return the warnings, possibly none
     */
    public List<Problem> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "ExcelReadResult[" + sheet + ": " + report.tasks().size() + " tasks, " + warnings.size() + " warnings]";
    }
}
