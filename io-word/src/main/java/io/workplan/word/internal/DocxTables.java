package io.workplan.word.internal;

import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.sheet.CellText;
import io.workplan.sheet.MergedRange;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.internal.Cells;
import io.workplan.word.WordReadOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word document as a {@link TableSource}: every table of the body in the
 * document's order, a table nested in a cell right after the table holding it, named {@code 表1},
 * {@code 表2}, …; each table's cells placed on its grid ({@code gridBefore} and {@code gridAfter}
 * leave columns empty, a cell takes its {@code gridSpan} columns), a cell's paragraphs joined by
 * line breaks, {@code gridSpan} and {@code vMerge} runs as {@link MergedRange}s. Everything is
 * taken out of the document while it is loaded; reading a table afterwards needs no POI.
 */
public final class DocxTables implements TableSource {
    private final List<Table> tables;

    private DocxTables(List<Table> tables) {
        this.tables = tables;
    }

    /** A cell placed on the grid: its first column and its text ({@code null} when blank). */
    private record Cell(int column, CellText text) {}

    /** A table's rows (each its placed cells), merged ranges and its title (see {@link #collect}). */
    private record Table(List<List<Cell>> rows, List<MergedRange> merges, String title) {}

    /** A cell outside the grid that a table may have, with where it is. */
    static final class TooWide extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int table;
        final int row;
        final long column;

        TooWide(int table, int row, long column) {
            super(null, null, false, false);
            this.table = table;
            this.row = row;
            this.column = column;
        }
    }

    /**
     * Takes the tables out of a document.
     *
     * @param document the document
     * @param source the file's name, for messages
     * @return the tables
     * @throws io.workplan.word.WordException when a row reaches beyond {@link WordReadOptions#MAX_COLUMNS}
     */
    public static DocxTables of(XWPFDocument document, String source) {
        List<Table> tables = new ArrayList<>();
        try {
            collect(document.getBodyElements(), null, tables);
        } catch (TooWide e) {
            throw new io.workplan.word.WordException("Cannot read " + source, List.of(Problem.builder().source(source)
                    .sheet(name(e.table)).cell(Cells.ref(e.row, (int) Math.min(e.column, WordReadOptions.MAX_COLUMNS)))
                    .reason("the row reaches column " + (e.column + 1) + " of its table (by gridBefore or gridSpan),"
                            + " beyond the " + WordReadOptions.MAX_COLUMNS + " columns a table may have")
                    .build()), null);
        }
        return new DocxTables(tables);
    }

    private static String name(int table) {
        return "表" + (table + 1);
    }

    /**
     * Walks body elements in order, adding each table and then the tables nested in its cells. A table's
     * title is the nearest paragraph before it, or, when that one names no period, the nearest since the
     * table before that names one (a title above its subtitle: {@code …进展情况表(截至5月31日)} above {@code
     * (共十大类 25个子项目)}).
     */
    private static void collect(List<IBodyElement> elements, String outerTitle, List<Table> tables) {
        String title = outerTitle;
        String dated = null;
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph) {
                String text = ((XWPFParagraph) element).getText();
                if (!Cells.isBlank(text)) {
                    title = text.strip();
                    dated = ReportingPeriod.parse(title).isPresent() ? title : dated;
                }
            } else if (element instanceof XWPFTable) {
                XWPFTable table = (XWPFTable) element;
                List<Map.Entry<XWPFTable, String>> nested = new ArrayList<>();
                if (dated != null) {
                    title = dated;
                }
                dated = null;
                tables.add(grid(table, title, tables.size(), nested));
                for (Map.Entry<XWPFTable, String> inner : nested) {
                    collect(List.of(inner.getKey()), inner.getValue() != null ? inner.getValue() : title, tables);
                }
            }
        }
    }

    /** An open vertical run: its first row and columns, the last row reached. */
    private static final class Run {
        final int firstRow;
        final int firstColumn;
        final int lastColumn;
        int lastRow;

        Run(int row, int firstColumn, int lastColumn) {
            this.firstRow = row;
            this.lastRow = row;
            this.firstColumn = firstColumn;
            this.lastColumn = lastColumn;
        }
    }

    private static Table grid(XWPFTable table, String title, int index, List<Map.Entry<XWPFTable, String>> nested) {
        List<List<Cell>> rows = new ArrayList<>();
        List<MergedRange> merges = new ArrayList<>();
        Map<Integer, Run> open = new HashMap<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            long column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                long span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().longValue()) : 1;
                if (column + span > WordReadOptions.MAX_COLUMNS) {
                    throw new TooWide(index, r, column + span - 1);
                }
                int first = (int) column;
                int last = (int) (column + span - 1);
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                boolean restarts = pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == STMerge.RESTART;
                Run run = open.get(first);
                if (continues && run != null && run.lastRow == r - 1) {
                    run.lastRow = r;
                } else {
                    if (run != null) {
                        close(open.remove(first), merges);
                    }
                    if (restarts) {
                        open.put(first, new Run(r, first, last));
                    } else if (last > first) {
                        merges.add(new MergedRange(r, r, first, last));
                    }
                }
                String text = text(cell, nested);
                cells.add(new Cell(first, text.isEmpty() ? null : CellText.ofText(text))); // blanks kept, as a workbook keeps them
                column += span;
            }
            // a run not continued on this row ends above it
            for (var it = open.values().iterator(); it.hasNext(); ) {
                Run run = it.next();
                if (run.lastRow < r) {
                    close(run, merges);
                    it.remove();
                }
            }
            rows.add(cells);
            r++;
        }
        open.values().forEach(run -> close(run, merges));
        merges.sort((a, b) -> a.firstRow() != b.firstRow() ? Integer.compare(a.firstRow(), b.firstRow())
                : Integer.compare(a.firstColumn(), b.firstColumn()));
        return new Table(rows, List.copyOf(merges), title);
    }

    private static void close(Run run, List<MergedRange> merges) {
        if (run.lastRow > run.firstRow || run.lastColumn > run.firstColumn) {
            merges.add(new MergedRange(run.firstRow, run.lastRow, run.firstColumn, run.lastColumn));
        }
    }

    private static long gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber before = pr.getGridBeforeArray(0);
        return before.getVal() == null ? 0 : Math.max(0, before.getVal().longValue());
    }

    /**
     * A cell's paragraphs, one line each; the tables nested in it are kept aside, as tables of their
     * own, each with the last paragraph of the cell before it.
     */
    private static String text(XWPFTableCell cell, List<Map.Entry<XWPFTable, String>> nested) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        String lastLine = null;
        boolean afterTable = false;
        for (IBodyElement element : cell.getBodyElements()) {
            String line;
            if (element instanceof XWPFParagraph) {
                line = ((XWPFParagraph) element).getText();
                if (afterTable && line.isEmpty()) {
                    afterTable = false;
                    continue; // the empty paragraph that must follow a nested table is no line of the cell
                }
            } else if (element instanceof XWPFSDT) {
                line = ((XWPFSDT) element).getContent().getText();
            } else {
                if (element instanceof XWPFTable) {
                    nested.add(new java.util.AbstractMap.SimpleEntry<>((XWPFTable) element, lastLine));
                    afterTable = true;
                }
                continue;
            }
            if (!first) {
                text.append('\n');
            }
            text.append(line);
            afterTable = false;
            if (!Cells.isBlank(line)) {
                lastLine = line.strip();
            }
            first = false;
        }
        return text.toString();
    }

    @Override
    public List<String> tableNames() {
        List<String> names = new ArrayList<>(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            names.add(name(i));
        }
        return names;
    }

    @Override
    public void read(int table, RowVisitor visitor) {
        Table t = tables.get(table);
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> cells = t.rows().get(r);
            if (cells.isEmpty()) {
                continue;
            }
            CellText[] row = new CellText[cells.get(cells.size() - 1).column() + 1];
            for (Cell cell : cells) {
                row[cell.column()] = cell.text();
            }
            if (!visitor.row(r, row)) {
                return;
            }
        }
        t.merges().forEach(visitor::merged);
    }

    @Override
    public Optional<String> titleOutside(int table) {
        return Optional.ofNullable(tables.get(table).title());
    }

    @Override
    public String describe(int table) {
        return "table " + name(table);
    }
}
