package io.workplan.excel;

import io.workplan.sheet.samples.RealSamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.workplan.excel.corpus.ExcelCorpus;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are no readable workbook: our exception, naming the file and what it is; never a POI exception. */
class UnreadableFilesTest {

    @TempDir
    Path dir;

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(RealSamples.file(RealSamples.GONGSHU_XLSX));
    }

    private static void assertUnreadable(Path file, String... words) {
        for (boolean streaming : new boolean[] {false, true}) {
            Throwable t = catchThrowable(() -> new ExcelReader(ExcelReadOptions.builder().streaming(streaming).build()).read(file));
            assertThat(t).as("streaming=%s", streaming).isExactlyInstanceOf(ExcelException.class);
            assertThat(t.getMessage()).contains(file.getFileName().toString()).contains(words);
            assertThat(((ExcelException) t).problems()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body><table><tr><td>序号</td></tr></table></body></html>",
        "\uFEFF<table border=1><tr><td>序号</td></tr></table>", "\n  <!DOCTYPE html><html></html>",
        "<meta charset=utf-8><table><tr><td>1</td></tr></table>"})
    void anHtmlPageSavedAsXls(String html) throws Exception {
        Path file = dir.resolve("gongshu.xls");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        assertUnreadable(file, "it is a web page (HTML), not an Excel workbook (.xlsx or .xls): read it with HtmlReader");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 5000, 20000})
    void aTruncatedXlsx(int length) throws Exception {
        Path file = dir.resolve("truncated.xlsx");
        Files.write(file, Arrays.copyOf(sample(), length));
        assertUnreadable(file, "truncated");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anEncryptedXlsx(boolean streaming) throws Exception {
        Path file = dir.resolve("secret.xlsx");
        ExcelCorpus.encrypt(sample(), file);
        assertUnreadable(file, "encrypted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "序号,项目名称\n1,指标\n", "%PDF-1.4 ..."})
    void notAWorkbook(String content) throws Exception {
        Path file = dir.resolve("plain.xlsx");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertUnreadable(file, "Cannot read");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aZipThatIsNoWorkbookAndAnOle2ThatIsNoExcel(boolean ole2) throws Exception {
        Path file = dir.resolve(ole2 ? "doc.xls" : "zip.xlsx");
        if (ole2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
                fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
                fs.writeFilesystem(out);
            }
            assertUnreadable(file, "not an Excel workbook");
        } else {
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
                zip.write("hello".getBytes(StandardCharsets.UTF_8));
            }
            assertUnreadable(file, "zip.xlsx");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "3"})
    void aSheetThatDoesNotExist(String sheet) throws URISyntaxException {
        Path file = RealSamples.file(RealSamples.GONGSHU_XLSX);
        ExcelReadOptions options = sheet.equals("3") ? ExcelReadOptions.builder().sheetIndex(3).build()
                : ExcelReadOptions.builder().sheetName(sheet).build();
        Throwable t = catchThrowable(() -> new ExcelReader(options).read(file));
        assertThat(t).isExactlyInstanceOf(ExcelException.class).hasMessageContaining("Sheet1");
    }
}
