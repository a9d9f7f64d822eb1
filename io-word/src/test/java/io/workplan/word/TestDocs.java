package io.workplan.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents built in the tests with XWPF, cell by cell: a cell is a text (its lines as
 * paragraphs), or a {@link Spec} with a {@code gridSpan}, a {@code vMerge} or a nested table.
 */
final class TestDocs {
    private TestDocs() {}

    /** How a cell is written. */
    record Spec(String text, int span, String vMerge, List<List<Object>> nested) {}

    static Spec span(int columns, String text) {
        return new Spec(text, columns, null, null);
    }

    static Spec restart(String text) {
        return new Spec(text, 1, "restart", null);
    }

    static Spec continued() {
        return new Spec("", 1, "continue", null);
    }

    /** A {@code <w:vMerge/>} without a value: continues the run above. */
    static Spec emptyVMerge() {
        return new Spec("", 1, "", null);
    }

    static Spec nested(String text, List<List<Object>> rows) {
        return new Spec(text, 1, null, rows);
    }

    /** A row with {@code gridBefore}: a marker as the row's first element. */
    record Before(int columns) {}

    /** A document part: a paragraph (a String) or a table (a list of rows, each a list of cells). */
    static Path write(Path file, Object... parts) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Object part : parts) {
                if (part instanceof String) {
                    document.createParagraph().createRun().setText((String) part);
                } else {
                    @SuppressWarnings("unchecked")
                    List<List<Object>> rows = (List<List<Object>>) part;
                    XWPFTable table = document.createTable();
                    fill(table, rows);
                }
            }
            document.write(out);
        }
        return file;
    }

    private static void fill(XWPFTable table, List<List<Object>> rows) {
        fill(table.getCTTbl(), rows);
    }

    private static void fill(CTTbl ct, List<List<Object>> rows) {
        while (ct.sizeOfTrArray() > 0) {
            ct.removeTr(0);
        }
        for (List<Object> cells : rows) {
            CTRow tr = ct.addNewTr();
            for (Object cell : cells) {
                if (cell instanceof Before) {
                    tr.addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(((Before) cell).columns()));
                    continue;
                }
                Spec spec = cell instanceof Spec ? (Spec) cell : new Spec((String) cell, 1, null, null);
                CTTc tc = tr.addNewTc();
                CTTcPr pr = tc.addNewTcPr();
                if (spec.span() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
                }
                if (spec.vMerge() != null) {
                    if (spec.vMerge().isEmpty()) {
                        pr.addNewVMerge();
                    } else {
                        pr.addNewVMerge().setVal(spec.vMerge().equals("restart") ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                }
                for (String line : spec.text().split("\n", -1)) {
                    CTP p = tc.addNewP();
                    if (!line.isEmpty()) {
                        p.addNewR().addNewT().setStringValue(line);
                    }
                }
                if (spec.nested() != null) {
                    fill(tc.addNewTbl(), spec.nested());
                    tc.addNewP(); // a cell ends with a paragraph
                }
            }
        }
    }
}
