package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.corpus.RealTables;
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
    private static final List<String> IDS = RealTables.IDS;

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

        TableReadOptions lenient = TableReadOptions.builder().lenient(true).build();
        List<String> compared = new ArrayList<>();
        for (String id : IDS) {
            Object workbook = outcome(() -> ExcelReader.create(ExcelReadOptions.builder().lenient(true).build())
                    .read(RealSamples.file(CORPUS + id + "/table.xlsx")).report());
            Object document = outcome(() -> WordReader.create(WordReadOptions.builder().table(lenient).build())
                    .read(dir.resolve(id + ".docx")).report());
            if (workbook instanceof TableException) {
                // a table that the reader refuses as a workbook is refused as a document, for the same reasons
                assertThat(document).as(id).isInstanceOf(WordException.class);
                assertThat(reasons((TableException) document)).as(id)
                        .isEqualTo(reasons((TableException) workbook).stream().map(r -> r.replace("sheet Sheet1", "table 表1"))
                                .collect(Collectors.toList()));
                compared.add(id + ": refused " + reasons((TableException) workbook));
                continue;
            }
            assertThat(document).as(id).isInstanceOf(ProgressReport.class);
            ProgressReport w = (ProgressReport) workbook;
            ProgressReport d = (ProgressReport) document;
            // as every form of the table shows it: Writer keeps a page's 13533.40 as text, Calc makes it the number 13533.4
            assertThat(RealTables.comparable(d)).as(id).isEqualTo(RealTables.comparable(w));
            assertThat(d.entries()).extracting(e -> e.progress()).as(id)
                    .isEqualTo(w.entries().stream().map(e -> e.progress()).collect(Collectors.toList()));
            RealTables.assertReads(id, d);
            assertThat(d.categories()).as(id).isEqualTo(w.categories());
            assertThat(d.extraColumns()).as(id).isEqualTo(w.extraColumns());
            assertThat(d.period()).as(id).isEqualTo(w.period());
            compared.add(id + ": " + d.tasks().size());
        }
        // the tasks of each: every table of the corpus is read (hunan-yueyang-m11, whose title names no year, without a period)
        assertThat(compared).containsExactlyElementsOf(RealTables.IDS.stream()
                .map(id -> id + ": " + RealTables.expected(id).size()).collect(Collectors.toList()));
    }

    private static Object outcome(java.util.function.Supplier<ProgressReport> reading) {
        try {
            return reading.get();
        } catch (TableException e) {
            return e;
        }
    }

    private static List<String> reasons(TableException e) {
        // the cells named in a reason, without their rows: a page's heading is a row above the table in Calc, not in Writer
        return e.problems().stream().map(p -> p.reason().replaceAll("\\(([A-Z]+)\\d+\\)", "($1)")).collect(Collectors.toList());
    }

    /** What a task holds, one line each. */
    private static List<String> tasks(ProgressReport report) {
        return report.tasks().stream().map(RealTablesTest::describe).collect(Collectors.toList());
    }

    private static String describe(Task t) {
        return Stream.of(String.valueOf(t.number()), t.category().map(io.workplan.core.Category::label).orElse(""), t.content(), t.leadUnits().toString(),
                t.responsibleUnits().toString(), t.leader().orElse(""), t.remark().orElse(""), t.extras().toString()).collect(Collectors.joining(" | "));
    }
}
