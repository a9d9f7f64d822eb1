package io.workplan.excel.internal.read;

import io.workplan.excel.internal.DocumentProperties;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableSource;

import java.io.IOException;
import java.util.List;

/**
 * A workbook as rows of cell texts: what the two reading modes have in common, and all that the
 * layout detection and the row assembler see of a workbook.
 */
public interface WorkbookRows extends TableSource, AutoCloseable {

    /**
     * The sheets' names, in the workbook's order.
     *
     * @return the names
     */
    List<String> sheetNames();

    @Override
    default List<String> tableNames() {
        return sheetNames();
    }

    @Override
    default String describe(int table) {
        return "sheet " + sheetNames().get(table);
    }

    /**
     * Sends a sheet's rows, then its merged ranges, to a visitor.
     *
     * @param sheet the 0-based index of the sheet
     * @param visitor the visitor
     * @throws IOException when the file cannot be read
     */
    @Override
    void read(int sheet, RowVisitor visitor) throws IOException;

    /**
     * The workbook's custom document properties, where the writer keeps a report's attributes
     * that have no cell.
     *
     * @return the properties
     */
    DocumentProperties documentProperties();

    @Override
    void close() throws IOException;
}
