package io.workplan.word.internal;

import io.workplan.core.Problem;
import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableGrid;
import io.workplan.sheet.internal.Cells;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A report's {@link TableGrid} as a .docx: its title as a bold, centred paragraph, then the table
 * (the header row bold and repeated on each page, each task a row, the merged runs of the grouping
 * columns as {@code vMerge} runs, a cell's lines as paragraphs), on landscape A4 pages, the table
 * as wide as the text between the margins.
 */
public final class WriteDocx {
    /** A4 landscape, in twentieths of a point. */
    static final int PAGE_WIDTH = 16_838;
    static final int PAGE_HEIGHT = 11_906;
    static final int MARGIN = 1_080;
    /** The width of the table: the page between its margins. */
    static final int TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    /** How wide each column is, relatively. */
    private static final Map<ColumnRole, Integer> WEIGHTS = new EnumMap<>(Map.of(ColumnRole.NUMBER, 4,
            ColumnRole.CATEGORY, 10, ColumnRole.CONTENT, 34, ColumnRole.LEADER, 7, ColumnRole.LEAD_UNITS, 11,
            ColumnRole.RESPONSIBLE_UNITS, 11, ColumnRole.PROGRESS, 26, ColumnRole.REMARK, 9));
    /** The weight of an extra column (责任人, 时间节点, …): as a remark's. */
    private static final int EXTRA_WEIGHT = 9;

    private WriteDocx() {}

    /**
     * What of a table a .docx cannot hold: characters that XML cannot carry (control characters
     * other than tab, line feed and carriage return, U+FFFE, U+FFFF, a surrogate without its pair).
     *
     * @param grid the table
     * @return a problem for each cell that holds one, with its A1 cell (title 1, header 2, tasks from 3)
     */
    public static List<Problem> problems(TableGrid grid) {
        List<Problem> problems = new ArrayList<>();
        check(grid.title(), TableGrid.TITLE_ROW, 0, problems);
        for (int r = 0; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                check(row.get(c), r + TableGrid.FIRST_TASK_ROW, c, problems);
            }
        }
        return problems;
    }

    private static void check(String text, int row, int column, List<Problem> problems) {
        unstorable(text).ifPresent(reason -> problems.add(Problem.builder().cell(Cells.ref(row, column)).rawText(text)
                .reason(reason).build()));
    }

    /**
     * Why a text cannot be stored in a Word document: the first character that XML cannot carry.
     *
     * @param text the text
     * @return the reason, or empty when the text can be stored
     */
    static java.util.Optional<String> unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isSurrogate(c)) {
                return java.util.Optional.of(String.format("the character U+%04X at index %d cannot be stored in a Word document", (int) c, i));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Writes the document.
     *
     * @param grid the table, without problems
     * @param out where
     * @throws IOException when it cannot be written
     */
    public static void write(TableGrid grid, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            lines(title, grid.title(), true, 16);

            List<TableGrid.Column> columns = grid.columns();
            int[] widths = widths(columns);
            XWPFTable table = table(document, grid.rows().size() + 1, widths);

            header(table.getRow(0), grid.header(), widths);
            for (int r = 0; r < grid.rows().size(); r++) {
                int gridRow = r + TableGrid.FIRST_TASK_ROW;
                XWPFTableRow row = table.getRow(r + 1);
                List<String> texts = grid.rows().get(r);
                for (int c = 0; c < columns.size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    cell.setWidth(Integer.toString(widths[c]));
                    if (grid.isCovered(gridRow, c)) {
                        vMerge(cell, STMerge.CONTINUE);
                        continue; // the cell keeps its one empty paragraph
                    }
                    if (grid.mergeAt(gridRow, c) != null) {
                        vMerge(cell, STMerge.RESTART);
                    }
                    lines(cell.getParagraphArray(0), texts.get(c), false, 10);
                }
            }
            document.write(out);
        }
    }

    /**
     * A table of fixed columns as wide as the text between the margins, centred.
     *
     * @param document the document
     * @param rows how many rows, the header's included
     * @param widths the width of each column, in twentieths of a point
     * @return the table
     */
    static XWPFTable table(XWPFDocument document, int rows, int[] widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.setWidth(TABLE_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int width : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        return table;
    }

    /**
     * The header row: bold, centred, repeated at the top of each page, never split.
     *
     * @param header the table's first row
     * @param texts a text for each column
     * @param widths the width of each column
     */
    static void header(XWPFTableRow header, List<String> texts, int[] widths) {
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(Integer.toString(widths[c]));
            XWPFParagraph p = cell.getParagraphArray(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            lines(p, texts.get(c), true, 11);
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }

    /** Each line of a text as a paragraph of its own, the first one being the one given. */
    static void lines(XWPFParagraph first, String text, boolean bold, int points) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph p = first;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                XWPFParagraph next = p.getBody() instanceof XWPFTableCell ? ((XWPFTableCell) p.getBody()).addParagraph()
                        : p.getDocument().createParagraph();
                next.setAlignment(first.getAlignment());
                p = next;
            }
            if (!lines[i].isEmpty()) {
                XWPFRun run = p.createRun();
                run.setBold(bold);
                run.setFontSize(points);
                run.setText(lines[i]);
            }
        }
    }

    private static int weight(TableGrid.Column column) {
        return column.role().map(WEIGHTS::get).orElse(EXTRA_WEIGHT);
    }

    private static int[] widths(List<TableGrid.Column> columns) {
        int total = columns.stream().mapToInt(WriteDocx::weight).sum();
        int[] widths = new int[columns.size()];
        int left = TABLE_WIDTH;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == widths.length - 1 ? left : TABLE_WIDTH * weight(columns.get(c)) / total;
            left -= widths[c];
        }
        return widths;
    }

    static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }
}
