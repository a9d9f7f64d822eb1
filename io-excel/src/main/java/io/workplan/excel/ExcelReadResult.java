package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ReadResult;
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
public abstract class ExcelReadResult implements ReadResult {

    ExcelReadResult() {}

    /**
     * A new builder.
     *
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The name of the sheet the report was read from.
     *
     * @return the sheet's name
     */
    public abstract String sheet();

    @Override
    public String toString() {
        return "ExcelReadResult[" + sheet() + ": " + report().tasks().size() + " tasks, " + warnings().size() + " warnings]";
    }

    /**
     * Builds {@link ExcelReadResult}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableExcelReadResult.Builder {
        Builder() {}
    }
}
