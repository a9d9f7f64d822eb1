package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.samples.RealSamples;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real published page reads to exactly the report of the real workbook, whatever its bytes and name. */
class RealPageTest {
    private static ProgressReport workbook;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheWorkbook() {
        workbook = ExcelReader.create().read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
    }

    static void assertSameReport(ProgressReport page) {
        assertThat(page.title()).isEqualTo(workbook.title());
        assertThat(page.period()).isEqualTo(workbook.period());
        assertThat(page.categories()).isEqualTo(workbook.categories());
        assertThat(page.tasks()).isEqualTo(workbook.tasks());
        assertThat(page.entries()).isEqualTo(workbook.entries());
        assertThat(page.tasks()).hasSize(159);
        assertThat(page.categories()).hasSize(24);
    }

    @Test
    void thePageReadsAsTheWorkbook() {
        TableReader.Read read = HtmlReader.create().read(RealSamples.file(RealSamples.GONGSHU_HTML));
        assertSameReport(read.report());
        assertThat(read.report().source()).contains("gongshu-2024-q2.html");
        assertThat(read.summary().table()).isEqualTo("表1");
        assertThat(read.summary().warnings()).extracting(Problem::cell, Problem::reason).isEqualTo(
                ExcelReader.create().read(RealSamples.file(RealSamples.GONGSHU_XLSX)).warnings().stream()
                        .map(w -> org.assertj.core.groups.Tuple.tuple(w.cell(), w.reason())).toList());
    }

    @Test
    void thePageInGbkWithItsMetaReadsTheSame() throws Exception {
        String page = RealSamples.text(RealSamples.GONGSHU_HTML).replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">");
        Path file = dir.resolve("gongshu-gbk.html");
        Files.write(file, page.getBytes(Charset.forName("GBK")));
        assertSameReport(HtmlReader.create().read(file).report());
    }

    @Test
    void thePageInGb2312DeclaredByHttpEquivReadsTheSame() throws Exception {
        String page = RealSamples.text(RealSamples.GONGSHU_HTML).replace("<meta charset=\"utf-8\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        assertSameReport(HtmlReader.create().read(new ByteArrayInputStream(page.getBytes(Charset.forName("GB18030"))))
                .report());
    }

    @Test
    void thePageSavedAsXlsReadsTheSame() throws Exception {
        Path file = dir.resolve("gongshu-2024-q2.xls");
        Files.copy(RealSamples.file(RealSamples.GONGSHU_HTML), file);
        assertThat(HtmlReader.looksLikeHtml(Files.readAllBytes(file))).isTrue();
        TableReader.Read read = HtmlReader.create().read(file);
        assertSameReport(read.report());
        assertThat(read.report().source()).contains("gongshu-2024-q2.xls");
    }

    @Test
    void thePageInUtf16WithABomReadsTheSame() throws Exception {
        String page = RealSamples.text(RealSamples.GONGSHU_HTML);
        byte[] body = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertSameReport(HtmlReader.create().read(new ByteArrayInputStream(bytes)).report());
    }

    @Test
    void aPageReadWholeHoldsNoMoreTextThanItsBudgetAsTheWorkbookDoes() {
        TableReadOptions small = TableReadOptions.builder().maxReportChars(2_000).build();
        TableException page = catchThrowableOfType(TableException.class, () -> HtmlReader.create(
                HtmlReadOptions.builder().table(small).build()).read(RealSamples.file(RealSamples.GONGSHU_HTML)));
        TableException sheet = catchThrowableOfType(TableException.class, () -> ExcelReader.create(
                ExcelReadOptions.builder().maxReportChars(2_000).build()).read(RealSamples.file(RealSamples.GONGSHU_XLSX)));
        assertThat(page).isInstanceOf(HtmlException.class);
        assertThat(page.problems()).extracting(Problem::reason).singleElement().asString()
                .contains("TableReadOptions.maxReportChars");
        assertThat(page.problems()).extracting(Problem::reason)
                .isEqualTo(sheet.problems().stream().map(Problem::reason).toList());
        // entry by entry holds no report: the budget does not bound it
        List<ProgressEntry> entries = new ArrayList<>();
        HtmlReader.create(HtmlReadOptions.builder().table(small).build())
                .read(RealSamples.file(RealSamples.GONGSHU_HTML), entries::add);
        assertThat(entries).hasSize(159);
    }

    @Test
    void entryByEntryGivesTheHeadThePageReadWholeHasItsRegionAndDateToo() throws Exception {
        Path page = dir.resolve("page.html");
        HtmlWriter.create().write(ProgressReport.builder().from(workbook).region("杭州市拱墅区")
                .publishedOn(java.time.LocalDate.of(2024, 7, 23)).build(), page);
        ProgressReport whole = HtmlReader.create().read(page).report();
        var summary = HtmlReader.create().read(page, entry -> { });
        assertThat(whole.region()).contains("杭州市拱墅区");
        assertThat(whole.publishedOn()).contains(java.time.LocalDate.of(2024, 7, 23));
        assertThat(summary.region()).isEqualTo(whole.region());
        assertThat(summary.publishedOn()).isEqualTo(whole.publishedOn());
        assertThat(summary.head()).isEqualTo(whole.head());
    }

    @Test
    void entryByEntryHandsOverTheSameEntries() {
        List<ProgressEntry> entries = new ArrayList<>();
        var summary = HtmlReader.create().read(RealSamples.file(RealSamples.GONGSHU_HTML), entries::add);
        assertThat(entries).isEqualTo(workbook.entries());
        assertThat(summary.tasks()).isEqualTo(159);
        assertThat(summary.categories()).isEqualTo(workbook.categories());
    }
}
