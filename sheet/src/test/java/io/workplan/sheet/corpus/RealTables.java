package io.workplan.sheet.corpus;

import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.internal.Text;
import io.workplan.sheet.samples.RealSamples;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * The corpus of real published tables of other regions (test resources under {@code
 * /io/workplan/sheet/corpus/}), each with what a correct reader gives: {@code expected.tsv} (a line
 * per task) and {@code meta.properties} (title, period, region, address). Every format's reader
 * test reads each table through its own format and checks it with {@link #assertReads}.
 */
public final class RealTables {
    /** The fixtures' ids, one folder each. */
    public static final List<String> IDS = List.of(
            "anhui-huainan-2025-h1", "anhui-huainan-2025-h1-indicators", "beijing-dongcheng-2021", "beijing-xicheng-2020", "jiangsu-chongchuan-2023-m11",
            "hunan-changsha-furong-2021", "hunan-province-2021-m8", "hunan-yueyang-m11", "hunan-yueyanglou-2017-m8",
            "hunan-yueyanglou-2018-q1", "hunan-yueyanglou-2019-m7", "hunan-yueyanglou-2019-m8",
            "shandong-jinan-shizhong-2019-q2", "shandong-jinan-shizhong-2025-q2", "shandong-qingdao-2017-h1",
            "shanghai-city-2024",
            "sichuan-meishan-2017-m11", "sichuan-meishan-2017-m7",
            "zhejiang-cangnan-2022-m10", "zhejiang-keqiao-2023-q1", "zhejiang-shaoxing-2020-q1", "zhejiang-shaoxing-2021",
            "zhejiang-songyang-2022-h1", "zhejiang-taishun-2023-m10", "zhejiang-taishun-2024-m4",
            "zhejiang-wenzhou-2018-m6", "zhejiang-xiangshan-sizhoutou-2024-q2", "zhejiang-yueqing-2022",
            "jiangxi-jiujiang-2025-m5", "jiangxi-yuanzhou-2023-m9", "chongqing-tongliang-2025-h1",
            "jiangxi-jishui", "jiangxi-xinjian-2024", "zhejiang-kaihua-2023-q1", "anhui-huainan-2023-m3",
            "zhejiang-yuyao-2025-m5", "zhejiang-fenghua-2025-m6", "guangdong-panyu-2021-q2");

    /**
     * Fixtures whose stored page gives the table without any title (the text begins at the header): the
     * reader refuses them until the caller gives a title, and then reads them as {@code expected.tsv} says.
     */
    public static final List<String> UNTITLED = List.of("guangdong-zhaoqing-2020", "shanghai-baoshan-2022-m8",
            "guangdong-panyu-2022-h1");

    private RealTables() {}

    /**
     * The resource of a fixture's file.
     *
     * @param id the fixture
     * @param file {@code table.html}, {@code table.xlsx}, {@code table.xls}
     * @return the resource's name
     */
    public static String resource(String id, String file) {
        return "/io/workplan/sheet/corpus/" + id + "/" + file;
    }

    /**
     * A fixture's properties.
     *
     * @param id the fixture
     * @return title, period, region, url
     */
    public static Properties meta(String id) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(RealSamples.text(resource(id, "meta.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The expected period of a fixture.
     *
     * @param id the fixture
     * @return the period, or empty when the table names none
     */
    public static Optional<ReportingPeriod> period(String id) {
        String code = meta(id).getProperty("period", "").trim();
        return code.isEmpty() ? Optional.empty() : Optional.of(ReportingPeriod.of(code));
    }

    /**
     * A fixture's expected tasks, each a map of the {@code expected.tsv} columns.
     *
     * @param id the fixture
     * @return the lines
     */
    public static List<Map<String, String>> expected(String id) {
        List<String> lines = RealSamples.text(resource(id, "expected.tsv")).lines().collect(Collectors.toList());
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? unescape(cells[i]) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }

    /**
     * Checks a report read from a fixture, whatever its format: tasks (number, category, content,
     * units, leader, extras and remark), the kind and percentage of each progress, and the period.
     *
     * @param id the fixture
     * @param report what the reader gave
     */
    public static void assertReads(String id, ProgressReport report) {
        List<Map<String, String>> expected = expected(id);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.period()).as(id + " period").isEqualTo(period(id));
        soft.assertThat(report.tasks()).as(id + " tasks").hasSize(expected.size());
        for (int i = 0; i < Math.min(expected.size(), report.tasks().size()); i++) {
            Map<String, String> e = expected.get(i);
            Task t = report.tasks().get(i);
            String at = id + " task " + (i + 1) + " ";
            ProgressEntry entry = report.entryFor(t).orElseThrow();
            soft.assertThat(t.number().isPresent() ? Integer.toString(t.number().getAsInt()) : "").as(at + "number")
                    .isEqualTo(e.get("number"));
            soft.assertThat(Text.strip(t.content())).as(at + "content").isEqualTo(Text.strip(e.get("content")));
            soft.assertThat(units(t.leadUnits())).as(at + "leads").isEqualTo(e.get("leads"));
            soft.assertThat(units(t.responsibleUnits())).as(at + "responsible").isEqualTo(e.get("responsible"));
            soft.assertThat(t.leader().orElse("")).as(at + "leader").isEqualTo(Text.unwrap(e.get("leader")));
            soft.assertThat(entry.progress().kind().name()).as(at + "kind of " + entry.progress().text())
                    .isEqualTo(e.get("progress_kind"));
            soft.assertThat(entry.progress().percent().map(java.math.BigDecimal::toPlainString).orElse(""))
                    .as(at + "percent of " + entry.progress().text()).isEqualTo(e.get("percent"));
            soft.assertThat(category(report, t)).as(at + "category").isEqualTo(Text.unwrap(e.get("category")));
            soft.assertThat(extras(report, t)).as(at + "extras").isEqualTo(expectedExtras(e.get("extras")));
        }
        soft.assertAll();
    }

    private static String units(List<LeadUnit> units) {
        return units.stream().map(LeadUnit::name).collect(Collectors.joining("、"));
    }

    private static String category(ProgressReport report, Task t) {
        return t.category().map(c -> Text.unwrap(c.label())).orElse("");
    }

    /** The task's extra values and remark as {@code header=text} pairs, sorted. */
    private static TreeSet<String> extras(ProgressReport report, Task t) {
        TreeSet<String> pairs = new TreeSet<>();
        t.extras().forEach((k, v) -> pairs.add(Text.key(k) + "=" + shown(v)));
        t.remark().ifPresent(r -> pairs.add(Text.key("备注") + "=" + shown(r)));
        return pairs;
    }

    private static TreeSet<String> expectedExtras(String cell) {
        TreeSet<String> pairs = new TreeSet<>();
        if (cell.isBlank()) {
            return pairs;
        }
        for (String pair : cell.split(" \\| ")) {
            int eq = pair.indexOf('=');
            String key = Text.key(pair.substring(0, eq));
            pairs.add((key.startsWith("备注") ? Text.key("备注") : key) + "=" + shown(pair.substring(eq + 1)));
        }
        return pairs;
    }

    /**
     * The tasks of a report as every form of the same table gives them: extra values under their
     * headers' keys, as {@link #shown(String)} (a spreadsheet program saving a page may turn {@code
     * 13533.40} into the number 13533.4, and a header's line break into a blank).
     *
     * @param report a report
     * @return its tasks, so compared
     */
    public static List<Task> comparable(ProgressReport report) {
        List<Task> tasks = new ArrayList<>();
        for (Task t : report.tasks()) {
            Map<String, String> extras = new java.util.LinkedHashMap<>();
            t.extras().forEach((k, v) -> extras.put(Text.key(k), shown(v)));
            tasks.add(Task.builder().from(t).extras(extras).build());
        }
        return tasks;
    }

    /**
     * A cell's text as every form of the table shows it: runs of blanks as one (a page shows {@code 陈  曦}
     * as {@code 陈 曦}, and LibreOffice saved it so), and a decimal without its trailing zeros (the page's
     * {@code 171.70} is the number 171.7 in the workbook LibreOffice saved, shown under the General format).
     */
    public static String shown(String text) {
        String t = Text.strip(text).replaceAll("[ \\u00A0\\u3000]+", " ");
        if (t.matches("\\d{1,12}\\.\\d{1,12}")) {
            t = new java.math.BigDecimal(t).stripTrailingZeros().toPlainString();
        }
        return t;
    }
}
