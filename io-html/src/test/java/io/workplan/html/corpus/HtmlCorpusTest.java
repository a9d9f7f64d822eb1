package io.workplan.html.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.html.HtmlException;
import io.workplan.html.HtmlReadOptions;
import io.workplan.html.HtmlReader;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import io.workplan.sheet.corpus.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every item of {@link HtmlCorpus} gives exactly its expected outcome, within {@link Corpus#NO_HANG}. */
class HtmlCorpusTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.workplan.html.corpus.HtmlCorpus#items")
    void eachItemGivesItsOutcome(Corpus.Item<HtmlCorpus.Outcome> item, @TempDir Path dir) throws Exception {
        Path file = item.writeInto(dir);
        HtmlCorpus.Outcome expected = item.outcome();
        // lenient, so that what is refused is refused for the page itself, not for a row
        HtmlReader reader = HtmlReader.create(HtmlReadOptions.builder()
                .table(TableReadOptions.builder().lenient(true).build()).build());
        Object outcome = Corpus.outcome(item.fileName(), () -> reader.read(file));
        if (!expected.refused()) {
            assertThat(outcome).as("read").isInstanceOf(TableReader.Read.class);
            assertThat(((TableReader.Read) outcome).report().tasks()).hasSize(expected.tasks());
        } else {
            assertThat(outcome).as("refused").isInstanceOf(HtmlException.class);
            HtmlException e = (HtmlException) outcome;
            assertThat(e.getMessage()).contains(item.fileName());
            Problem first = e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow();
            assertThat(first.reason()).contains(expected.reason());
            assertThat(first.source()).contains(item.fileName());
            if (expected.cell() == null) {
                assertThat(first.cell()).isEmpty();
            } else {
                assertThat(first.cell()).contains(expected.cell());
            }
            if (expected.line() == 0) {
                assertThat(first.line()).isEmpty();
            } else {
                assertThat(first.line()).hasValue(expected.line());
            }
        }
        Files.delete(file);
    }
}
