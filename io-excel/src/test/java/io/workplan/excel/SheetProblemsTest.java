package io.workplan.excel;


import static io.workplan.excel.Workbooks.TITLE;
import static io.workplan.excel.Workbooks.failureOfBoth;
import static io.workplan.excel.Workbooks.readBoth;
import static io.workplan.excel.Workbooks.save;
import static io.workplan.excel.Workbooks.sheet;
import static io.workplan.excel.Workbooks.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.Task;
import io.workplan.excel.Workbooks.Formatted;
import io.workplan.excel.Workbooks.Formula;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of a sheet, found in one pass, each with its sheet, cell, header, raw text and reason. */
class SheetProblemsTest {

    @TempDir
    Path dir;

    private Path faulty() throws Exception {
        return save(dir, "faulty.xlsx", wb -> {
            var s = wb.createSheet("二季度");
            table(s,
                    new Object[] {1, null, "无类别的任务。", "区财政局", "50%"},
                    new Object[] {2, "指标", "甲。", "区财政局", "50%"},
                    new Object[] {2, null, "乙。", null, "60%"},
                    new Object[] {"甲", null, "丙。", null, "70%"},
                    new Object[] {5, null, null, null, "80%"},
                    new Object[] {6, null, "丁。", null, new Formatted(45496, "yyyy-mm-dd")},
                    new Object[] {7, null, "戊。", null, new Formula("1/0")},
                    new Object[] {8, null, "己。", null, null});
        });
    }

    @Test
    void strictModeListsEveryProblemWithItsPlace() throws Exception {
        ExcelException e = failureOfBoth(faulty());
        List<Problem> problems = e.problems();
        assertThat(problems).extracting(Problem::cell).extracting(c -> c.orElse(""))
                .containsExactly("B3", "A5", "A6", "C7", "E8", "E9", "E10");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.source()).contains("faulty.xlsx");
            assertThat(p.sheet()).contains("二季度");
            assertThat(p.subject()).isPresent();
        });
        assertThat(problems.get(0).reason()).startsWith("no category");
        assertThat(problems.get(1).reason()).contains("duplicate task number").contains("A4");
        assertThat(problems.get(1).rawText()).contains("2");
        assertThat(problems.get(2).rawText()).contains("甲");
        assertThat(problems.get(2).subject()).contains("序号");
        assertThat(problems.get(3).reason()).startsWith("blank content");
        assertThat(problems.get(4).reason()).contains("a date is not a progress value");
        assertThat(problems.get(4).rawText()).contains("2024-07-23");
        assertThat(problems.get(4).subject()).contains("完成进度");
        assertThat(problems.get(5).rawText()).contains("#DIV/0!");
        assertThat(problems.get(6).severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(problems.get(6).reason()).startsWith("blank progress");
        assertThat(e.getMessage()).contains("faulty.xlsx").contains("7 problems").contains("二季度!E9");
    }

    @Test
    void lenientModeReturnsTheReportWithWarnings() throws Exception {
        ExcelReadResult result = readBoth(faulty(), ExcelReadOptions.builder().lenient(true));
        assertThat(result.warnings()).hasSize(7).allSatisfy(w -> assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING));
        // the task above the first category is read without one (nothing invented, nothing dropped)
        assertThat(result.report().tasks()).extracting(Task::content)
                .containsExactly("无类别的任务。", "甲。", "乙。", "丙。", "丁。", "戊。", "己。");
        assertThat(result.report().tasks().get(0).category()).isEmpty();
        assertThat(result.report().tasks()).extracting(t -> t.number().isPresent())
                .containsExactly(true, true, false, false, true, true, true);
        assertThat(result.report().entries().get(4).progress().kind()).isEqualTo(Progress.Kind.NARRATIVE);
    }

    @Test
    void aRequiredColumnMissingNamesTheColumnsFound() throws Exception {
        Path file = sheet(dir, "no-progress.xlsx", new Object[] {TITLE},
                new Object[] {"序号", "项目名称", "主要工作内容", "牵头单位", "工作打算"},
                new Object[] {1, "指标", "甲。", "区财政局", "50%"});
        for (boolean lenient : List.of(false, true)) {
            ExcelException e = failureOfBoth(file, ExcelReadOptions.builder().lenient(lenient));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.reason()).contains("完成进度").contains("序号, 项目名称, 主要工作内容, 牵头单位, 工作打算");
                assertThat(p.cell()).contains("A2");
            });
        }
    }

    @Test
    void aSecondColumnForTheSameRoleIsKeptAsAnExtraColumnWithAWarning() throws Exception {
        // once an error that dropped the column; now nothing is dropped (issue: the tables of every region)
        Path file = sheet(dir, "twice.xlsx", new Object[] {TITLE},
                new Object[] {"主要工作内容", "完成情况", "进展情况"},
                new Object[] {"甲。", "50%", "正常"});
        ExcelReadResult read = Workbooks.readBoth(file, ExcelReadOptions.builder());
        assertThat(read.warnings()).filteredOn(p -> p.reason().contains("a second column")).singleElement().satisfies(p -> {
            assertThat(p.cell()).contains("C2");
            assertThat(p.reason()).contains("B2").contains("kept as an extra column");
        });
        assertThat(read.report().tasks()).singleElement().satisfies(t -> assertThat(t.extras()).containsExactly(
                java.util.Map.entry("进展情况", "正常")));
        assertThat(read.report().entries().get(0).progress().text()).isEqualTo("50%");
    }

    @Test
    void aTitleWithoutAPeriodOrNoTitleIsReported() throws Exception {
        Path file = sheet(dir, "no-period.xlsx", new Object[] {"主要任务完成情况"},
                new Object[] {"主要工作内容", "完成进度"}, new Object[] {"甲。", "50%"});
        // read without a period, with a warning (a table naming none is read, not refused)
        ExcelReadResult read = Workbooks.readBoth(file, ExcelReadOptions.builder());
        assertThat(read.report().period()).isEmpty();
        assertThat(read.warnings()).filteredOn(p -> p.reason().startsWith("no period")).singleElement()
                .satisfies(p -> assertThat(p.cell()).contains("A1"));
        Path untitled = sheet(dir, "untitled.xlsx", new Object[] {"主要工作内容", "完成进度"}, new Object[] {"甲。", "50%"});
        assertThat(errors(failureOfBoth(untitled, ExcelReadOptions.builder().lenient(true)))).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no title"));
    }

    private static List<Problem> errors(ExcelException e) {
        return e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void aHiddenValueUnderAMergedCellIsReported() throws Exception {
        Path file = sheet(dir, "hidden.xlsx", List.of("C3:C4"),
                new Object[] {TITLE},
                new Object[] {"项目名称", "主要工作内容", "牵头单位", "完成进度"},
                new Object[] {"指标", "甲。", "区财政局", "50%"},
                new Object[] {null, "乙。", "区科技局", "50%"});
        ExcelReadResult result = readBoth(file);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.cell()).contains("C4");
            assertThat(w.reason()).contains("C3:C4");
        });
    }

    @Test
    void theSameTaskTwiceIsReportedAtItsRow() throws Exception {
        Path file = sheet(dir, "same.xlsx", new Object[] {TITLE},
                new Object[] {"项目名称", "主要工作内容", "牵头单位", "完成进度"},
                new Object[] {"指标", "甲。", "区财政局", "50%"},
                new Object[] {"指标", "甲。", "区财政局", "60%"});
        assertThat(failureOfBoth(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).contains("B4");
            assertThat(p.reason()).isEqualTo("the same task is listed twice: B3 has it too; the row is not read");
        });
        ExcelReadResult lenient = readBoth(file, ExcelReadOptions.builder().lenient(true));
        assertThat(lenient.report().tasks()).hasSize(1);
        assertThat(lenient.warnings()).hasSize(1);
    }
}
