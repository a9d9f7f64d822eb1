package io.workplan.word.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.sheet.corpus.Corpus;
import io.workplan.word.WordException;
import io.workplan.word.WordReadResult;
import io.workplan.word.WordReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of the {@link WordCorpus}, from a file and from a stream: the exact outcome, within a
 * bound of time that only a hang exceeds ({@link Corpus#NO_HANG}: a refusal by the package check
 * takes milliseconds, the bound allows for building the 300 MB bomb's reading on a slow machine),
 * and the secret of the hostile item nowhere.
 */
class WordCorpusTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.workplan.word.corpus.WordCorpus#items")
    void eachItemGivesItsExactOutcome(Corpus.Item<WordCorpus.Outcome> item, @TempDir Path dir) throws Exception {
        Path file = item.writeInto(dir);
        assertOutcome(item, Corpus.outcome(item.fileName(), () -> WordReader.create().read(file)), item.fileName());
        try (InputStream in = Files.newInputStream(file)) {
            assertOutcome(item, Corpus.outcome("a stream", () -> WordReader.create().read(in)), "document");
        }
    }

    private static void assertOutcome(Corpus.Item<WordCorpus.Outcome> item, Object outcome, String source) {
        WordCorpus.Outcome expected = item.outcome();
        if (expected.refused()) {
            assertThat(outcome).as("refused").isInstanceOf(WordException.class);
            WordException e = (WordException) outcome;
            assertThat(e.getMessage()).startsWith("Cannot read " + source).doesNotContain(WordCorpus.SECRET);
            assertThat(e.problems().get(0).reason()).matches(expected.reason());
            List<String> cells = e.problems().stream().filter(p -> p.cell().isPresent())
                    .map(p -> p.sheet().orElse("") + "!" + p.cell().get()).collect(Collectors.toList());
            assertThat(cells).isEqualTo(expected.cells());
            assertThat(e.problems()).extracting(Problem::source).allMatch(s -> s.isEmpty() || s.get().equals(source));
        } else {
            assertThat(outcome).as("read").isInstanceOf(WordReadResult.class);
            assertThat(((WordReadResult) outcome).report().tasks()).hasSize(expected.tasks());
        }
    }
}
