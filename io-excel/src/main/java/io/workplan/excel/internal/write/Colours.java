package io.workplan.excel.internal.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Fills cells of one workbook with colours given as {@code RRGGBB}: exactly in .xlsx; in .xls, whose
 * palette holds 56 colours, by redefining palette entries from the last down (the first 32, black
 * and white among them, are kept), and the nearest colour once they are used up.
 */
public final class Colours {
    private static final short LAST_INDEX = 0x3F;
    private static final short FIRST_FREE_INDEX = 0x20;

    private final Workbook workbook;
    private final Map<String, Short> paletteIndexes = new HashMap<>();

    /**
     * The colours of a workbook.
     *
     * @param workbook the workbook
     */
    public Colours(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Fills a style with a solid colour.
     *
     * @param style a style of the workbook
     * @param rgb the colour, {@code RRGGBB}
     */
    public void fill(CellStyle style, String rgb) {
        byte[] bytes = bytes(rgb);
        if (style instanceof XSSFCellStyle) {
            ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(bytes, null));
        } else {
            style.setFillForegroundColor(paletteIndex(rgb, bytes));
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /**
     * A colour's bytes.
     *
     * @param rgb the colour, {@code RRGGBB} or {@code #RRGGBB}
     * @return red, green, blue
     */
    public static byte[] bytes(String rgb) {
        int value = Integer.parseInt(rgb.startsWith("#") ? rgb.substring(1) : rgb, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private short paletteIndex(String rgb, byte[] bytes) {
        Short known = paletteIndexes.get(rgb);
        if (known != null) {
            return known;
        }
        HSSFPalette palette = ((HSSFWorkbook) workbook).getCustomPalette();
        short index = (short) (LAST_INDEX - paletteIndexes.size());
        if (index < FIRST_FREE_INDEX) {
            return palette.findSimilarColor(bytes[0], bytes[1], bytes[2]).getIndex();
        }
        palette.setColorAtIndex(index, bytes[0], bytes[1], bytes[2]);
        paletteIndexes.put(rgb, index);
        return index;
    }
}
