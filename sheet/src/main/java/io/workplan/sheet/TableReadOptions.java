package io.workplan.sheet;

import io.workplan.core.internal.Checks;
import io.workplan.sheet.internal.TableReadChecks;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How a table is read, whatever the format that holds it: strict or lenient, a title or period
 * that the table lacks, the caller's own header words, which table of a document, and who is told
 * of the rows read.
 *
 * <pre>{@code
 * TableReadOptions options = TableReadOptions.builder()
 *     .lenient(true)
 *     .putHeaders("工作事项", ColumnRole.CONTENT)
 *     .period(ReportingPeriod.quarter(2024, 2))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TableReadOptions implements TableReadAttributes {

    TableReadOptions() {}

    /**
     * A new builder.
     *
     * @return a builder of options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default options: strict, the built-in header words, the first table with a header.
     *
     * @return the defaults
     */
    public static TableReadOptions defaults() {
        return builder().build();
    }

    /**
     * Which table of the document to read (0-based): a page's third table, a workbook's second
     * sheet. By default the first table whose header names a task and a progress column.
     *
     * @return the index of the table
     */
    public abstract OptionalInt table();

    /** The default of {@link #maxProblems()}: 100, as the JSON reader lists. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    /**
     * The default of {@link #maxMergedRanges()}: 250,000, room for the merged runs of categories and
     * lead units that the Excel writer gives a sheet of a million tasks (220,001).
     */
    public static final int DEFAULT_MAX_MERGED_RANGES = 250_000;

    /** The default of {@link #maxReportChars()}: 10,000,000 characters, about 20 MB of text. */
    public static final long DEFAULT_MAX_REPORT_CHARS = 10_000_000L;

    @Value.Check
    void check() {
        Checks checks = new Checks();
        TableReadChecks.budgets(this, checks);
        checks.require(table().orElse(0) >= 0, "table", () -> "the index of a table must be 0 or more, was " + table().getAsInt());
        TableReadChecks.headers(this, checks);
        checks.throwIfAny("TableReadOptions");
    }

    /**
     * Builds {@link TableReadOptions}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTableReadOptions.Builder {
        Builder() {}
    }
}
