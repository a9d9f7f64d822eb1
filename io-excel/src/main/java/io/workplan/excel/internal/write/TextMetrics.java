package io.workplan.excel.internal.write;

import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.ss.usermodel.Cell;

/**
 * How the writer measures and checks cell text.
 */
public final class TextMetrics {
    private TextMetrics() {}

    /** An underscore that a .xlsx reader would take as the start of an escaped character, {@code _x0041_}. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    /**
     * Sets a cell's value to a text, always as a text cell (never a formula, whatever it starts with)
     * and so that it reads back verbatim: in .xlsx, where {@code _x0041_} stands for {@code A}, such an
     * underscore is escaped as {@code _x005F_}.
     *
     * @param cell the cell
     * @param text the text
     */
    public static void set(Cell cell, String text) {
        // Most texts hold no underscore: no matcher for them.
        cell.setCellValue(cell instanceof HSSFCell || text.indexOf('_') < 0 ? text : OOXML_ESCAPE.matcher(text).replaceAll("_x005F_"));
    }

    /**
     * The width a text takes on one line, in display units: a Chinese character or a full-width form
     * counts two, anything else one.
     *
     * @param text the text
     * @return the width
     */
    public static int displayWidth(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            width += isWide(Character.codePointAt(text, i)) ? 2 : 1;
        }
        return width;
    }

    /**
     * The width of a text's widest line, in display units.
     *
     * @param text the text, possibly with line breaks
     * @return the width
     */
    public static int longestLineWidth(String text) {
        int longest = 0;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = lineEnd(text, start);
            longest = Math.max(longest, displayWidth(text.subSequence(start, end)));
        }
        return longest;
    }

    /**
     * How many lines a text takes in a column of a width, wrapped.
     *
     * @param text the text
     * @param width the column's width in display units, at least 1
     * @return the lines, at least 1
     */
    public static int wrappedLines(String text, int width) {
        int lines = 0;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = lineEnd(text, start);
            lines += Math.max(1, (displayWidth(text.subSequence(start, end)) + width - 1) / width);
        }
        return Math.max(1, lines);
    }

    /** The end of the line starting at an index: the next line feed, or the text's end. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /**
     * The first character that no workbook can hold: a control character other than tab, line feed
     * and carriage return, U+FFFE, U+FFFF, or a surrogate without its pair.
     *
     * @param text the text
     * @return its index, or -1 when every character can be stored
     */
    public static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // the common Chinese characters, without a look-up
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0x1F300 && cp <= 0x1FAFF;
    }
}
