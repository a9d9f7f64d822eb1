package io.workplan.json.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.json.JsonException;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's exact answer to every input of {@link JsonCorpus}: the report it reads, or every
 * problem it lists (pointer, line:column, subject, raw text, reason), each within a time bound
 * that only a hang could break.
 */
class JsonCorpusTest {

    /** Generous: the machine running the build may be busy. The point is that nothing hangs. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private static final String PARSED_LIMIT = "a string or number is longer than 1048576 characters, the limit;"
            + " a task's text is far shorter";
    private static final String NESTING_LIMIT = "arrays and objects nest deeper than 32 levels, the limit; a report nests 4 deep";
    private static final String NULL = "null (an absent value is left out)";
    /** In an expected problem: a column beyond the limit of a string's length, as found. */
    private static final String ANY_COLUMN = "<column>";
    /** The bytes of many-tasks-with-one-number, one character each. */
    private static final String SAME_NUMBER = latin1(JsonCorpus.named("many-tasks-with-one-number").open());

    /** What each invalid item gives: every problem, as {@link Problem#toString()}. */
    private static final Map<String, List<String>> REFUSED = new HashMap<>();
    /** What each valid item reads. */
    private static final Map<String, Consumer<ProgressReport>> READ = new HashMap<>();

    static {
        READ.put("valid", report -> assertThat(report).isEqualTo(valid()));
        READ.put("utf8-bom", report -> assertThat(report).isEqualTo(valid()));
        READ.put("utf16le-bom", report -> assertThat(report).isEqualTo(valid()));
        READ.put("utf16be-no-bom", report -> assertThat(report).isEqualTo(valid()));
        READ.put("minus-zero-percent", report -> assertThat(percent(report)).isEqualTo(BigDecimal.ZERO));
        READ.put("tiny-percent", report -> assertThat(percent(report)).isEqualTo(new BigDecimal("1E-400")));
        READ.put("percent-rounded-as-shown", report -> assertThat(percent(report)).isEqualTo(new BigDecimal("53.6")));
        READ.put("escaped-unpaired-surrogate", report -> {
            // JSON allows the escape; the report keeps it, and the writer writes it back as it was.
            assertThat(report.title()).isEqualTo("2024年第\uD800二季度主要任务完成情况");
            ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
            JsonWriter.create().write(report, utf8);
            assertThat(utf8.toString(StandardCharsets.UTF_8)).contains("2024年第\\uD800二季度");
            assertThat(JsonReader.create().read(new ByteArrayInputStream(utf8.toByteArray()))).isEqualTo(report);
        });

        refused("empty", "the input is empty; a report is a JSON object");
        refused("whitespace-only", "the input is empty; a report is a JSON object");
        refused("truncated-in-a-name", "/formatVersion (line 3, column 7): Unexpected end-of-input in field name");
        refused("truncated-in-a-string", "/title (line 3, column 20): Unexpected end-of-input in VALUE_STRING");
        refused("truncated-in-a-number", "/tasks/0/progress/percent (line 12, column 66): Unexpected end-of-input:"
                + " expected close marker for Object (start marker at line 12, column 19)");
        refused("truncated-after-a-task", "/tasks/0 (line 14, column 1): Unexpected end-of-input: expected close marker"
                + " for Array (start marker at line 6, column 12)");
        refused("trailing-garbage", "(line 16, column 1): Unrecognized token 'garbage': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
        refused("a-second-document", "(line 16, column 1) \"{\": the input goes on after the report; it must hold one report only");
        refused("duplicate-key", "/title (line 4, column 12) [title]: the property 'title' is given twice");
        refused("duplicate-key-in-progress",
                "/tasks/0/progress/percent (line 12, column 80) [percent]: the property 'percent' is given twice");
        refused("unknown-format-version", "/formatVersion (line 2, column 20) [formatVersion] \"3\": formatVersion 3 is not"
                + " supported; this reader reads versions 1 and 2");
        refused("missing-format-version", "(line 1, column 1) [formatVersion]: the required property 'formatVersion' is missing");
        refused("format-version-as-string",
                "/formatVersion (line 2, column 20) [formatVersion] \"1\": a whole number is expected, not a string");
        refused("nan-percent", "/tasks/0/progress/percent (line 12, column 68): 'NaN' is not a number of JSON, which has no NaN"
                + " or Infinity");
        refused("infinite-percent", "/tasks/0/progress/percent (line 12, column 74): '-Infinity' is not a number of JSON,"
                + " which has no NaN or Infinity");
        refused("huge-exponent-percent", "/tasks/0/progress/percent (line 12, column 65) [percent] \"1e1000000000\": the number"
                + " has more than 1000 digits before or after the decimal point when written out");
        String textIsSeen = ": the text is what a person sees, and the percentage must be the figure it shows (rounded to the"
                + " decimals it shows)";
        refused("text-and-percent-disagree", "/tasks/0/progress/percent (line 12, column 65) [percent] \"61\": the text '60%'"
                + " shows 60 %, but the percentage is 61" + textIsSeen);
        refused("text-shows-another-percent", "/tasks/0/progress/percent (line 12, column 65) [percent] \"10\": the text '52%'"
                + " shows 52 %, but the percentage is 10" + textIsSeen);
        refused("kind-disagrees-with-text", "/tasks/0/progress/kind (line 12, column 43) [kind] \"completed\": the text '52%'"
                + " says a progress of kind percent, not completed: the text is what a person sees, and the kind must be what"
                + " it says");
        refused("percent-beyond-a-sheet", "/tasks/0/progress/percent (line 12, column 69) [percent] \"1E+400\": the percentage"
                + " is beyond what a spreadsheet cell holds as a number (about 1.8E+310 %)");
        refused("narrative-shows-no-percent", "/tasks/0/progress/percent (line 12, column 80) [percent] \"6.4\": the text"
                + " '同比增长6.4%' shows no percentage, but the percentage is 6.4" + textIsSeen);
        refused("narrative-percent-missing", "/tasks/0/progress (line 12, column 19) [percent]: the text '完成全年任务的78%' shows"
                + " 78 %, but the percentage is missing" + textIsSeen);
        refused("negative-percent", "/tasks/0/progress/percent (line 12, column 19) [percent]: a percentage must not be"
                + " negative, was -5");
        refused("number-out-of-range", "/tasks/0/number (line 8, column 17) [number] \"2147483648\": the number is out of range");
        refused("comment", "(line 2, column 3): a comment ('/'), which JSON does not have");
        refused("single-quotes", "/formatVersion (line 3, column 3): Unexpected character (''' (code 39)): was expecting"
                + " double-quote to start field name");
        refused("control-character", "/tasks/0/content (line 10, column 43): Illegal unquoted character ((CTRL-CHAR, code 9)):"
                + " has to be escaped using backslash to be included in string value");
        refused("wrong-types",
                "/title (line 3, column 12) [title] \"2024\": a string is expected, not a number",
                "/period/year (line 4, column 22) [year] \"2024\": a whole number is expected, not a string",
                "/period/quarter (line 4, column 41) [quarter] \"2.0\": a whole number is expected, written without a fraction"
                        + " or exponent",
                "/region (line 5, column 13) [region] \"[\": a string is expected, not an array",
                "/publishedOn (line 6, column 18) [publishedOn] \"20240723\": a string is expected, not a number",
                "/source (line 7, column 13) [source] \"{\": a string is expected, not an object",
                "/categories/0/enumerator (line 8, column 33) [enumerator] \"1\": a string is expected, not a number",
                "/categories/0/name (line 8, column 44) [name] \"true\": a string is expected, not a boolean",
                "/tasks/0/number (line 11, column 17) [number] \"1\": a whole number is expected, not a string",
                "/tasks/0/category (line 12, column 19) [category] \"[\": a string is expected, not an array",
                "/tasks/0/content (line 13, column 18) [content] \"{\": a string is expected, not an object",
                "/tasks/0/leader (line 14, column 17) [leader] \"false\": a string is expected, not a boolean",
                "/tasks/0/leadUnits (line 15, column 20) [leadUnits] \"区发改经信局\": an array is expected, not a string",
                "/tasks/0/responsibleUnits/0 (line 16, column 28) [responsibleUnits] \"1\": a string is expected, not a number",
                "/tasks/0/remark (line 17, column 17) [remark] \"0\": a string is expected, not a number",
                "/tasks/0/progress/text (line 18, column 28) [text] \"52\": a string is expected, not a number",
                "/tasks/0/progress/kind (line 18, column 40) [kind] \"half done\": unknown kind 'half done'; the kinds are"
                        + " percent, notApplicable, completed, onSchedule, dataPending, narrative",
                "/tasks/0/progress/percent (line 18, column 64) [percent] \"52\": a number is expected, not a string",
                "/tasks/1 (line 20, column 5) [tasks] \"a task\": an object is expected, not a string");
        refused("null-everywhere",
                "/title (line 3, column 12) [title] \"null\": a string is expected, not " + NULL,
                "/period/year (line 4, column 22) [year] \"null\": a whole number is expected, not " + NULL,
                "/period/quarter (line 4, column 39) [quarter] \"null\": a whole number is expected, not " + NULL,
                "/region (line 5, column 13) [region] \"null\": a string is expected, not " + NULL,
                "/publishedOn (line 6, column 18) [publishedOn] \"null\": a string is expected, not " + NULL,
                "/source (line 7, column 13) [source] \"null\": a string is expected, not " + NULL,
                "/categories/0/enumerator (line 8, column 33) [enumerator] \"null\": a string is expected, not " + NULL,
                "/categories/0/name (line 8, column 47) [name] \"null\": a string is expected, not " + NULL,
                "/categories/1 (line 8, column 54) [categories] \"null\": an object is expected, not " + NULL,
                "/tasks/0/number (line 11, column 17) [number] \"null\": a whole number is expected, not " + NULL,
                "/tasks/0/category (line 12, column 19) [category] \"null\": a string is expected, not " + NULL,
                "/tasks/0/content (line 13, column 18) [content] \"null\": a string is expected, not " + NULL,
                "/tasks/0/leader (line 14, column 17) [leader] \"null\": a string is expected, not " + NULL,
                "/tasks/0/leadUnits/0 (line 15, column 21) [leadUnits] \"null\": a string is expected, not " + NULL,
                "/tasks/0/responsibleUnits (line 16, column 27) [responsibleUnits] \"null\": an array is expected, not " + NULL,
                "/tasks/0/remark (line 17, column 17) [remark] \"null\": a string is expected, not " + NULL,
                "/tasks/0/progress/text (line 18, column 28) [text] \"null\": a string is expected, not " + NULL,
                "/tasks/0/progress/kind (line 18, column 42) [kind] \"null\": a string is expected, not " + NULL,
                "/tasks/0/progress/percent (line 18, column 59) [percent] \"null\": a number is expected, not " + NULL,
                "/tasks/1 (line 20, column 5) [tasks] \"null\": an object is expected, not " + NULL);
        refused("null-document", "(line 1, column 1) \"null\": an object is expected, not " + NULL);
        String wide = "the input is not well-formed UTF-16 or UTF-32, which its first bytes announce; save the file as UTF-8";
        refused("utf16le-unpaired-surrogate", wide);
        refused("utf32-cut-inside-a-character", wide);
        // Columns of UTF-8 input count bytes, as Jackson counts them: 年 takes three.
        refused("lone-continuation-byte", "/title (line 3, column 20) \"80\": the input is not UTF-8: at byte 43, a continuation"
                + " byte that continues no character; save the file as UTF-8");
        refused("overlong-slash", "/tasks/0/content (line 10, column 44) \"C0\": the input is not UTF-8: at byte 318, an overlong"
                + " form, which UTF-8 forbids; save the file as UTF-8");
        refused("overlong-three-bytes", "/tasks/0/content (line 10, column 44) \"E0 80\": the input is not UTF-8: at byte 318, an"
                + " overlong form, which UTF-8 forbids; save the file as UTF-8");
        refused("encoded-surrogate", "/tasks/0/content (line 10, column 37) \"ED A0\": the input is not UTF-8: at byte 311, a"
                + " surrogate (U+D800 to U+DFFF), which UTF-8 cannot hold; save the file as UTF-8");
        refused("beyond-last-code-point", "/tasks/0/content (line 10, column 37) \"F4 90\": the input is not UTF-8: at byte 311,"
                + " beyond U+10FFFF, the last code point; save the file as UTF-8");
        refused("gbk-encoded", "/title (line 3, column 17) \"C4 EA\": the input is not UTF-8: at byte 40, a character cut short;"
                + " save the file as UTF-8");
        refused("cut-inside-a-character", "/title (line 3, column 20) \"E7 AC\": the input is not UTF-8: at byte 43, a character"
                + " cut short by the end of the input; save the file as UTF-8");
        // not JSON at all: named for what it is, with what to do, never "not UTF-8"
        String byBytes = " (ReportFiles.read and the workplan tool tell a file's format by its bytes, whatever its name)";
        refused("workbook-named-json", "it is an Excel workbook (.xlsx), not a JSON report: read it with ExcelReader" + byBytes);
        refused("word-document-named-json", "it is a Word document (.docx), not a JSON report: read it with WordReader" + byBytes);
        refused("spreadsheet-named-json", "it is an OpenDocument spreadsheet (.ods), not a JSON report: open it in LibreOffice"
                + " Calc, WPS or Excel and save it as an Excel workbook (.xlsx)");
        refused("pdf-named-json", "it is a PDF document, not a JSON report: ask for the table as a workbook, or copy it from the"
                + " PDF into a spreadsheet and save that as .xlsx");
        refused("page-named-json", "it is a web page (HTML), not a JSON report: read it with HtmlReader" + byBytes);
        refused("deep-nesting",
                "(line 1, column 1) \"[\": an object is expected, not an array",
                "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 (line 1, column 34): " + NESTING_LIMIT);
        refused("deep-nesting-in-a-task",
                "/tasks/0/progress/text (line 1, column 244) [text] \"{\": a string is expected, not an object",
                "/tasks/0/progress" + "/text".repeat(29) + " (line 1, column 469): " + NESTING_LIMIT);
        // Where the parser notices a long value depends on how its buffers grow: past the limit, within the value.
        refused("ten-megabyte-number", "/tasks/0/progress/percent (line 1, column " + ANY_COLUMN + "): " + PARSED_LIMIT);
        refused("hundred-megabyte-title", "/title (line 1, column " + ANY_COLUMN + "): " + PARSED_LIMIT);
        refused("long-property-name", "/formatVersion (line 1, column 1050): a property name is longer than 1000 characters,"
                + " the limit; the format's longest has 16");
        List<String> sameNumber = new ArrayList<>();
        for (int i = 2; i <= 101; i++) {
            sameNumber.add("/tasks/" + i + "/number (line 1, column " + taskColumn(i) + ") [number]: the number " + (7 + i % 2)
                    + " is used by tasks[" + (i % 2) + "] too, not the task just above: only the sub-items of one item,"
                    + " listed one after another, share a number");
        }
        sameNumber.add("/tasks/102/number (line 1, column " + taskColumn(102) + "): reading stopped after 100 problems; there"
                + " may be more");
        REFUSED.put("many-tasks-with-one-number", sameNumber);
    }

    private static void refused(String name, String... problems) {
        REFUSED.put(name, List.of(problems));
    }

    @TestFactory
    Stream<DynamicTest> everyItemGivesItsExactAnswerWithoutHanging() {
        return JsonCorpus.items().stream().map(item -> DynamicTest.dynamicTest(item.toString(), () -> {
            if (item.invalid()) {
                List<String> expected = REFUSED.get(item.name());
                assertThat(expected).as("the expected problems of %s", item.name()).isNotNull();
                JsonException e = assertTimeoutPreemptively(NO_HANG, () -> refusal(item.open()));
                assertThat(e.problems()).extracting(Problem::toString).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(e.problems().get(i).toString()).matches(pattern(expected.get(i)));
                }
            } else {
                Consumer<ProgressReport> check = READ.get(item.name());
                assertThat(check).as("the check of what %s reads", item.name()).isNotNull();
                check.accept(assertTimeoutPreemptively(NO_HANG, () -> read(item.open())));
            }
        }));
    }

    @Test
    void everyExpectationBelongsToAnItem() {
        List<String> names = JsonCorpus.items().stream().map(JsonCorpus.Item::name).collect(Collectors.toList());
        assertThat(names).doesNotHaveDuplicates().containsAll(REFUSED.keySet()).containsAll(READ.keySet());
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aHundredMegabyteStringIsRefusedAfterItsFirstMegabytes() {
        long[] consumed = {0};
        InputStream counted = new FilterInputStream(JsonCorpus.named("hundred-megabyte-title").open()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };

        assertTimeoutPreemptively(NO_HANG, () -> refusal(counted));

        // Streamed: the reader stops at the limit, having read about 1 MB of the 100; memory follows.
        assertThat(consumed[0]).isLessThan(2L * JsonReader.MAX_STRING_LENGTH).isGreaterThan(JsonReader.MAX_STRING_LENGTH);
    }

    @Test
    void aFileNamesItselfInEveryProblemAsAStreamWouldNot(@TempDir Path dir) {
        for (JsonCorpus.Item item : JsonCorpus.invalid()) {
            if (item.large()) {
                continue;
            }
            Path file = item.writeTo(dir);
            JsonException e = catchThrowableOfType(JsonException.class, () -> JsonReader.create().read(file));

            assertThat(e).as(item.name()).isNotNull();
            assertThat(e.getMessage()).startsWith("Cannot read the JSON report " + file);
            assertThat(e.problems()).extracting(p -> p.toString()).containsExactlyElementsOf(
                    REFUSED.get(item.name()).stream().map(p -> file + (p.startsWith("/") || p.startsWith("(") ? " " : ": ") + p)
                            .collect(Collectors.toList()));
        }
    }

    /** An expected problem as a pattern: itself, but for a column beyond a limit. */
    private static Pattern pattern(String expected) {
        String[] parts = expected.split(ANY_COLUMN, -1);
        return Pattern.compile(Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining("\\d{7}")));
    }

    private static JsonException refusal(InputStream in) {
        try (in) {
            ProgressReport report = JsonReader.create().read(in);
            throw new AssertionError("read, not refused: " + report);
        } catch (JsonException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProgressReport read(InputStream in) {
        try (in) {
            return JsonReader.create().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProgressReport valid() {
        ProgressReport report = read(JsonCorpus.named("valid").open());
        assertThat(report.title()).isEqualTo("2024年第二季度主要任务完成情况");
        assertThat(report.period()).contains(ReportingPeriod.builder().year(2024).span(ReportingPeriod.Span.QUARTER).index(2).build());
        assertThat(report.categories()).extracting(c -> c.toString()).containsExactly("(一)主要经济指标");
        assertThat(report.tasks()).singleElement().satisfies(t -> {
            assertThat(t.number()).hasValue(1);
            assertThat(t.content()).isEqualTo("地区生产总值增长5.5%。");
            assertThat(t.leadUnits()).extracting(u -> u.toString()).containsExactly("区发改经信局");
        });
        assertThat(percent(report)).isEqualTo(new BigDecimal("52"));
        return report;
    }

    private static BigDecimal percent(ProgressReport report) {
        return report.entries().get(0).progress().percent().orElseThrow();
    }

    /** The column of the i-th task of many-tasks-with-one-number, all on line 1: its byte offset plus one. */
    private static int taskColumn(int task) {
        int at = -1;
        for (int i = 0; i <= task; i++) {
            at = SAME_NUMBER.indexOf("{\"number\"", at + 1);
        }
        return at + 1;
    }

    /** The bytes as characters, one each: a character's index is its byte's offset. */
    private static String latin1(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
