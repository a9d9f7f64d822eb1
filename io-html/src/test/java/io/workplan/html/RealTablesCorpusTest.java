package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelException;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriter;
import io.workplan.sheet.samples.WrittenTables;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.corpus.RealTables;
import io.workplan.sheet.samples.RealSamples;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each table of the corpus of real tables (sheet's test jar) reads through its page the same as
 * through the workbook a spreadsheet program saved of that page (table.xlsx, merges kept).
 */
class RealTablesCorpusTest {
    static Stream<String> tables() {
        return RealTables.IDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void thePageReadsAsItsWorkbook(String table) {
        String dir = RealTables.resource(table, "");
        ExcelReader excel = ExcelReader.create(ExcelReadOptions.builder().lenient(true).build());
        HtmlReader html = HtmlReader.create(HtmlReadOptions.builder().table(TableReadOptions.builder().lenient(true).build())
                .build());
        ExcelException refused = catchThrowableOfType(ExcelException.class, () -> excel.read(RealSamples.file(dir + "table.xlsx")));
        if (refused != null) {
            // a table the reader refuses (a title naming no year): the page is refused for the same problems (at
            // cells a row higher when the page's title stands above the table, where the workbook has a title row)
            HtmlException pageRefused = catchThrowableOfType(HtmlException.class, () -> html.read(RealSamples.file(dir + "table.html")));
            assertThat(pageRefused).isNotNull();
            assertThat(pageRefused.problems()).extracting(p -> p.reason().replaceAll("\\(([A-Z]+)\\d+\\)", "($1)"))
                    .isEqualTo(refused.problems().stream().map(p -> p.reason().replaceAll("\\(([A-Z]+)\\d+\\)", "($1)")).toList());
            return;
        }
        ProgressReport workbook = excel.read(RealSamples.file(dir + "table.xlsx")).report();
        ProgressReport page = html.read(RealSamples.file(dir + "table.html")).report();
        assertThat(RealTables.comparable(page)).isEqualTo(RealTables.comparable(workbook));
        assertThat(page.entries()).extracting(e -> e.progress()).isEqualTo(workbook.entries().stream().map(e -> e.progress()).toList());
        assertThat(page.categories()).isEqualTo(workbook.categories());
        assertThat(page.period()).isEqualTo(workbook.period());
        // the headers as published, exactly: a blank before a line break is seen in neither
        assertThat(page.extraColumns()).isEqualTo(workbook.extraColumns());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void thePageReadsExactlyStrictly(String table) {
        ProgressReport page = HtmlReader.create().read(RealSamples.file(RealTables.resource(table, "table.html"))).report();
        RealTables.assertReads(table, page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void thePageWrittenAsAWorkbookAndAsAPageReadsBackAsItself(String table) throws Exception {
        ProgressReport page = HtmlReader.create().read(RealSamples.file(RealTables.resource(table, "table.html"))).report();
        // all the page's, every extra column in its place (the warnings are the page's own: a blank lead unit,
        // a second progress column kept); a workbook names its source, a page is the source
        ProgressReport expected = page;
        WrittenTables.inTemporaryFile(".xlsx", file -> {
            ExcelWriter.create().write(page, file);
            var read = ExcelReader.create(ExcelReadOptions.builder().sourceName("written").build()).read(file);
            assertThat(read.report()).isEqualTo(expected);
            assertThat(read.report().extraColumns()).isEqualTo(page.extraColumns());
        });
        WrittenTables.inTemporaryFile(".html", file -> {
            HtmlWriter.create().write(page, file);
            TableReader.Read read = HtmlReader.create(HtmlReadOptions.builder().sourceName("written").build()).read(file);
            assertThat(read.report()).isEqualTo(ProgressReport.builder().from(expected).source("written").build());
            assertThat(read.report().extraColumns()).isEqualTo(page.extraColumns());
        });
    }

    static Stream<String> untitled() {
        return RealTables.UNTITLED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untitled")
    void aPageWithoutATitleIsRefusedUntilTheCallerGivesOne(String table) {
        java.nio.file.Path page = RealSamples.file(RealTables.resource(table, "table.html"));
        HtmlException refused = catchThrowableOfType(HtmlException.class, () -> HtmlReader.create().read(page));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(p -> p.reason()).anyMatch(r -> r.startsWith("no title above the header"));
        String given = "（标题由调用方给出）";
        ProgressReport report = HtmlReader.create(HtmlReadOptions.builder().table(TableReadOptions.builder().title(given).build())
                .build()).read(page).report();
        assertThat(report.title()).isEqualTo(given);
        RealTables.assertReads(table, report);
    }
}
