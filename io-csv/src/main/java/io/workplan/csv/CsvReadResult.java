package io.workplan.csv;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CsvReader} read: the report, the warnings a person should look at, and how the file
 * was read: its charset (found or given), whether it began with a byte-order mark, its delimiter.
 *
 * @param report the report
 * @param warnings the warnings, in the order of the file (in lenient reading, the problems of rows)
 * @param charset the charset the file was read in: UTF-8, UTF-16LE, UTF-16BE, GB18030 (which
 *     reads GBK, what Excel writes on Chinese Windows) or the one given
 * @param byteOrderMark whether the file began with a byte-order mark
 * @param delimiter the delimiter of its cells
 * @since 0.1.0
 */
public record CsvReadResult(ProgressReport report, List<Problem> warnings, Charset charset, boolean byteOrderMark,
        char delimiter) {

    /**
     * A result.
     *
     * @param report the report
     * @param warnings the warnings
     * @param charset the charset
     * @param byteOrderMark whether there was a byte-order mark
     * @param delimiter the delimiter
     */
    public CsvReadResult {
        Objects.requireNonNull(report, "report");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(charset, "charset");
    }
}
