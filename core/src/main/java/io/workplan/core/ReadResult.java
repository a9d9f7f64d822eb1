package io.workplan.core;

import java.util.List;

/**
 * What a reader read whole: the report and the warnings a person should look at. The result of
 * every format is one ({@code ExcelReadResult}, {@code WordReadResult}, {@code CsvReadResult}, the
 * {@code TableReader.Read} of a page, the {@code files} module's {@code FileReadResult}), with what it says of its own input besides, so
 * that code can take any of them.
 *
 * @since 0.4.0
 */
public interface ReadResult {

    /**
     * The report read.
     *
     * @return the report
     */
    ProgressReport report();

    /**
     * The warnings, in the order of the table; none when nothing needs a person's attention. In
     * lenient reading every problem of the table is a warning, and the rows it concerns say what was
     * done with them ({@code the row is not read}); in strict reading only what is no error, such as
     * a task without lead units.
     *
     * @return the warnings, each a {@link Problem} of severity {@link Problem.Severity#WARNING}
     */
    List<Problem> warnings();
}
