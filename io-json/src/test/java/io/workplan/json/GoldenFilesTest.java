package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files of format versions 1 and 2: what the writer writes (version 2) must not change
 * unnoticed, and what was once written (version 1 too) must stay readable. The sample's golden file was first made from the page's
 * HTML table and is now checked against the workbook read by the Excel reader: two sources agree.
 * A failure here means the format changed: if that is
 * meant, it is a new format version with golden files of its own.
 */
class GoldenFilesTest {

    static Stream<Arguments> goldenFiles() {
        return Stream.of(
                Arguments.of("gongshu-2024-q2.json", SampleReport.load()),
                Arguments.of("every-field.json", EveryFieldReport.build()));
    }

    static Stream<Arguments> goldenFilesV2() {
        return Stream.of(
                Arguments.of("gongshu-2024-q2.json", SampleReport.load()),
                Arguments.of("every-field.json", EveryFieldReport.version2()),
                Arguments.of("without-categories.json", EveryFieldReport.withoutCategories()),
                Arguments.of("without-period.json", EveryFieldReport.withoutPeriod()));
    }

    @ParameterizedTest
    @MethodSource("goldenFilesV2")
    void writingTheReportGivesTheGoldenFile(String file, ProgressReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonWriter.create().write(report, bytes);

        assertThat(bytes.toByteArray()).isEqualTo(TestFiles.bytes(TestFiles.GOLDEN_V2 + file));
        assertThat(JsonWriter.create().writeString(report)).isEqualTo(TestFiles.text(TestFiles.GOLDEN_V2 + file));
    }

    /** A version 1 document and its version 2 form are one report: only the version and what it adds differ. */
    @ParameterizedTest
    @MethodSource("goldenFiles")
    void version1DocumentsAreVersion2DocumentsWithoutTheAdditions(String file, ProgressReport report) {
        String v1 = TestFiles.text(TestFiles.GOLDEN_V1 + file);
        assertThat(JsonWriter.create().writeString(report)).isEqualTo(v1.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 2"));
    }

    /** The golden files of both versions, each with the folder of its version. */
    static Stream<Arguments> goldenFilesOfBothVersions() {
        return Stream.concat(goldenFiles().map(a -> Arguments.of(TestFiles.GOLDEN_V1, a.get()[0], a.get()[1])),
                goldenFilesV2().map(a -> Arguments.of(TestFiles.GOLDEN_V2, a.get()[0], a.get()[1])));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("goldenFilesOfBothVersions")
    void readingTheGoldenFileGivesTheReport(String version, String file, ProgressReport report) {
        ProgressReport read = JsonReader.create().readString(TestFiles.text(version + file));

        assertThat(read).isEqualTo(report);
        assertThat(read.entries()).isEqualTo(report.entries());
        assertThat(read.extraColumns()).isEqualTo(report.extraColumns());
    }

    @Test
    void percentagesKeepEveryDigitAndTheirScale() {
        ProgressReport read = JsonReader.create().readString(TestFiles.text(TestFiles.GOLDEN_V1 + "every-field.json"));

        assertThat(read.progressOf(read.tasks().get(0)).flatMap(Progress::percent)).hasValue(new BigDecimal("53.600000000000001"));
        assertThat(read.progressOf(read.tasks().get(6)).flatMap(Progress::percent)).hasValue(new BigDecimal("78.50"));
        assertThat(read.progressOf(read.tasks().get(8))).isEmpty();
    }
}
