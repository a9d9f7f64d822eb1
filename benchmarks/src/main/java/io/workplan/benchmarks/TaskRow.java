package io.workplan.benchmarks;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import java.util.List;

/**
 * A task row as every reader measured gives it: category and lead units filled down, progress
 * exact. workplan's entries are mapped to it; the peers build it from their cells.
 *
 * @param number the task's number (序号)
 * @param category the category, filled down
 * @param content the content (主要工作内容)
 * @param leadUnits the lead units, filled down
 * @param progress the progress, its percentage exact
 */
record TaskRow(int number, Category category, String content, List<LeadUnit> leadUnits, Progress progress) {

    static TaskRow of(ProgressEntry entry) {
        return new TaskRow(entry.task().number().orElse(0), entry.task().category().orElse(null), entry.task().content(),
                entry.task().leadUnits(), entry.progress());
    }
}
