package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the reader says of bad input: every problem, with pointer, line and column. */
class JsonReaderTest {

    private static final String HEAD = "{\"formatVersion\":1,\"title\":\"2024年第二季度\",\"period\":{\"year\":2024,\"quarter\":2},"
            + "\"categories\":[{\"name\":\"主要经济指标\"}],\"tasks\":[";

    private static String withTask(String task) {
        return HEAD + task + "]}";
    }

    private static List<Problem> problems(String json) {
        return problemsOf(JsonReader.create(), json);
    }

    private static List<Problem> problemsOf(JsonReader reader, String json) {
        JsonException e = catchThrowableOfType(JsonException.class, () -> reader.readString(json));
        assertThat(e).as("a JsonException for %s", json).isNotNull();
        return e.problems();
    }

    private static List<String> pointers(List<Problem> problems) {
        return problems.stream().map(p -> p.path().orElse("?")).collect(Collectors.toList());
    }

    @Test
    void anUnknownFormatVersionStopsReadingAtOnce() {
        List<Problem> problems = problems("{\"formatVersion\":3,\"title\":5}");

        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.path()).hasValue("/formatVersion");
        assertThat(p.line()).hasValue(1);
        assertThat(p.column()).hasValue(18);
        assertThat(p.rawText()).hasValue("3");
        assertThat(p.reason()).contains("formatVersion 3 is not supported", "versions 1 and 2");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsPlace() {
        Problem p = problems(HEAD.replace("\"title\":\"2024年第二季度\"", "\"title\":5") + "]}").get(0);

        assertThat(p.path()).hasValue("/title");
        assertThat(p.subject()).hasValue("title");
        assertThat(p.rawText()).hasValue("5");
        assertThat(p.reason()).isEqualTo("a string is expected, not a number");
        assertThat(p.toString()).isEqualTo("/title (line 1, column 28) [title] \"5\": a string is expected, not a number");
    }

    @Test
    void aMissingRequiredPropertyIsReportedAtItsObject() {
        Problem p = problems(withTask("{\"category\":\"主要经济指标\",\"leadUnits\":[]}")).get(0);

        assertThat(p.path()).hasValue("/tasks/0");
        assertThat(p.subject()).hasValue("content");
        assertThat(p.reason()).isEqualTo("the required property 'content' is missing");
        assertThat(p.line()).hasValue(1);
        assertThat(p.column()).hasValue(HEAD.length() + 1);
    }

    @Test
    void everyProblemIsListedInTheOrderOfTheInput() {
        String json = "{\n"
                + "  \"formatVersion\": 1,\n"
                + "  \"title\": \"t\",\n"
                + "  \"period\": {\"year\": 2024, \"quarter\": 5},\n"
                + "  \"categories\": [{\"name\": \"a\"}, {\"enumerator\": \"(二)\", \"name\": \"a\"}],\n"
                + "  \"tasks\": [\n"
                + "    {\"number\": \"1\", \"category\": \"a\", \"content\": \"x\", \"leadUnits\": []},\n"
                + "    {\"category\": \"b\", \"content\": \"y\", \"leadUnits\": [\"区财政局\", 7], \"colour\": \"red\"},\n"
                + "    {\"category\": \"a\", \"content\": \"z\", \"leadUnits\": [], \"progress\": {\"text\": \"52%\", \"kind\": \"percent\"}}\n"
                + "  ]\n"
                + "}\n";

        List<Problem> problems = problems(json);

        assertThat(pointers(problems)).containsExactly(
                "/period/quarter",
                "/tasks/0/number",
                "/tasks/1/leadUnits/1",
                "/tasks/1/colour",
                "/tasks/2/progress/percent",
                "/categories/1");
        assertThat(problems.get(0).reason()).contains("between 1 and 4", "was 5");
        assertThat(problems.get(1).line()).hasValue(7);
        assertThat(problems.get(2).line()).hasValue(8);
        assertThat(problems.get(3).reason()).contains("unknown property 'colour'", "number, category, content, leader, leadUnits,"
                + " responsibleUnits, remark, progress");
        assertThat(problems.get(4).reason()).contains("PERCENT needs its percentage");
        assertThat(problems.get(5).reason()).contains("the name 'a' is used by /categories/0");
    }

    @Test
    void unknownPropertiesCanBeIgnored() {
        String json = withTask("{\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[],"
                + "\"colour\":{\"nested\":[1,{\"deeper\":true}]},\"progress\":{\"text\":\"/\",\"kind\":\"notApplicable\",\"note\":null}}")
                .replace("{\"formatVersion\":1", "{\"generator\":\"other tool\",\"formatVersion\":1");

        assertThat(problems(json)).extracting(p -> p.path().orElseThrow())
                .containsExactly("/generator", "/tasks/0/colour", "/tasks/0/progress/note");
        ProgressReport report = JsonReader.create().ignoringUnknownProperties().readString(json);
        assertThat(report.tasks()).hasSize(1);
        assertThat(report.progressOf(report.tasks().get(0)).orElseThrow().text()).isEqualTo("/");
    }

    /** A task, the place of its problem, the raw text it quotes (null: not asserted), and the words of its reason. */
    static Stream<Arguments> refusedProperties() {
        return Stream.of(
                // null is not an absent value
                Arguments.of("{\"category\":\"主要经济指标\",\"content\":\"x\",\"leader\":null,\"leadUnits\":[]}",
                        "/tasks/0/leader", "null", List.of("null (an absent value is left out)")),
                // a property given twice
                Arguments.of("{\"category\":\"主要经济指标\",\"content\":\"x\",\"content\":\"y\",\"leadUnits\":[]}",
                        "/tasks/0/content", null, List.of("given twice")),
                // a number that is not whole
                Arguments.of("{\"number\":3.5,\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[]}",
                        "/tasks/0/number", "3.5", List.of("whole number")),
                // a category the head does not list, refused naming the known ones
                Arguments.of("{\"category\":\"民生实事\",\"content\":\"x\",\"leadUnits\":[]}",
                        "/tasks/0/category", "民生实事", List.of("'民生实事'", "'主要经济指标'")));
    }

    @ParameterizedTest(name = "{1}: {3}")
    @MethodSource("refusedProperties")
    void aTasksPropertyIsRefusedAtItsPlace(String task, String path, String rawText, List<String> reason) {
        Problem p = problems(withTask(task)).get(0);

        assertThat(p.path()).hasValue(path);
        if (rawText != null) {
            assertThat(p.rawText()).hasValue(rawText);
        }
        assertThat(p.reason()).contains(reason);
    }

    @Test
    void malformedJsonIsReportedWhereItBreaks() {
        JsonException e = catchThrowableOfType(JsonException.class,
                () -> JsonReader.create().readString("{\"formatVersion\":1,\n\"title\":\"t\",\n\"period\":{\"year\":2024,}"));

        Problem p = e.problems().get(e.problems().size() - 1);
        assertThat(p.line()).hasValue(3);
        assertThat(p.column()).hasValue(23);
        assertThat(p.path()).hasValue("/period/year");
        assertThat(e.getCause()).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void emptyInputAndTrailingContentAreRefused() {
        assertThat(problems("")).extracting(Problem::reason).containsExactly("the input is empty; a report is a JSON object");
        assertThat(problems(HEAD + "]} {}")).extracting(Problem::reason)
                .containsExactly("the input goes on after the report; it must hold one report only");
        assertThat(problems("[]")).extracting(Problem::reason).containsExactly("an object is expected, not an array");
    }

    @Test
    void hostileInputStopsAtTheLimits() {
        String deep = "[".repeat(JsonReader.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonReader.MAX_NESTING_DEPTH + 1);
        String json = HEAD.replace("{\"formatVersion\":1", "{\"x\":" + deep + ",\"formatVersion\":1") + "]}";
        assertThat(problemsOf(JsonReader.create().ignoringUnknownProperties(), json)).last()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("arrays and objects nest deeper than 32 levels, the limit;"
                        + " a report nests 4 deep"));

        String longString = "字".repeat(JsonReader.MAX_STRING_LENGTH + 1);
        assertThat(problems(withTask("{\"category\":\"主要经济指标\",\"content\":\"" + longString + "\",\"leadUnits\":[]}"))).last()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("a string or number is longer than 1048576 characters, the"
                        + " limit; a task's text is far shorter"));

        String longNumber = "1".repeat(JsonReader.MAX_NUMBER_LENGTH + 1);
        assertThat(problems(withTask("{\"number\":" + longNumber + ",\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[]}")))
                .last().satisfies(p -> assertThat(p.reason()).isEqualTo("a number is longer than 100 characters, the limit"));

        assertThat(problems(withTask("{\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[],"
                + "\"progress\":{\"text\":\"x\",\"kind\":\"percent\",\"percent\":1e999999999}}")))
                .extracting(Problem::reason).containsExactly("the number has more than 1000 digits before or after the decimal"
                        + " point when written out");
    }

    @Test
    void aPercentWhoseExponentIsOutOfRangeIsAProblemNotAJdkException() {
        for (String percent : List.of("1e2147483648", "1e-2147483649", "1E+999999999", "1e-1001")) {
            String json = withTask("{\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[],"
                    + "\"progress\":{\"text\":\"x\",\"kind\":\"percent\",\"percent\":" + percent + "}}");

            assertThat(problems(json)).as(percent).singleElement().satisfies(p -> {
                assertThat(p.path()).hasValue("/tasks/0/progress/percent");
                assertThat(p.line()).hasValue(1);
                assertThat(p.column()).hasValue(json.indexOf(percent) + 1);
                assertThat(p.rawText()).hasValue(percent);
                assertThat(p.reason()).contains("more than 1000 digits");
            });
        }
    }

    @Test
    void aPercentOfMinusZeroIsZero() {
        ProgressReport report = JsonReader.create().readString(withTask("{\"category\":\"主要经济指标\",\"content\":\"x\","
                + "\"leadUnits\":[],\"progress\":{\"text\":\"0%\",\"kind\":\"percent\",\"percent\":-0}}"));

        assertThat(report.entries().get(0).progress().percent()).hasValueSatisfying(p -> assertThat(p).isZero());
    }

    @Test
    void aTaskNamesItsCategoryAsTheCategoryNamesItself() {
        String json = HEAD.replace("\"name\":\"主要经济指标\"", "\"name\":\"主要经济指标 \"")
                + "{\"category\":\"主要经济指标 \",\"content\":\"x\",\"leadUnits\":[]},"
                + "{\"category\":\" 主要\\n经济指标\",\"content\":\"y\",\"leadUnits\":[]}]}";

        ProgressReport report = JsonReader.create().readString(json);

        assertThat(report.categories()).extracting(c -> c.name()).containsExactly("主要经济指标");
        assertThat(report.tasks()).allSatisfy(t -> assertThat(t.category()).contains(report.categories().get(0)));
    }

    @Test
    void aCellOfTheLongestSpreadsheetTextIsWellWithinTheLimits() {
        String content = "字".repeat(32_767);
        ProgressReport report = JsonReader.create().readString(withTask(
                "{\"category\":\"主要经济指标\",\"content\":\"" + content + "\",\"leadUnits\":[]}"));

        assertThat(report.tasks().get(0).content()).isEqualTo(content);
    }

    @Test
    void readingStopsAfterAHundredProblems() {
        String task = "{\"number\":\"x\",\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[]}";
        List<Problem> problems = problems(withTask(String.join(",", java.util.Collections.nCopies(150, task))));

        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).reason()).isEqualTo("reading stopped after 100 problems; there may be more");
    }

    @Test
    void aFileNamesItselfInEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"formatVersion\":1,\"title\":7}");

        JsonException e = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(file));

        assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).hasValue(file.toString()));
        assertThat(e.getMessage()).startsWith("Cannot read the JSON report " + file);
        JsonException missing = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(dir.resolve("none.json")));
        assertThat(missing.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("cannot be read"));
    }

    @Test
    void aStreamIsReadButNotClosed() {
        boolean[] closed = {false};
        byte[] golden = TestFiles.bytes(TestFiles.GOLDEN_V1 + "every-field.json");
        InputStream in = new ByteArrayInputStream(golden) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(JsonReader.create().read(in)).isEqualTo(EveryFieldReport.build());
        assertThat(closed[0]).isFalse();
        assertThat(JsonReader.create().read(new java.io.StringReader(new String(golden, StandardCharsets.UTF_8))))
                .isEqualTo(EveryFieldReport.build());
    }
}
