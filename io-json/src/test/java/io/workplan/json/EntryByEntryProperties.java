package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.json.corpus.JsonCorpus;
import io.workplan.testkit.WorkplanArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Entry by entry, reading and writing give what the whole report gives: the same entries and head,
 * the same bytes, the same problems.
 */
// the statistics tables are printed only when a property fails: a passing build says nothing
@net.jqwik.api.statistics.StatisticsReport(onFailureOnly = true)
class EntryByEntryProperties {

    private static Path dir;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("entry-by-entry");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void readingEntryByEntryGivesTheWholeReadsEntriesAndHead(@ForAll("reports") ProgressReport report, @ForAll boolean compact)
            throws IOException {
        JsonWriter writer = compact ? JsonWriter.create().compact() : JsonWriter.create();
        Path file = dir.resolve("report.json");
        writer.write(report, file);
        ProgressReport whole = JsonReader.create().read(file);

        List<Object> fromFile = new ArrayList<>();
        JsonReadSummary readFile = JsonReader.create().read(file, fromFile::add, fromFile::add);
        List<Object> fromStream = new ArrayList<>();
        JsonReadSummary readStream = JsonReader.create().read(new ByteArrayInputStream(Files.readAllBytes(file)),
                fromStream::add, fromStream::add);

        List<Object> expected = whole.tasks().stream().map(t -> whole.entryFor(t).<Object>map(e -> e).orElse(t))
                .collect(Collectors.toList());
        assertThat(fromFile).isEqualTo(expected);
        assertThat(fromStream).isEqualTo(expected);
        for (JsonReadSummary summary : List.of(readFile, readStream)) {
            assertThat(summary.head()).isEqualTo(whole.head());
            assertThat(summary.tasks()).isEqualTo(whole.tasks().size());
            assertThat(summary.entries()).isEqualTo(whole.entries().size());
        }
        Statistics.label("a task without entry").collect(report.entries().size() < report.tasks().size());
        Statistics.label("a task without entry").coverage(c -> c.check(true).percentage(p -> p >= 7));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void writingEntryByEntryWritesTheWholeWritersBytes(@ForAll("reports") ProgressReport generated, @ForAll boolean compact) {
        // The entries are the report: a report whose every task has its entry.
        ProgressReport report = ProgressReport.builder().from(generated).tasks(List.of()).build();
        JsonWriter writer = compact ? JsonWriter.create().compact() : JsonWriter.create();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        writer.write(report, whole);
        ByteArrayOutputStream entryByEntry = new ByteArrayOutputStream();
        writer.write(report.head(), report.entries().iterator(), entryByEntry);
        Path file = dir.resolve("entries.json");
        writer.write(report.head(), report.entries().iterator(), file);
        Path wholeFile = dir.resolve("whole.json");
        writer.write(report, wholeFile);

        assertThat(entryByEntry.toByteArray()).isEqualTo(whole.toByteArray());
        assertThat(read(file)).isEqualTo(read(wholeFile));
        Statistics.label("with extras").collect(!report.extraColumns().isEmpty());
        Statistics.label("with extras").coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void everyBrokenInputGivesTheWholeReadsProblems(@ForAll("smallItems") JsonCorpus.Item item) {
        Path file = item.writeTo(dir);
        List<String> whole = problems(() -> JsonReader.create().read(file));
        List<String> fromFile = problems(() -> JsonReader.create().read(file, e -> { }, t -> { }));

        assertThat(fromFile).containsExactlyInAnyOrderElementsOf(whole);
        assertThat(whole.isEmpty()).isEqualTo(!item.invalid());
    }

    @Provide
    Arbitrary<ProgressReport> reports() {
        return WorkplanArbitraries.reportsOfEveryShape(6).filter(TestFiles::uniqueCategoryNames);
    }

    @Provide
    Arbitrary<JsonCorpus.Item> smallItems() {
        return net.jqwik.api.Arbitraries.of(JsonCorpus.items().stream().filter(i -> !i.large()).collect(Collectors.toList()));
    }

    private static List<String> problems(Runnable read) {
        JsonException e = catchThrowableOfType(JsonException.class, read::run);
        return e == null ? List.of() : e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
