package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A large sheet read in streaming mode within a small heap. Run by its own surefire execution in a
 * JVM of {@code -Xmx128m} (see the module's pom), with {@code workplan.largeSheet.tasks} tasks.
 */
class LargeSheetTest {
    private static final int TASKS = Integer.getInteger("workplan.largeSheet.tasks", 20_000);
    private static final int CATEGORY_SIZE = 1000;
    private static final int UNIT_RUN = 5;

    @Test
    void aLargeSheetStreamsInASmallHeap() throws IOException {
        Path file = Path.of("target", "large-sheet-" + TASKS + ".xlsx");
        if (!Files.exists(file)) {
            generate(file);
        }
        AtomicLong lastCall = new AtomicLong();
        ExcelReadOptions options = ExcelReadOptions.builder().streaming(true)
                .progressListener((rows, total) -> {
                    assertThat(total).isEqualTo(TASKS + 2L);
                    lastCall.set(rows);
                }).build();

        ExcelReadResult result = new ExcelReader(options).read(file);

        ProgressReport report = result.report();
        assertThat(result.warnings()).isEmpty();
        assertThat(lastCall.get()).isEqualTo(TASKS + 2L);
        assertThat(report.tasks()).hasSize(TASKS);
        assertThat(report.categories()).hasSize((TASKS + CATEGORY_SIZE - 1) / CATEGORY_SIZE);
        for (int i : new int[] {0, 1, UNIT_RUN, TASKS / 2 + 3, TASKS - 1}) {
            Task task = report.tasks().get(i);
            assertThat(task.number()).hasValue(i + 1);
            assertThat(task.content()).isEqualTo(content(i));
            assertThat(task.category()).isEqualTo(Category.of("(" + (i / CATEGORY_SIZE + 1) + ")", "第" + (i / CATEGORY_SIZE + 1) + "类"));
            assertThat(task.leadUnits()).containsExactly(LeadUnit.of("第" + (i / UNIT_RUN) % 97 + "局"));
            assertThat(report.progressOf(task).orElseThrow()).isEqualTo(i % 2 == 0
                    ? Progress.ofPercent(new BigDecimal(percent(i)), percent(i) + "%") : Progress.parse("正常进行中"));
        }
    }

    private static String content(int i) {
        return "第" + (i + 1) + "项任务：推进重点项目建设，完成年度投资目标。";
    }

    private static String percent(int i) {
        return BigDecimal.valueOf(i % 1500, 1).toPlainString();
    }

    /** Writes the sheet with SXSSF, a window of rows at a time, to a temporary file moved into place. */
    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "large-sheet-", ".part");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Sheet1");
            CellStyle percentStyle = wb.createCellStyle();
            percentStyle.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            sheet.createRow(0).createCell(0).setCellValue("2024年第二季度大表《政府工作报告》主要任务完成情况");
            Row header = sheet.createRow(1);
            String[] names = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < TASKS; i++) {
                Row row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(i + 1);
                if (i % CATEGORY_SIZE == 0) {
                    int k = i / CATEGORY_SIZE + 1;
                    row.createCell(1).setCellValue("(" + k + ")第" + k + "类");
                    int last = Math.min(i + CATEGORY_SIZE, TASKS) + 1;
                    if (last > i + 2) {
                        sheet.addMergedRegion(new CellRangeAddress(i + 2, last, 1, 1));
                    }
                }
                row.createCell(2).setCellValue(content(i));
                if (i % UNIT_RUN == 0) {
                    row.createCell(3).setCellValue("第" + (i / UNIT_RUN) % 97 + "局");
                }
                if (i % 2 == 0) {
                    var cell = row.createCell(4);
                    cell.setCellStyle(percentStyle);
                    cell.setCellValue(new BigDecimal(percent(i)).movePointLeft(2).doubleValue());
                } else {
                    row.createCell(4).setCellValue("正常进行中");
                }
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                wb.write(out);
            }
            wb.dispose();
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
