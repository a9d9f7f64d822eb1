package io.workplan.benchmarks;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.List;

/** Reports shaped as real ones (categories of a few tasks, units in runs, mostly percentages), of any size. */
final class SampleReports {
    private static final String[] PROGRESS = {"50%", "60%", "53.6%", "145%", "/", "已完成", "正常进行中", "完成全年任务的78%"};
    private static final List<LeadUnit> UNITS = List.of(
            LeadUnit.of("区发改经信局"), LeadUnit.of("区财政局"), LeadUnit.of("市委农办(市农业局)"), LeadUnit.of("各街道"));

    private SampleReports() {}

    static ProgressReport of(int tasks) {
        ReportingPeriod q2 = ReportingPeriod.quarter(2024, 2);
        ProgressReport.Builder report = ProgressReport.builder()
                .title("2024年第二季度拱墅区《政府工作报告》主要任务完成情况").period(q2);
        for (int i = 0; i < tasks; i++) {
            Task task = Task.builder()
                    .number(i + 1)
                    .category(Category.parse("(" + (i / 7 + 1) + ")类别" + (i / 7 + 1)))
                    .content("深化与浙江大学等政产学研合作,新增国家高新技术企业" + i + "家、省科技型中小企业186家以上。")
                    .addLeadUnits(UNITS.get((i / 3) % UNITS.size()))
                    .build();
            report.addEntries(ProgressEntry.of(task, q2, Progress.parse(PROGRESS[i % PROGRESS.length])));
        }
        return report.build();
    }
}
