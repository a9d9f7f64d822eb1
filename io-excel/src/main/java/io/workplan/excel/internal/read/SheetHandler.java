package io.workplan.excel.internal.read;

import org.apache.poi.ss.util.CellRangeAddress;
import io.workplan.sheet.CellText;
import io.workplan.sheet.RowVisitor;

import io.workplan.excel.ExcelReadOptions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of a sheet's XML ({@code xl/worksheets/sheetN.xml}): each {@code <row>} becomes a
 * row of {@link CellText}s through the same cell-text function as the in-memory mode, and each
 * {@code <mergeCell>} (after the data) a merged range. Which element is what, and which structure
 * is damage, is {@link SheetStructure}'s, the same for the in-memory mode: rows and cells without an
 * {@code r} attribute take the place after the previous one, as the format allows.
 */
final class SheetHandler extends DefaultHandler {

    /** Thrown to stop parsing when the visitor has seen enough. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final CellText[] NO_CELLS = new CellText[0];
    /** The most cell styles whose number format is kept: a workbook has tens, a hostile one up to 64,000. */
    private static final int MAX_STYLES = 1024;

    private final SharedStringsFile strings;
    private final StylesTable styles;
    private final CellDisplay display;
    private final RowVisitor visitor;

    private final SheetStructure structure = new SheetStructure();
    private int row = -1;
    private int column = -1;
    private CellText[] cells = new CellText[16];
    private int width;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasInline;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean hasValue;
    private boolean hasFormula;
    private final Map<Integer, NumberStyle> numberStyles = new HashMap<>();

    /** An XML Schema boolean that is true, as a {@code hidden} attribute gives it. */
    private static boolean isTrue(String value) {
        return value != null && (value.strip().equals("1") || value.strip().equals("true"));
    }

    /** A {@code <col>} range that is hidden, 1-based as the file gives it; one out of a sheet's columns is left aside. */
    private void hiddenColumns(String min, String max) {
        try {
            int first = Integer.parseInt(min.strip()) - 1;
            int last = Integer.parseInt(max.strip()) - 1;
            if (first >= 0 && first <= last && last <= CellDamage.LAST_COLUMN) {
                visitor.hiddenColumns(first, last);
            }
        } catch (RuntimeException e) {
            // a malformed range hides nothing, as POI's model takes it
        }
    }

    SheetHandler(SharedStringsFile strings, StylesTable styles, CellDisplay display, RowVisitor visitor) {
        this.strings = strings;
        this.styles = styles;
        this.display = display;
        this.visitor = visitor;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (structure.start(uri, localName, attributes)) {
            case DIMENSION:
                String ref = attributes.getValue("ref");
                if (ref != null) {
                    // only a hint of the sheet's size, for the progress listener: a malformed one is left aside,
                    // as the in-memory mode leaves it
                    String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
                    int lastRow;
                    try {
                        lastRow = new CellReference(last).getRow();
                    } catch (RuntimeException e) {
                        lastRow = -1;
                    }
                    if (lastRow >= 0 && lastRow <= CellDamage.LAST_ROW) {
                        visitor.declaredLastRow(lastRow);
                    }
                }
                break;
            case ROW:
                row = structure.row();
                width = 0;
                if (isTrue(attributes.getValue("hidden"))) {
                    visitor.hiddenRow(row);
                }
                break;
            case COLUMN:
                if (isTrue(attributes.getValue("hidden"))) {
                    hiddenColumns(attributes.getValue("min"), attributes.getValue("max"));
                }
                break;
            case CELL:
                column = structure.column();
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.setLength(0);
                inline.setLength(0);
                hasValue = false;
                hasInline = false;
                hasFormula = false;
                break;
            case FORMULA:
                hasFormula = true;
                break;
            case VALUE:
                inValue = true;
                hasValue = true;
                break;
            case INLINE:
                hasInline = true;
                break;
            case TEXT:
                inInlineText = true;
                hasValue = true;
                break;
            case MERGE:
                String range = attributes.getValue("ref");
                if (range != null && range.contains(":")) {
                    CellDisplay.merged(fileValue(range, () -> CellRangeAddress.valueOf(range))).ifPresent(visitor::merged);
                }
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            append(value, ch, start, length);
        } else if (inInlineText) {
            append(inline, ch, start, length);
        }
    }

    /**
     * Appends a cell's characters up to one more than a cell holds: enough to know that a text is
     * too long (the reader refuses it), no more held in memory.
     */
    static void append(StringBuilder text, char[] ch, int start, int length) {
        int room = ExcelReadOptions.MAX_CELL_TEXT + 1 - text.length();
        if (room > 0) {
            text.append(ch, start, Math.min(length, room));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (structure.end()) {
            case VALUE:
                inValue = false;
                break;
            case TEXT:
                inInlineText = false;
                break;
            case CELL:
                boolean numeric = type == null || "n".equals(type);
                if (hasFormula && (!hasValue || (numeric && value.toString().isBlank()))) {
                    throw CellDamage.uncomputedFormula(row, column);
                }
                CellText cell = CellDamage.checked(row, column, hasValue ? fileValue(value, this::cell) : null);
                if (cell != null) {
                    if (column >= cells.length) {
                        cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                    }
                    cells[column] = cell;
                    width = Math.max(width, column + 1);
                }
                break;
            case ROW:
                CellText[] rowCells = width == 0 ? NO_CELLS : Arrays.copyOf(cells, width);
                Arrays.fill(cells, 0, width, null);
                if (!visitor.row(row, rowCells)) {
                    throw new Stop();
                }
                break;
            default:
                break;
        }
    }

    /**
     * A value read from the sheet's XML: a malformed one (a cell reference that is none, a shared
     * string the table lacks) is the file's damage, told as such, not an exception of the reader.
     */
    static <T> T fileValue(CharSequence raw, Supplier<T> parse) throws SAXException {
        try {
            return parse.get();
        } catch (CellDamage e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SAXException("malformed value in the sheet's XML: \"" + raw + "\" (" + e.getMessage() + ")", e);
        }
    }

    private CellText cell() {
        String t = type == null ? "n" : type;
        switch (t) {
            case "s":
                int index = Integer.parseInt(value.toString().trim());
                if (index < 0 || index >= strings.size()) {
                    throw CellDamage.missingSharedString(row, column, value.toString());
                }
                if (strings.isMixed(index)) {
                    throw CellDamage.mixedRichText(row, column, "the shared string " + index);
                }
                return CellText.ofText(strings.get(index));
            case "inlineStr":
                // an inline string written as a value, without <is>: its text, as the in-memory mode reads it
                return CellText.ofText(decode(hasInline ? inline.toString() : value.toString()));
            case "str":
                return CellText.ofText(decode(value.toString()));
            case "b":
                return CellText.ofBoolean(CellDisplay.logical(row, column, value.toString()));
            case "e":
                return CellText.ofError(value.toString());
            case "d":
                return CellDisplay.isoDate(value.toString());
            default:
                String v = value.toString();
                if (v.isBlank()) {
                    return null;
                }
                NumberStyle numberStyle = numberStyle(style == null ? 0 : Integer.parseInt(style));
                return display.number(CellDisplay.value(row, column, v), numberStyle.formatIndex, numberStyle.format);
        }
    }

    /** A cell style's number format, looked up once per style of the workbook. */
    private NumberStyle numberStyle(int index) {
        NumberStyle known = numberStyles.get(index);
        if (known == null) {
            XSSFCellStyle cellStyle = styles == null ? null : styles.getStyleAt(index);
            known = cellStyle == null ? new NumberStyle(0, null) : new NumberStyle(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            if (numberStyles.size() < MAX_STYLES) {
                numberStyles.put(index, known);
            }
        }
        return known;
    }

    /** A cell style's number format: its index and its string ({@code null} for General). */
    private record NumberStyle(int formatIndex, String format) {}

    /**
     * The 0-based column of an A1 reference ({@code E7}, {@code $E$7}, {@code AB12}), read as {@link
     * CellReference} reads it, without its regular expression: the letters before the digits.
     *
     * @throws IllegalArgumentException when the reference has no column letters or no row digits
     */
    static int columnOf(String ref) {
        int i = ref.startsWith("$") ? 1 : 0;
        long column = 0;
        int letters = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                // past XFD the column saturates: the caller refuses it as outside the sheet, with its cell
                column = Math.min(column * 26 + (Character.toUpperCase(c) - 'A' + 1), Integer.MAX_VALUE);
                letters++;
            } else {
                break;
            }
        }
        if (i < ref.length() && ref.charAt(i) == '$') {
            i++;
        }
        if (letters == 0 || i == ref.length()) {
            throw new IllegalArgumentException("not a cell reference: " + ref);
        }
        for (int j = i; j < ref.length(); j++) {
            if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                throw new IllegalArgumentException("not a cell reference: " + ref);
            }
        }
        return (int) column - 1;
    }

    /**
     * The 1-based row number of an A1 reference that {@link #columnOf} accepts ({@code E7}, {@code
     * $E$7}): its digits, saturating past any sheet's rows.
     *
     * @param ref the reference
     * @return the row number
     */
    static long rowNumberOf(String ref) {
        long row = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = Math.min(row * 10 + (c - '0'), Integer.MAX_VALUE);
            }
        }
        return row;
    }

    /** The {@code _xHHHH_} escapes of OOXML strings, decoded as POI decodes them in memory. */
    static String decode(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }
}
