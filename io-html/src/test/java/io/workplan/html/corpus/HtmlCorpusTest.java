package io.workplan.html.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.workplan.core.Problem;
import io.workplan.html.HtmlException;
import io.workplan.html.HtmlReader;
import io.workplan.sheet.TableReadOptions;
import io.workplan.html.HtmlReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every item of {@link HtmlCorpus} gives exactly its expected outcome, within 20 seconds. */
class HtmlCorpusTest {
    @TempDir
    Path dir;

    static Stream<HtmlCorpus.Item> items() {
        return HtmlCorpus.items().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void eachItemGivesItsOutcome(HtmlCorpus.Item item) throws Exception {
        Path file = item.writeInto(dir);
        HtmlCorpus.Outcome outcome = item.outcome();
        // lenient, so that what is refused is refused for the page itself, not for a row
        HtmlReader reader = HtmlReader.create(HtmlReadOptions.builder()
                .table(TableReadOptions.builder().lenient(true).build()).build());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            if (!outcome.refused()) {
                assertThat(reader.read(file).report().tasks()).hasSize(outcome.tasks());
                return;
            }
            HtmlException e = catchThrowableOfType(HtmlException.class, () -> reader.read(file));
            assertThat(e).as("refused").isNotNull();
            assertThat(e.getMessage()).contains(item.fileName());
            Problem first = e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow();
            assertThat(first.reason()).contains(outcome.reason());
            assertThat(first.source()).contains(item.fileName());
            if (outcome.cell() == null) {
                assertThat(first.cell()).isEmpty();
            } else {
                assertThat(first.cell()).contains(outcome.cell());
            }
            if (outcome.line() == 0) {
                assertThat(first.line()).isEmpty();
            } else {
                assertThat(first.line()).hasValue(outcome.line());
            }
        });
        Files.delete(file);
    }
}
