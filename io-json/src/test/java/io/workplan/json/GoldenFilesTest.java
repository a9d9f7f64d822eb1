package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files of format version 1: what the writer writes must not change unnoticed, and
 * what was once written must stay readable. A failure here means the format changed: if that is
 * meant, it is a new format version with golden files of its own.
 */
class GoldenFilesTest {

    static Stream<Arguments> goldenFiles() {
        return Stream.of(
                Arguments.of("gongshu-2024-q2.json", SampleReport.load()),
                Arguments.of("every-field.json", EveryFieldReport.build()));
    }

    @ParameterizedTest
    @MethodSource("goldenFiles")
    void writingTheReportGivesTheGoldenFile(String file, ProgressReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonWriter.create().write(report, bytes);

        assertThat(bytes.toByteArray()).isEqualTo(TestFiles.bytes(TestFiles.GOLDEN_V1 + file));
        assertThat(JsonWriter.create().writeString(report)).isEqualTo(TestFiles.text(TestFiles.GOLDEN_V1 + file));
    }

    @ParameterizedTest
    @MethodSource("goldenFiles")
    void readingTheGoldenFileGivesTheReport(String file, ProgressReport report) {
        ProgressReport read = JsonReader.create().readString(TestFiles.text(TestFiles.GOLDEN_V1 + file));

        assertThat(read).isEqualTo(report);
        assertThat(read.entries()).isEqualTo(report.entries());
    }

    @Test
    void theSampleIsTheHandCheckedTable() {
        ProgressReport sample = SampleReport.load();
        List<String> expected = TestFiles.text("/gongshu-2024-q2/progress-expected.tsv").lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).collect(Collectors.toList());

        assertThat(sample.tasks()).hasSize(159);
        assertThat(sample.categories()).hasSize(24);
        assertThat(sample.tasks().stream().map(task -> progressLine(sample, task)).collect(Collectors.toList())).isEqualTo(expected);
    }

    @Test
    void percentagesKeepEveryDigitAndTheirScale() {
        ProgressReport read = JsonReader.create().readString(TestFiles.text(TestFiles.GOLDEN_V1 + "every-field.json"));

        assertThat(read.progressOf(read.tasks().get(0)).flatMap(Progress::percent)).hasValue(new BigDecimal("53.600000000000001"));
        assertThat(read.progressOf(read.tasks().get(6)).flatMap(Progress::percent)).hasValue(new BigDecimal("78.50"));
        assertThat(read.progressOf(read.tasks().get(8))).isEmpty();
    }

    private static String progressLine(ProgressReport sample, Task task) {
        Progress progress = sample.progressOf(task).orElseThrow();
        return task.number().getAsInt() + "\t" + progress.text() + "\t" + progress.kind() + "\t"
                + progress.percent().map(BigDecimal::toPlainString).orElse("");
    }
}
