package io.workplan.excel;

import io.workplan.core.Problem;
import io.workplan.core.ReadSummary;
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
public abstract class ExcelReadSummary implements ReadSummary {

    ExcelReadSummary() {}

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
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

    /**
     * Builds {@link ExcelReadSummary}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableExcelReadSummary.Builder {
        Builder() {}
    }
}
