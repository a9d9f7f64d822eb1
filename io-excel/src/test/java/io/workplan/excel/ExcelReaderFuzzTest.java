package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.workplan.excel.corpus.XlsxParts;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz tests of the reader: whatever the bytes, in both modes, the reading gives a report or our
 * {@link ExcelException}; any other exception, a hang or running out of memory is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI) each method replays the inputs committed under {@code
 * src/test/resources/io/workplan/excel/ExcelReaderFuzzTestInputs/<method>/}: the seeds and every
 * finding so far. To fuzz one method for its {@code maxDuration}, from the worktree's root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp test-compile surefire:test@default-test -pl io-excel -am \
 *     -Dtest=ExcelReaderFuzzTest#sheetXml -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DargLine=-XX:-OmitStackTraceInFastThrow
 * }</pre>
 *
 * (The JVM option keeps the stack of exceptions thrown often, which tells a bug of the reader from
 * a damaged file; {@code surefire:test@default-test} leaves out the module's two small-heap runs.)
 *
 * A finding is written as {@code crash-…} into that directory: it stays there as a regression
 * input once the reader is fixed.
 */
class ExcelReaderFuzzTest {

    /** Any bytes, as a file named .xlsx (seeds: small valid and damaged workbooks). */
    @FuzzTest(maxDuration = "3m")
    void xlsxFile(byte[] data) throws Exception {
        readAsFile(data, ".xlsx");
    }

    /** Any bytes, as a file named .xls. */
    @FuzzTest(maxDuration = "3m")
    void xlsFile(byte[] data) throws Exception {
        readAsFile(data, ".xls");
    }

    /** Any bytes as the sheet's XML of an otherwise valid .xlsx: where the fuzzer reaches the parsing of cells. */
    @FuzzTest(maxDuration = "3m")
    void sheetXml(byte[] data) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", ".xlsx");
        try {
            writeWithSheet(file, data);
            read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Writes an .xlsx whose sheet's XML is the fuzzer's bytes, with two shared strings (a plain one
     * and one of two runs) for its cells to refer to.
     *
     * @param file where
     * @param sheetXml the bytes of the sheet's XML
     * @throws java.io.IOException when it cannot be written
     */
    static void writeWithSheet(Path file, byte[] sheetXml) throws java.io.IOException {
        XlsxParts.withSheet("").put("xl/worksheets/sheet1.xml", sheetXml)
                .put("xl/sharedStrings.xml", "<sst xmlns=\"" + XlsxParts.MAIN + "\" count=\"2\" uniqueCount=\"2\">"
                        + "<si><t>主要工作内容</t></si><si><r><t>完成</t></r><r><t>进度</t></r></si></sst>")
                .writeTo(file);
    }

    /** Any bytes as the shared strings of an .xlsx whose sheet refers to strings 0 to 3. */
    @FuzzTest(maxDuration = "3m")
    void sharedStringsXml(byte[] data) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", ".xlsx");
        try {
            StringBuilder rows = new StringBuilder(XlsxParts.row(1, "2024年第二季度主要任务完成情况"));
            rows.append(XlsxParts.row(2, "<c t=\"s\"><v>0</v></c>", "<c t=\"s\"><v>1</v></c>"));
            rows.append(XlsxParts.row(3, "<c t=\"s\"><v>2</v></c>", "<c t=\"s\"><v>3</v></c>"));
            XlsxParts.withSheet(XlsxParts.sheet("", rows, "")).put("xl/sharedStrings.xml", data).writeTo(file);
            read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void readAsFile(byte[] data, String extension) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", extension);
        try {
            Files.write(file, data);
            read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void read(Path file) {
        for (boolean streaming : new boolean[] {false, true}) {
            try {
                ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).build()).read(file);
            } catch (ExcelException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.getMessage()).contains(file.getFileName().toString());
            }
        }
    }
}
