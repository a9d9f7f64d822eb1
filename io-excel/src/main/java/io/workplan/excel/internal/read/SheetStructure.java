package io.workplan.excel.internal.read;

import io.workplan.sheet.internal.Cells;
import java.util.Arrays;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The structure of a sheet's XML ({@code xl/worksheets/sheetN.xml}) as both reading modes take it:
 * which element is a row, a cell, a value, a merged range, and what is damage. The streaming mode
 * parses the sheet through it ({@link SheetHandler}); the in-memory mode runs it over the same part
 * before reading POI's rows ({@link #check}), so that both modes give the same answer for every
 * file, however odd its structure. The rules (docs/sheet-format.md, "The structure of a sheet"):
 *
 * <ul>
 *   <li>The root is in the SpreadsheetML namespace; a sheet in no namespace or another one (Strict
 *       Open XML's) is refused.
 *   <li>Only SpreadsheetML elements count. An element of another namespace directly under the root
 *       (an extension, {@code mc:AlternateContent}) is left aside with all it holds, as is {@code
 *       <extLst>} anywhere; under {@code <sheetData>}, a row or a cell, where it would hold the
 *       table's data, it is refused.
 *   <li>One {@code <sheetData>} and one {@code <mergeCells>}: a second one is refused.
 *   <li>Rows in increasing order, cells in increasing order within their row; a row or a cell
 *       without {@code r} takes the place after the previous one; a row or cell given twice, or
 *       out of order, is refused (Excel never writes one; the in-memory mode would keep the last
 *       silently). A cell whose {@code r} names another row than its row's is refused.
 *   <li>A cell has at most one {@code <f>}, {@code <v>} and {@code <is>}; an inline string has a
 *       plain text or runs, not both; its type {@code t} is one of the format's, exactly.
 * </ul>
 */
class SheetStructure {
    /** The namespace of SpreadsheetML (transitional), the one Excel writes. */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** The namespace of Strict Open XML's SpreadsheetML. */
    static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /** The types of a cell ({@code t}), exactly as the format writes them. */
    private static final java.util.Set<String> TYPES = java.util.Set.of("n", "s", "str", "inlineStr", "b", "e", "d");

    /** What an element is. */
    enum Part {
        /** The root element. */
        ROOT,
        /** {@code <dimension>}. */
        DIMENSION,
        /** {@code <sheetData>}. */
        DATA,
        /** {@code <row>}. */
        ROW,
        /** {@code <c>}. */
        CELL,
        /** {@code <f>}. */
        FORMULA,
        /** {@code <v>}. */
        VALUE,
        /** {@code <is>}. */
        INLINE,
        /** {@code <r>} of an inline string. */
        RUN,
        /** {@code <t>} of an inline string or of one of its runs. */
        TEXT,
        /** {@code <rPh>} and what it holds: a phonetic guide, no part of the text. */
        PHONETIC,
        /** {@code <cols>}. */
        COLUMNS,
        /** {@code <col>}: a range of columns (hidden or not). */
        COLUMN,
        /** {@code <mergeCells>}. */
        MERGES,
        /** {@code <mergeCell>}. */
        MERGE,
        /** An element left aside, and all it holds. */
        IGNORED
    }

    private Part[] stack = new Part[16];
    private int depth;
    private boolean seenData;
    private boolean seenMerges;
    private int row = -1;
    private int column = -1;
    private int rows;
    private int cellParts;
    private boolean inlinePlain;
    private boolean inlineRuns;

    /**
     * Takes the start of an element.
     *
     * @param uri its namespace
     * @param local its local name
     * @param attributes its attributes
     * @return what it is
     * @throws CellDamage when the structure is damaged there
     * @throws SAXException when a row or cell reference is malformed
     */
    Part start(String uri, String local, Attributes attributes) throws SAXException {
        Part parent = depth == 0 ? null : stack[depth - 1];
        Part part = parent == null ? root(uri, local) : child(parent, MAIN.equals(uri), uri, local, attributes);
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = part;
        return part;
    }

    /**
     * Takes the end of an element.
     *
     * @return what it was
     * @throws CellDamage when the structure is damaged there
     */
    Part end() {
        Part part = stack[--depth];
        if (part == Part.ROW) {
            rows++;
        } else if (part == Part.INLINE && inlinePlain && inlineRuns) {
            throw CellDamage.mixedRichText(row, column, "the inline string");
        }
        return part;
    }

    /**
     * The 0-based row of the current (or last) row.
     *
     * @return the row
     */
    int row() {
        return row;
    }

    /**
     * The 0-based column of the current (or last) cell.
     *
     * @return the column
     */
    int column() {
        return column;
    }

    /**
     * How many rows ended so far.
     *
     * @return the count
     */
    int rows() {
        return rows;
    }

    private static Part root(String uri, String local) {
        if (!MAIN.equals(uri)) {
            throw new CellDamage((String) null, "the sheet's XML (its root <" + local + ">) is "
                    + (uri.isEmpty() ? "in no namespace" : STRICT.equals(uri)
                            ? "in the namespace of Strict Open XML (" + STRICT + ")" : "in the namespace " + uri)
                    + ", not in SpreadsheetML's (" + MAIN + "), as Excel writes it"
                    + (STRICT.equals(uri) ? "; open the file in Excel and save it as an Excel Workbook (.xlsx)"
                            : "; the file is damaged, or was written by a program that does not write .xlsx"));
        }
        return Part.ROOT;
    }

    private Part child(Part parent, boolean main, String uri, String local, Attributes attributes) throws SAXException {
        switch (parent) {
            case ROOT:
                if (!main) {
                    return Part.IGNORED;
                }
                switch (local) {
                    case "sheetData":
                        if (seenData) {
                            throw new CellDamage((String) null, "the sheet's XML has a second <sheetData> (after "
                                    + rowsSoFar() + "), which Excel never writes: which rows are the sheet's is unknown;"
                                    + " the file is damaged");
                        }
                        seenData = true;
                        return Part.DATA;
                    case "mergeCells":
                        if (seenMerges) {
                            throw new CellDamage((String) null, "the sheet's XML has a second <mergeCells>, which Excel"
                                    + " never writes; the file is damaged");
                        }
                        seenMerges = true;
                        return Part.MERGES;
                    case "dimension":
                        return Part.DIMENSION;
                    case "cols":
                        return Part.COLUMNS;
                    default:
                        return Part.IGNORED;
                }
            case DATA:
                if (main && local.equals("row")) {
                    return row(attributes.getValue("r"));
                }
                throw new CellDamage((String) null, foreign(uri, local) + " inside <sheetData> (after " + rowsSoFar()
                        + ") is no row; what it holds cannot be read, and the file is refused");
            case ROW:
                if (main && local.equals("c")) {
                    return cell(attributes.getValue("r"), attributes.getValue("t"));
                }
                if (main && local.equals("extLst")) {
                    return Part.IGNORED;
                }
                throw new CellDamage(Cells.ref(row, Math.max(column + 1, 0)), foreign(uri, local) + " inside the row "
                        + (row + 1) + " is no cell; what it holds cannot be read, and the file is refused");
            case CELL:
                if (main) {
                    switch (local) {
                        case "f":
                            return once(0, Part.FORMULA, local);
                        case "v":
                            return once(1, Part.VALUE, local);
                        case "is":
                            inlinePlain = false;
                            inlineRuns = false;
                            return once(2, Part.INLINE, local);
                        case "extLst":
                            return Part.IGNORED;
                        default:
                            break;
                    }
                }
                throw new CellDamage(row, column, foreign(uri, local) + " inside the cell, which holds only a formula,"
                        + " a value and an inline string; what it holds cannot be read, and the file is refused");
            case INLINE:
                if (main && local.equals("t")) {
                    inlinePlain = true;
                    return Part.TEXT;
                }
                if (main && local.equals("r")) {
                    inlineRuns = true;
                    return Part.RUN;
                }
                return main && local.equals("rPh") ? Part.PHONETIC : Part.IGNORED;
            case RUN:
                return main && local.equals("t") ? Part.TEXT : Part.IGNORED;
            case MERGES:
                return main && local.equals("mergeCell") ? Part.MERGE : Part.IGNORED;
            case COLUMNS:
                return main && local.equals("col") ? Part.COLUMN : Part.IGNORED;
            case FORMULA:
            case VALUE:
            case TEXT:
                throw new CellDamage(row, column, foreign(uri, local) + " inside a cell's text or value, which holds"
                        + " characters only; the file is damaged");
            default:
                return parent == Part.PHONETIC ? Part.PHONETIC : Part.IGNORED;
        }
    }

    private Part row(String r) throws SAXException {
        int next = r == null ? row + 1 : SheetHandler.fileValue(r, () -> Integer.parseInt(r.trim()) - 1);
        CellDamage.checkRow(next);
        if (next <= row) {
            throw new CellDamage(Cells.ref(next, 0), next == row ? "the row " + (next + 1) + " is given twice in the sheet's"
                    + " XML, which Excel never writes: which of them is the sheet's is unknown; the file is damaged"
                    : "the row " + (next + 1) + " comes after the row " + (row + 1) + " in the sheet's XML: rows out of"
                            + " order, which Excel never writes; the file is damaged");
        }
        row = next;
        column = -1;
        return Part.ROW;
    }

    private Part cell(String r, String type) throws SAXException {
        int next;
        if (r == null) {
            next = column + 1;
        } else {
            next = SheetHandler.fileValue(r, () -> SheetHandler.columnOf(r));
            CellDamage.checked(row, next, null);
            if (SheetHandler.rowNumberOf(r) != row + 1L) {
                throw new CellDamage(row, next, "the cell " + r.trim() + " is given inside the row " + (row + 1)
                        + ": where it belongs is unknown; the file is damaged");
            }
        }
        CellDamage.checked(row, next, null);
        if (next <= column) {
            throw new CellDamage(row, next, next == column ? "the cell is given twice in the sheet's XML, which Excel never"
                    + " writes: which value is the cell's is unknown; the file is damaged"
                    : "the cell comes after " + Cells.ref(row, column) + " in the sheet's XML: cells out of order,"
                            + " which Excel never writes; the file is damaged");
        }
        column = next;
        cellParts = 0;
        if (type != null && !TYPES.contains(type)) {
            throw new CellDamage(row, column, "the cell's type t=\"" + type + "\" is none of SpreadsheetML's (n, s, str,"
                    + " inlineStr, b, e, d): what the cell holds is unknown; the file is damaged");
        }
        return Part.CELL;
    }

    private Part once(int bit, Part part, String local) {
        if ((cellParts & (1 << bit)) != 0) {
            throw new CellDamage(row, column, "the cell has two <" + local + "> elements, which Excel never writes:"
                    + " which one is the cell's is unknown; the file is damaged");
        }
        cellParts |= 1 << bit;
        return part;
    }

    private String rowsSoFar() {
        return rows == 0 ? "no row" : "the row " + (row + 1);
    }

    private static String foreign(String uri, String local) {
        return "the element <" + local + ">" + (MAIN.equals(uri) ? "" : uri.isEmpty() ? " (in no namespace)"
                : " (of the namespace " + uri + ")");
    }

    /**
     * Where the structure of a sheet's XML is damaged, found by {@link #check}: the damage (a
     * {@link CellDamage}, or the {@link SAXException} of a malformed value or malformed XML), and
     * how many rows end before it, the rows a streaming reading sends before it finds the damage.
     *
     * @param damage the damage
     * @param rowsBefore the rows before it
     */
    record Damage(Exception damage, int rowsBefore) {
        /**
         * Throws the damage as the streaming mode throws it, unchecked: for a workbook that POI's
         * in-memory mode cannot open at all.
         *
         * @throws Unreadable for malformed XML or a malformed value
         * @throws CellDamage for a damage of the structure
         */
        void raiseUnchecked() {
            try {
                raise();
            } catch (IOException e) {
                throw new Unreadable(e);
            }
        }

        /**
         * Throws the damage as the streaming mode throws it.
         *
         * @throws IOException for malformed XML or a malformed value
         * @throws CellDamage for a damage of the structure
         */
        void raise() throws IOException {
            if (damage instanceof CellDamage) {
                throw (CellDamage) damage;
            }
            throw new IOException(damage.getMessage(), damage);
        }
    }

    /** A sheet's XML that cannot be parsed, found when the workbook is opened: the file's damage. */
    static final class Unreadable extends java.io.UncheckedIOException {
        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Runs the rules over a sheet's XML, without reading its values: what the in-memory mode checks
     * of a sheet before it reads POI's rows.
     *
     * @param xml the sheet's XML
     * @return the first damage, or {@code null} for none
     * @throws IOException when the part cannot be read
     */
    static Damage check(InputStream xml) throws IOException {
        SheetStructure structure = new SheetStructure();
        try {
            parse(xml, structure, false);
            return null;
        } catch (CellDamage | SAXException e) {
            return new Damage(e, structure.rows());
        }
    }

    /**
     * Checks the root of a sheet's XML only, parsing no further: what both modes check of every
     * sheet when the workbook is opened ({@link SheetParts}).
     *
     * @param xml the sheet's XML
     * @throws CellDamage when the root is not in SpreadsheetML's namespace
     * @throws IOException when the part cannot be read
     */
    static void checkRoot(InputStream xml) throws IOException {
        try {
            parse(xml, new SheetStructure(), true);
        } catch (SheetHandler.Stop | SAXException e) {
            // the root was checked, or the XML is malformed before it: the sheet's reading says so
        }
    }

    private static void parse(InputStream xml, SheetStructure structure, boolean rootOnly) throws IOException, SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
                    structure.start(uri, local, attributes);
                    if (rootOnly) {
                        throw new SheetHandler.Stop();
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    structure.end();
                }
            });
            reader.parse(new InputSource(xml));
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
