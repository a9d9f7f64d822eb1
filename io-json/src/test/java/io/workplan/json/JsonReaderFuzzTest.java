package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.workplan.core.ProgressReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Whatever the bytes, the reader answers with a report or our {@link JsonException}; anything else
 * (a Jackson or JDK exception, a hang, a report that does not survive being written and read again)
 * is a finding.
 *
 * <p>In a plain build this replays its seeds: the files of {@code
 * JsonReaderFuzzTestInputs/readsAReportOrRefusesItWithOurException/} on the test class path, which
 * the build fills with the golden files and the corpus of {@link io.workplan.json.corpus.JsonCorpus}
 * (see this module's pom), plus any reproducer Jazzer left in {@code src/test/resources} under that
 * name. To fuzz: {@code JAZZER_FUZZ=1 mvn test -pl io-json -am -Dtest=JsonReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; a finding is written to {@code src/test/resources/io/
 * workplan/json/JsonReaderFuzzTestInputs/readsAReportOrRefusesItWithOurException/} and becomes a
 * corpus item with a fix.
 */
class JsonReaderFuzzTest {

    /** A mapper with the module and Jackson's defaults otherwise, as a caller would make it. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new WorkplanJsonModule()).build();

    @FuzzTest(maxDuration = "5m")
    void readsAReportOrRefusesItWithOurException(byte[] input) throws IOException {
        ProgressReport report = readOrNull(input);
        if (report != null) {
            // Nothing read is lost: the report written and read again is the same report.
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            JsonWriter.create().write(report, written);
            assertThat(JsonReader.create().read(new ByteArrayInputStream(written.toByteArray()))).isEqualTo(report);
        }
        readWithTheModule(input, report);
    }

    private static ProgressReport readOrNull(byte[] input) {
        try {
            ProgressReport report = JsonReader.create().read(new ByteArrayInputStream(input));
            assertThat(report).isNotNull();
            return report;
        } catch (JsonException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.reason()).isNotBlank());
            return null;
        }
    }

    /**
     * The module answers as the reader does for what the reader reads. Other input it may read too
     * (the mapper decodes UTF-8 as Jackson does and has Jackson's default limits: it is laxer), or
     * refuse with our exception, or, for what the mapper checks before our deserializer is called
     * (no content, bytes that are no text, a token that starts no value), with Jackson's own
     * exception: never with an exception raised inside this library other than ours.
     */
    private static void readWithTheModule(byte[] input, ProgressReport byTheReader) {
        try {
            ProgressReport report = MAPPER.readValue(input, ProgressReport.class);
            if (byTheReader != null) {
                assertThat(report).isEqualTo(byTheReader);
            }
        } catch (JsonException e) {
            assertThat(byTheReader).isNull();
            assertThat(e.problems()).isNotEmpty();
        } catch (IOException e) {
            assertThat(byTheReader).as("refused by the module: %s", e).isNull();
            assertThat(e.getStackTrace()).as("raised by the mapper, not by the module: %s", e)
                    .noneMatch(frame -> frame.getClassName().startsWith("io.workplan.json.internal.")
                            || frame.getClassName().startsWith("io.workplan.core."));
            assertThat(e).hasNoCause();
        }
    }
}
