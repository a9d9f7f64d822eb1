package io.workplan.sheet;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the {@link TableReader} read besides the entries it handed over: the report's head (title,
 * period, source, table; a page's region and date of publication), its categories, how many tasks
 * were read, and the warnings. Everything a {@link io.workplan.core.ProgressReport} of the same table
 * holds except its tasks and entries: {@link #head()} is the head of that report.
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
     * The region the document names (a page's {@code workplan:region}); the table itself names none.
     *
     * @return the region, when the document names one
     * @since 0.4.0
     */
    public abstract Optional<String> region();

    /**
     * The date the document was published on (a page's {@code <meta name="PubDate">}); the table itself
     * gives none.
     *
     * @return the date, when the document gives one
     * @since 0.4.0
     */
    public abstract Optional<LocalDate> publishedOn();

    /**
     * The head of the report these entries make: title, region, period, date of publication, source
     * and categories, as the same table read whole into a report has them.
     *
     * @return the head
     * @since 0.4.0
     */
    public ReportHead head() {
        return ReportHead.builder().title(title()).region(region()).period(period()).publishedOn(publishedOn())
                .source(source()).categories(categories()).build();
    }

    /**
     * Builds a {@link TableReadSummary}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTableReadSummary.Builder {
        Builder() {}
    }
}
