package io.workplan.excel.internal;

import io.workplan.core.internal.Text;
import org.apache.poi.ss.util.CellReference;

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
     * A text as a key for matching words: full-width ASCII forms as ASCII, every blank and line
     * break removed ({@code "完成\n进度 "} and {@code "完成进度"} have the same key).
     *
     * @param s a text
     * @return the key
     */
    public static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        Text.halfWidth(s).codePoints().filter(cp -> !Text.isBlank(cp)).forEach(b::appendCodePoint);
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
