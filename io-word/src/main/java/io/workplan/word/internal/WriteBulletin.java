package io.workplan.word.internal;

import io.workplan.core.Problem;
import io.workplan.word.WordBulletin;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A {@link WordBulletin} as a .docx, on the pages of {@link WriteDocx}: the heading bold and
 * centred, the paragraphs, the table (its header as {@link WriteDocx}'s, its columns of equal
 * width), the paragraphs after it.
 */
public final class WriteBulletin {
    private static final int TEXT_POINTS = 12;
    private static final int CELL_POINTS = 10;

    private WriteBulletin() {}

    /**
     * What of a bulletin a .docx cannot hold, each text named by where it is.
     *
     * @param bulletin the bulletin
     * @return a problem for each text that holds a character XML cannot carry
     */
    public static List<Problem> problems(WordBulletin bulletin) {
        List<Problem> problems = new ArrayList<>();
        check("the heading", bulletin.heading(), problems);
        for (int i = 0; i < bulletin.paragraphs().size(); i++) {
            check("paragraph " + (i + 1), bulletin.paragraphs().get(i), problems);
        }
        for (int c = 0; c < bulletin.header().size(); c++) {
            check("the table's header, column " + (c + 1), bulletin.header().get(c), problems);
        }
        for (int r = 0; r < bulletin.rows().size(); r++) {
            for (int c = 0; c < bulletin.rows().get(r).size(); c++) {
                check("the table's row " + (r + 1) + ", column " + (c + 1), bulletin.rows().get(r).get(c), problems);
            }
        }
        for (int i = 0; i < bulletin.after().size(); i++) {
            check("paragraph " + (bulletin.paragraphs().size() + i + 1), bulletin.after().get(i), problems);
        }
        return problems;
    }

    private static void check(String where, String text, List<Problem> problems) {
        WriteDocx.unstorable(text).ifPresent(reason -> problems.add(Problem.builder().path(where).rawText(text).reason(reason).build()));
    }

    /**
     * Writes the document.
     *
     * @param bulletin the bulletin, without problems
     * @param out where
     * @throws IOException when it cannot be written
     */
    public static void write(WordBulletin bulletin, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            WriteDocx.page(document);
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            WriteDocx.lines(heading, bulletin.heading(), true, 16);
            bulletin.paragraphs().forEach(text -> WriteDocx.lines(document.createParagraph(), text, false, TEXT_POINTS));
            if (!bulletin.rows().isEmpty()) {
                int columns = bulletin.header().size();
                int[] widths = new int[columns];
                for (int c = 0; c < columns; c++) {
                    widths[c] = c == columns - 1 ? WriteDocx.TABLE_WIDTH - (columns - 1) * (WriteDocx.TABLE_WIDTH / columns)
                            : WriteDocx.TABLE_WIDTH / columns;
                }
                XWPFTable table = WriteDocx.table(document, bulletin.rows().size() + 1, widths);
                WriteDocx.header(table.getRow(0), bulletin.header(), widths);
                for (int r = 0; r < bulletin.rows().size(); r++) {
                    for (int c = 0; c < columns; c++) {
                        XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                        cell.setWidth(Integer.toString(widths[c]));
                        WriteDocx.lines(cell.getParagraphArray(0), bulletin.rows().get(r).get(c), false, CELL_POINTS);
                    }
                }
            }
            bulletin.after().forEach(text -> WriteDocx.lines(document.createParagraph(), text, false, TEXT_POINTS));
            document.write(out);
        }
    }
}
