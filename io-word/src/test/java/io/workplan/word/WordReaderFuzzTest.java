package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.workplan.word.corpus.WordCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz tests of the reader: whatever the bytes, reading gives a report or our {@link
 * WordException}; any other exception, a hang or running out of memory is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in CI) each method replays the inputs committed under {@code
 * src/test/resources/io/workplan/word/WordReaderFuzzTestInputs/<method>/}. To fuzz one method:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp test -pl io-word -Dtest=WordReaderFuzzTest#documentXml \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * A finding is written as {@code crash-…} into that directory: it stays as a regression input.
 */
class WordReaderFuzzTest {

    /** Any bytes, as a file named .docx (seeds: a small valid document, a truncated one). */
    @FuzzTest(maxDuration = "3m")
    void docxFile(byte[] data) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", ".docx");
        try {
            Files.write(file, data);
            read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Any bytes as the word/document.xml of an otherwise valid .docx: where the fuzzer reaches tables, spans and merges. */
    @FuzzTest(maxDuration = "3m")
    void documentXml(byte[] data) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", ".docx");
        try {
            WordCorpus.docx(file, new String(data, StandardCharsets.UTF_8));
            read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void read(Path file) {
        try {
            WordReader.create().read(file);
        } catch (WordException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).contains(file.getFileName().toString());
        }
    }
}
