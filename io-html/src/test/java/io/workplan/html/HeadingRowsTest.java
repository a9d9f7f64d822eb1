package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.sheet.TableReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heading rows in a table without a category column: a row of one text opening with an enumerator in
 * Chinese numerals, in a cell merged over the table's width ({@code 一、经济社会发展主要预期目标}, {@code
 * (一)以创建国家高新区为抓手…}), is the category of the tasks below it, as 铜梁区's table writes them (corpus
 * {@code chongqing-tongliang-2025-h1}). Before, such a row was taken for the start of the notes under the
 * table and dropped without a word.
 */
class HeadingRowsTest {
    private static final String TITLE = "2025年区政府工作报告目标任务上半年推进情况汇总表";

    private static TableReader.Read read(String... rows) {
        StringBuilder html = new StringBuilder("<h1>" + TITLE + "</h1><table border=\"1\">"
                + "<tr><td>序号</td><td>目标任务</td><td>责任单位</td><td>上半年推进情况</td></tr>");
        for (String row : rows) {
            html.append(row);
        }
        return Pages.read(Pages.page(html.append("</table>").toString()));
    }

    private static String heading(String text) {
        return "<tr><td colspan=\"4\">" + text + "</td></tr>";
    }

    private static String task(int number) {
        return "<tr><td>" + number + "</td><td>目标任务" + number + "。</td><td>区发展改革委</td><td>同比增长2.9%。</td></tr>";
    }

    private static List<String> categories(ProgressReport report) {
        return report.tasks().stream().map(t -> t.category().map(Category::label).orElse("")).toList();
    }

    private static List<String> reasons(TableReader.Read read) {
        return read.summary().warnings().stream().map(Problem::reason).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"一、经济社会发展主要预期目标", "(一)以创建国家高新区为抓手,更大力度推动科技创新", "（二）重点工作",
        "十二、民生实事"})
    void aHeadingRowIsTheCategoryOfTheTasksBelowIt(String text) {
        TableReader.Read read = read(heading(text), task(1), task(2));

        Category category = Category.parse(text);
        assertThat(read.report().tasks()).extracting(Task::category).containsOnly(Optional.of(category));
        assertThat(read.report().categories()).containsExactly(category);
        assertThat(reasons(read)).isEmpty();
    }

    @Test
    void eachHeadingHoldsTheTasksUpToTheNextAndTasksAboveTheFirstHaveNone() {
        ProgressReport report = read(task(1), heading("一、主要预期目标"), task(2), heading("二、重点工作"), task(3), task(4))
                .report();

        assertThat(categories(report)).containsExactly("", "一、主要预期目标", "二、重点工作", "二、重点工作");
        assertThat(report.categories()).extracting(Category::label).containsExactly("一、主要预期目标", "二、重点工作");
    }

    // 二、重点工作 above (一)…: a task has one category, the nearer heading's; the other is said, not lost unnoticed
    @Test
    void aHeadingWithoutATaskOfItsOwnIsSaidAndItsTasksGoUnderTheNearerOne() {
        TableReader.Read read = read(heading("二、重点工作"), heading("(一)以创建国家高新区为抓手"), task(10),
                heading("三、民生实事"));

        assertThat(categories(read.report())).containsExactly("(一)以创建国家高新区为抓手");
        assertThat(read.summary().warnings()).extracting(p -> p.rawText().orElse(""))
                .containsExactly("二、重点工作", "三、民生实事");
        assertThat(reasons(read)).allMatch(r -> r.startsWith("a heading without a task under it"));
    }

    // a row numbered in digits, a note or a total under the tasks is no heading: the notes begin there as before
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1、增速为同比增速。", "注:增速为同比增速。", "合计"})
    void aRowOfOneTextThatOpensWithNoChineseNumeralIsNoHeading(String text) {
        ProgressReport report = read(task(1), task(2), heading(text), task(3)).report();

        assertThat(categories(report)).containsOnly("");
        assertThat(report.categories()).isEmpty();
    }

    // in the task's column alone, 一、… is a task's text (a blank progress, said), never a heading
    @Test
    void anEnumeratedTextInTheTaskColumnStaysATask() {
        TableReader.Read read = Pages.read(Pages.page("<h1>" + TITLE + "</h1><table border=\"1\">"
                + Pages.rows("序号|目标任务|责任单位|上半年推进情况", "1|目标任务1。|区发展改革委|同比增长2.9%。", "2|一、新增就业岗位。||")
                + "</table>"), io.workplan.html.HtmlReadOptions.builder()
                .table(io.workplan.sheet.TableReadOptions.builder().lenient(true).build()).build());

        assertThat(read.report().tasks()).extracting(Task::content).containsExactly("目标任务1。", "一、新增就业岗位。");
        assertThat(read.report().categories()).isEmpty();
    }
}
