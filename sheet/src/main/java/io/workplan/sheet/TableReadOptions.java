package io.workplan.sheet;

import io.workplan.core.ReportingPeriod;
import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
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

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(table().orElse(0) >= 0, "table", () -> "the index of a table must be 0 or more, was " + table().getAsInt());
        headers().forEach((header, role) -> checks.require(!Text.isBlank(header), "headers",
                () -> "a header word must not be blank (given for " + role + ")"));
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
         * Builds the options.
         *
         * @return the options
         */
        TableReadOptions build();
    }
}
