package io.workplan.sheet;

import io.workplan.core.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document holding one or more tables, as rows of cell texts: what a reader of a format (a
 * workbook, a web page, a Word document, a CSV file) hands to the {@link TableReader}. It knows
 * nothing of the progress table; the table reader finds the header, the columns and the tasks.
 *
 * <p>A source sends, for one table, its rows in order (blank rows may be left out) and then its
 * merged ranges; every reading of the same table sends the same calls.
 *
 * @since 0.1.0
 */
public interface TableSource {

    /**
     * The tables' names, in the document's order: a workbook's sheet names, {@code 表1}, {@code 表2}
     * for the tables of a page.
     *
     * @return the names
     */
    List<String> tableNames();

    /**
     * Sends a table's rows, then its merged ranges, to a visitor.
     *
     * @param table the 0-based index of the table
     * @param visitor the visitor
     * @throws IOException when the document cannot be read
     */
    void read(int table, RowVisitor visitor) throws IOException;

    /**
     * Whether a person opening the document does not see the table: a workbook's hidden or very
     * hidden sheet. The table reader chooses such a table only when asked for it or when no table a
     * person sees has a header, and says so in a warning.
     *
     * @param table the 0-based index of the table
     * @return whether it is hidden; {@code false} unless the document says
     * @since 0.1.0
     */
    default boolean hidden(int table) {
        return false;
    }

    /**
     * The table a person sees first on opening the document: a workbook's active sheet, which the
     * table reader tries before the others.
     *
     * @return its 0-based index, when the document says
     * @since 0.1.0
     */
    default OptionalInt active() {
        return OptionalInt.empty();
    }

    /**
     * The title that the document gives a table outside its rows: the heading or paragraph before a
     * page's table, else the page's {@code <title>}. Used when no row above the header holds one.
     *
     * @param table the 0-based index of the table
     * @return the title, when the document has one
     */
    default Optional<String> titleOutside(int table) {
        return Optional.empty();
    }

    /**
     * How a problem names a table: {@code sheet 一季度} for a workbook, {@code table 2} for a page.
     *
     * @param table the 0-based index of the table
     * @return the words naming the table in a message
     */
    default String describe(int table) {
        return "table " + tableNames().get(table);
    }

    /**
     * Adds what the document knows of a cell's place to a problem, beyond its table and A1 cell,
     * which the table reader sets: the line and column of a page's {@code <td>}, for instance.
     *
     * @param table the 0-based index of the table
     * @param row the 0-based row
     * @param column the 0-based column
     * @param problem the problem being built
     */
    default void locate(int table, int row, int column, Problem.Builder problem) {}
}
