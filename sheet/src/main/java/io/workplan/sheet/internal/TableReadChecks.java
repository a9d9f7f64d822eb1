package io.workplan.sheet.internal;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import io.workplan.sheet.TableReadAttributes;
import java.util.Optional;

/**
 * The checks of {@link TableReadAttributes} and {@link io.workplan.sheet.TableSourceOptions}, for every options value
 * that has them: the budgets at least 1, no blank header word, no blank name of a source; and the
 * check of a count that a format's options limit (a file's bytes, a table's cells, a package's
 * parts), worded once.
 */
public final class TableReadChecks {
    private TableReadChecks() {}

    /**
     * Checks the budgets of the reading.
     *
     * @param options the options checked
     * @param checks where a problem is added
     */
    public static void budgets(TableReadAttributes options, Checks checks) {
        checks.require(options.maxProblems() >= 1, "maxProblems",
                () -> "the most problems listed must be 1 or more, was " + options.maxProblems());
        checks.require(options.maxMergedRanges() >= 1, "maxMergedRanges",
                () -> "the most merged ranges must be 1 or more, was " + options.maxMergedRanges());
        checks.require(options.maxReportChars() >= 1, "maxReportChars",
                () -> "the most characters of a report must be 1 or more, was " + options.maxReportChars());
    }

    /**
     * Checks the caller's header words.
     *
     * @param options the options checked
     * @param checks where a problem is added
     */
    public static void headers(TableReadAttributes options, Checks checks) {
        options.headers().forEach((header, role) -> checks.require(!Text.isBlank(header), "headers",
                () -> "a header word must not be blank (given for " + role + ")"));
    }

    /**
     * Checks the name of the source, when given: not blank. Every format's read options ask it, so
     * that a blank name is refused whatever the file.
     *
     * @param sourceName the options' source name
     * @param checks where a problem is added
     */
    public static void sourceName(Optional<String> sourceName, Checks checks) {
        sourceName.ifPresent(name -> checks.require(!Text.isBlank(name), "sourceName", "must not be blank"));
    }

    /**
     * Checks a limit of a format's options that counts something (bytes, cells, characters, parts,
     * records): positive.
     *
     * @param limit the limit's attribute, where the problem is
     * @param value its value
     * @param checks where a problem is added
     */
    public static void positive(String limit, long value, Checks checks) {
        checks.require(value > 0, limit, () -> "must be positive, was " + value);
    }
}
