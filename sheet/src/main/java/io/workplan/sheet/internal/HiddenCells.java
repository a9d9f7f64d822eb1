package io.workplan.sheet.internal;

import io.workplan.core.Problem;
import io.workplan.sheet.CellText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows and columns of a table that a person does not see (a workbook's hidden rows and
 * columns) and that hold a text: they are read as any other, and named in a warning, so that what
 * the report holds is never a surprise to the person who looked at the sheet. What is kept is
 * bounded: the columns as bits, at most {@value #RUNS_NAMED} runs of rows (the rest counted).
 */
final class HiddenCells {
    /** How many runs of hidden rows a warning names; the rest are counted. */
    static final int RUNS_NAMED = 20;

    private final BitSet hiddenColumns = new BitSet();
    private final BitSet hiddenColumnsWithText = new BitSet();
    private final List<int[]> rowRuns = new ArrayList<>();
    private long rowsNotNamed;
    private int pendingRow = -1;

    void hiddenColumns(int first, int last) {
        hiddenColumns.set(first, last + 1);
    }

    void hiddenRow(int row) {
        pendingRow = row;
    }

    /** Notes a row's hidden cells: the row when it is hidden, the hidden columns where it holds a text. */
    void row(int row, CellText[] cells) {
        boolean hiddenRow = pendingRow == row;
        pendingRow = -1;
        boolean text = false;
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isBlank()) {
                text = true;
                if (hiddenColumns.get(c)) {
                    hiddenColumnsWithText.set(c);
                }
            }
        }
        if (hiddenRow && text) {
            int[] last = rowRuns.isEmpty() ? null : rowRuns.get(rowRuns.size() - 1);
            if (last != null && last[1] == row - 1) {
                last[1] = row;
            } else if (rowRuns.size() < RUNS_NAMED) {
                rowRuns.add(new int[] {row, row});
            } else {
                rowsNotNamed++;
            }
        }
    }

    /** The warnings: one for the hidden rows, one for the hidden columns, that hold a text. */
    void report(SheetProblems problems, IntFunction<String> header) {
        if (!rowRuns.isEmpty()) {
            StringBuilder rows = new StringBuilder();
            long count = rowsNotNamed;
            for (int[] run : rowRuns) {
                rows.append(rows.length() > 0 ? ", " : "").append(run[0] + 1);
                if (run[1] > run[0]) {
                    rows.append(" to ").append(run[1] + 1);
                }
                count += run[1] - run[0] + 1L;
            }
            if (rowsNotNamed > 0) {
                rows.append(" and ").append(rowsNotNamed).append(" more");
            }
            problems.add(problems.builder().severity(Problem.Severity.WARNING).cell(Cells.ref(rowRuns.get(0)[0], 0))
                    .reason((count == 1 ? "row " + rows + " is hidden" : "rows " + rows + " are hidden")
                            + ": a person looking at the sheet does not see " + (count == 1 ? "it" : "them")
                            + "; read as any other row").build());
        }
        if (!hiddenColumnsWithText.isEmpty()) {
            StringBuilder columns = new StringBuilder();
            hiddenColumnsWithText.stream().forEach(c -> {
                columns.append(columns.length() > 0 ? ", " : "").append(Cells.columnName(c));
                String h = header.apply(c);
                if (h != null) {
                    columns.append(" [").append(h).append(']');
                }
            });
            int count = hiddenColumnsWithText.cardinality();
            problems.add(problems.builder().severity(Problem.Severity.WARNING)
                    .cell(Cells.ref(0, hiddenColumnsWithText.nextSetBit(0)))
                    .reason((count == 1 ? "column " + columns + " is hidden" : "columns " + columns + " are hidden")
                            + ": a person looking at the sheet does not see " + (count == 1 ? "it" : "them")
                            + "; read as any other column").build());
        }
    }
}
