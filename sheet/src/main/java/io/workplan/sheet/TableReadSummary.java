package io.workplan.sheet;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the {@link TableReader} read besides the entries it handed over: the report's head (title,
 * period, source, table), its categories, how many tasks were read, and the warnings. Everything a
 * {@link io.workplan.core.ProgressReport} of the same table holds except its tasks and entries.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TableReadSummary {

    TableReadSummary() {}

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The report's title: the option, else the first row above the header that names a period,
     * else the first row above the header, else the title the document gives the table.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * The period the table covers: the option, else the one the title names, else the one the
     * table's name names (a sheet called {@code 三季度}), else the one the file's name names.
     *
     * @return the period, when one is known
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * Where the table comes from: the file's name, or the name the caller gave.
     *
     * @return the source
     */
    public abstract String source();

    /**
     * The name of the table read: a sheet's name, {@code 表1} for a page's first table.
     *
     * @return the table's name
     */
    public abstract String table();

    /**
     * The tasks' categories, in order of first appearance; none when the table has no category
     * column.
     *
     * @return the categories
     */
    public abstract List<Category> categories();

    /**
     * How many tasks were read, each handed over as one entry.
     *
     * @return the count of tasks
     */
    public abstract int tasks();

    /**
     * The warnings, in the table's order: in lenient reading, the problems of rows too.
     *
     * @return the warnings
     */
    public abstract List<Problem> warnings();

    /**
     * Builds a {@link TableReadSummary}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTableReadSummary.Builder {
        Builder() {}
    }
}
