package io.workplan.sheet;

import io.workplan.sheet.internal.Cells;
import java.math.BigDecimal;

/**
 * A cell's value as a person sees it: its text, what kind of value it is, and for a number its
 * exact decimal value and, under a percent format, its exact percentage.
 *
 * @param type the kind of value
 * @param text the text as shown, verbatim (a text cell keeps its blanks and line breaks)
 * @param number the exact value of a number or date cell, else {@code null}
 * @param percent the exact percentage of a number under a percent format, else {@code null}
 * @param warning why the reader could not take the cell at its face value (a number format it
 *     cannot show, a percent sign that is no percentage of the value), for a warning at the cell
 *     when a column the table reader reads holds it; else {@code null}
 */
public record CellText(Type type, String text, BigDecimal number, BigDecimal percent, String warning) {

    /**
     * A cell text without a warning.
     *
     * @param type the kind of value
     * @param text the text as shown
     * @param number the exact value of a number or date cell, else {@code null}
     * @param percent the exact percentage of a number under a percent format, else {@code null}
     */
    public CellText(Type type, String text, BigDecimal number, BigDecimal percent) {
        this(type, text, number, percent, null);
    }

    /** The kinds of cell value. */
    public enum Type {
        /** A text, including a formula's cached text. */
        TEXT,
        /** A number, possibly under a percent format. */
        NUMBER,
        /** A number under a date format. */
        DATE,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error value such as {@code #DIV/0!}. */
        ERROR
    }

    /**
     * A text cell.
     *
     * @param text the text, verbatim
     * @return the cell text
     */
    public static CellText ofText(String text) {
        return new CellText(Type.TEXT, text, null, null);
    }

    /**
     * An error cell.
     *
     * @param code the error as shown, such as {@code #DIV/0!}
     * @return the cell text
     */
    public static CellText ofError(String code) {
        return new CellText(Type.ERROR, code, null, null);
    }

    /**
     * A boolean cell.
     *
     * @param value the value
     * @return the cell text, {@code TRUE} or {@code FALSE} as a spreadsheet shows it
     */
    public static CellText ofBoolean(boolean value) {
        return new CellText(Type.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    /**
     * Whether the cell shows nothing but blanks.
     *
     * @return whether it is blank
     */
    public boolean isBlank() {
        return Cells.isBlank(text);
    }
}
