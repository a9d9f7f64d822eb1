package io.workplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReadResult;
import io.workplan.core.Problem;
import io.workplan.excel.ExcelException;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.samples.RealSamples;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real tables as Excel saves them as CSV on Chinese Windows (GBK, every cell as shown, blanks under
 * merged categories and units) read the same through the CSV reader as their workbook through the
 * Excel reader: the real Gongshu workbook and every table of the corpus of real tables.
 */
class ExcelSavedCsvTest {
    private static final String CORPUS = "/io/workplan/sheet/corpus/";

    @TempDir
    Path dir;

    @Test
    void gongshuInGbkIsNotUtf8AndHasBlanksUnderCategories() throws Exception {
        Path xlsx = RealSamples.file(RealSamples.GONGSHU_XLSX);
        byte[] bytes = ExcelSavedCsv.of(xlsx, 0, ExcelSavedCsv.GBK);
        String text = new String(bytes, ExcelSavedCsv.GBK);
        assertThat(text).contains("\r\n2,,一般公共预算收入增长与经济增长同步。,区财政局,52%\r\n");
        Path csv = dir.resolve("gongshu-2024-q2.csv");
        Files.write(csv, bytes);

        CsvReadResult result = CsvReader.create().read(csv);
        ProgressReport workbook = ExcelReader.create().read(xlsx).report();
        assertThat(result.charset()).isEqualTo(Charset.forName("GB18030"));
        assertThat(result.byteOrderMark()).isFalse();
        assertThat(result.report().tasks()).hasSize(159);
        assertThat(result.report().categories()).hasSize(24);
        assertThat(result.report()).isEqualTo(Gongshu.asReadFrom(workbook, "gongshu-2024-q2.csv"));
    }

    /** The folders of the corpus of real tables, in the test jar of workplan-sheet. */
    static Stream<String> corpus() throws Exception {
        URI uri = RealSamples.class.getResource(CORPUS).toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return ids(jar.getPath(CORPUS)).stream();
            }
        }
        return ids(Path.of(uri)).stream();
    }

    private static List<String> ids(Path corpus) throws Exception {
        try (Stream<Path> folders = Files.list(corpus)) {
            List<String> ids = folders.filter(f -> Files.exists(f.resolve("table.xlsx")))
                    .map(f -> f.getFileName().toString().replace("/", "")).sorted().toList();
            assertThat(ids).as("the corpus of real tables").hasSizeGreaterThanOrEqualTo(17);
            return ids;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachRealTableSavedAsCsvReadsAsItsWorkbook(String id) throws Exception {
        Path xlsx = RealSamples.file(CORPUS + id + "/table.xlsx");
        Charset charset = ExcelSavedCsv.fits(xlsx, ExcelSavedCsv.GBK) ? ExcelSavedCsv.GBK : StandardCharsets.UTF_8;
        Path csv = dir.resolve(id + ".csv");
        Files.write(csv, ExcelSavedCsv.of(xlsx, 0, charset));
        // lenient, both: some real tables have rows that a strict reading refuses, at the same cells in both
        ExcelReader excel = ExcelReader.create(ExcelReadOptions.builder().lenient(true).build());
        CsvReader reader = CsvReader.create(CsvReadOptions.builder()
                .table(TableReadOptions.builder().lenient(true).build()).build());
        ExcelReadResult workbook;
        try {
            workbook = excel.read(xlsx);
        } catch (ExcelException refused) {
            // a table the workbook's reading refuses (no period in its title): refused for the same problems
            // each names its table as its format does: the sheet Sheet1 of the workbook, the table of the CSV file
            assertThat(catchThrowableOfType(CsvException.class, () -> reader.read(csv)).problems())
                    .extracting(ExcelSavedCsvTest::place).isEqualTo(refused.problems().stream().map(ExcelSavedCsvTest::place)
                            .map(p -> p.replace("the sheet Sheet1 ", "the table " + id + " ")).toList());
            return;
        }
        CsvReadResult result = reader.read(csv);
        assertThat(result.report().tasks()).isNotEmpty();
        assertThat(result.report()).isEqualTo(Gongshu.asReadFrom(workbook.report(), id + ".csv"));
        // the workbook's warnings about its merged cells aside: a CSV file has none
        assertThat(result.warnings()).extracting(ExcelSavedCsvTest::place)
                .isEqualTo(workbook.warnings().stream().filter(w -> !w.reason().startsWith("the merged cell"))
                        .map(ExcelSavedCsvTest::place).toList());
    }

    private static String place(Problem p) {
        return p.severity() + " " + p.cell().orElse("") + ": " + p.reason();
    }
}
