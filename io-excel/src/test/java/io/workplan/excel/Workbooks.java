package io.workplan.excel;

import org.apache.poi.ss.util.CellRangeAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks built in tests, and reading them in both modes. */
final class Workbooks {
    private Workbooks() {}

    /** A value written as a number cell with a number format. */
    record Formatted(double value, String format) {}

    /** A formula with its cached value computed by POI. */
    record Formula(String formula) {}

    /**
     * Writes rows into a sheet: a String is a text cell, a Number a number cell, a {@link
     * Formatted} a number with a format, a {@link Formula} a formula, null no cell.
     */
    static void rows(Sheet sheet, Object[]... rows) {
        Workbook wb = sheet.getWorkbook();
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String) {
                    cell.setCellValue((String) v);
                } else if (v instanceof Number) {
                    cell.setCellValue(((Number) v).doubleValue());
                } else if (v instanceof Formatted) {
                    CellStyle style = wb.createCellStyle();
                    style.setDataFormat(wb.createDataFormat().getFormat(((Formatted) v).format()));
                    cell.setCellStyle(style);
                    cell.setCellValue(((Formatted) v).value());
                } else if (v instanceof Formula) {
                    cell.setCellFormula(((Formula) v).formula());
                }
            }
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /** Merges ranges given in A1 notation ("B3:B5"). */
    static void merge(Sheet sheet, String... ranges) {
        for (String range : ranges) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        }
    }

    /** Saves a workbook built by the consumer, as .xlsx or .xls. */
    static Path save(Path dir, String name, Consumer<Workbook> build) throws IOException {
        try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            build.accept(wb);
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    /** The title of the tests' sheets, naming the period. */
    static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";
    /** The header of the official layout. */
    static final Object[] HEADER = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"};

    /** Writes a table of the official layout into a sheet: {@link #TITLE}, {@link #HEADER}, then the rows under them. */
    static void table(Sheet sheet, Object[]... rows) {
        Object[][] all = new Object[rows.length + 2][];
        all[0] = new Object[] {TITLE};
        all[1] = HEADER;
        System.arraycopy(rows, 0, all, 2, rows.length);
        rows(sheet, all);
    }

    /** A one-sheet workbook of a table of the official layout ({@link #table(Sheet, Object[]...)}). */
    static Path table(Path dir, String name, Object[]... rows) throws IOException {
        return table(dir, name, List.of(), rows);
    }

    /** A one-sheet workbook of a table of the official layout, the ranges merged ({@link #merge(Sheet, String...)}). */
    static Path table(Path dir, String name, List<String> merged, Object[]... rows) throws IOException {
        return oneSheet(dir, name, merged, s -> table(s, rows));
    }

    /** A one-sheet workbook of rows. */
    static Path sheet(Path dir, String name, Object[]... rows) throws IOException {
        return sheet(dir, name, List.of(), rows);
    }

    /** A one-sheet workbook of rows, the ranges merged ({@link #merge(Sheet, String...)}). */
    static Path sheet(Path dir, String name, List<String> merged, Object[]... rows) throws IOException {
        return oneSheet(dir, name, merged, s -> rows(s, rows));
    }

    private static Path oneSheet(Path dir, String name, List<String> merged, Consumer<Sheet> write) throws IOException {
        return save(dir, name, wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            write.accept(sheet);
            merge(sheet, merged.toArray(String[]::new));
        });
    }

    /**
     * Reads in memory and, for .xlsx, streaming, each into a report and entry by entry; asserts all
     * give the same result.
     */
    static ExcelReadResult readBoth(Path file, ExcelReadOptions.Builder options) {
        ExcelReadResult inMemory = readEachWay(file, options.streaming(false).build());
        if (file.toString().endsWith(".xlsx")) {
            ExcelReadResult streamed = readEachWay(file, options.streaming(true).build());
            assertThat(streamed.report()).isEqualTo(inMemory.report());
            assertThat(streamed.warnings()).isEqualTo(inMemory.warnings());
            assertThat(streamed.sheet()).isEqualTo(inMemory.sheet());
        }
        return inMemory;
    }

    /** Reads into a report and entry by entry; asserts the entries and the rest agree. */
    private static ExcelReadResult readEachWay(Path file, ExcelReadOptions options) {
        ExcelReader reader = new ExcelReader(options);
        ExcelReadResult result = reader.read(file);
        List<ProgressEntry> entries = new ArrayList<>();
        ExcelReadSummary summary = reader.read(file, entries::add);
        ProgressReport report = result.report();
        assertThat(entries).isEqualTo(report.entries());
        assertThat(summary.tasks()).isEqualTo(report.tasks().size());
        assertThat(summary.warnings()).isEqualTo(result.warnings());
        assertThat(summary.head().categories()).isEqualTo(report.categories());
        assertThat(summary.head().title()).isEqualTo(report.title());
        assertThat(summary.head().period()).isEqualTo(report.period());
        assertThat(report.source()).isEqualTo(summary.head().source()).isPresent();
        assertThat(summary.sheet()).isEqualTo(result.sheet());
        return result;
    }

    static ExcelReadResult readBoth(Path file) {
        return readBoth(file, ExcelReadOptions.builder());
    }

    /** The exception of reading in memory and, for .xlsx, streaming; asserts both list the same problems. */
    static ExcelException failureOfBoth(Path file, ExcelReadOptions.Builder options) {
        ExcelException inMemory = failureEachWay(file, options.streaming(false).build());
        if (file.toString().endsWith(".xlsx")) {
            ExcelException streamed = failureEachWay(file, options.streaming(true).build());
            assertThat(streamed.problems()).isEqualTo(inMemory.problems());
        }
        return inMemory;
    }

    /** The exception of reading into a report; asserts reading entry by entry fails alike. */
    private static ExcelException failureEachWay(Path file, ExcelReadOptions options) {
        ExcelReader reader = new ExcelReader(options);
        ExcelException whole = catchThrowableOfType(ExcelException.class, () -> reader.read(file));
        assertThat(whole).as("reading %s fails", options.streaming() ? "streaming" : "in memory").isNotNull();
        ExcelException byEntry = catchThrowableOfType(ExcelException.class, () -> reader.read(file, e -> { }));
        assertThat(byEntry).as("reading entry by entry fails").isNotNull();
        assertThat(byEntry.problems()).isEqualTo(whole.problems());
        return whole;
    }

    static ExcelException failureOfBoth(Path file) {
        return failureOfBoth(file, ExcelReadOptions.builder());
    }

    static List<String> header(String... names) {
        return List.of(names);
    }
}
