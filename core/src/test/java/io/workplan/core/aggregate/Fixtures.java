package io.workplan.core.aggregate;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small reports for the examples of the tests. */
final class Fixtures {
    static final Category ECONOMY = Category.of("主要经济指标");
    static final Category INNOVATION = Category.of("系统优化创新生态");
    /** The quarters of 2024 that the examples of a plan over several periods report on. */
    static final ReportingPeriod Q1 = ReportingPeriod.quarter(2024, 1);
    static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    static final ReportingPeriod Q3 = ReportingPeriod.quarter(2024, 3);

    private Fixtures() {}

    static Task task(int number, Category category, String content, String... units) {
        return Task.builder().number(number).category(category).content(content)
                .leadUnits(Arrays.stream(units).map(LeadUnit::of).collect(Collectors.toList())).build();
    }

    /** A report of a period: tasks and progress texts, alternating. */
    static ProgressReport report(ReportingPeriod period, Object... taskAndProgress) {
        ProgressReport.Builder report = ProgressReport.builder().title(period.label() + "拱墅区主要任务完成情况").period(period);
        for (int i = 0; i < taskAndProgress.length; i += 2) {
            report.addEntries(ProgressEntry.of((Task) taskAndProgress[i], period, Progress.parse((String) taskAndProgress[i + 1])));
        }
        return report.build();
    }
}
