package io.workplan.sheet;


/**
 * What a reading mode sends a sheet's rows to: the rows in order (blank rows may be left out), then
 * the merged ranges. Both modes send the same calls for the same sheet.
 */
public interface RowVisitor {

    /**
     * The sheet's size as the file declares it, before the first row, when the file says.
     *
     * @param lastRow the 0-based index of the last row
     */
    default void declaredLastRow(int lastRow) {}

    /**
     * Columns a person does not see (hidden, in a workbook), before the first row or at any time
     * before the merged ranges.
     *
     * @param firstColumn the 0-based first column of the range
     * @param lastColumn the 0-based last column of the range, inclusive
     * @since 0.1.0
     */
    default void hiddenColumns(int firstColumn, int lastColumn) {}

    /**
     * That the next row sent, of this index, is one a person does not see (hidden, in a workbook).
     *
     * @param row the 0-based row index
     * @since 0.1.0
     */
    default void hiddenRow(int row) {}

    /**
     * A row of cell texts.
     *
     * @param row the 0-based row index
     * @param cells the cells by 0-based column, {@code null} where a cell is blank
     * @return whether to go on; {@code false} stops the reading of the sheet (merges are then not sent)
     */
    boolean row(int row, CellText[] cells);

    /**
     * A merged range, after every row.
     *
     * @param range the range
     */
    void merged(MergedRange range);
}
