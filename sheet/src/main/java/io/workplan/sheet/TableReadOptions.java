package io.workplan.sheet;

import io.workplan.core.ReportingPeriod;
import io.workplan.core.internal.Checks;
import io.workplan.sheet.internal.TableReadChecks;
import java.util.Map;
import java.util.Optional;
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
public abstract class TableReadOptions {

    TableReadOptions() {}

    /**
     * A new builder.
     *
     * @return a builder of options
     */
    public static Builder builder() {
        return ImmutableTableReadOptions.builder();
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
     * Whether problems of rows are warnings (the rows read as well as they can be) rather than
     * errors that refuse the table. A table without a header is refused either way.
     *
     * @return whether to read leniently; {@code false} by default
     */
    @Value.Default
    public boolean lenient() {
        return false;
    }

    /**
     * The report's title, when the table has none above its header (or to replace it).
     *
     * @return the title to use
     */
    public abstract Optional<String> title();

    /**
     * The reporting period: used when given, instead of the one the title names (a warning says so
     * when they differ).
     *
     * @return the period to use
     */
    public abstract Optional<ReportingPeriod> period();

    /**
     * The caller's header words, each naming the role of a column: {@code 工作事项 → CONTENT}. They
     * are matched as the built-in words are (blanks, line breaks and full-width forms do not matter)
     * and win over them.
     *
     * @return the header words and their roles
     */
    public abstract Map<String, ColumnRole> headers();

    /**
     * Which table of the document to read (0-based): a page's third table, a workbook's second
     * sheet. By default the first table whose header names a task and a progress column.
     *
     * @return the index of the table
     */
    public abstract OptionalInt table();

    /**
     * Who is told how many rows were read, every {@link ReadProgressListener#EVERY_ROWS} rows and
     * at the end.
     *
     * @return the listener; by default none
     */
    @Value.Default
    public ReadProgressListener progressListener() {
        return ReadProgressListener.NONE;
    }

    /** The default of {@link #maxProblems()}: 100, as the JSON reader lists. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    /**
     * The default of {@link #maxMergedRanges()}: 250,000, room for the merged runs of categories and
     * lead units that the Excel writer gives a sheet of a million tasks (220,001).
     */
    public static final int DEFAULT_MAX_MERGED_RANGES = 250_000;

    /** The default of {@link #maxReportChars()}: 10,000,000 characters, about 20 MB of text. */
    public static final long DEFAULT_MAX_REPORT_CHARS = 10_000_000L;

    /**
     * The most problems listed: the first ones found are listed, then one problem saying how many
     * more there are ({@code … and 2,345 more problems not listed}), an error when any of those is
     * an error. Every problem is still counted: a table with errors is refused in strict mode
     * whatever the cap. A damaged file (thousands of copies of one merged range) could otherwise
     * give millions of warnings.
     *
     * @return the cap, at least 1; {@link #DEFAULT_MAX_PROBLEMS} (100) by default
     */
    @Value.Default
    public int maxProblems() {
        return DEFAULT_MAX_PROBLEMS;
    }

    /**
     * The most merged ranges of a table that the reading considers (a spreadsheet's merged
     * regions, a page's {@code rowspan}/{@code colspan}, a Word table's merged cells): a real table
     * has a few hundred. A range given twice counts once (and is considered once). Beyond the limit the reading stops
     * considering them, with an error naming the limit: strict reading refuses the table, lenient
     * reading goes on with the ranges considered so far (a merged cell's first value still fills
     * down as a blank cell's above does).
     *
     * @return the limit, at least 1; {@link #DEFAULT_MAX_MERGED_RANGES} (250,000) by default
     */
    @Value.Default
    public int maxMergedRanges() {
        return DEFAULT_MAX_MERGED_RANGES;
    }

    /**
     * The most characters of text that a report read whole may hold: the texts of its tasks
     * (content, units, leader, remark, extra columns) and of their progress, counted as the tasks
     * are read. A small file can point thousands of cells at one long text (10,000 cells at one
     * shared string of 32,767 characters hold 650 MB); reaching the limit stops the reading with
     * an error naming it, strict or lenient, rather than exhausting the memory. Reading entry by
     * entry ({@code read(path, consumer)}) holds no report and is not bounded by it. The default
     * holds 10,000 tasks of 1,000 characters; a report of a million short tasks read whole needs a
     * higher limit (and about 300 bytes a task of heap).
     *
     * @return the limit, at least 1; {@link #DEFAULT_MAX_REPORT_CHARS} (10,000,000) by default
     */
    @Value.Default
    public long maxReportChars() {
        return DEFAULT_MAX_REPORT_CHARS;
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        TableReadChecks.budgets(maxProblems(), maxMergedRanges(), maxReportChars(), checks);
        checks.require(table().orElse(0) >= 0, "table", () -> "the index of a table must be 0 or more, was " + table().getAsInt());
        TableReadChecks.headers(headers(), checks);
        checks.throwIfAny("TableReadOptions");
    }

    /** Builds {@link TableReadOptions}. */
    public interface Builder {
        /**
         * Copies every option.
         *
         * @param options the options to copy
         * @return this builder
         */
        Builder from(TableReadOptions options);

        /**
         * @param lenient see {@link TableReadOptions#lenient()}
         * @return this builder
         */
        Builder lenient(boolean lenient);

        /**
         * @param title see {@link TableReadOptions#title()}
         * @return this builder
         */
        Builder title(String title);

        /**
         * @param title see {@link TableReadOptions#title()}
         * @return this builder
         */
        Builder title(Optional<String> title);

        /**
         * @param period see {@link TableReadOptions#period()}
         * @return this builder
         */
        Builder period(ReportingPeriod period);

        /**
         * @param period see {@link TableReadOptions#period()}
         * @return this builder
         */
        Builder period(Optional<? extends ReportingPeriod> period);

        /**
         * Adds a header word.
         *
         * @param header the header as a table writes it
         * @param role the role of its column
         * @return this builder
         */
        Builder putHeaders(String header, ColumnRole role);

        /**
         * Adds header words.
         *
         * @param headers header words and their roles
         * @return this builder
         */
        Builder putAllHeaders(Map<String, ? extends ColumnRole> headers);

        /**
         * @param table see {@link TableReadOptions#table()}
         * @return this builder
         */
        Builder table(int table);

        /**
         * @param table see {@link TableReadOptions#table()}
         * @return this builder
         */
        Builder table(OptionalInt table);

        /**
         * @param listener see {@link TableReadOptions#progressListener()}
         * @return this builder
         */
        Builder progressListener(ReadProgressListener listener);

        /**
         * @param max see {@link TableReadOptions#maxProblems()}
         * @return this builder
         */
        Builder maxProblems(int max);

        /**
         * @param max see {@link TableReadOptions#maxMergedRanges()}
         * @return this builder
         */
        Builder maxMergedRanges(int max);

        /**
         * @param max see {@link TableReadOptions#maxReportChars()}
         * @return this builder
         */
        Builder maxReportChars(long max);

        /**
         * Builds the options.
         *
         * @return the options
         */
        TableReadOptions build();
    }
}
