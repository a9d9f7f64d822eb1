package io.workplan.excel.internal.read;

import io.workplan.excel.internal.DocumentProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import io.workplan.sheet.CellText;
import io.workplan.sheet.RowVisitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** The in-memory reading mode: a POI workbook (.xlsx or .xls) as rows of cell texts. */
public final class InMemoryWorkbook implements WorkbookRows {
    private final Workbook workbook;
    private final PartBudget budget;
    private final CellDisplay display = new CellDisplay();

    private InMemoryWorkbook(Workbook workbook, PartBudget budget) {
        this.workbook = workbook;
        this.budget = budget;
    }

    /**
     * Opens a workbook file, read-only.
     *
     * @param path the file
     * @return the workbook's rows
     * @throws IOException when the file cannot be read
     */
    public static InMemoryWorkbook open(Path path) throws IOException {
        return new InMemoryWorkbook(WorkbookFactory.create(path.toFile(), null, true), null);
    }

    /**
     * Opens an .xlsx file, read-only, with the checks of the streaming mode: every sheet the
     * workbook lists has its part, in SpreadsheetML's namespace ({@link SheetParts}); when POI cannot
     * open the workbook, a sheet's XML that the streaming mode would refuse is refused with the same
     * words ({@link SheetStructure}).
     *
     * @param path the file
     * @param budget the bounds of the reader's own reads of a part
     * @return the workbook's rows
     * @throws IOException when the file cannot be read
     */
    static InMemoryWorkbook openXlsx(Path path, PartBudget budget) throws IOException {
        OPCPackage pkg = SheetParts.open(path);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SheetParts.names(reader, budget, new ArrayList<>());
            try {
                return new InMemoryWorkbook(new XSSFWorkbook(pkg), budget);
            } catch (IOException | RuntimeException e) {
                diagnose(reader, budget);
                throw e;
            }
        } catch (OpenXML4JException e) {
            pkg.revert();
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** Why POI could not open a workbook, when a sheet's XML tells it as the streaming mode would. */
    private static void diagnose(XSSFReader reader, PartBudget budget) throws IOException {
        XSSFReader.SheetIterator sheets;
        try {
            sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (OpenXML4JException | RuntimeException e) {
            return;
        }
        while (sheets.hasNext()) {
            InputStream part = sheets.next();
            try (InputStream in = SheetParts.bound(budget, sheets.getSheetPart(), part)) {
                SheetStructure.Damage damage = SheetStructure.check(in);
                if (damage != null) {
                    try {
                        damage.raiseUnchecked();
                    } catch (CellDamage e) {
                        throw e.inSheet(sheets.getSheetName());
                    }
                }
            }
        }
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
    public boolean hidden(int sheet) {
        return workbook.isSheetHidden(sheet) || workbook.isSheetVeryHidden(sheet);
    }

    @Override
    public OptionalInt active() {
        try {
            int active = workbook.getActiveSheetIndex();
            return active >= 0 && active < workbook.getNumberOfSheets() ? OptionalInt.of(active) : OptionalInt.empty();
        } catch (RuntimeException e) {
            // a workbook without views (POI then has no active sheet to give): none is shown first
            return OptionalInt.empty();
        }
    }

    @Override
    public void read(int sheetIndex, RowVisitor visitor) throws IOException {
        Sheet sheet = workbook.getSheetAt(sheetIndex);
        visitor.declaredLastRow(sheet.getLastRowNum());
        hiddenColumns(sheet, visitor);
        if (sheet instanceof XSSFSheet) {
            readXlsx((XSSFSheet) sheet, visitor);
            return;
        }
        for (Row row : sheet) {
            if (!send(row, visitor)) {
                return;
            }
        }
        merges(sheet, visitor);
    }

    /**
     * A sheet of an .xlsx file, its rows in the order of its XML, as the streaming mode sends them:
     * its structure checked first ({@link SheetStructure}), a damage thrown where the streaming mode
     * finds it, after the rows before it.
     */
    private void readXlsx(XSSFSheet sheet, RowVisitor visitor) throws IOException {
        SheetStructure.Damage damage;
        try (InputStream in = SheetParts.bound(budget, sheet.getPackagePart(), sheet.getPackagePart().getInputStream())) {
            damage = SheetStructure.check(in);
        }
        CTWorksheet ct = sheet.getCTWorksheet();
        CTRow[] rows = ct.getSheetData() == null ? new CTRow[0] : ct.getSheetData().getRowArray();
        for (int i = 0; i < rows.length; i++) {
            if (damage != null && i >= damage.rowsBefore()) {
                damage.raise();
            }
            XSSFRow row = sheet.getRow((int) (rows[i].getR() - 1));
            if (row == null || row.getCTRow() != rows[i]) {
                // a row whose number a later row of the damaged XML takes again: POI keeps the later one
                row = new XSSFRow(rows[i], sheet) { };
            }
            if (!send(row, visitor)) {
                return;
            }
        }
        if (damage != null) {
            damage.raise();
        }
        merges(sheet, visitor);
    }

    private boolean send(Row row, RowVisitor visitor) {
        CellDamage.checkRow(row.getRowNum());
            int width = 0;
            for (Cell cell : row) {
                CellDamage.checked(row.getRowNum(), cell.getColumnIndex(), null);
                width = Math.max(width, cell.getColumnIndex() + 1);
            }
            CellText[] cells = new CellText[width];
            for (Cell cell : row) {
                cells[cell.getColumnIndex()] = CellDamage.checked(row.getRowNum(), cell.getColumnIndex(), text(cell));
            }
        if (row.getZeroHeight()) {
            visitor.hiddenRow(row.getRowNum());
        }
        return visitor.row(row.getRowNum(), cells);
    }

    private static void merges(Sheet sheet, RowVisitor visitor) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            CellDisplay.merged(range).ifPresent(visitor::merged);
        }
    }

    /** The runs of hidden columns, as the streaming mode sends its {@code <col hidden>} ranges. */
    private void hiddenColumns(Sheet sheet, RowVisitor visitor) {
        if (sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet) {
            for (var cols : ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getColsArray()) {
                for (var col : cols.getColArray()) {
                    long first;
                    long last;
                    boolean hidden;
                    try {
                        first = col.getMin() - 1;
                        last = col.getMax() - 1;
                        hidden = col.getHidden();
                    } catch (RuntimeException e) {
                        continue; // a malformed range hides nothing, as the streaming mode takes it
                    }
                    if (hidden && first >= 0 && first <= last && last <= CellDamage.LAST_COLUMN) {
                        visitor.hiddenColumns((int) first, (int) last);
                    }
                }
            }
            return;
        }
        int columns = workbook.getSpreadsheetVersion().getMaxColumns();
        int first = -1;
        for (int c = 0; c <= columns; c++) {
            boolean hidden = c < columns && sheet.isColumnHidden(c);
            if (hidden && first < 0) {
                first = c;
            } else if (!hidden && first >= 0) {
                visitor.hiddenColumns(first, c - 1);
                first = -1;
            }
        }
    }

    /**
     * A cell's text. The value of an .xlsx cell is read from the stored text of its {@code <v>}, as
     * the streaming mode reads it (strictly, {@link CellDisplay#value}), never through POI's lenient
     * parsing ({@code 0x1p-1}, {@code NaN}); an .xls cell's double is {@linkplain
     * CellDisplay#checked(int, int, double) checked}.
     */
    private CellText text(Cell cell) {
        String stored = null;
        if (cell instanceof XSSFCell) {
            CTCell ct = ((XSSFCell) cell).getCTCell();
            stored = ct.getV();
            org.w3c.dom.Node t = ct.getDomNode().getAttributes().getNamedItem("t");
            if (t != null && "d".equals(t.getNodeValue()) && stored != null) {
                // an ISO 8601 date (t="d"), which POI's schema lacks: read as the streaming mode reads it
                return new CellText(CellText.Type.DATE, stored, null, null);
            }
            checkStored((XSSFCell) cell);
        }
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return CellText.ofText(cell.getStringCellValue());
            case NUMERIC:
                if (stored != null && stored.isBlank()) {
                    return null;
                }
                double value = stored != null ? CellDisplay.value(row, column, stored) : CellDisplay.checked(row, column, cell.getNumericCellValue());
                CellStyle style = cell.getCellStyle();
                return display.number(value, style.getDataFormat(), style.getDataFormatString());
            case BOOLEAN:
                return CellText.ofBoolean(stored != null ? CellDisplay.logical(row, column, stored) : cell.getBooleanCellValue());
            case ERROR:
                return CellText.ofError(stored != null ? stored : errorText(cell.getErrorCellValue()));
            default:
                return null;
        }
    }

    /**
     * What POI passes over in silence: a formula without its computed value (read as 0; a number
     * formula with an empty value, as openpyxl writes it, too) and a
     * reference to a shared string the table lacks (read as blank) are the file's damage.
     */
    private void checkStored(XSSFCell cell) {
        CTCell ct = cell.getCTCell();
        boolean numeric = !ct.isSetT() || ct.getT() == STCellType.N;
        if (ct.isSetF() && (!ct.isSetV() || (numeric && ct.getV().isBlank()))) {
            throw CellDamage.uncomputedFormula(cell.getRowIndex(), cell.getColumnIndex());
        }
        if (ct.getT() == STCellType.S && ct.isSetV()) {
            int index;
            CTRst text;
            try {
                index = Integer.parseInt(ct.getV().trim());
                text = ((XSSFRichTextString) ((XSSFWorkbook) workbook).getSharedStringSource().getItemAt(index)).getCTRst();
            } catch (RuntimeException e) {
                throw CellDamage.missingSharedString(cell.getRowIndex(), cell.getColumnIndex(), ct.getV());
            }
            if (text.isSetT() && text.sizeOfRArray() > 0) {
                throw CellDamage.mixedRichText(cell.getRowIndex(), cell.getColumnIndex(), "the shared string " + index);
            }
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
