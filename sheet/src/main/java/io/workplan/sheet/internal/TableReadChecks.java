package io.workplan.sheet.internal;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import io.workplan.sheet.ColumnRole;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of the options of a table's reading that every options value holding them makes alike
 * ({@code TableReadOptions}, {@code ExcelReadOptions}, the name of a source in {@code
 * HtmlReadOptions} and {@code WordReadOptions}): the budgets at least 1, no blank header word, no
 * blank name of a source.
 */
public final class TableReadChecks {
    private TableReadChecks() {}

    /**
     * Checks the budgets of the reading.
     *
     * @param maxProblems the most problems listed
     * @param maxMergedRanges the most merged ranges considered
     * @param maxReportChars the most characters of a report read whole
     * @param checks where a problem is added
     */
    public static void budgets(int maxProblems, int maxMergedRanges, long maxReportChars, Checks checks) {
        checks.require(maxProblems >= 1, "maxProblems", () -> "the most problems listed must be 1 or more, was " + maxProblems);
        checks.require(maxMergedRanges >= 1, "maxMergedRanges",
                () -> "the most merged ranges must be 1 or more, was " + maxMergedRanges);
        checks.require(maxReportChars >= 1, "maxReportChars",
                () -> "the most characters of a report must be 1 or more, was " + maxReportChars);
    }

    /**
     * Checks the caller's header words: none blank.
     *
     * @param headers the header words and their roles
     * @param checks where a problem is added
     */
    public static void headers(Map<String, ColumnRole> headers, Checks checks) {
        headers.forEach((header, role) -> checks.require(!Text.isBlank(header), "headers",
                () -> "a header word must not be blank (given for " + role + ")"));
    }

    /**
     * Checks the name of the source, when given: not blank.
     *
     * @param sourceName the name given
     * @param checks where a problem is added
     */
    public static void sourceName(Optional<String> sourceName, Checks checks) {
        sourceName.ifPresent(name -> checks.require(!name.isBlank(), "sourceName", "must not be blank"));
    }
}
