package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands over reports without categories and without a period (JSON version 2 documents). */
class ReportShapesCommandsTest {
    @TempDir
    static Path dir;

    /** A plain list of tasks, no category, no period. */
    static Path plainList() throws IOException {
        Path file = dir.resolve("plain.json");
        Files.writeString(file, "{\"formatVersion\":2,\"title\":\"县政府民生实事项目进展情况\",\"categories\":[],"
                + "\"extraColumns\":[\"责任人\"],\"tasks\":["
                + "{\"number\":1,\"content\":\"新建幼儿园5所。\",\"leadUnits\":[\"县教育局\"],\"extras\":{\"责任人\":\"陈六\"},"
                + "\"progress\":{\"text\":\"40%\",\"kind\":\"percent\",\"percent\":40}},"
                + "{\"number\":2,\"content\":\"改造农村公路30公里。\",\"leadUnits\":[\"县交通局\"],"
                + "\"progress\":{\"text\":\"已完成\",\"kind\":\"completed\"}}]}");
        return file;
    }

    @Test
    void summarySaysNoCategoriesAndNeedsAnExpectedShare() throws IOException {
        CommandsTest.Run r = run("summary", plainList().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Period: no period; the report names no period: schedule figures need --expected")
                .contains("By category: no categories")
                .doesNotContain("Behind schedule (欠进度)");
        CommandsTest.Run expected = run("summary", plainList().toString(), "--expected", "50");
        assertThat(expected.out()).contains("expected 50.0%").contains("Behind schedule (欠进度): 1 task(s)");
    }

    @Test
    void behindNeedsAnExpectedShareWithoutPeriod() throws IOException {
        assertThat(run("behind", plainList().toString()).out())
                .isEqualTo("the report names no period: schedule figures need --expected\n");
        assertThat(run("behind", plainList().toString(), "--expected", "50").out()).startsWith("1 task(s) behind schedule in no period");
    }

    @Test
    void jsonOutputGivesNullForWhatIsMissing() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run("summary", plainList().toString(), "--format", "json").out());
        assertThat(json.get("period").isNull()).isTrue();
        assertThat(json.get("expectedPercent").isNull()).isTrue();
        assertThat(json.get("categories")).isEmpty();
        CommandsTest.Run tsv = run("summary", plainList().toString(), "--format", "tsv", "--by", "category");
        assertThat(tsv.out()).endsWith("\n\nBy category: no categories\n\n" + ReportWords.NEEDS_EXPECTED + "\n");
    }

    @Test
    void validateAndConvertSayNoCategoriesAndNoPeriod() throws IOException {
        assertThat(run("validate", plainList().toString()).out())
                .startsWith("plain.json: valid: 2 tasks in no categories, no period; ");
        Path out = dir.resolve("again.json");
        CommandsTest.Run r = run("convert", plainList().toString(), out.toString());
        assertThat(r.out()).isEqualTo("wrote " + out + ": 2 tasks in no categories, no period\n");
        assertThat(Files.readString(out)).contains("\"extras\"").doesNotContain("\"period\"");
    }
}
