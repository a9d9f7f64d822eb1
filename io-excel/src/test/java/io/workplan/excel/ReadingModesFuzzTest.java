package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.workplan.core.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The differential fuzz test of the two reading modes: the same bytes read in memory and streaming
 * must give the same report with the same warnings, or the same problems (their severity, sheet,
 * cell and reason; a reason's detail in parentheses, the XML parser's or POI's own words, may
 * differ). Any other exception than {@link ExcelException} is a finding too.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in every build) each method replays the inputs committed
 * under {@code src/test/resources/io/workplan/excel/ReadingModesFuzzTestInputs/<method>/} (and the
 * valid seeds of {@code ExcelReaderFuzzTestInputs}, copied there by the build): seeds,
 * and the inputs on which the modes once disagreed (rows out of order, a row or cell given twice, a
 * second {@code <sheetData>}, a row inside {@code <extLst>}, a sheet in no or another namespace, an
 * inline string in {@code <v>}, …), kept as regression inputs. To fuzz, from the worktree's root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp test-compile surefire:test@default-test -pl io-excel -am \
 *     -Dtest=ReadingModesFuzzTest#sheetXml -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DargLine=-XX:-OmitStackTraceInFastThrow
 * }</pre>
 */
class ReadingModesFuzzTest {

    /** Any bytes as the sheet's XML of an otherwise valid .xlsx with two shared strings. */
    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"<row", "</row>", "<c ", "</c>", "<v>", "</v>", "<is>", "</is>", "<t>", "</t>", "<r>", "</r>",
        "<f>", "</f>", "<rPh>", "<sheetData>", "</sheetData>", "<extLst>", "</extLst>", "<ext>", "<mergeCells>",
        "<mergeCell ref=\"", " r=\"", " t=\"inlineStr\"", " t=\"s\"", " t=\"str\"", " t=\"d\"", " t=\"b\"", " t=\"e\"",
        " s=\"1\"", " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", " xmlns:x=\"urn:x\"",
        "<x:row>", " xml:space=\"preserve\""})
    void sheetXml(byte[] data) throws Exception {
        inBothModes(file -> ExcelReaderFuzzTest.writeWithSheet(file, data));
    }

    /** Any bytes as a file named .xlsx (seeds: small valid and damaged workbooks). */
    @FuzzTest(maxDuration = "5m")
    void xlsxFile(byte[] data) throws Exception {
        inBothModes(file -> Files.write(file, data));
    }

    private static void inBothModes(io.workplan.sheet.corpus.Corpus.Producer producer) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", ".xlsx");
        try {
            producer.write(file);
            assertSameInBothModes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Reads a file in both modes, strict and lenient, and requires the same outcome.
     *
     * @param file the file
     */
    static void assertSameInBothModes(Path file) {
        for (boolean lenient : new boolean[] {false, true}) {
            Object inMemory = outcome(file, false, lenient);
            Object streaming = outcome(file, true, lenient);
            assertThat(streaming).as("streaming against in memory, %s", lenient ? "lenient" : "strict").isEqualTo(inMemory);
        }
    }

    /** What a reading gives: the report and its warnings, or the problems of its refusal. */
    private static Object outcome(Path file, boolean streaming, boolean lenient) {
        try {
            ExcelReadResult result = ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).lenient(lenient)
                    .build()).read(file);
            return List.of(result.report(), result.sheet(), problems(result.warnings()));
        } catch (ExcelException e) {
            assertThat(e.problems()).isNotEmpty();
            return "refused: " + problems(e.problems());
        }
    }

    private static List<String> problems(List<Problem> problems) {
        return problems.stream().map(p -> p.severity() + " " + p.sheet().orElse("") + "!" + p.cell().orElse("") + " "
                + p.subject().orElse("") + " " + p.rawText().orElse("") + ": " + head(p.reason())).collect(Collectors.toList());
    }

    /** A reason without the detail in parentheses that a dependency's words give it. */
    private static String head(String reason) {
        int detail = reason.indexOf(" (");
        return detail < 0 || !reason.endsWith(")") ? reason : reason.substring(0, detail);
    }
}
