package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.files.FileReadSummary;

/** The words the commands say of a report's period and categories, in one place. */
final class ReportWords {
    private ReportWords() {}

    /** What a command prints instead of schedule figures for a report without a period, without --expected. */
    static final String NEEDS_EXPECTED = "the report names no period: schedule figures need --expected";

    /** What a command prints instead of the by-category table of a report without categories. */
    static final String NO_CATEGORIES = "no categories";

    /** What a report holds, in a few words: {@code 159 tasks in 24 categories, 2024年第二季度}. */
    static String contents(ProgressReport report) {
        return contents(report.head(), report.tasks().size());
    }

    /** What a report read task by task holds, in the words of {@link #contents(ProgressReport)}. */
    static String contents(FileReadSummary read) {
        return contents(read.head(), read.tasks());
    }

    private static String contents(ReportHead head, int tasks) {
        return tasks + " tasks in "
                + (head.categories().isEmpty() ? NO_CATEGORIES : head.categories().size() + " categories") + ", " + period(head);
    }

    /** The period's label, or {@code no period}. */
    static String period(ProgressReport report) {
        return period(report.head());
    }

    /** The period's label, or {@code no period}. */
    static String period(ReportHead head) {
        return head.period().map(ReportingPeriod::label).orElse("no period");
    }

    /** A task's category's label, or empty. */
    static String category(Task task) {
        return task.category().map(c -> c.label()).orElse("");
    }

    /** Whether schedule figures can be given: a period, or an expected share given. */
    static boolean assessable(ProgressReport report, ScheduleOptions schedule) {
        return assessable(report.head(), schedule);
    }

    /** Whether schedule figures can be given for a report read task by task: a period, or an expected share given. */
    static boolean assessable(ReportHead head, ScheduleOptions schedule) {
        return head.period().isPresent() || schedule.expected != null;
    }
}
