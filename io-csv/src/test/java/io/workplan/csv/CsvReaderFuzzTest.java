package io.workplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz test of the reader: whatever the bytes, from a file or a stream, the reading gives a report
 * or our {@link CsvException} listing problems; any other exception, a hang or running out of
 * memory is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI) it replays the inputs committed under {@code
 * src/test/resources/io/workplan/csv/CsvReaderFuzzTestInputs/anyBytes/}: the seeds and every finding
 * so far. To fuzz, from the worktree's root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp test -pl io-csv -Dtest=CsvReaderFuzzTest -DargLine=-XX:-OmitStackTraceInFastThrow
 * }</pre>
 */
class CsvReaderFuzzTest {

    /** Any bytes, as a .csv file and as a stream of unknown delimiter, under small limits. */
    @FuzzTest(maxDuration = "3m")
    void anyBytes(byte[] data) throws Exception {
        CsvReadOptions small = CsvReadOptions.builder().maxRecordChars(4096).maxCellChars(1024).maxRecords(500).build();
        Path file = Files.createTempFile("workplan-fuzz-", ".csv");
        try {
            Files.write(file, data);
            read(() -> CsvReader.create(small).read(file), file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
        read(() -> CsvReader.create(CsvReadOptions.builder().from(small).sourceName("fuzz").build())
                .read(new ByteArrayInputStream(data)), "fuzz");
    }

    private interface Reading {
        CsvReadResult read();
    }

    private static void read(Reading reading, String source) {
        try {
            CsvReadResult result = reading.read();
            assertThat(result.report().title()).isNotNull();
        } catch (CsvException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).contains(source);
        }
    }
}
