package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem shows the controls of an input escaped, so that a message cannot act on a terminal; its values keep them. */
class ProblemRenderingTest {

    @Test
    void controlsAreShownEscapedAndKeptInTheValues() {
        Problem p = Problem.builder().source("a\u001B[2J.xlsx").sheet("S\u0007").cell("A3").subject("序号\u202E")
                .rawText("1\u001B[31m\t2\r\n3\u0085").reason("not a number\u009B").build();
        assertThat(p.toString()).isEqualTo("a\\u001B[2J.xlsx: S\\u0007!A3 [序号\\u202E] \"1\\u001B[31m\t2\\r\\n3\\u0085\":"
                + " not a number\\u009B");
        assertThat(p.location()).isEqualTo("a\\u001B[2J.xlsx: S\\u0007!A3");
        assertThat(p.rawText()).contains("1\u001B[31m\t2\r\n3\u0085");
        assertThat(p.source()).contains("a\u001B[2J.xlsx");
    }

    @Test
    void anExceptionsMessageShowsItsSummaryAndProblemsEscaped() {
        WorkplanException e = new WorkplanException("Cannot read a\u001B.xlsx",
                List.of(Problem.builder().rawText("\u001B").reason("r").build()));
        assertThat(e.getMessage()).isEqualTo("Cannot read a\\u001B.xlsx (1 problem):\n  - \"\\u001B\": r");
    }

    @Test
    void textWithoutControlsIsShownAsItIs() {
        Problem p = Problem.builder().sheet("一季度").cell("E7").subject("完成进度").rawText("#DIV/0!\t完成")
                .reason("an error cell is not a progress value").build();
        assertThat(p.toString()).isEqualTo("一季度!E7 [完成进度] \"#DIV/0!\t完成\": an error cell is not a progress value");
    }

    @Test
    void aProblemIsOneLineWhateverItsHeadersHold() {
        Problem p = Problem.builder().sheet("h").cell("E2").subject("进展\n情况").rawText("进展\r\n情况")
                .reason("a second column for the progress (the first is 完成\n情况 (D2))").build();
        assertThat(p.toString()).isEqualTo("h!E2 [进展\\n情况] \"进展\\r\\n情况\": a second column for the progress"
                + " (the first is 完成\\n情况 (D2))").doesNotContain("\n");
        assertThat(p.reason()).contains("完成\n情况");
        assertThat(new WorkplanException("Cannot read h.csv", List.of(p)).getMessage().lines()).hasSize(2);
    }
}
