package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz tests of the reader: whatever the bytes, reading gives a report or our {@link
 * HtmlException}; any other exception, a hang or running out of memory is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} each method replays the inputs committed under {@code
 * src/test/resources/io/workplan/html/HtmlReaderFuzzTestInputs/<method>/}, and {@code pageBytes} the real
 * table of the sheet corpus's {@code hunan-province-2021-m8} too (copied there by the build, its one home in
 * git the sheet's test resources). To fuzz one method, from
 * the worktree's root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp test -pl io-html -Dtest=HtmlReaderFuzzTest#pageBytes \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-XX:-OmitStackTraceInFastThrow
 * }</pre>
 *
 * A finding is written as {@code crash-…} into that directory, and stays there as a regression input.
 */
class HtmlReaderFuzzTest {
    private static final String HEAD = "<html><head><meta charset=\"utf-8\"></head><body><table>"
            + "<tr><td colspan=5>2024年第二季度主要任务完成情况</td></tr>"
            + "<tr><td>序号</td><td>项目名称</td><td>主要工作内容</td><td>牵头单位</td><td>完成进度</td></tr>";

    /** Any bytes, as a page file, strict and lenient (seeds: real and damaged pages). */
    @FuzzTest(maxDuration = "3m")
    void pageBytes(byte[] data) throws Exception {
        Path file = Files.createTempFile("workplan-fuzz-", ".html");
        try {
            Files.write(file, data);
            for (boolean lenient : new boolean[] {false, true}) {
                try {
                    HtmlReader.create(options(lenient)).read(file);
                } catch (HtmlException e) {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.getMessage()).contains(file.getFileName().toString());
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Any bytes as the rows under a valid header: where the fuzzer reaches the placement of cells and their text. */
    @FuzzTest(maxDuration = "3m")
    void tableRows(byte[] data) {
        String page = HEAD + new String(data, StandardCharsets.UTF_8) + "</table></body></html>";
        try {
            HtmlReader.create(options(true)).read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        } catch (HtmlException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    private static HtmlReadOptions options(boolean lenient) {
        return HtmlReadOptions.builder()
                .table(io.workplan.sheet.TableReadOptions.builder().lenient(lenient).build()).build();
    }
}
