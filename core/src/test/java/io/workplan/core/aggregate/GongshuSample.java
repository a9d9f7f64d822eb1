package io.workplan.core.aggregate;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real sample gongshu-2024-q2 from its HTML table, for tests: a test-only reader of that one
 * simple table (five columns 序号 / 项目名称 / 主要工作内容 / 牵头单位 / 完成进度, rowspans on the category
 * and lead-unit cells). Core has no Excel reader; this is not one either.
 */
final class GongshuSample {

    /** One row of the table, its cells with rowspans filled down. */
    record Row(int number, String category, String content, String leadUnit, String progress) {}

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td(?:\\s+rowspan=\"(\\d+)\")?(?:\\s+colspan=\"\\d+\")?>(.*?)</td>", Pattern.DOTALL);
    private static final int COLUMNS = 5;

    private GongshuSample() {}

    static String html() {
        try (InputStream in = GongshuSample.class.getResourceAsStream("/gongshu-2024-q2/gongshu-2024-q2.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title() {
        Matcher m = ROW.matcher(html());
        m.find();
        return text(m.group(1));
    }

    /** The data rows: after the title row and the header row. */
    static List<Row> rows() {
        Matcher rows = ROW.matcher(html());
        List<Row> result = new ArrayList<>();
        String[] carried = new String[COLUMNS];
        int[] left = new int[COLUMNS];
        int index = 0;
        while (rows.find()) {
            if (index++ < 2) {
                continue;
            }
            Matcher cells = CELL.matcher(rows.group(1));
            String[] row = new String[COLUMNS];
            for (int col = 0; col < COLUMNS; col++) {
                if (left[col] > 0) {
                    row[col] = carried[col];
                    left[col]--;
                    continue;
                }
                if (!cells.find()) {
                    throw new IllegalStateException("row " + index + " has too few cells");
                }
                row[col] = text(cells.group(2));
                if (cells.group(1) != null) {
                    carried[col] = row[col];
                    left[col] = Integer.parseInt(cells.group(1)) - 1;
                }
            }
            result.add(new Row(Integer.parseInt(row[0]), row[1], row[2], row[3], row[4]));
        }
        return result;
    }

    private static String text(String cell) {
        return cell.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&nbsp;", " ");
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
