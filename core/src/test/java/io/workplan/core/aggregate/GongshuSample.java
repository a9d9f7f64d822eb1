package io.workplan.core.aggregate;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.sheet.samples.HtmlTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real sample gongshu-2024-q2 from its HTML table, for tests, through the tests' one reader of
 * that simple table ({@link HtmlTable}: five columns 序号 / 项目名称 / 主要工作内容 / 牵头单位 / 完成进度,
 * rowspans on the category and lead-unit cells). Core has no Excel reader; this is not one either.
 */
final class GongshuSample {
    private static final int COLUMNS = 5;

    /** One row of the table, its cells with rowspans filled down. */
    record Row(int number, String category, String content, String leadUnit, String progress) {}

    private GongshuSample() {}

    static String html() {
        try (InputStream in = GongshuSample.class.getResourceAsStream("/gongshu-2024-q2/gongshu-2024-q2.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title() {
        return HtmlTable.cells(html()).get(0).get(0);
    }

    /** The data rows: after the title row and the header row. */
    static List<Row> rows() {
        List<List<String>> table = HtmlTable.cells(html());
        List<Row> result = new ArrayList<>();
        for (List<String> row : table.subList(2, table.size())) {
            if (row.size() < COLUMNS) {
                throw new IllegalStateException("row " + (result.size() + 3) + " has too few cells");
            }
            result.add(new Row(Integer.parseInt(row.get(0)), row.get(1), row.get(2), row.get(3), row.get(4)));
        }
        return result;
    }

    static ProgressReport report() {
        String title = title();
        ReportingPeriod period = ReportingPeriod.parse(title).orElseThrow();
        ProgressReport.Builder report = ProgressReport.builder().title(title).period(period);
        for (Row row : rows()) {
            Task task = Task.builder().number(row.number()).category(Category.parse(row.category()))
                    .content(row.content()).leadUnits(LeadUnit.parseList(row.leadUnit())).build();
            report.addEntries(ProgressEntry.of(task, period, Progress.parse(row.progress())));
        }
        return report.build();
    }
}
