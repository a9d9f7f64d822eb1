package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.samples.RealSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of real tables (the sheet's test jar): each page's table, opened by LibreOffice Writer
 * and saved as .docx (its title a heading before the table, its rowspans and colspans as vMerge and
 * gridSpan), reads to the same tasks and progress as the same page opened by LibreOffice Calc
 * ({@code table.xlsx} of the corpus) does through the Excel reader. Runs where Writer is installed.
 */
class RealTablesTest {
    private static final String CORPUS = "/io/workplan/sheet/corpus/";
    private static final List<String> IDS = List.of("hunan-changsha-furong-2021", "hunan-province-2021-m8", "hunan-yueyang-m11",
            "hunan-yueyanglou-2017-m8", "hunan-yueyanglou-2018-q1", "hunan-yueyanglou-2019-m7", "hunan-yueyanglou-2019-m8",
            "zhejiang-cangnan-2022-m10", "zhejiang-keqiao-2023-q1", "zhejiang-shaoxing-2020-q1", "zhejiang-shaoxing-2021",
            "zhejiang-songyang-2022-h1", "zhejiang-taishun-2023-m10", "zhejiang-taishun-2024-m4", "zhejiang-wenzhou-2018-m6",
            "zhejiang-xiangshan-sizhoutou-2024-q2", "zhejiang-yueqing-2022");

    @TempDir
    Path dir;

    @Test
    void everyCorpusTableReadsTheSameAsWordAsAsAWorkbook() throws Exception {
        Path soffice = LibreOffice.writer();
        assumeTrue(soffice != null, "LibreOffice Writer (soffice with libswlo) is not installed");
        List<Path> pages = new ArrayList<>();
        for (String id : IDS) {
            Path page = dir.resolve(id + ".html");
            Files.copy(RealSamples.file(CORPUS + id + "/table.html"), page);
            pages.add(page);
        }
        LibreOffice.convert(soffice, dir, "docx:MS Word 2007 XML", true, pages);

        // the corpus's own header words that the built-in vocabulary lacks, given to both readers alike
        TableReadOptions.Builder words = TableReadOptions.builder().lenient(true);
        List.of("目标任务", "工作任务", "内容与要求", "实事内容", "重点工作", "省重点民生实事项目名称")
                .forEach(w -> words.putHeaders(w, ColumnRole.CONTENT));
        List.of("落实情况", "当前进度", "年度完成情况", "进展情况、存在问题及下一步打算")
                .forEach(w -> words.putHeaders(w, ColumnRole.PROGRESS));
        TableReadOptions lenient = words.build();
        List<String> compared = new ArrayList<>();
        for (String id : IDS) {
            ExcelReadOptions.Builder excel = ExcelReadOptions.builder().lenient(true);
            lenient.headers().forEach((w, role) -> excel.addHeader(role, w));
            Object workbook = outcome(() -> ExcelReader.create(excel.build())
                    .read(RealSamples.file(CORPUS + id + "/table.xlsx")).report());
            Object document = outcome(() -> WordReader.create(WordReadOptions.builder().table(lenient).build())
                    .read(dir.resolve(id + ".docx")).report());
            if (workbook instanceof TableException) {
                // a table that the reader refuses as a workbook is refused as a document, for the same first reason
                // (the cells of the others differ by the row of the page's heading, which Calc puts above the table)
                assertThat(document).as(id).isInstanceOf(WordException.class);
                assertThat(reasons((TableException) document).get(0)).as(id)
                        .isEqualTo(reasons((TableException) workbook).get(0).replace("sheet Sheet1", "table 表1"));
                compared.add(id + ": refused " + reasons((TableException) workbook));
                continue;
            }
            assertThat(document).as(id).isInstanceOf(ProgressReport.class);
            ProgressReport w = (ProgressReport) workbook;
            ProgressReport d = (ProgressReport) document;
            assertThat(tasks(d)).as(id).isEqualTo(tasks(w));
            assertThat(d.entries()).extracting(e -> e.progress()).as(id)
                    .isEqualTo(w.entries().stream().map(e -> e.progress()).collect(Collectors.toList()));
            assertThat(d.period()).as(id).isEqualTo(w.period());
            compared.add(id + ": " + d.tasks().size());
        }
        // the others are refused alike, for header words that the built-in vocabulary and those above lack
        assertThat(compared).hasSize(17).filteredOn(c -> !c.contains("refused")).containsExactly(
                "hunan-yueyanglou-2018-q1: 6", "zhejiang-cangnan-2022-m10: 13", "zhejiang-keqiao-2023-q1: 3",
                "zhejiang-shaoxing-2020-q1: 3", "zhejiang-taishun-2023-m10: 8", "zhejiang-taishun-2024-m4: 6",
                "zhejiang-wenzhou-2018-m6: 7", "zhejiang-yueqing-2022: 2");
    }

    private static Object outcome(java.util.function.Supplier<ProgressReport> reading) {
        try {
            return reading.get();
        } catch (TableException e) {
            return e;
        }
    }

    private static List<String> reasons(TableException e) {
        return e.problems().stream().map(p -> p.reason()).collect(Collectors.toList());
    }

    /** What a task holds, one line each. */
    private static List<String> tasks(ProgressReport report) {
        return report.tasks().stream().map(RealTablesTest::describe).collect(Collectors.toList());
    }

    private static String describe(Task t) {
        return Stream.of(String.valueOf(t.number()), t.category().label(), t.content(), t.leadUnits().toString(),
                t.responsibleUnits().toString(), t.leader().orElse(""), t.remark().orElse("")).collect(Collectors.joining(" | "));
    }
}
