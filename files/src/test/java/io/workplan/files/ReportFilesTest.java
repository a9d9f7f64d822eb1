package io.workplan.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.WorkplanException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.corpus.Corpus;
import io.workplan.sheet.samples.RealSamples;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one door: the same table gives the same report whatever file holds it, and every writable format reads back. */
class ReportFilesTest {
    @TempDir
    Path dir;

    private static ProgressReport workbook() {
        return ReportFiles.read(RealSamples.file(RealSamples.GONGSHU_XLSX)).report();
    }

    /** A report without what a file's name adds: its source. */
    private static ProgressReport bare(ProgressReport report) {
        return ProgressReport.builder().from(report).source(java.util.Optional.empty()).build();
    }

    @Test
    void theRealPageReadsAsTheRealWorkbook() {
        FileReadResult page = ReportFiles.read(RealSamples.file(RealSamples.GONGSHU_HTML));
        assertThat(page.format()).isEqualTo(Format.HTML);
        assertThat(page.report().tasks()).hasSize(159);
        assertThat(page.report().categories()).hasSize(24);
        assertThat(bare(page.report())).isEqualTo(bare(workbook()));
    }

    @Test
    void thePageSavedUnderAnXlsNameIsReadAsAPage() throws Exception {
        Path xls = dir.resolve("附件1.xls");
        Files.copy(RealSamples.file(RealSamples.GONGSHU_HTML), xls);
        FileReadResult read = ReportFiles.read(xls);
        assertThat(read.format()).isEqualTo(Format.HTML);
        assertThat(bare(read.report())).isEqualTo(bare(workbook()));
    }

    @Test
    void aGbkPageReadsRight() throws Exception {
        String page = RealSamples.text(RealSamples.GONGSHU_HTML).replace("charset=\"utf-8\"", "charset=\"gbk\"");
        Path gbk = dir.resolve("page.htm");
        Files.write(gbk, page.getBytes(Charset.forName("GBK")));
        assertThat(bare(ReportFiles.read(gbk).report())).isEqualTo(bare(workbook()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.xlsx", "out.xls", "out.html", "out.htm", "out.docx", "out.csv", "out.tsv", "out.json"})
    void everyWritableFormatReadsBackTheSameReport(String name) {
        ProgressReport report = workbook();
        Path file = dir.resolve(name);
        ReportFiles.write(report, file);
        FileReadResult read = ReportFiles.read(file);
        assertThat(read.format()).isEqualTo(Format.byName(file).orElseThrow());
        assertThat(bare(read.report())).isEqualTo(bare(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.xlsx", "out.xls", "out.html", "out.docx", "out.csv"})
    void everyTableFormatKeepsTheTableOptionsBudgets(String name) {
        Path file = dir.resolve(name);
        ReportFiles.write(workbook(), file);
        FileReadOptions small = FileReadOptions.builder()
                .table(TableReadOptions.builder().maxReportChars(2_000).build()).build();
        WorkplanException refused = catchThrowableOfType(WorkplanException.class, () -> ReportFiles.read(file, small));
        assertThat(refused).as(name).isNotNull();
        assertThat(refused.problems()).extracting(Problem::reason).singleElement().asString()
                .contains("more than 2,000 characters of text by its task", "(TableReadOptions.maxReportChars)");
    }

    @Test
    void aCsvInGbkReadsTheSameAndSaysItsEncoding() throws Exception {
        Path utf8 = dir.resolve("utf8.csv");
        ReportFiles.write(workbook(), utf8);
        String text = new String(Files.readAllBytes(utf8), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        FileReadResult read = ReportFiles.read(gbk);
        assertThat(read.encoding()).hasValueSatisfying(e -> assertThat(e).contains("GB18030"));
        assertThat(bare(read.report())).isEqualTo(bare(workbook()));
    }

    @Test
    void aWorkbookNamedJsonIsReadAsAWorkbook() throws Exception {
        Path json = dir.resolve("report.json");
        Files.copy(RealSamples.file(RealSamples.GONGSHU_XLSX), json);
        assertThat(ReportFiles.formatOf(json)).isEqualTo(Format.XLSX);
        assertThat(ReportFiles.read(json).report().tasks()).hasSize(159);
    }

    @Test
    void aNameOfNoFormatIsRefusedAndNothingIsWritten() {
        Path pdf = dir.resolve("out.pdf");
        WorkplanException e = catchThrowableOfType(WorkplanException.class, () -> ReportFiles.write(workbook(), pdf));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains(".xlsx").contains(".csv"));
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aMissingFileOrOneOfNoKnownKindIsOurException() throws Exception {
        WorkplanException missing = catchThrowableOfType(WorkplanException.class, () -> ReportFiles.read(dir.resolve("none.xlsx")));
        assertThat(missing.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("no such file"));
        Path odd = dir.resolve("notes");
        Files.write(odd, List.of("序号,主要工作内容"), StandardCharsets.UTF_8);
        WorkplanException unknown = catchThrowableOfType(WorkplanException.class, () -> ReportFiles.read(odd));
        assertThat(unknown.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("neither its contents nor its name"));
    }

    @Test
    void aWorkbookNamedJsonIsReadAsTheWorkbookItIs() throws Exception {
        Path json = Files.copy(RealSamples.file(RealSamples.GONGSHU_XLSX), dir.resolve("gongshu.json"));
        FileReadResult read = ReportFiles.read(json);
        assertThat(read.format()).isEqualTo(Format.XLSX);
        assertThat(read.report().tasks()).hasSize(159);
    }

    @Test
    void aFileOfAKindNoReaderReadsIsNamedForWhatItIs() throws Exception {
        String notATable = ", not a table workplan reads (.xlsx, .xls, .html, .htm, .docx, .csv, .tsv, .json): ";
        assertReason(Files.write(dir.resolve("附件1.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)),
                "it is a PDF document" + notATable + "ask for the table as a workbook");
        assertReason(Files.write(dir.resolve("scan.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                "it is a PNG image (a scan or a photograph of the table?)" + notATable);
        Path ods = dir.resolve("report.xlsx");
        Corpus.openDocument(ods, "application/vnd.oasis.opendocument.spreadsheet");
        assertReason(ods, "it is an OpenDocument spreadsheet (.ods)" + notATable + "open it in LibreOffice Calc, WPS or Excel"
                + " and save it as an Excel workbook (.xlsx)");
        for (String empty : new String[] {"empty.xlsx", "empty.json", "empty"}) {
            assertReason(Files.write(dir.resolve(empty), new byte[0]), "the file is empty (0 bytes), not a table workplan reads");
        }
    }

    private static void assertReason(Path file, String reason) {
        WorkplanException e = catchThrowableOfType(WorkplanException.class, () -> ReportFiles.read(file));
        assertThat(e).as(file.toString()).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith(reason));
    }
}
