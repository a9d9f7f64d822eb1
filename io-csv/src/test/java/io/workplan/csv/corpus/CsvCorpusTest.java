package io.workplan.csv.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Problem;
import io.workplan.csv.CsvException;
import io.workplan.csv.CsvReadResult;
import io.workplan.csv.CsvReader;
import io.workplan.csv.CsvReadOptions;
import io.workplan.sheet.corpus.Corpus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of the {@link CsvCorpus}, from a file and from a stream (the huge ones from a stream
 * only): the exact outcome, within a bound of time that only a hang (or a reading of the whole
 * gigabyte) exceeds ({@link Corpus#NO_HANG}), and no temporary file left behind.
 */
class CsvCorpusTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.workplan.csv.corpus.CsvCorpus#items")
    void eachItemGivesItsExactOutcome(CsvCorpus.Item item) throws Exception {
        if (!item.huge()) {
            Path file = item.writeInto(dir);
            assertOutcome(item, Corpus.outcome("from a file", () -> CsvReader.create(item.options()).read(file)), "from a file");
        }
        CsvReader fromStream = CsvReader.create(CsvReadOptions.builder().from(item.options()).sourceName(item.fileName()).build());
        Object outcome = Corpus.outcome("from a stream", () -> {
            try (InputStream in = item.bytes().get()) {
                return fromStream.read(in);
            }
        });
        assertOutcome(item, outcome, "from a stream");
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("workplan-") && f.toString().endsWith(".csv")))
                    .as("temporary copies left behind").isEmpty();
        }
    }

    private static void assertOutcome(CsvCorpus.Item item, Object outcome, String how) {
        CsvCorpus.Outcome expected = item.outcome();
        if (!expected.refused()) {
            assertThat(outcome).as(how).isInstanceOf(CsvReadResult.class);
            assertThat(((CsvReadResult) outcome).report().tasks()).as(how).hasSize(expected.tasks());
            return;
        }
        assertThat(outcome).as(how).isExactlyInstanceOf(CsvException.class);
        CsvException e = (CsvException) outcome;
        assertThat(e.getMessage()).as(how).contains(item.fileName());
        assertThat(e.problems()).as(how).filteredOn(p -> p.severity() == Problem.Severity.ERROR).singleElement().satisfies(p -> {
            assertThat(p.source()).contains(item.fileName());
            assertThat(p.reason()).contains(expected.reason());
            assertThat(p.line().orElse(0)).as("line").isEqualTo(expected.line());
            assertThat(p.cell().orElse(null)).as("cell").isEqualTo(expected.cell());
        });
    }
}
