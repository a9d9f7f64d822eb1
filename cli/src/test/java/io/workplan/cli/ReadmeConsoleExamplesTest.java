package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.sheet.samples.RealSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's console examples, run: every {@code $ java -jar cli/target/workplan.jar …} of a
 * {@code console} block runs in-process, and the lines the README shows (but those with an
 * ellipsis, which stand for lines left out) must be lines of its output, in order;
 * {@code $ echo $?} checks the exit code. The files they name are the bundled workbook, the README's
 * edited copy of it, {@code page.html}, the real published page of the same table, {@code regions},
 * a folder of real tables of three regions, and the four quarters of {@link GongshuQuarters}.
 */
class ReadmeConsoleExamplesTest {
    private static final String TOOL = "$ java -jar cli/target/workplan.jar ";
    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("..", "examples", "gongshu-2024-q2.xlsx");

    @TempDir
    Path dir;

    @Test
    void theBundledExampleIsTheSample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/gongshu-2024-q2.xlsx")) {
            assertThat(Files.readAllBytes(EXAMPLE)).isEqualTo(in.readAllBytes());
        }
    }

    @Test
    void everyConsoleExampleShowsWhatTheToolPrints() throws IOException {
        editedSample(dir.resolve("gongshu-edited.xlsx"));
        Files.copy(RealSamples.file(RealSamples.GONGSHU_HTML), dir.resolve("page.html"));
        regions(Files.createDirectories(dir.resolve("regions")));
        new GongshuQuarters(dir);   // gongshu-2024-q1.json, -q2.xlsx, -q3.csv, -q4.xlsx, for history
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int commands = 0;
        CommandsTest.Run last = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(TOOL)) {
                if (lines.get(i).equals("$ echo $?")) {
                    assertThat(last).as("a command before echo $?, line %d", i + 1).isNotNull();
                    assertThat(String.valueOf(last.code())).as("README line %d", i + 2).isEqualTo(lines.get(i + 1));
                }
                continue;
            }
            String command = lines.get(i).substring(TOOL.length());
            List<String> shown = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ") && !lines.get(j).startsWith("```"); j++) {
                shown.add(lines.get(j));
            }
            last = run(command);
            List<String> printed = List.of((last.out() + last.err()).replace(dir + "/", "").split("\n"));
            int at = 0;
            for (String line : shown) {
                if (line.contains("…")) {
                    continue;
                }
                int found = printed.subList(at, printed.size()).indexOf(line);
                assertThat(found).as("README line shown for `%s` not printed (or out of order):%n%s%nprinted:%n%s",
                        command, line, String.join("\n", printed)).isNotNegative();
                at += found + 1;
            }
            commands++;
        }
        assertThat(commands).as("console examples in the README").isGreaterThanOrEqualTo(8);
    }

    private CommandsTest.Run run(String command) {
        String[] args = command.split(" +");
        for (int k = 0; k < args.length; k++) {
            if (args[k].equals("examples/gongshu-2024-q2.xlsx")) {
                args[k] = EXAMPLE.toString();
            } else if (args[k].matches("[\\w.-]+\\.(xlsx|xls|html|htm|docx|csv|tsv|json|md|txt)") || args[k].equals("regions")) {
                args[k] = dir.resolve(args[k]).toString();
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandsTest.Run(code, out.toString(), err.toString());
    }

    /** The README's folder of tables of three regions: the sample, 苍南县 of the corpus, and two months of 岳阳楼区. */
    private static void regions(Path folder) throws IOException {
        Files.copy(EXAMPLE, folder.resolve("gongshu-2024-q2.xlsx"));
        String corpus = "/io/workplan/sheet/corpus/";
        Files.copy(RealSamples.file(corpus + "zhejiang-cangnan-2022-m10/table.xlsx"), folder.resolve("苍南县.xlsx"));
        Files.copy(RealSamples.file(corpus + "hunan-yueyanglou-2019-m7/table.xlsx"), folder.resolve("yueyanglou-2019-m7.xlsx"));
        Files.copy(RealSamples.file(corpus + "hunan-yueyanglou-2019-m8/table.xlsx"), folder.resolve("yueyanglou-2019-m8.xlsx"));
    }

    /** The README's edited sample: task 3 numbered 2, task 5 numbered 第五. */
    private static void editedSample(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(EXAMPLE); Workbook wb = WorkbookFactory.create(in); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(4).getCell(0).setCellValue(2);
            sheet.getRow(6).getCell(0).setCellValue("第五");
            wb.write(out);
        }
    }
}
