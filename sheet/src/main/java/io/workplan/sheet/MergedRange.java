package io.workplan.sheet;

import io.workplan.sheet.internal.Cells;

/**
 * A rectangle of merged cells of a table, by 0-based rows and columns, both ends included: a
 * spreadsheet's merged region, an HTML cell's {@code rowspan}/{@code colspan}, a Word cell's
 * {@code vMerge}/{@code gridSpan}. The text of a merged range is in its first cell; the other
 * cells are sent blank.
 *
 * @param firstRow the first row
 * @param lastRow the last row, not before the first
 * @param firstColumn the first column
 * @param lastColumn the last column, not before the first
 * @since 0.1.0
 */
public record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /**
     * Checks the range.
     *
     * @param firstRow the first row
     * @param lastRow the last row
     * @param firstColumn the first column
     * @param lastColumn the last column
     * @throws IllegalArgumentException when an index is negative or an end lies before its start
     */
    public MergedRange {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range of cells: rows " + firstRow + ".." + lastRow
                    + ", columns " + firstColumn + ".." + lastColumn);
        }
    }

    /**
     * Whether the range covers a column.
     *
     * @param column a 0-based column
     * @return whether it lies within the range's columns
     */
    public boolean containsColumn(int column) {
        return column >= firstColumn && column <= lastColumn;
    }

    /**
     * Whether the range covers a row.
     *
     * @param row a 0-based row
     * @return whether it lies within the range's rows
     */
    public boolean containsRow(int row) {
        return row >= firstRow && row <= lastRow;
    }

    /**
     * The range as a spreadsheet names it: {@code B3:B7}.
     *
     * @return the A1 reference of the range
     */
    public String formatAsString() {
        return Cells.ref(firstRow, firstColumn) + ":" + Cells.ref(lastRow, lastColumn);
    }

    @Override
    public String toString() {
        return formatAsString();
    }
}
