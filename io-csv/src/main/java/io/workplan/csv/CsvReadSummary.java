package io.workplan.csv;

import io.workplan.sheet.TableReadSummary;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What {@link CsvReader#read(java.nio.file.Path, java.util.function.Consumer)} read besides the
 * entries it handed over: the report's head, categories, count of tasks and warnings, and how the
 * file was read.
 *
 * @param table the head, the categories, the count of tasks and the warnings
 * @param charset the charset the file was read in (see {@link CsvReadResult#charset()})
 * @param byteOrderMark whether the file began with a byte-order mark
 * @param delimiter the delimiter of its cells
 * @since 0.1.0
 */
public record CsvReadSummary(TableReadSummary table, Charset charset, boolean byteOrderMark, char delimiter) {

    /**
     * A summary.
     *
     * @param table the table's summary
     * @param charset the charset
     * @param byteOrderMark whether there was a byte-order mark
     * @param delimiter the delimiter
     */
    public CsvReadSummary {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(charset, "charset");
    }
}
