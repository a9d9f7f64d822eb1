package io.workplan.sheet;

import io.workplan.core.ReportingPeriod;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The attributes of reading a table that every reader of a table has, whatever the format and
 * whatever else its options say: strict or lenient, a title or period that the table lacks, the
 * caller's own header words, who is told of the rows read, and the budgets of the reading. {@link
 * TableReadOptions} has them, and so has {@code ExcelReadOptions}; each declares and checks them
 * here, once.
 *
 * @since 0.2.0
 */
public interface TableReadAttributes {

    /**
     * Whether problems of rows are warnings (the rows read as well as they can be) rather than
     * errors that refuse the table. A table without a header is refused either way.
     *
     * @return whether to read leniently; {@code false} by default
     */
    @Value.Default
    default boolean lenient() {
        return false;
    }

    /**
     * The report's title, when the table has none above its header (or to replace it).
     *
     * @return the title to use
     */
    Optional<String> title();

    /**
     * The reporting period: used when given, instead of the one the title names (a warning says so
     * when they differ).
     *
     * @return the period to use
     */
    Optional<ReportingPeriod> period();

    /**
     * The caller's header words, each naming the role of a column: {@code 工作事项 → CONTENT}. They
     * are matched as the built-in words are (blanks, line breaks and full-width forms do not matter)
     * and win over them.
     *
     * @return the header words and their roles
     */
    Map<String, ColumnRole> headers();

    /**
     * Who is told how many rows were read, every {@link ReadProgressListener#EVERY_ROWS} rows and
     * at the end.
     *
     * @return the listener; by default none
     */
    @Value.Default
    default ReadProgressListener progressListener() {
        return ReadProgressListener.NONE;
    }

    /**
     * The most problems listed: the first ones found are listed, then one problem saying how many
     * more there are ({@code … and 2,345 more problems not listed}), an error when any of those is
     * an error. Every problem is still counted: a table with errors is refused in strict mode
     * whatever the cap. A damaged file (thousands of copies of one merged range) could otherwise
     * give millions of warnings.
     *
     * @return the cap, at least 1; {@link TableReadOptions#DEFAULT_MAX_PROBLEMS} (100) by default
     */
    @Value.Default
    default int maxProblems() {
        return TableReadOptions.DEFAULT_MAX_PROBLEMS;
    }

    /**
     * The most merged ranges of a table that the reading considers (a spreadsheet's merged
     * regions, a page's {@code rowspan}/{@code colspan}, a Word table's merged cells): a real table
     * has a few hundred. A range given twice counts once (and is considered once). Beyond the limit
     * the reading stops considering them, with an error naming the limit: strict reading refuses
     * the table, lenient reading goes on with the ranges considered so far (a merged cell's first
     * value still fills down as a blank cell's above does).
     *
     * @return the limit, at least 1; {@link TableReadOptions#DEFAULT_MAX_MERGED_RANGES} (250,000) by
     *     default
     */
    @Value.Default
    default int maxMergedRanges() {
        return TableReadOptions.DEFAULT_MAX_MERGED_RANGES;
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
     * @return the limit, at least 1; {@link TableReadOptions#DEFAULT_MAX_REPORT_CHARS} (10,000,000)
     *     by default
     */
    @Value.Default
    default long maxReportChars() {
        return TableReadOptions.DEFAULT_MAX_REPORT_CHARS;
    }
}
