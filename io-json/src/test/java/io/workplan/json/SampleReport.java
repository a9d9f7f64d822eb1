package io.workplan.json;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample report (Gongshu district, Q2 2024, 159 tasks in 24 categories) read from the page's
 * HTML table: a small parser of that one simple table (rowspans, no nesting), for tests only, until
 * the Excel reader can give the same report from the workbook.
 */
final class SampleReport {
    private SampleReport() {}

    static final String HTML = "/gongshu-2024-q2/gongshu-2024-q2.html";

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td(?: rowspan=\"(\\d+)\")?(?: colspan=\"\\d+\")?>(.*?)</td>", Pattern.DOTALL);

    static ProgressReport load() {
        List<List<String>> rows = grid(read());
        String title = rows.get(0).get(0);
        ReportingPeriod period = ReportingPeriod.parse(title).orElseThrow();
        ProgressReport.Builder report = ProgressReport.builder().title(title).period(period);
        for (List<String> row : rows.subList(2, rows.size())) {
            Task task = Task.builder()
                    .number(Integer.parseInt(row.get(0)))
                    .category(Category.parse(row.get(1)))
                    .content(row.get(2))
                    .leadUnits(LeadUnit.parseList(row.get(3)))
                    .build();
            report.addEntries(ProgressEntry.of(task, period, Progress.parse(row.get(4))));
        }
        return report.build();
    }

    /** The table as rows of cell texts, a cell spanning rows repeated in every row it covers. */
    private static List<List<String>> grid(String html) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, String> spanText = new HashMap<>();
        Map<Integer, Integer> spanLeft = new HashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            boolean more = cell.find();
            for (int column = 0; more || spanLeft.getOrDefault(column, 0) > 0; column++) {
                if (spanLeft.getOrDefault(column, 0) > 0) {
                    cells.add(spanText.get(column));
                    spanLeft.merge(column, -1, Integer::sum);
                    continue;
                }
                String text = text(cell.group(2));
                cells.add(text);
                spanText.put(column, text);
                spanLeft.put(column, cell.group(1) == null ? 0 : Integer.parseInt(cell.group(1)) - 1);
                more = cell.find();
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String read() {
        try (InputStream in = SampleReport.class.getResourceAsStream(HTML)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
