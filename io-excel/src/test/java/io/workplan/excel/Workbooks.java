package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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

    /** A one-sheet workbook of rows. */
    static Path sheet(Path dir, String name, Object[]... rows) throws IOException {
        return save(dir, name, wb -> rows(wb.createSheet("Sheet1"), rows));
    }

    /** Reads in memory and, for .xlsx, streaming; asserts both give the same result. */
    static ExcelReadResult readBoth(Path file, ExcelReadOptions.Builder options) {
        ExcelReadResult inMemory = new ExcelReader(options.streaming(false).build()).read(file);
        if (file.toString().endsWith(".xlsx")) {
            ExcelReadResult streamed = new ExcelReader(options.streaming(true).build()).read(file);
            assertThat(streamed.report()).isEqualTo(inMemory.report());
            assertThat(streamed.warnings()).isEqualTo(inMemory.warnings());
            assertThat(streamed.sheet()).isEqualTo(inMemory.sheet());
        }
        return inMemory;
    }

    static ExcelReadResult readBoth(Path file) {
        return readBoth(file, ExcelReadOptions.builder());
    }

    /** The exception of reading in memory and, for .xlsx, streaming; asserts both list the same problems. */
    static ExcelException failureOfBoth(Path file, ExcelReadOptions.Builder options) {
        ExcelException inMemory = catchThrowableOfType(ExcelException.class,
                () -> new ExcelReader(options.streaming(false).build()).read(file));
        assertThat(inMemory).as("in-memory reading fails").isNotNull();
        if (file.toString().endsWith(".xlsx")) {
            ExcelException streamed = catchThrowableOfType(ExcelException.class,
                    () -> new ExcelReader(options.streaming(true).build()).read(file));
            assertThat(streamed).as("streaming reading fails").isNotNull();
            assertThat(streamed.problems()).isEqualTo(inMemory.problems());
        }
        return inMemory;
    }

    static ExcelException failureOfBoth(Path file) {
        return failureOfBoth(file, ExcelReadOptions.builder());
    }

    static List<String> header(String... names) {
        return List.of(names);
    }
}
