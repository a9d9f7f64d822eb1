package io.workplan.excel;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Small reports built by hand for the writer's tests, and a way to open what was written. */
final class WriterReports {
    static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";

    private WriterReports() {}

    /** A task row: number (0 for none), category label, content, lead units cell, progress text. */
    static ProgressReport report(Object[]... rows) {
        ProgressReport.Builder report = ProgressReport.builder().title(TITLE).period(Q2);
        for (Object[] row : rows) {
            Task.Builder task = Task.builder()
                    .category(Category.parse((String) row[1]))
                    .content((String) row[2])
                    .leadUnits(LeadUnit.parseList((String) row[3]));
            if ((int) row[0] > 0) {
                task.number((int) row[0]);
            }
            report.addEntries(ProgressEntry.of(task.build(), Q2, Progress.parse((String) row[4])));
        }
        return report.build();
    }

    static Object[] row(int number, String category, String content, String units, String progress) {
        return new Object[] {number, category, content, units, progress};
    }

    /** Three categories, lead-unit runs that cross a category boundary, percentages of every spelling. */
    static ProgressReport sample() {
        return report(
                row(1, "主要经济指标", "地区生产总值增长5.5%。", "区发改经信局", "/"),
                row(2, "主要经济指标", "一般公共预算收入增长与经济增长同步。", "区财政局", "52%"),
                row(3, "主要经济指标", "有效投资完成市下达目标任务。", "区财政局", "53.6%"),
                row(4, "(二)城市建设", "推进城中村改造。", "区财政局", "５２％"),
                row(5, "(二)城市建设", "新增绿地。", "区建设局、区城管局", "53.6 %"),
                row(6, "民生实事", "=SUM(A1:A2)", "区民政局", "已完成"),
                row(7, "民生实事", "+1 新增托位", "区民政局", "50.0%"));
    }

    static byte[] write(ExcelWriter writer, ProgressReport report, ExcelWriter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out, format);
        return out.toByteArray();
    }

    static Workbook open(byte[] bytes) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
