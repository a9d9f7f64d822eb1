package io.workplan.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A sheet saved as Excel's "CSV (逗号分隔)" does on Chinese Windows: every cell as the sheet shows
 * it, the cells of a merged range blank but the first, every record as wide as the used range, CR LF,
 * in GBK (code page 936).
 */
final class ExcelSavedCsv {
    static final Charset GBK = Charset.forName("GBK");

    private ExcelSavedCsv() {}

    /**
     * The sheet's bytes as CSV.
     *
     * @param workbook the .xlsx or .xls file
     * @param sheetIndex the sheet
     * @param charset GBK, or another when the sheet holds characters GBK lacks
     * @return the bytes
     */
    static byte[] of(Path workbook, int sheetIndex, Charset charset) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(sheetIndex);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            DataFormatter shown = new DataFormatter();
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CharsetEncoder strict = charset.newEncoder();
            try (Writer writer = new OutputStreamWriter(bytes, strict);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> record = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        Cell cell = row == null ? null : row.getCell(c);
                        record.add(cell == null ? "" : shown.formatCellValue(cell, evaluator));
                    }
                    printer.printRecord(record);
                }
            }
            return bytes.toByteArray();
        }
    }

    /**
     * Whether the charset holds every character of the sheet.
     *
     * @param workbook the file
     * @param charset the charset
     * @return whether it can be saved in it
     */
    static boolean fits(Path workbook, Charset charset) {
        try {
            of(workbook, 0, charset);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
