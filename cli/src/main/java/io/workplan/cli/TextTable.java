package io.workplan.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal: Chinese characters and full-width forms
 * take two columns, others one.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] left;

    TextTable(String... header) {
        this.columns = header.length;
        this.left = new boolean[columns];
        this.left[0] = true;
        rows.add(header);
    }

    /** Left-aligns columns of text (the first always is); the others are right-aligned, as figures. */
    TextTable leftAligned(int... columnIndexes) {
        for (int i : columnIndexes) {
            left[i] = true;
        }
        return this;
    }

    TextTable add(Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    /**
     * The rows as tab-separated values, for a spreadsheet: a tab or a line break inside a cell is
     * written as a space, so that each row stays one line of cells.
     */
    String toTsv() {
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                b.append(i == 0 ? "" : "\t").append(row[i].replaceAll("[\t\r\n]+", " "));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - width(row[i]));
                if (i > 0) {
                    line.append("  ");
                }
                line.append(left[i] ? row[i] + pad : pad + row[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w;
                }
                b.append("-".repeat(total + 2 * (columns - 1))).append('\n');
            }
        }
        return b.toString();
    }

    /** The width of a text in a terminal. */
    static int width(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
