package io.workplan.excel.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** The in-memory reading mode: a POI workbook (.xlsx or .xls) as rows of cell texts. */
public final class InMemoryWorkbook implements WorkbookRows {
    private final Workbook workbook;
    private final CellTexts cellTexts = new CellTexts();

    private InMemoryWorkbook(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Opens a workbook file, read-only.
     *
     * @param path the file
     * @return the workbook's rows
     * @throws IOException when the file cannot be read
     */
    public static InMemoryWorkbook open(Path path) throws IOException {
        return new InMemoryWorkbook(WorkbookFactory.create(path.toFile(), null, true));
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public void read(int sheetIndex, RowVisitor visitor) {
        Sheet sheet = workbook.getSheetAt(sheetIndex);
        visitor.declaredLastRow(sheet.getLastRowNum());
        for (Row row : sheet) {
            int width = Math.max(row.getLastCellNum(), 0);
            CellText[] cells = new CellText[width];
            for (Cell cell : row) {
                if (cell.getColumnIndex() < width) {
                    cells[cell.getColumnIndex()] = text(cell);
                }
            }
            if (!visitor.row(row.getRowNum(), cells)) {
                return;
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            visitor.merged(range);
        }
    }

    private CellText text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return CellText.ofText(cell.getStringCellValue());
            case NUMERIC:
                CellStyle style = cell.getCellStyle();
                return cellTexts.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            case BOOLEAN:
                return CellText.ofBoolean(cell.getBooleanCellValue());
            case ERROR:
                return CellText.ofError(errorText(cell.getErrorCellValue()));
            default:
                return null;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    @Override
    public DocumentProperties documentProperties() {
        return DocumentProperties.of(workbook);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
