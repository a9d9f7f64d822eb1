package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link ExcelReader} read: the report, the sheet it came from, and the warnings a person
 * should look at (each a {@link Problem} of severity {@link Problem.Severity#WARNING}, with its
 * sheet, A1 cell, column header and raw text). An immutable value.
 *
 * <p>In lenient mode every problem of the sheet is a warning here, and the rows it concerns say
 * what was done with them ({@code the row is not read}, {@code the task is read without a
 * number}). In strict mode only what is no error is here, such as a task without lead units.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExcelReadResult {

    ExcelReadResult() {}

    /**
     * A new builder.
     *
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder() {
        return ImmutableExcelReadResult.builder();
    }

    /**
     * The report read.
     *
     * @return the report
     */
    public abstract ProgressReport report();

    /**
     * The name of the sheet the report was read from.
     *
     * @return the sheet's name
     */
    public abstract String sheet();

    /**
     * The warnings, in the order of the sheet; none when nothing needs a person's attention.
     *
     * @return the warnings
     */
    public abstract List<Problem> warnings();

    @Override
    public String toString() {
        return "ExcelReadResult[" + sheet() + ": " + report().tasks().size() + " tasks, " + warnings().size() + " warnings]";
    }

    /** Builds {@link ExcelReadResult}. */
    public interface Builder {
        /**
         * @param report see {@link ExcelReadResult#report()}
         * @return this builder
         */
        Builder report(ProgressReport report);

        /**
         * @param sheet see {@link ExcelReadResult#sheet()}
         * @return this builder
         */
        Builder sheet(String sheet);

        /**
         * @param warnings see {@link ExcelReadResult#warnings()}
         * @return this builder
         */
        Builder warnings(Iterable<? extends Problem> warnings);

        /**
         * Builds the result.
         *
         * @return the result
         * @throws io.workplan.core.ValidationException when an attribute is missing
         */
        ExcelReadResult build();
    }
}
