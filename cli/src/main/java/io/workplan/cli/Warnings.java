package io.workplan.cli;

import io.workplan.core.Problem;

/** How the tool prints a warning: one line, {@code warning: } once, then where and what. */
final class Warnings {
    private Warnings() {}

    /**
     * A warning as a line of standard error.
     *
     * @param warning a problem taken as a warning
     * @return {@code warning: book.xlsx: Sheet1!E4 [完成进度] "": blank progress: …}
     */
    static String line(Problem warning) {
        // the problem's own text says "warning: " before its reason: said once, in front
        return "warning: " + Problem.builder().from(warning).severity(Problem.Severity.ERROR).build();
    }
}
