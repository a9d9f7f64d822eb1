package io.workplan.sheet.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of an HTML table written for tests: the real sample's page
 * ({@code RealSamples.GONGSHU_HTML}), a simple and well-formed table of {@code <tr>} rows and
 * {@code <td>} cells, its row spans filled down. It needs the JDK alone, so that core's tests
 * (which cannot depend on the sheet test jar) compile it too, from its one source in git (the
 * sheet's {@code src/test/jdk-only}, a test source root of sheet and of core).
 */
public final class HtmlTable {
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td([^>]*)>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern ROWSPAN = Pattern.compile("rowspan=\"(\\d+)\"");

    private HtmlTable() {}

    /**
     * The cell texts of a table, row by row: a cell spanning rows repeated in each, its tags
     * dropped, the page's entities decoded and its blanks at either end stripped.
     *
     * @param html the page
     * @return the rows' cell texts, the title's and the header's rows first
     */
    public static List<List<String>> cells(String html) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, String> spanned = new HashMap<>();
        Map<Integer, Integer> rowsLeft = new HashMap<>();
        Matcher tr = ROW.matcher(html);
        while (tr.find()) {
            List<String> row = new ArrayList<>();
            Matcher td = CELL.matcher(tr.group(1));
            for (int column = 0; ; column++) {
                if (rowsLeft.getOrDefault(column, 0) > 0) {
                    row.add(spanned.get(column));
                    rowsLeft.merge(column, -1, Integer::sum);
                    continue;
                }
                if (!td.find()) {
                    break;
                }
                String text = text(td.group(2));
                Matcher span = ROWSPAN.matcher(td.group(1));
                if (span.find()) {
                    spanned.put(column, text);
                    rowsLeft.put(column, Integer.parseInt(span.group(1)) - 1);
                }
                row.add(text);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(String cell) {
        return cell.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }
}
