package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ReportHead;
import io.workplan.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link ExcelReader#read(java.nio.file.Path, java.util.function.Consumer)} read besides the
 * entries it handed over one by one: the report's head, the sheet, how many tasks were read, and
 * the warnings. Everything a {@link io.workplan.core.ProgressReport} of the same sheet would hold
 * except its tasks and entries. An immutable value.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExcelReadSummary {

    ExcelReadSummary() {}

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return ImmutableExcelReadSummary.builder();
    }

    /**
     * The report's head, as {@link io.workplan.core.ProgressReport#head()} of the same sheet read
     * whole: the title; the period, when the title, the sheet's name, the file's name or the options
     * name one; the source (the workbook's {@code workplan.source} document property when it has one,
     * as the writer sets it, otherwise the file's name or {@link ExcelReadOptions#sourceName()}); the
     * region and the day of publication, from the workbook's {@code workplan.region} and {@code
     * workplan.publishedOn} document properties; the categories, in order of first appearance; and
     * the extra columns, in the order their entries first name them.
     *
     * @return the head
     * @since 0.2.0
     */
    public abstract ReportHead head();

    /**
     * The name of the sheet the entries were read from.
     *
     * @return the sheet's name
     */
    public abstract String sheet();

    /**
     * How many tasks were read, each handed over as one entry.
     *
     * @return the count, 0 or more
     */
    public abstract int tasks();

    /**
     * The warnings, in the order of the sheet, as {@link ExcelReadResult#warnings()}.
     *
     * @return the warnings; none when strict
     */
    public abstract List<Problem> warnings();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(tasks() >= 0, "tasks", () -> "the count of tasks must be 0 or more, was " + tasks());
        checks.throwIfAny("ExcelReadSummary");
    }

    /** Builds {@link ExcelReadSummary}. */
    public interface Builder {
        /**
         * @param head see {@link ExcelReadSummary#head()}
         * @return this builder
         */
        Builder head(ReportHead head);

        /**
         * @param sheet see {@link ExcelReadSummary#sheet()}
         * @return this builder
         */
        Builder sheet(String sheet);

        /**
         * @param tasks see {@link ExcelReadSummary#tasks()}
         * @return this builder
         */
        Builder tasks(int tasks);

        /**
         * @param warnings see {@link ExcelReadSummary#warnings()}
         * @return this builder
         */
        Builder warnings(Iterable<? extends Problem> warnings);

        /**
         * Builds the summary.
         *
         * @return the summary
         * @throws io.workplan.core.ValidationException when an attribute is missing or wrong
         */
        ExcelReadSummary build();
    }
}
