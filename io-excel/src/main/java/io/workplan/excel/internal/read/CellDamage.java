package io.workplan.excel.internal.read;

import io.workplan.sheet.CellText;
import io.workplan.sheet.internal.Cells;

import io.workplan.excel.ExcelReadOptions;

/**
 * A damage of the file found at one place of a sheet, which no program that writes workbooks
 * leaves: a formula without its computed value, a text longer than a cell holds, a reference to a
 * shared string the table lacks, a row or a column beyond the sheet's limits. Both reading modes
 * throw it at the same places; the reader turns it into a problem naming the sheet and the cell
 * and refuses the file, in strict and lenient mode alike, since what the cell holds is unknown.
 */
public final class CellDamage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Excel's last row, 0-based: a sheet has 1,048,576 rows. */
    public static final int LAST_ROW = 1_048_575;

    /** Excel's last column, 0-based: a sheet has 16,384 columns, A to XFD. */
    public static final int LAST_COLUMN = 16_383;

    private final String cell;
    private final String sheet;

    /**
     * A damage at a place.
     *
     * @param cell the A1 reference of the cell, or {@code null} for a place outside the sheet
     * @param reason what is wrong there
     */
    public CellDamage(String cell, String reason) {
        this(cell, reason, null);
    }

    private CellDamage(String cell, String reason, String sheet) {
        super(reason, null, false, false);
        this.cell = cell;
        this.sheet = sheet;
    }

    /**
     * The same damage, found in a sheet other than the one being read: when the workbook is opened.
     *
     * @param sheet the sheet's name
     * @return the damage in that sheet
     */
    CellDamage inSheet(String sheet) {
        return new CellDamage(cell, getMessage(), sheet);
    }

    /**
     * The sheet of the damage, when it was found outside the reading of a sheet.
     *
     * @return the sheet's name, or empty for the sheet being read
     */
    public java.util.Optional<String> sheet() {
        return java.util.Optional.ofNullable(sheet);
    }

    /**
     * A damage of a cell.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param reason what is wrong there
     */
    public CellDamage(int row, int column, String reason) {
        this(Cells.ref(row, column), reason);
    }

    /**
     * Where the damage is.
     *
     * @return the A1 reference, or {@code null} for a place outside the sheet (the reason tells it)
     */
    public String cell() {
        return cell;
    }

    /**
     * Checks a cell's place and text against Excel's limits.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param cell the cell's value, or {@code null}
     * @return the cell's value
     * @throws CellDamage when the place is outside the sheet or the text longer than a cell holds
     */
    static CellText checked(int row, int column, CellText cell) {
        checkPlace(row, column);
        if (cell != null && cell.text() != null && cell.text().length() > ExcelReadOptions.MAX_CELL_TEXT) {
            throw new CellDamage(row, column, "the cell holds a text of more than " + String.format("%,d",
                    ExcelReadOptions.MAX_CELL_TEXT) + " characters, the most a cell of Excel holds; the file was not"
                    + " written by Excel, or is damaged");
        }
        return cell;
    }

    /**
     * Checks a row's place.
     *
     * @param row the 0-based row
     * @throws CellDamage when the row is outside the sheet
     */
    static void checkRow(int row) {
        if (row < 0 || row > LAST_ROW) {
            throw new CellDamage(null, "the row number " + (row + 1L) + " is outside a sheet's rows 1 to "
                    + String.format("%,d", LAST_ROW + 1) + ": the sheet's XML is damaged");
        }
    }

    /**
     * A formula whose computed value the file lacks.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @return the damage
     */
    static CellDamage uncomputedFormula(int row, int column) {
        return new CellDamage(row, column, "a formula without its computed value: the file was written by a program"
                + " that does not compute formulas; open it in Excel (or another spreadsheet program) and save it");
    }

    /**
     * A reference to a shared string that the workbook's table lacks.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param index the string's index as the cell gives it
     * @return the damage
     */
    static CellDamage missingSharedString(int row, int column, String index) {
        return new CellDamage(row, column, "the cell refers to the shared string " + index
                + ", which the workbook's table of texts lacks: the file is damaged");
    }

    /**
     * A rich text with both a plain text and runs ({@code <t>} and {@code <r>} in one {@code <is>} or
     * {@code <si>}), which programs read differently (POI keeps the runs, others join both).
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param what the text: {@code the inline string}, {@code the shared string 3}
     * @return the damage
     */
    static CellDamage mixedRichText(int row, int column, String what) {
        return new CellDamage(row, column, what + " has both a plain text and runs of rich text, which programs read"
                + " differently: what the cell shows is unknown; the file is damaged");
    }

    private static void checkPlace(int row, int column) {
        checkRow(row);
        if (column < 0 || column > LAST_COLUMN) {
            throw new CellDamage(null, "the column " + (column + 1L) + " of row " + (row + 1L)
                    + " is outside a sheet's columns A to XFD (1 to 16,384): the sheet's XML is damaged");
        }
    }
}
