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
     * A cell's A1 reference, without {@code $}: {@code E7}.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @return the reference
     */
    public static String ref(int row, int column) {
        return new CellReference(row, column, false, false).formatAsString();
    }

}
