package io.workplan.word;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.util.List;
import java.util.Objects;

/**
 * A Word document's table read into a report.
 *
 * @param report the report
 * @param table the name of the table read ({@code 表2} for the document's second table)
 * @param warnings the warnings, in the table's order (in lenient reading, the problems of rows too)
 * @since 0.1.0
 */
public record WordReadResult(ProgressReport report, String table, List<Problem> warnings) {

    /**
     * Checks and copies.
     *
     * @param report the report
     * @param table the table's name
     * @param warnings the warnings
     */
    public WordReadResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(table, "table");
        warnings = List.copyOf(warnings);
    }
}
