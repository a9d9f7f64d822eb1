package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.cli.CommandsTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: exit 0 for a sheet without errors, 1 with every error and its location otherwise. */
class ValidateCommandTest {
    private static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";
    private static final Object[] HEADER = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"};

    @TempDir
    Path dir;

    private Path sheet(String name, Object[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("二季度");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static void assertInvalid(Run r, String... errorParts) {
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(errorParts).doesNotContain("\tat ");
    }

    @Test
    void aSheetWithWarningsOnlyIsValidAndTheWarningsArePrinted() throws IOException {
        Path file = sheet("warned.xlsx", new Object[] {TITLE}, HEADER,
                new Object[] {1, "(一)主要经济指标", "甲。", "区财政局", "50%"},
                new Object[] {2, null, "乙。", "区财政局", null});

        Run r = run("validate", file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("warned.xlsx: valid: 2 tasks in 1 categories");
        assertThat(r.err()).startsWith("warning: ").contains("二季度!E4").contains("blank progress");
    }

    @Test
    void aSheetWithoutALeadUnitColumnIsOneFindingNamingTheCount() throws IOException {
        Object[][] rows = new Object[2 + 12][];
        rows[0] = new Object[] {TITLE};
        rows[1] = new Object[] {"序号", "项目名称", "主要工作内容", "完成进度"};
        for (int i = 1; i <= 12; i++) {
            rows[1 + i] = new Object[] {i, i == 1 ? "(一)主要经济指标" : null, "任务" + i + "。", "50%"};
        }
        Path file = sheet("nolead.xlsx", rows);

        for (String mode : new String[] {"--streaming", "--no-streaming"}) {
            Run r = run("validate", mode, file.toString());

            assertThat(r.code()).isZero();
            assertThat(r.err()).as("one warning of the missing column").containsOnlyOnce("warning: ").contains("no lead-unit column");
            assertThat(r.out().lines()).as(r.out()).containsExactly(
                    "nolead.xlsx: valid: 12 tasks in 1 categories, 2024年第二季度; 12 finding(s)",
                    "  no lead unit: 12 tasks (1, 2, 3, 4, 5, …): the task has no lead unit");
        }
    }

    @Test
    void aDuplicateTaskNumberIsAnErrorWithItsCell() throws IOException {
        Path file = sheet("duplicate.xlsx", new Object[] {TITLE}, HEADER,
                new Object[] {1, "(一)主要经济指标", "甲。", "区财政局", "50%"},
                new Object[] {1, null, "乙。", "区财政局", "60%"});

        assertInvalid(run("validate", file.toString()), "duplicate.xlsx", "二季度!A4", "duplicate task number");
    }

    @Test
    void aNonNumericTaskNumberIsAnErrorWithItsCellAndText() throws IOException {
        Path file = sheet("letters.xlsx", new Object[] {TITLE}, HEADER,
                new Object[] {1, "(一)主要经济指标", "甲。", "区财政局", "50%"},
                new Object[] {"二a", null, "乙。", "区财政局", "60%"});

        assertInvalid(run("validate", file.toString()), "二季度!A4", "二a", "序号");
    }

    @Test
    void everyErrorOfASheetIsListed() throws IOException {
        Path file = sheet("several.xlsx", new Object[] {TITLE}, HEADER,
                new Object[] {1, "(一)主要经济指标", "甲。", "区财政局", "50%"},
                new Object[] {1, null, "乙。", "区财政局", "60%"},
                new Object[] {"x", null, "丙。", "区财政局", "60%"});

        assertInvalid(run("validate", file.toString()), "二季度!A4", "二季度!A5");
    }

    @Test
    void aMissingRequiredColumnIsAnError() throws IOException {
        Path file = sheet("no-progress.xlsx", new Object[] {TITLE},
                Arrays.copyOf(HEADER, 4),
                new Object[] {1, "(一)主要经济指标", "甲。", "区财政局"});

        assertInvalid(run("validate", file.toString()), "no-progress.xlsx", "完成进度");
    }

    @Test
    void aBrokenFileIsAnError() throws IOException {
        Path sample = CommandsTest.copySample(dir);
        byte[] bytes = Files.readAllBytes(sample);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "序号,项目名称\n1,甲\n", StandardCharsets.UTF_8);
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"title\": ", StandardCharsets.UTF_8);

        assertInvalid(run("validate", truncated.toString()), "truncated.xlsx");
        assertInvalid(run("validate", text.toString()), "notes.xlsx");
        assertInvalid(run("validate", json.toString()), "broken.json", "/title (line 1, column 31)");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xls"), "not a workbook", StandardCharsets.UTF_8);

        Run r = run("validate", "--debug", text.toString());

        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("notes.xls").contains("\tat io.workplan.");
    }
}
