package io.workplan.sheet.internal;

import io.workplan.core.internal.Text;

/** Small functions on cell texts and cell references, shared by layout detection and assembly. */
public final class Cells {
    private Cells() {}

    /**
     * Whether a text is absent or holds blanks only, blanks as the domain counts them.
     *
     * @param s a text, or {@code null}
     * @return whether it is blank
     */
    public static boolean isBlank(String s) {
        return s == null || Text.isBlank(s);
    }

    /**
     * A text without blanks at both ends.
     *
     * @param s a text
     * @return the stripped text
     */
    public static String strip(String s) {
        return Text.strip(s);
    }

    /**
     * A header as published: without blanks at its ends or around its line breaks, which no one sees
     * (a workbook's {@code 1-7月 ⏎实际完成情况} is the page's {@code 1-7月⏎实际完成情况}, where the
     * browser's rule drops them), each line break a {@code \n}; the blanks inside a line are kept.
     *
     * @param s a header cell's text
     * @return the header
     */
    public static String header(String s) {
        String stripped = Text.strip(s);
        if (stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0) {
            return stripped;
        }
        StringBuilder b = new StringBuilder(stripped.length());
        for (String line : stripped.split("\r\n|\r|\n", -1)) {
            b.append(b.length() == 0 ? "" : "\n").append(Text.strip(line));
        }
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
        return columnName(column) + (row + 1);
    }

    /**
     * A column's letters: {@code A} for 0, {@code Z} for 25, {@code AA} for 26.
     *
     * @param column the 0-based column
     * @return the letters
     */
    public static String columnName(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().toString();
    }

}
