package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task's progress given in several rows, one for each unit's report, the number, the task and the units merged
 * over them, as 济南市市中区 writes it (corpus {@code shandong-jinan-shizhong-2019-q2}): one task, its progress the
 * rows' texts a line each; a row of a progress alone anywhere else is no task and is reported.
 */
class ProgressContinuedBelowTest {
    private static final String TITLE = "<h1>2019年第二季度《政府工作报告》主要工作任务落实情况表</h1>";
    private static final String HEADER = "<tr><td>序号</td><td>主要任务</td><td>进展情况</td><td>责任单位</td></tr>";
    private static final String TWO_TASKS = "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">打造甲楼宇。</td><td>区投促局:已重点推介。</td>"
            + "<td rowspan=\"2\">区投促局、<br>大观园街道办事处</td></tr>"
            + "<tr><td>大观园街道办事处:已具备开业条件。</td></tr>"
            + "<tr><td rowspan=\"3\">2</td><td rowspan=\"3\">打造乙楼宇。</td><td>区科技局:预计6月底完工。</td>"
            + "<td rowspan=\"3\">区科技局、<br>十六里河街道办事处</td></tr>"
            + "<tr><td>区投促局:已重点推介。</td></tr>"
            + "<tr><td>十六里河街道办事处:已完成。</td></tr>";

    private static String page(String rows) {
        return Pages.page(TITLE + "<table border=\"1\">" + HEADER + rows + "</table>");
    }

    private static TableReader.Read read(String rows, boolean lenient) {
        return Pages.read(page(rows),
                HtmlReadOptions.builder().table(TableReadOptions.builder().lenient(lenient).build()).build());
    }

    @Test
    void eachUnitsReportInARowOfItsOwnIsALineOfTheTasksProgress() {
        TableReader.Read read = read(TWO_TASKS, false);
        ProgressReport report = read.report();
        assertThat(report.tasks()).extracting(Task::content).containsExactly("打造甲楼宇。", "打造乙楼宇。");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly(
                "区投促局:已重点推介。\n大观园街道办事处:已具备开业条件。",
                "区科技局:预计6月底完工。\n区投促局:已重点推介。\n十六里河街道办事处:已完成。");
        // the text is the authority: three reports, the last of them done, are no completed task
        assertThat(report.entries()).extracting(e -> e.progress().kind().name()).containsOnly("NARRATIVE");
        assertThat(report.tasks().get(1).leadUnits()).extracting(LeadUnit::name).containsExactly("区科技局", "十六里河街道办事处");
        assertThat(read.summary().warnings()).isEmpty();
    }

    @Test
    void readEntryByEntryEachEntryComesWithItsWholeProgress() {
        List<ProgressEntry> entries = new ArrayList<>();
        HtmlReader.create().read(new ByteArrayInputStream(page(TWO_TASKS).getBytes(StandardCharsets.UTF_8)), entries::add);
        assertThat(entries).extracting(e -> e.progress().text().lines().count()).containsExactly(2L, 3L);
    }

    @Test
    void aProgressAloneWithANumberOfItsOwnOrUnderNoTaskIsNoneOfATask() {
        // under the header, before any task; with a number of its own; after a blank row: no task's progress goes on
        String rows = "<tr><td></td><td></td><td>区财政局:已拨付。</td><td></td></tr>"
                + "<tr><td>1</td><td>打造甲楼宇。</td><td>区投促局:已重点推介。</td><td>区投促局</td></tr>"
                + "<tr><td>2</td><td></td><td>区科技局:已完成。</td><td></td></tr>"
                + "<tr><td>3</td><td>打造乙楼宇。</td><td>区科技局:已完成。</td><td>区科技局</td></tr>"
                + "<tr><td></td><td></td><td></td><td></td></tr>"
                + "<tr><td></td><td></td><td>区投促局:已重点推介。</td><td></td></tr>";
        TableReader.Read read = read(rows, true);
        assertThat(read.report().entries()).extracting(e -> e.progress().text())
                .containsExactly("区投促局:已重点推介。", "区科技局:已完成。");
        assertThat(read.summary().warnings()).extracting(Problem::reason)
                .allSatisfy(r -> assertThat(r).startsWith("blank content: the row names no task"));
        assertThat(read.summary().warnings()).extracting(p -> p.cell().orElse("")).containsExactly("B2", "B4", "B7");
    }
}
