package io.workplan.excel.internal.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, each made once (a .xls workbook holds at most 4,000): thin
 * borders, wrapped text, the Chinese font of official sheets.
 */
public final class Styles {
    /** The font of official sheets. */
    public static final String FONT = "宋体";
    /** The font size of the table, in points. */
    public static final short FONT_POINTS = 11;

    private final Workbook workbook;
    private final Colours colours;
    private final Map<String, CellStyle> styles = new HashMap<>();
    /** The number styles by their formats. */
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private CellStyle textCentred;
    private CellStyle textLeft;
    /** The table's fonts, made once: plain, then bold. */
    private final Font[] fonts = new Font[2];

    /**
     * The styles of a workbook.
     *
     * @param workbook the workbook
     */
    public Styles(Workbook workbook) {
        this.workbook = workbook;
        this.colours = new Colours(workbook);
    }

    /**
     * The title: large, bold, centred, no border.
     *
     * @return the style
     */
    public CellStyle title() {
        return styles.computeIfAbsent("title", k -> aligned(font((short) 16, true), HorizontalAlignment.CENTER));
    }

    /**
     * A header cell: bold, centred, shaded, bordered.
     *
     * @return the style
     */
    public CellStyle header() {
        return styles.computeIfAbsent("header", k -> {
            CellStyle style = bordered(boldFont(), HorizontalAlignment.CENTER);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /**
     * A body cell of text, bordered and wrapped.
     *
     * @param centred whether the text is centred (short values) or left-aligned (sentences)
     * @return the style
     */
    public CellStyle text(boolean centred) {
        // asked for every cell: kept in fields rather than looked up
        if (centred) {
            if (textCentred == null) {
                textCentred = bordered(plainFont(), HorizontalAlignment.CENTER);
            }
            return textCentred;
        }
        if (textLeft == null) {
            textLeft = bordered(plainFont(), HorizontalAlignment.LEFT);
        }
        return textLeft;
    }

    /**
     * A body cell of a number with a format, bordered and centred.
     *
     * @param format the number format, such as {@code 0.0%}
     * @return the style
     */
    public CellStyle number(String format) {
        return numbers.computeIfAbsent(format, k -> {
            CellStyle style = bordered(plainFont(), HorizontalAlignment.CENTER);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    /**
     * A header cell filled with a colour.
     *
     * @param rgb the colour as {@code RRGGBB}
     * @return the style
     */
    public CellStyle filledHeader(String rgb) {
        return styles.computeIfAbsent("header:" + rgb, k -> {
            CellStyle style = bordered(boldFont(), HorizontalAlignment.CENTER);
            colours.fill(style, rgb);
            return style;
        });
    }

    /**
     * A body cell filled with a colour, bordered and centred, for summary tables.
     *
     * @param rgb the colour as {@code RRGGBB}
     * @param format the number format, or {@code null} for text
     * @return the style
     */
    public CellStyle filled(String rgb, String format) {
        String key = "filled:" + rgb + ":" + format;
        CellStyle known = styles.get(key);
        if (known != null) {
            return known;
        }
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(format == null ? text(true) : number(format));
        colours.fill(style, rgb);
        styles.put(key, style);
        return style;
    }

    /** A style of wrapped text in a font, aligned so and centred vertically. */
    private CellStyle aligned(Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    /** A style of wrapped text in a font, aligned so, with thin borders. */
    private CellStyle bordered(Font font, HorizontalAlignment alignment) {
        CellStyle style = aligned(font, alignment);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private Font plainFont() {
        return tableFont(false);
    }

    private Font boldFont() {
        return tableFont(true);
    }

    /** The table's font, plain or bold, made the first time it is asked for. */
    private Font tableFont(boolean bold) {
        int i = bold ? 1 : 0;
        if (fonts[i] == null) {
            fonts[i] = font(FONT_POINTS, bold);
        }
        return fonts[i];
    }

    /** A new font of official sheets, of a size in points. */
    private Font font(short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        if (bold) {
            font.setBold(true);
        }
        return font;
    }
}
