package io.workplan.excel;

import static io.workplan.excel.Workbooks.TITLE;
import static io.workplan.excel.Workbooks.readBoth;
import static io.workplan.excel.Workbooks.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Task;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows under the table: a note is never taken for a task, and a task is never dropped as a note silently. */
class NotesUnderTheTableTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"说明：推进城市更新三年行动。", "填报系统上线运行。", "备注栏整理。"})
    void aTaskWhoseOnlyTextIsAContentLikeANoteIsATask(String content) throws Exception {
        Path file = table(dir, "note-like.xlsx", List.of("B3:B6", "D3:D5"),
                new Object[] {1, "城市建设", "甲。", "区建设局", "50%"},
                new Object[] {null, null, content, null, null},
                new Object[] {2, null, "乙。", null, "60%"},
                new Object[] {null, null, "丙。", "区城管局", null});
        ExcelReadResult result = readBoth(file, ExcelReadOptions.builder().lenient(true));
        assertThat(result.report().tasks()).extracting(Task::content).containsExactly("甲。", content, "乙。", "丙。");
        assertThat(result.report().tasks().get(1).leadUnits()).containsExactly(LeadUnit.of("区建设局"));
        assertThat(result.warnings()).extracting(w -> w.cell().orElse("")).containsExactly("E4", "E6");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.reason()).startsWith("blank progress"));
    }

    @Test
    void aRowWithAContentOrAProgressBelowTheNoteIsReported() throws Exception {
        Path file = table(dir, "below-note.xlsx", List.of("A4:E4"),
                new Object[] {1, "指标", "甲。", "区财政局", "50%"},
                new Object[] {"注:完成进度为截至6月底数据。"},
                new Object[] {3, null, "遗漏的任务。", "区科技局", null},
                new Object[] {null, null, null, null, "70%"},
                new Object[] {4, null, "乙。", null, "80%"},
                new Object[] {"拱墅区人民政府办公室", null, null, null, "2024年7月23日"});
        for (boolean lenient : new boolean[] {false, true}) {
            ExcelReadResult result = readBoth(file, ExcelReadOptions.builder().lenient(lenient));
            assertThat(result.report().tasks()).extracting(Task::content).containsExactly("甲。", "乙。");
            assertThat(result.warnings()).hasSize(2).allSatisfy(w -> {
                assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
                assertThat(w.reason()).startsWith("taken as a note under the table, not a task").contains("row 4");
            });
            assertThat(result.warnings().get(0).cell()).contains("C5");
            assertThat(result.warnings().get(0).rawText()).contains("遗漏的任务。");
            assertThat(result.warnings().get(0).subject()).contains("主要工作内容");
            assertThat(result.warnings().get(1).cell()).contains("E6");
            assertThat(result.warnings().get(1).rawText()).contains("70%");
        }
    }

    @Test
    void aNoteLikeContentAboveEveryTaskIsANoteAndReported() throws Exception {
        Path file = table(dir, "note-first.xlsx",
                new Object[] {null, null, "说明：本表按季度填报。", null, null},
                new Object[] {1, "指标", "甲。", "区财政局", "50%"});
        ExcelReadResult result = readBoth(file);
        assertThat(result.report().tasks()).extracting(Task::content).containsExactly("甲。");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.cell()).contains("C3");
            assertThat(w.rawText()).contains("说明：本表按季度填报。");
            assertThat(w.reason()).startsWith("taken as a note under the table, not a task");
        });
    }
}
