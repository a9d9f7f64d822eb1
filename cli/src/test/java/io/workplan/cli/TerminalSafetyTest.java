package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.cli.CommandsTest.Run;
import io.workplan.excel.corpus.ExcelCorpus;
import io.workplan.excel.corpus.XlsxParts;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool prints cannot act on the terminal: a cell's controls (an ESC written as Excel's
 * {@code _x001B_}) come out escaped in every message and result; and a file too large for the heap
 * gives exit 1 with a message naming the file and the heap, never a stack trace.
 */
class TerminalSafetyTest {
    @TempDir
    Path dir;

    /** A sheet whose task number holds an ESC clearing the screen (and a bidi override), a task content one starting a colour. */
    private Path escapes() throws Exception {
        Path file = dir.resolve("escapes.xlsx");
        String sheet = XlsxParts.sheet("", XlsxParts.row(1, ExcelCorpus.TITLE)
                + XlsxParts.row(2, "序号", "项目名称", "主要工作内容", "牵头单位", "完成进度")
                + XlsxParts.row(3, "1\u202E_x001B_[2J", "指标", "甲。", "区财政局", "60%")
                + XlsxParts.row(4, "<c><v>2</v></c>", null, "乙_x001B_[31m红。", null, "40%"), "");
        XlsxParts.withSheet(sheet).writeTo(file);
        return file;
    }

    @Test
    void controlsOfACellAreEscapedInWarningsErrorsAndResults() throws Exception {
        Path file = escapes();
        Run validate = CommandsTest.run("validate", file.toString());
        Run lenient = CommandsTest.run("behind", "--lenient", "--expected", "50", file.toString());
        for (Run r : List.of(validate, lenient)) {
            assertThat(r.out() + r.err()).doesNotContain("\u001B").doesNotContain("\u202E");
        }
        // a task number that is no number: an error of validate, its raw text shown with the escapes
        assertThat(validate.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(validate.err()).contains("escapes.xlsx: Sheet1!A3 [序号] \"1\\u202E\\u001B[2J\"");
        // behind lists the task read as it is, its ESC escaped only on the terminal
        assertThat(lenient.out()).contains("乙\\u001B[31m红。");
    }

    @Test
    void theEscapingWriterPassesLinesAndTabsAndEscapesTheRest() {
        StringWriter out = new StringWriter();
        var w = Terminal.escaping(out);
        w.print("a\tb\r\nc\rd\u001Be\u0085\u2066");
        w.flush();
        assertThat(out.toString()).isEqualTo("a\tb\r\nc\\rd\\u001Be\\u0085\\u2066");
    }

    @Test
    void aFileTooLargeForTheHeapIsSaidInWordsWithExit1() throws Exception {
        ExcelCorpus.Item million = ExcelCorpus.items().stream().filter(i -> i.fileName().equals("million-rows.xlsx"))
                .findFirst().orElseThrow();
        Path file = million.writeInto(dir);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "validate", "--no-streaming", file.toString()));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String message = new String(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(message).isEqualTo(Main.INVALID_INPUT);
        assertThat(new String(out, StandardCharsets.UTF_8)).isEmpty();
        assertThat(message).startsWith("workplan: not enough memory to read " + file + " in a heap of ")
                .contains(" MB; give Java more").doesNotContain("\tat ").doesNotContain("Exception in thread");
        Files.deleteIfExists(file);
    }
}
