package io.workplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain-text table whose columns line up in a terminal: Chinese characters and full-width forms
 * take two columns, others one.
 */
final class TextTable {
    private final List<String[]> rows;
    private final int columns;
    private final boolean[] left;

    TextTable(String... header) {
        this.columns = header.length;
        this.left = new boolean[columns];
        this.left[0] = true;
        this.rows = new ArrayList<>();
        rows.add(header);
    }

    private TextTable(String[] header, List<String[]> rows) {
        this.columns = header.length;
        this.left = new boolean[columns];
        this.left[0] = true;
        this.rows = rows;
    }

    /**
     * A table whose rows are made of items each time the table is written (twice for text: once for
     * the widths of its columns, once to write), so that none is held: for the thousands of rows of a
     * large report. Rows cannot be added to it.
     *
     * @param items the items, one a row
     * @param row the cells of an item's row
     * @param header the header
     */
    static <T> TextTable of(List<T> items, Function<T, Object[]> row, String... header) {
        return new TextTable(header, new AbstractList<String[]>() {
            @Override
            public String[] get(int index) {
                return index == 0 ? header : cells(header.length, row.apply(items.get(index - 1)));
            }

            @Override
            public int size() {
                return items.size() + 1;
            }
        });
    }

    private static String[] cells(int columns, Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        return row;
    }

    /** Left-aligns columns of text (the first always is); the others are right-aligned, as figures. */
    TextTable leftAligned(int... columnIndexes) {
        for (int i : columnIndexes) {
            left[i] = true;
        }
        return this;
    }

    TextTable add(Object... cells) {
        rows.add(cells(columns, cells));
        return this;
    }

    /**
     * The rows as tab-separated values, for a spreadsheet: a tab or a line break inside a cell is
     * written as a space, so that each row stays one line of cells.
     */
    String toTsv() {
        StringBuilder b = new StringBuilder();
        writeTsv(b);
        return b.toString();
    }

    /** Writes the rows as {@link #toTsv()} gives them, row by row. */
    void writeTsv(Appendable b) {
        try {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    b.append(i == 0 ? "" : "\t").append(row[i].replaceAll("[\t\r\n]+", " "));
                }
                b.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        write(b);
        return b.toString();
    }

    /** Writes the table as {@link #toString()} gives it, line by line. */
    void write(Appendable b) {
        try {
            writeText(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the table as text or as tab-separated values. */
    void write(Appendable b, boolean text) {
        if (text) {
            write(b);
        } else {
            writeTsv(b);
        }
    }

    private void writeText(Appendable b) throws IOException {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
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
