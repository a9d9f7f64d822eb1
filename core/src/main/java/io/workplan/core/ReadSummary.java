package io.workplan.core;

/**
 * What a reading entry by entry read besides the entries it handed over: the report's head and how
 * many tasks there were. The summaries of the readers that hand over entries are one ({@code
 * ExcelReadSummary}, {@code JsonReadSummary}, the {@code files} module's {@code FileReadSummary}),
 * with what each says of its own input besides.
 *
 * @since 0.4.0
 */
public interface ReadSummary {

    /**
     * The report's head (title, region, period, day of publication, source, categories and extra
     * columns), as {@link ProgressReport#head()} of the same input read whole.
     *
     * @return the head
     */
    ReportHead head();

    /**
     * How many tasks the input has, each handed over once.
     *
     * @return the count of tasks
     */
    int tasks();
}
