package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static io.workplan.cli.CommandsTest.runOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.cli.CommandsTest.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** What every command has: help, version, the progress bar on a terminal only, and the sheet options. */
class ToolOptionsTest extends OnTheSample {

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : new String[] {"summary", "behind", "validate", "compare", "convert", "bulletin"}) {
            Run help = run(command, "--help");
            Run version = run(command, "--version");

            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: workplan " + command).contains("--debug");
            assertThat(version.code()).as(command).isZero();
            assertThat(version.out()).as(command).startsWith("workplan ");
        }
        assertThat(run("--version").out()).startsWith("workplan ");
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void theVersionIsTheBuildsWithTheCommitItWasBuiltFrom() {
        String version = System.getProperty("workplan.expected.version");
        String commit = System.getProperty("workplan.expected.commit", "");
        assertThat(version).as("the pom passes the project's version").isNotBlank().doesNotStartWith("${");
        String expected = commit.isBlank() || commit.startsWith("${") ? version : version + " (commit " + commit + ")";
        assertThat(run("--version").out()).isEqualTo("workplan " + expected + System.lineSeparator());
    }

    @Test
    void theProgressBarIsDrawnOnATerminalOnlyAndClearedAfterwards() {
        Run terminal = runOn(true, "summary", sample.toString());
        Run pipe = runOn(false, "summary", sample.toString());
        Run forcedOff = runOn(true, "summary", "--no-progress", sample.toString());

        assertThat(terminal.err()).startsWith("\rgongshu-2024-q2.xlsx [").contains("rows").endsWith("\r");
        assertThat(terminal.err().strip()).as("cleared").doesNotContain("\n");
        assertThat(pipe.err()).isEmpty();
        assertThat(forcedOff.err()).isEmpty();
        assertThat(terminal.out()).isEqualTo(pipe.out());
    }

    @Test
    void theProgressBarShowsTheShareOfRowsAndRedrawsAtMostTenTimesASecond() {
        assertThat(ProgressBar.line("q2.xlsx", 500, 1000))
                .isEqualTo("q2.xlsx [###############...............]  50% 500 of 1,000 rows");
        assertThat(ProgressBar.line("q2.xlsx", 12_000, -1)).isEqualTo("q2.xlsx: 12,000 rows read");

        java.io.StringWriter err = new java.io.StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new java.io.PrintWriter(err), "f", now::get);
        bar.rowsRead(1000, 4000);
        now.addAndGet(50_000_000L);
        bar.rowsRead(2000, 4000);   // 50 ms later: not redrawn
        now.addAndGet(60_000_000L);
        bar.rowsRead(3000, 4000);
        assertThat(err.toString()).contains(" 25% ").doesNotContain(" 50% ").contains(" 75% ");
    }

    @Test
    void bothWaysOfReadingASheetGiveTheSameSummary() {
        Run streaming = run("summary", sample.toString());
        Run whole = run("summary", "--no-streaming", sample.toString());

        assertThat(streaming.code()).isZero();
        assertThat(whole.out()).isEqualTo(streaming.out()).contains("Tasks: 159;");
    }

    @Test
    void convertAddsTheSummarySheetsOnlyWhenAsked() throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        Path withSummaries = dir.resolve("summaries.xlsx");

        assertThat(run("convert", sample.toString(), plain.toString()).code()).isZero();
        assertThat(run("convert", sample.toString(), withSummaries.toString(), "--summary-sheets").code()).isZero();

        assertThat(sheets(plain)).isEqualTo(1);
        assertThat(sheets(withSummaries)).isEqualTo(3);
        assertThat(run("summary", withSummaries.toString()).out()).isEqualTo(run("summary", sample.toString()).out());
    }

    private static int sheets(Path file) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return wb.getNumberOfSheets();
        }
    }
}
