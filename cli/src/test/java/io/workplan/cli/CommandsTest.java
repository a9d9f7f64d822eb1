package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands over the real sample, with their outputs and exit codes. */
class CommandsTest {
    @TempDir
    static Path dir;

    static Path sample;

    @BeforeAll
    static void copySample() throws IOException {
        sample = copySample(dir);
    }

    /** The real sample, gongshu-2024-q2.xlsx, copied into a directory. */
    static Path copySample(Path dir) throws IOException {
        Path file = dir.resolve("gongshu-2024-q2.xlsx");
        try (InputStream in = CommandsTest.class.getResourceAsStream("/gongshu-2024-q2.xlsx")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The exit code and the two streams of one run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        return runOn(false, args);
    }

    /** Runs the tool as if standard error were a terminal, or not. */
    static Run runOn(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), terminal, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void summaryGivesTheFiguresOfTheSample() {
        Run r = run("summary", sample.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("2024年第二季度拱墅区《政府工作报告》主要任务完成情况")
                .contains("Tasks: 159; with a percentage: 158 of 159 (99.4%); mean 60.0%, median 55.0%, min 42.0%, max 145.0%")
                .contains("Behind schedule: 2 of 158 (1.3%), left out: not applicable: 1")
                .containsPattern("主要经济指标 +5 +4 +53\\.9% +0 +1 +3 +0 +1")
                .containsPattern("\\(all\\) +159 +158 +60\\.0% +2 +68 +84 +4 +1")
                .contains("By lead unit")
                .containsPattern("区人力社保局 +\\d+")
                .contains("Behind schedule (欠进度): 2 task(s)");
        // the tasks behind schedule come last, the furthest behind first
        assertThat(r.out().lastIndexOf("区人力社保局")).isGreaterThan(r.out().indexOf("Behind schedule (欠进度)"));
        assertThat(r.out()).endsWith("5.0 points\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void summaryAsJsonHasTheFiguresOfTheSample() throws IOException {
        Run r = run("summary", sample.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode overall = json.get("overall");
        assertThat(overall.get("tasks").asInt()).isEqualTo(159);
        assertThat(overall.get("withPercent").asInt()).isEqualTo(158);
        assertThat(overall.get("meanPercent").isNumber()).isTrue();
        assertThat(overall.get("meanPercent").decimalValue()).isEqualByComparingTo("59.9778481013");
        assertThat(overall.get("behindSchedule").asInt()).isEqualTo(2);
        assertThat(overall.has("name")).isFalse();
        assertThat(json.get("categories")).hasSize(24);
        JsonNode first = json.get("categories").get(0);
        assertThat(first.get("name").asText()).isEqualTo("主要经济指标");
        assertThat(first.get("tasks").asInt()).isEqualTo(5);
        assertThat(first.get("withPercent").asInt()).isEqualTo(4);
        assertThat(first.get("meanPercent").decimalValue()).isEqualByComparingTo("53.9");   // (52 + 53.6 + 50 + 60) / 4; task 1 is "/"
        assertThat(json.get("leadUnits")).hasSize(32);
        int tasksOverCategories = 0;
        for (JsonNode c : json.get("categories")) {
            tasksOverCategories += c.get("tasks").asInt();
        }
        assertThat(tasksOverCategories).isEqualTo(159);
        assertThat(json.get("tasksBehindSchedule")).hasSize(2);
        assertThat(json.get("tasksBehindSchedule").get(0).get("shortfallPoints").decimalValue()).isEqualByComparingTo("8");
        assertThat(json.get("expectedPercent").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void summaryByLeadUnitAsTsv() {
        Run r = run("summary", sample.toString(), "--by", "lead-unit", "--format", "tsv", "--scale", "2");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\n\nBy lead unit\nLead unit\tTasks\tWith %\tMean\tBehind\tOn schedule\tAhead\tCompleted\tNot assessable\n");
        assertThat(r.out()).contains("区人力社保局\t").contains("(all)\t159\t158\t59.98%\t2\t68\t84\t4\t1\n");
    }

    @Test
    void aHigherExpectedShareMakesMoreTasksBehind() {
        Run r = run("summary", sample.toString(), "--expected", "60");

        // below 60%: 68 tasks at 50%, 8 at 55%, 2 at 53.6%, and one each at 42, 45, 51, 52 and 59%
        assertThat(r.out()).contains("expected 60.0%").contains("Behind schedule: 83 of 158");
    }

    @Test
    void behindListsTheTasksFurthestBehindFirst() {
        Run r = run("behind", sample.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("2 task(s) behind schedule in 2024年第二季度\n");
        assertThat(r.out().indexOf("区人力社保局")).isLessThan(r.out().indexOf("区住建局")).isPositive();
        assertThat(r.out()).contains("8.0 points").contains("5.0 points");
    }

    @Test
    void validateListsTheFindingsOfAValidSheet() {
        Run r = run("validate", sample.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("gongshu-2024-q2.xlsx: valid: 159 tasks in 24 categories, 2024年第二季度; 1 finding(s)")
                .contains("  above one hundred: task 74 \"145%\": the progress is above 100%");
    }

    @Test
    void compareAsJson() throws IOException {
        Path json = dir.resolve("compare.json");
        assertThat(run("convert", sample.toString(), json.toString()).code()).isZero();

        Run r = run("compare", json.toString(), sample.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode c = new ObjectMapper().readTree(r.out());
        assertThat(c.get("inBoth").asInt()).isEqualTo(159);
        assertThat(c.get("counts").get("unchanged").asInt()).isEqualTo(159);
        assertThat(c.get("changes")).hasSize(159);
        assertThat(c.get("changes").get(0).get("direction").asText()).isEqualTo("unchanged");
        assertThat(c.get("added")).isEmpty();
        assertThat(c.get("later").get("period").asText()).isEqualTo("2024年第二季度");
    }

    @Test
    void compareWithItselfShowsNoChange() {
        Run r = run("compare", sample.toString(), sample.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("159 tasks in both, 0 added, 0 removed").contains("unchanged: 159")
                .doesNotContain("Went down");
    }

    @Test
    void aPageSavedAsXlsIsReadAsAPageAndAMissingHeaderIsAProblemOfTheInput() throws IOException {
        Path html = dir.resolve("page.xls");
        Files.writeString(html, "<html><body><table><tr><td>序号</td></tr></table></body></html>", StandardCharsets.UTF_8);

        Run r = run("validate", html.toString());

        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("page.xls").contains("header").contains("完成进度");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsInvalidInput() {
        Run r = run("summary", dir.resolve("missing.xlsx").toString());

        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("missing.xlsx").contains("no such file");
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        Run r = run("summary", sample.toString(), "--by", "planet");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--by");
    }

    @Test
    void convertsASheetToJsonAndBackWithTheSameFigures() {
        Path json = dir.resolve("q2.json");
        Path xls = dir.resolve("q2.xls");

        Run toJson = run("convert", sample.toString(), json.toString());
        Run toXls = run("convert", json.toString(), xls.toString());

        assertThat(toJson.code()).isZero();
        assertThat(toJson.out()).contains("159 tasks in 24 categories, 2024年第二季度");
        assertThat(toXls.code()).isZero();
        assertThat(run("summary", xls.toString(), "--by", "lead-unit").out())
                .isEqualTo(run("summary", sample.toString(), "--by", "lead-unit").out());
        assertThat(run("compare", sample.toString(), json.toString()).out()).contains("unchanged: 159");
    }

    @Test
    void convertRefusesAnOutputItCannotWrite() {
        Run r = run("convert", sample.toString(), dir.resolve("q2.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("OUT must end with .xlsx, .xls, .html, .htm, .docx, .csv, .tsv, .json: ");
        assertThat(dir.resolve("q2.pdf")).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenFailsWhateverItsFormat() {
        for (String name : new String[] {"q2.xlsx", "q2.json"}) {
            Path out = dir.resolve("no-such-directory").resolve(name);

            Run r = run("convert", sample.toString(), out.toString());

            assertThat(r.code()).as(name).isEqualTo(Main.FAILED);
            assertThat(r.err()).as(name).contains(name);
        }
    }
}
