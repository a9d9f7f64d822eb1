package io.workplan.word;

import static io.workplan.word.TestDocs.continued;
import static io.workplan.word.TestDocs.emptyVMerge;
import static io.workplan.word.TestDocs.nested;
import static io.workplan.word.TestDocs.restart;
import static io.workplan.word.TestDocs.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.sheet.CellText;
import io.workplan.sheet.MergedRange;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableReadOptions;
import io.workplan.word.internal.DocxTables;
import io.workplan.word.internal.WordFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents laid out as real ones are, built here with XWPF, and what the reader makes of them. */
class LayoutTest {
    private static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";

    @TempDir
    Path dir;

    /** Rows as the source sends them (each cell's text, "" for blank) and its merges. */
    private static List<String> rows(Path file, int table) {
        DocxTables tables = WordFiles.open(file, file.getFileName().toString(), WordReadOptions.defaults());
        List<String> sent = new ArrayList<>();
        tables.read(table, new RowVisitor() {
            @Override
            public boolean row(int row, CellText[] cells) {
                sent.add(row + ": " + Arrays.stream(cells).map(c -> c == null ? "" : c.text()).collect(Collectors.joining("|")));
                return true;
            }

            @Override
            public void merged(MergedRange range) {
                sent.add("merged " + range);
            }
        });
        return sent;
    }

    @Test
    void aTitleRowSpanningTheTableAndVMergeRunsOfCategoriesAndUnits() throws Exception {
        Path file = TestDocs.write(dir.resolve("runs.docx"), List.of(
                List.of(span(5, TITLE)),
                List.of("序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", restart("主要经济指标"), "地区生产总值增长5.5%。", restart("区发改经信局"), "52%"),
                List.of("2", continued(), "一般公共预算收入增长。", emptyVMerge(), "/"),
                List.of("3", emptyVMerge(), "有效投资完成目标。", "区财政局", "已完成"),
                List.of("4", restart("系统优化创新生态"), "科技创新。", "区科技局", "50%")));

        assertThat(rows(file, 0)).containsExactly(
                "0: " + TITLE,
                "1: 序号|项目名称|主要工作内容|牵头单位|完成进度",
                "2: 1|主要经济指标|地区生产总值增长5.5%。|区发改经信局|52%",
                "3: 2||一般公共预算收入增长。||/",
                "4: 3||有效投资完成目标。|区财政局|已完成",
                "5: 4|系统优化创新生态|科技创新。|区科技局|50%",
                "merged A1:E1", "merged B3:B5", "merged D3:D4");
        WordReadResult read = WordReader.create().read(file);
        ProgressReport report = read.report();
        assertThat(report.title()).isEqualTo(TITLE);
        assertThat(report.period()).contains(ReportingPeriod.quarter(2024, 2));
        assertThat(report.tasks()).extracting(t -> t.category().map(Category::label).orElse(""))
                .containsExactly("主要经济指标", "主要经济指标", "主要经济指标", "系统优化创新生态");
        assertThat(report.tasks()).extracting(t -> t.leadUnits().stream().map(LeadUnit::name).collect(Collectors.joining("、")))
                .containsExactly("区发改经信局", "区发改经信局", "区财政局", "区科技局");
        assertThat(report.entries()).extracting(e -> e.progress().text()).containsExactly("52%", "/", "已完成", "50%");
        assertThat(read.table()).isEqualTo("表1");
        assertThat(read.warnings()).isEmpty();
    }

    // below the title a blank paragraph, or a subtitle naming no period (九江市's table, corpus jiangxi-jiujiang-2025-m5)
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "(共十大类 25个子项目)"})
    void theTitleIsTheNearestParagraphBeforeTheTableThatNamesAPeriod(String below) throws Exception {
        Path file = TestDocs.write(dir.resolve("title.docx"), "附件1", TITLE, below, List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "地区生产总值增长5.5%。", "区发改经信局", "52%")));

        ProgressReport report = WordReader.create().read(file).report();

        assertThat(report.title()).isEqualTo(TITLE);
        assertThat(report.period()).contains(ReportingPeriod.quarter(2024, 2));
        assertThat(report.tasks()).singleElement().extracting(Task::content).isEqualTo("地区生产总值增长5.5%。");
    }

    // the title of the table before does not reach past it: the second table's is the paragraph before it
    @Test
    void aTitleNamingAPeriodServesOnlyTheTableBelowIt() throws Exception {
        Path file = TestDocs.write(dir.resolve("second.docx"), TITLE, List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "地区生产总值增长5.5%。", "区发改经信局", "52%")), "附件2 重点项目表", "(单位:万元)", List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "建成城北学校。", "区教育局", "60%")));

        ProgressReport second = WordReader.create(WordReadOptions.builder()
                .table(TableReadOptions.builder().table(1).build()).build()).read(file).report();

        assertThat(second.title()).isEqualTo("(单位:万元)");
        assertThat(second.period()).isEmpty();
    }

    @Test
    void theProgressTableIsFoundAfterAnotherTable() throws Exception {
        Path file = TestDocs.write(dir.resolve("two.docx"), "联系人", List.of(
                List.of("单位", "联系人", "电话"),
                List.of("区政府办", "张三", "0571-1234567")), TITLE, List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "地区生产总值增长5.5%。", "区发改经信局", "52%"),
                List.of("2", "一般公共预算收入增长。", "区财政局", "60%")));

        WordReadResult read = WordReader.create().read(file);

        assertThat(read.table()).isEqualTo("表2");
        assertThat(read.report().title()).isEqualTo(TITLE);
        assertThat(read.report().tasks()).hasSize(2);
        // chosen by the options, the first table is refused for its header
        assertThatThrownBy(() -> WordReader.create(WordReadOptions.builder()
                .table(TableReadOptions.builder().table(0).build()).build()).read(file))
                .isInstanceOf(WordException.class).hasMessageContaining("table 表1");
    }

    @Test
    void paragraphsOfACellAreLinesAndGridBeforeLeavesColumnsEmpty() throws Exception {
        Path file = TestDocs.write(dir.resolve("lines.docx"), TITLE, List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "推进城市更新。\n完成老旧小区改造12个。", "区住建局\n区城管局", "已完成\n（超额）"),
                List.of(new TestDocs.Before(1), "一般公共预算收入增长。", "区财政局", "60%")));

        assertThat(rows(file, 0)).containsExactly(
                "0: 序号|主要工作内容|牵头单位|完成进度",
                "1: 1|推进城市更新。\n完成老旧小区改造12个。|区住建局\n区城管局|已完成\n（超额）",
                "2: |一般公共预算收入增长。|区财政局|60%");
        ProgressReport report = WordReader.create(WordReadOptions.builder()
                .table(TableReadOptions.builder().lenient(true).build()).build()).read(file).report();
        assertThat(report.tasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("区住建局", "区城管局");
        assertThat(report.tasks().get(1).content()).isEqualTo("一般公共预算收入增长。");
    }

    @Test
    void aTableNestedInACellIsATableOfItsOwnRightAfterItsOuterTable() throws Exception {
        List<List<Object>> inner = List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "地区生产总值增长5.5%。", "区发改经信局", "52%"));
        Path file = TestDocs.write(dir.resolve("nested.docx"), "版式", List.of(
                List.of("附件", nested(TITLE, inner))), "其他", List.of(List.of("备注")));

        DocxTables tables = WordFiles.open(file, "nested.docx", WordReadOptions.defaults());
        assertThat(tables.tableNames()).containsExactly("表1", "表2", "表3");
        assertThat(rows(file, 0)).containsExactly("0: 附件|" + TITLE);
        assertThat(tables.titleOutside(1)).contains(TITLE);
        assertThat(tables.titleOutside(2)).contains("其他");

        WordReadResult read = WordReader.create().read(file);
        assertThat(read.table()).isEqualTo("表2");
        assertThat(read.report().title()).isEqualTo(TITLE);
        assertThat(read.report().tasks()).hasSize(1);
    }

    @Test
    void aProblemNamesTheTableAndTheCellOfTheGrid() throws Exception {
        Path file = TestDocs.write(dir.resolve("problem.docx"), TITLE, List.of(
                List.of("序号", "主要工作内容", "牵头单位", "完成进度"),
                List.of("1", "地区生产总值增长5.5%。", "区发改经信局", "52%"),
                List.of("1", "一般公共预算收入增长。", "区财政局", "60%")));

        assertThatThrownBy(() -> WordReader.create().read(file)).isInstanceOfSatisfying(WordException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.source()).contains("problem.docx");
            assertThat(problem.sheet()).contains("表1");
            assertThat(problem.cell()).contains("A3");
        });
    }

    @Test
    void aRowBeyondTheColumnsATableMayHaveIsRefusedWithItsCell() throws Exception {
        Path file = TestDocs.write(dir.resolve("wide.docx"), TITLE, List.of(
                List.of("主要工作内容", "完成进度"),
                List.of(new TestDocs.Before(WordReadOptions.MAX_COLUMNS), "甲", "50%")));

        assertThatThrownBy(() -> WordReader.create().read(file)).isInstanceOfSatisfying(WordException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet()).contains("表1");
                assertThat(p.cell()).contains("XFE2");
                assertThat(p.reason()).contains("beyond the 16384 columns");
            });
        });
    }
}
