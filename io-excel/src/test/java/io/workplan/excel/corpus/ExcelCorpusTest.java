package io.workplan.excel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.workplan.core.Problem;
import io.workplan.excel.ExcelException;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.ExcelReader;
import io.workplan.sheet.corpus.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of the {@link ExcelCorpus}, in both reading modes, from a file and from a stream: the
 * exact outcome, within a bound of time that only a hang exceeds ({@link Corpus#NO_HANG}), no
 * external entity resolved (the secret file's text nowhere, no connection to the http trap), no
 * temporary file left behind.
 */
class ExcelCorpusTest {
    private static ServerSocket trap;

    @TempDir
    Path dir;

    @BeforeAll
    static void listen() throws IOException {
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterAll
    static void nobodyConnected() throws IOException {
        try (ServerSocket s = trap) {
            s.setSoTimeout(1);
            Throwable t = catchThrowable(() -> {
                try (Socket connection = s.accept()) {
                    assertThat(connection).as("a connection to the http trap").isNull();
                }
            });
            assertThat(t).as("no external entity was fetched over http").isInstanceOf(SocketTimeoutException.class);
        }
    }

    static Stream<ExcelCorpus.Item> items() throws IOException {
        if (trap == null) {
            listen();
        }
        return ExcelCorpus.items(URI.create("http://127.0.0.1:" + trap.getLocalPort() + "/workplan-xxe")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void eachItemGivesItsExactOutcomeInBothModes(ExcelCorpus.Item item) throws Exception {
        Path file = item.writeInto(dir);
        for (boolean streaming : item.streamingOnly() ? new boolean[] {true} : new boolean[] {false, true}) {
            ExcelReader reader = ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).build());
            String mode = streaming ? "streaming" : "in memory";
            Set<Path> before = temporaryFiles();
            Object outcome = Corpus.outcome(mode, () -> reader.read(file));
            assertOutcome(item, outcome, mode);
            assertThat(temporaryFiles()).as("temporary files left by reading %s", mode).isSubsetOf(before);
        }
        if (item.streamingOnly()) {
            return;
        }
        ExcelReader fromStream = ExcelReader.create(ExcelReadOptions.builder().sourceName(item.fileName()).build());
        Object outcome = Corpus.outcome("from a stream", () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return fromStream.read(in);
            }
        });
        assertOutcome(item, outcome, "from a stream");
    }

    private static void assertOutcome(ExcelCorpus.Item item, Object outcome, String mode) {
        ExcelCorpus.Outcome expected = item.outcome();
        assertThat(String.valueOf(outcome)).as("the secret of the external entity, %s", mode).doesNotContain(ExcelCorpus.SECRET);
        if (!expected.refused()) {
            assertThat(outcome).as(mode).isInstanceOf(ExcelReadResult.class);
            ExcelReadResult result = (ExcelReadResult) outcome;
            assertThat(result.report().tasks()).as(mode).hasSize(expected.tasks());
            expected.check().accept(result);
            return;
        }
        assertThat(outcome).as(mode).isExactlyInstanceOf(ExcelException.class);
        ExcelException e = (ExcelException) outcome;
        assertThat(e.getMessage()).as(mode).contains(item.fileName()).doesNotContain(ExcelCorpus.SECRET);
        List<Problem> errors = e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).collect(Collectors.toList());
        assertThat(errors).as(mode).isNotEmpty();
        assertThat(errors).allSatisfy(p -> assertThat(p.source()).contains(item.fileName()));
        if (expected.cells().isEmpty()) {
            assertThat(e.problems()).as(mode).singleElement().satisfies(p -> {
                assertThat(p.cell()).isEmpty();
                assertThat(p.reason()).contains(expected.reason());
            });
        } else {
            assertThat(errors).as(mode).extracting(p -> p.sheet().orElse("?") + "!" + p.cell().orElse("?"))
                    .containsExactlyElementsOf(expected.cells());
            assertThat(errors.get(0).reason()).as(mode).contains(expected.reason());
        }
    }

    private static Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("workplan-")).collect(Collectors.toSet());
        }
    }
}
