package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.workplan.cli.CommandsTest.Run;
import io.workplan.excel.corpus.ExcelCorpus;
import io.workplan.json.corpus.JsonCorpus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} over the corpora of broken and hostile inputs of the readers: exit 1 and a
 * message naming the file, never a stack trace, for every invalid item; exit 0 for the valid ones.
 */
class CorpusValidationTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExcelItem() throws IOException {
        // an http URL that no item may reach: nothing listens on a port just closed
        URI trap;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            trap = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/entity");
        }
        return ExcelCorpus.items(trap).stream().map(item -> DynamicTest.dynamicTest(item.name(), () -> {
            Path itemDir = Files.createDirectories(dir.resolve(item.name()));
            Path file = item.writeInto(itemDir);
            try {
                // validate reads entry by entry, holding no report: the budget of the text a report read
                // whole holds (TableReadOptions.maxReportChars) does not apply to it
                boolean wholeReportBudget = item.invalid() && item.outcome().reason().contains("characters of text");
                Run r = assertAnswer(file, item.invalid() && !wholeReportBudget);
                assertThat(r.out() + r.err()).doesNotContain(ExcelCorpus.SECRET);
            } finally {
                Files.deleteIfExists(file);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyJsonItem() {
        return JsonCorpus.items().stream().map(item -> DynamicTest.dynamicTest(item.name(), () -> {
            Path file = item.writeTo(dir);
            try {
                assertAnswer(file, item.invalid());
            } finally {
                Files.deleteIfExists(file);
            }
        }));
    }

    private static Run assertAnswer(Path file, boolean invalid) {
        Run r = assertTimeoutPreemptively(BOUND, () -> CommandsTest.run("validate", file.toString()));

        if (invalid) {
            assertThat(r.code()).as(r.err()).isEqualTo(Main.INVALID_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(file.getFileName().toString()).doesNotContain("\tat ").doesNotContain("workplan: the tool failed");
        } else {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(file.getFileName() + ": valid: ");
        }
        return r;
    }

}
