package io.workplan.excel.internal;

import org.apache.poi.ss.util.CellReference;

/** Small functions on cell texts and cell references, shared by layout detection and assembly. */
public final class Cells {
    private Cells() {}

    /**
     * Whether a code point is a blank, as the domain's text normalisation counts blanks: Java
     * whitespace, space characters (the ideographic space among them), zero-width space, BOM.
     *
     * @param cp a code point
     * @return whether it is blank
     */
    public static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
    }

    /**
     * Whether a text is absent or holds blanks only.
     *
     * @param s a text, or {@code null}
     * @return whether it is blank
     */
    public static boolean isBlank(String s) {
        return s == null || s.codePoints().allMatch(Cells::isBlank);
    }

    /**
     * A text without blanks at both ends.
     *
     * @param s a text
     * @return the stripped text
     */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isBlank(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /**
     * A text as a key for matching words: full-width ASCII forms as ASCII, every blank and line
     * break removed ({@code "完成\n进度 "} and {@code "完成进度"} have the same key).
     *
     * @param s a text
     * @return the key
     */
    public static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (!isBlank(cp)) {
                b.appendCodePoint(cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp);
            }
        });
        return b.toString();
    }

    /**
     * A cell's A1 reference, without {@code $}: {@code E7}.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @return the reference
     */
    public static String ref(int row, int column) {
        return new CellReference(row, column, false, false).formatAsString();
    }

    /**
     * Whether a text names something: it holds a letter or a digit ({@code /} and {@code —} do not).
     *
     * @param s a text
     * @return whether it names something
     */
    public static boolean namesSomething(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
