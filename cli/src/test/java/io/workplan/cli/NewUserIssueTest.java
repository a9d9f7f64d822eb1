package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.cli.CommandsTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a new user tripped on (issue 17): every message in the user's terms (no Java class, no
 * temporary file's name), option values refused as usage errors, the tab-separated summary and the
 * compact JSON whole.
 */
class NewUserIssueTest extends OnTheSample {

    /** No Java exception's text in what the tool says. */
    private static void inUserTerms(String message) {
        assertThat(message).doesNotContain("java.").doesNotContain("Exception").doesNotContain("io.workplan")
                .doesNotContain(".tmp");
    }

    @ParameterizedTest
    @CsvSource({
        "--expected, -5, 'is not a share of the year: give a percentage from 0 to 100'",
        "--expected, 150, 'is not a share of the year: give a percentage from 0 to 100'",
        "--expected, 55x, 'is not a share of the year in percent, from 0 to 100'",
        "--tolerance, -3, 'is not a tolerance: give percentage points from 0 to 100'",
        "--scale, -1, 'is not a number of decimals: give a whole number from 0 to 10'",
        "--by, foo, 'is not a table of the summary; give category, unit (or lead-unit), status or region'",
    })
    void aWrongOptionValueIsAUsageErrorInTheUsersTerms(String option, String value, String message) {
        Run r = run("summary", sample.toString(), option, value);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'" + value + "' " + message);
        inUserTerms(r.err());
    }

    @Test
    void anExpectedShareMayBeWrittenWithItsPercentSign() {
        Run withSign = run("summary", sample.toString(), "--expected", "55%");

        assertThat(withSign.code()).isZero();
        assertThat(withSign.out()).contains("expected 55.0%").isEqualTo(run("summary", sample.toString(), "--expected", "55").out());
    }

    @Test
    void anOutputInAFolderThatIsNotThereNamesTheOutputAndWhy() {
        for (String name : new String[] {"out.json", "out.xlsx", "out.xls", "out.csv", "out.html", "out.docx"}) {
            Path out = dir.resolve("no-such-folder").resolve(name);

            Run r = run("convert", sample.toString(), out.toString());

            assertThat(r.code()).as(name).isEqualTo(Main.FAILED);
            assertThat(r.err()).as(name).contains(out.toString()).contains("the folder " + out.getParent() + " does not exist");
            inUserTerms(r.err());
        }
    }

    @Test
    void anOutputThatIsAFolderSaysSo() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken.xlsx"));

        Run r = run("convert", sample.toString(), out.toString());

        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err()).contains(out + " is a folder");
        inUserTerms(r.err());
    }

    @Test
    void anInputThatIsAFolderSaysSo() {
        // summary takes a folder of tables (--by region); the commands of one table say what a folder is not
        Run r = run("behind", dir.toString());

        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("it is a folder, not a file");
    }

    @Test
    void aLenientWarningSaysWarningOnce() throws IOException {
        Path csv = dir.resolve("duplicate.csv");
        Files.writeString(csv, "2024年第二季度任务完成情况\n序号,主要工作内容,牵头单位,完成进度\n1,甲。,区财政局,50%\n1,乙。,区财政局,60%\n",
                StandardCharsets.UTF_8);

        Run r = run("summary", "--lenient", csv.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("warning: ").contains("duplicate task number");
        assertThat(r.err().split("warning", -1)).hasSize(2);
    }

    @Test
    void theTabSeparatedSummaryHasATitleThePeriodBlankLinesAndTheTasksBehind() {
        Run r = run("summary", sample.toString(), "--format", "tsv");

        assertThat(r.code()).isZero();
        String[] parts = r.out().split("\n\n", -1);
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("2024年第二季度拱墅区《政府工作报告》主要任务完成情况\n"
                + "Period: 2024年第二季度, expected 50.0% (序时进度), tolerance 0 points");
        assertThat(parts[1]).startsWith("By category\nCategory\tTasks\tWith %\tMean\t").contains("\n(all)\t159\t158\t60.0%\t2\t68\t84\t4\t1");
        assertThat(parts[2]).startsWith("By lead unit\nLead unit\tTasks\t");
        assertThat(parts[3]).startsWith("Behind schedule (欠进度): 2 task(s)\nNo.\tTask\tLead units\tProgress\tExpected\tBehind by\n12\t")
                .contains("\t区人力社保局\t42%\t50.0%\t8.0 points\n").doesNotContain("…");
        assertThat(parts[3].lines()).hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain("\r"));
    }

    @Test
    void compactJsonEndsWithALineFeed() throws IOException {
        Path out = dir.resolve("compact.json");

        Run r = run("convert", sample.toString(), out.toString(), "--compact");

        assertThat(r.code()).isZero();
        String json = Files.readString(out);
        assertThat(json).endsWith("}\n");
        assertThat(json.lines()).hasSize(1);
    }

    /** The options of a README table that starts after the line {@code heading}. */
    private static java.util.List<String> readmeOptions(String heading) throws IOException {
        java.util.List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        java.util.List<String> options = new java.util.ArrayList<>();
        java.util.regex.Pattern option = java.util.regex.Pattern.compile("^\\| `(--[\\[\\]a-z-]+)[ `]");
        for (String line : lines.subList(at + 1, lines.size())) {
            if (options.size() > 0 && !line.startsWith("|")) {
                break;
            }
            java.util.regex.Matcher m = option.matcher(line);
            if (m.find()) {
                options.add(m.group(1));
            }
        }
        return options;
    }

    @Test
    void theReadmesOptionTablesAreTheCommandsOptions() throws IOException {
        java.util.List<String> everyCommand = readmeOptions("Options of every command that reads a file:");
        java.util.List<String> schedule = readmeOptions("Options of the commands that judge tasks against the schedule, `summary`, `behind`, `bulletin` and `history` (the others");
        assertThat(everyCommand).contains("--table", "--lenient", "--[no-]streaming");
        assertThat(schedule).containsExactly("--expected", "--tolerance", "--scale");

        for (String command : new String[] {"summary", "behind", "validate", "compare", "convert", "bulletin", "history"}) {
            String help = run(command, "--help").out();
            everyCommand.forEach(o -> assertThat(help).as(command).contains(o));
            boolean judges = command.equals("summary") || command.equals("behind") || command.equals("bulletin")
                    || command.equals("history");
            schedule.forEach(o -> assertThat(help.contains(o + "=")).as(command + " " + o).isEqualTo(judges));
        }
        Run refused = run("validate", sample.toString(), "--expected", "50");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Unknown options: '--expected'");
    }
}
