package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static io.workplan.cli.CommandsTest.runOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.cli.CommandsTest.Run;
import io.workplan.sheet.samples.RealSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The commands over every format (the real page, conversions between all of them, a GBK CSV) and
 * the table options: --table, --title, --period, --column, --columns; convert's refusals.
 */
class FormatsCommandsTest extends OnTheSample {
    /** A copy of the real page, the same table. */
    static Path page;
    /** The summary of the real workbook, which every format of the same table must give. */
    static String expected;

    @BeforeAll
    static void copyThePage() throws IOException {
        page = dir.resolve("gongshu-2024-q2.html");
        Files.copy(RealSamples.file(RealSamples.GONGSHU_HTML), page);
        expected = run("summary", sample.toString()).out();
        assertThat(expected).contains("Tasks: 159;");
    }

    @Test
    void theRealPageGivesTheSummaryOfTheWorkbook() {
        Run r = run("summary", page.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out().split("\n")).containsExactly(expected.split("\n"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void convertingThroughEveryFormatKeepsTheSummary() {
        String[] chain = {"1.xlsx", "2.csv", "3.docx", "4.html", "5.tsv", "6.xls", "7.json"};
        Path in = page;
        for (String name : chain) {
            Path out = dir.resolve("chain-" + name);

            Run convert = run("convert", in.toString(), out.toString());

            assertThat(convert.code()).as(name + ": " + convert.err()).isZero();
            assertThat(convert.out()).isEqualTo("wrote " + out + ": 159 tasks in 24 categories, 2024年第二季度\n");
            assertThat(run("summary", out.toString()).out()).as(name).isEqualTo(expected);
            in = out;
        }
    }

    @Test
    void aGbkCsvIsReadAsGbk() throws IOException {
        Path utf8 = dir.resolve("utf8.csv");
        assertThat(run("convert", sample.toString(), utf8.toString()).code()).isZero();
        String text = Files.readString(utf8, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));

        Run r = run("summary", gbk.toString());

        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(gbk))))
                .as("the file is not UTF-8").isInstanceOf(CharacterCodingException.class);
        givesTheSummary(r);
    }

    @Test
    void tableChoosesTheNthTableOfAPage() throws IOException {
        Path withLayout = dir.resolve("with-layout.html");
        Files.writeString(withLayout, Files.readString(page).replace("<body>",
                "<body><table><tr><td>首页</td><td>政务公开</td><td>政府工作报告</td></tr></table>"));

        Run second = run("summary", "--table", "2", withLayout.toString());
        Run first = run("summary", "--table", "1", withLayout.toString());
        Run third = run("summary", "--table", "3", withLayout.toString());
        Run zero = run("summary", "--table", "0", withLayout.toString());

        givesTheSummary(second);
        fails(first, Main.INVALID_INPUT, "with-layout.html", "header");
        fails(third, Main.INVALID_INPUT, "no table 3", "it has 2");
        fails(zero, 2, "'0' is not a table's number: give a whole number from 1");
    }

    @Test
    void columnNamesAHeaderTheReaderDoesNotKnow() throws IOException {
        // 工作举措: a header of no built-in word
        Path edited = editedSample("unknown-header.xlsx", sheet -> sheet.getRow(1).getCell(2).setCellValue("工作举措"));

        Run unknown = run("summary", edited.toString());
        Run named = run("summary", "--column", "工作举措=task", edited.toString());
        Run anyCase = run("summary", "--column", "工作举措 = TASK", edited.toString());

        fails(unknown, Main.INVALID_INPUT, "Cannot read unknown-header.xlsx");
        givesTheSummary(named);
        givesTheSummary(anyCase);
    }

    @Test
    void aWrongColumnRoleIsAUsageErrorNamingTheRoles() {
        Run r = run("summary", "--column", "工作事项=content", sample.toString());

        fails(r, 2, "'content' is not a column role; the roles are number, category, task, leader, "
                + "lead-units, responsible-units, progress, remark");
        assertThat(run("summary", "--column", "工作事项", sample.toString()).err()).contains("is not HEADER=ROLE");
    }

    @Test
    void columnsReadsAMappingFileAndNamesTheLineOfABadOne() throws IOException {
        Path edited = editedSample("unknown-headers.xlsx", sheet -> {
            sheet.getRow(1).getCell(2).setCellValue("工作举措");
            sheet.getRow(1).getCell(4).setCellValue("推进成效");
        });
        Path good = dir.resolve("good-columns.txt");
        Files.writeString(good, "# 本区表头\n\n工作举措=task\n推进成效 = progress\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad-columns.txt");
        Files.writeString(bad, "# 本区表头\n工作举措=task\n\n推进成效 progress\n", StandardCharsets.UTF_8);

        Run read = run("summary", "--columns", good.toString(), edited.toString());
        Run badLine = run("summary", "--columns", bad.toString(), edited.toString());
        Run missing = run("summary", "--columns", dir.resolve("none.txt").toString(), edited.toString());

        givesTheSummary(read);
        fails(badLine, 2, "bad-columns.txt, line 4: '推进成效 progress' is not HEADER=ROLE");
        fails(missing, 2, "none.txt: no such file");
    }

    @Test
    void periodAndTitleGiveWhatTheTableDoesNotName() throws IOException {
        Path untitled = editedSample("no-period.xlsx", sheet -> sheet.getRow(0).getCell(0).setCellValue("拱墅区《政府工作报告》主要任务完成情况"));

        Run without = run("summary", untitled.toString());
        Run with = run("summary", "--period", "2024-Q2", untitled.toString());
        Run titled = run("summary", "--period", "2024年第二季度", "--title", "2024年第二季度拱墅区《政府工作报告》主要任务完成情况",
                untitled.toString());

        assertThat(without.code()).as(without.err()).isZero();
        assertThat(without.out()).contains("Period: no period; the report names no period: schedule figures need --expected");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).startsWith("拱墅区《政府工作报告》主要任务完成情况\nPeriod: 2024年第二季度, expected 50.0% (序时进度)")
                .contains("Behind schedule: 2 of 158 (1.3%)");
        givesTheSummary(titled);
    }

    @Test
    void aWrongPeriodIsAUsageErrorNamingTheAcceptedForms() {
        Run r = run("summary", "--period", "foo", sample.toString());

        fails(r, 2, "--period", "cannot read a period from \"foo\"", "2024-Q2", "2024-H1", "2024-M10", "2024年第二季度");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void convertRefusesToWriteOverItsInput() throws IOException {
        Path in = dir.resolve("own.xlsx");
        Files.copy(sample, in);
        byte[] before = Files.readAllBytes(in);
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), in);
        Files.createDirectories(dir.resolve("sub"));

        for (Path out : new Path[] {in, link, dir.resolve("sub").resolve("..").resolve("own.xlsx")}) {
            Run r = run("convert", in.toString(), out.toString());

            assertThat(r.code()).as(out.toString()).isEqualTo(2);
            assertThat(r.err()).as(out.toString()).contains("OUT is IN");
            assertThat(r.out()).isEmpty();
            assertThat(Files.readAllBytes(in)).isEqualTo(before);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void convertRefusesOptionsThatDoNotApplyToTheOutput() {
        String[][] refused = {
            {"--compact", "compact.xlsx", "--compact applies to .json only"},
            {"--summary-sheets", "summaries.csv", "--summary-sheets applies to .xlsx and .xls only"},
            {"--no-merge", "unmerged.json", "--no-merge applies to .xlsx and .xls only"},
        };
        for (String[] c : refused) {
            Path out = dir.resolve(c[1]);

            Run r = run("convert", c[0], sample.toString(), out.toString());

            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(c[2] + ", not to " + c[1]);
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void theWritersOptionsStillApplyToTheirFormats() throws IOException {
        Path compact = dir.resolve("compact.json");
        Path unmerged = dir.resolve("unmerged.xlsx");

        assertThat(run("convert", "--compact", page.toString(), compact.toString()).code()).isZero();
        assertThat(run("convert", "--no-merge", page.toString(), unmerged.toString()).code()).isZero();

        assertThat(Files.readAllLines(compact)).hasSize(1);
        try (Workbook wb = WorkbookFactory.create(unmerged.toFile(), null, true)) {
            assertThat(wb.getSheetAt(0).getNumMergedRegions()).as("only the title").isEqualTo(1);
        }
        givesTheSummary(run("summary", unmerged.toString()));
    }

    @Test
    void theProgressBarIsDrawnForAPageToo() {
        Run terminal = runOn(true, "summary", page.toString());

        assertThat(terminal.err()).startsWith("\rgongshu-2024-q2.html").contains("rows").endsWith("\r");
        givesTheSummary(terminal);
    }

    @Test
    void theHelpOfEveryReadingCommandNamesTheTableOptions() {
        for (String command : new String[] {"summary", "behind", "validate", "compare", "convert"}) {
            assertThat(run(command, "--help").out()).as(command)
                    .contains("--table=N").contains("--title=TEXT").contains("--period=PERIOD")
                    .contains("--column=HEADER=ROLE").contains("--columns=FILE").contains("responsible-units")
                    .contains("--sheet=NAME").contains("--lenient");
        }
    }

    /** A run that read the table as the real workbook's: it succeeded and printed the workbook's summary. */
    private static void givesTheSummary(Run r) {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(expected);
    }

    /** A run that failed with the exit code, its error saying each of the texts. */
    private static void fails(Run r, int code, String... says) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).contains(says);
    }

    /** The real workbook, changed. */
    private static Path editedSample(String name, Consumer<Sheet> edit) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(sample); Workbook wb = WorkbookFactory.create(in);
                OutputStream out = Files.newOutputStream(file)) {
            edit.accept(wb.getSheetAt(0));
            wb.write(out);
        }
        return file;
    }
}
