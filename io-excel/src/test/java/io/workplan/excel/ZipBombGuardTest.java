package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook that POI's zip-bomb guard refuses is reported as such, in both modes, with the remedy. */
class ZipBombGuardTest {
    @TempDir
    Path dir;

    @Test
    void aVeryRepetitiveWorkbookIsRefusedWithTheReasonAndTheRemedy() throws IOException {
        Path file = dir.resolve("repetitive.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("2024年第二季度主要任务完成情况");
            sheet.createRow(1).createCell(0).setCellValue("主要工作内容");
            sheet.getRow(1).createCell(1).setCellValue("完成进度");
            for (int r = 2; r < 40; r++) {
                sheet.createRow(r).createCell(0).setCellValue("推".repeat(32_760) + r); // distinct: the shared strings keep each
                sheet.getRow(r).createCell(1).setCellValue("50%");
            }
            workbook.write(out);
        }

        for (boolean streaming : new boolean[] {false, true}) {
            ExcelReader reader = new ExcelReader(ExcelReadOptions.builder().streaming(streaming).build());
            assertThatThrownBy(() -> reader.read(file))
                    .isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.reason()).contains("xl/sharedStrings.xml expands")
                                    .contains("ExcelReadOptions.maxInflateRatio").contains("setMinInflateRatio")));
        }
    }
}
