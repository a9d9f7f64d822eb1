package io.workplan.sheet.internal;

import io.workplan.core.Problem.Severity;
import io.workplan.core.internal.Numerals;
import io.workplan.core.internal.Text;
import io.workplan.sheet.CellText;
import io.workplan.sheet.ColumnRole;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task numbers of a sheet, for the {@link RowAssembler}: a number cell read as a whole number
 * from 1 ({@code 3}, {@code 3.}, {@code 3、}), and the first row of each number, so that a number
 * given twice is reported. Held in an int a number below ten million, in a map above.
 *
 * <p>A number may carry a mark before or after it ({@code 9*}, {@code 9＊}, {@code ★9}, {@code 9※},
 * {@code ▲9}, {@code 9#}), which tables use for tasks of another kind or level without saying so in the
 * table: the number is the task's, and the cell as published is kept ({@link #marked(CellText)}). So is a
 * number in Chinese numerals ({@code 一}, {@code 十二}, {@code 三、}), as some tables number their tasks: the
 * number is its value, the cell as published kept.
 *
 * <p>A sub-item's number ({@code 1.1}, {@code 2-3}, {@code 1.2.1}: the item's number, then the sub-item's)
 * is no task number: the task is read without one, and the cell as published is kept, as a marked one is.
 * It is not a mistake of the table, so nothing is reported.
 */
final class TaskNumbers {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    /** A number with marks before or after it, on a key (full-width marks as ASCII), the closing 、 or . removed. */
    private static final Pattern MARKED = Pattern.compile("[*★☆※▲△#]*(\\d{1,9})[*★☆※▲△#]*");
    /** A sub-item's number, on a key: the item's number and the sub-item's, by dots or dashes ({@code 1.1}, {@code 2-3}). */
    private static final Pattern SUB_ITEM = Pattern.compile("\\d{1,9}(?:\\s*[.\\-_]\\s*\\d{1,9})+");
    private static final int DENSE_NUMBERS = 10_000_000;

    private final SheetLayout layout;
    private final SheetProblems problems;
    private final int numberCol;
    private int[] rowOfNumber = new int[64];
    private final Map<Integer, Integer> rowOfLargeNumber = new HashMap<>();

    TaskNumbers(SheetLayout layout, SheetProblems problems) {
        this.layout = layout;
        this.problems = problems;
        this.numberCol = layout.column(ColumnRole.NUMBER).orElse(-1);
    }

    /**
     * The number of a task's cell: none for a blank cell, and none, with an error, for a cell that
     * is no task number or whose number an earlier row has.
     */
    OptionalInt number(int row, CellText cell) {
        if (cell == null || cell.isBlank()) {
            return OptionalInt.empty();
        }
        OptionalInt number = OptionalInt.empty();
        if (cell.type() == CellText.Type.ERROR || cell.type() == CellText.Type.BOOLEAN) {
            return number; // said by the row's check of its values
        }
        if (isSubItem(cell)) {
            return number; // 1.1: no task number, the cell kept as published (marked)
        }
        if (cell.number() != null && cell.type() == CellText.Type.NUMBER) {
            BigDecimal n = cell.number().stripTrailingZeros();
            if (n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                number = OptionalInt.of(n.intValueExact());
            }
        } else if (cell.type() == CellText.Type.TEXT) {
            Matcher m = MARKED.matcher(key(cell));
            if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                number = OptionalInt.of(Integer.parseInt(m.group(1)));
            } else {
                number = Numerals.value(key(cell));
            }
        }
        if (number.isEmpty()) {
            problems.add(Severity.ERROR, row, numberCol, layout.header(numberCol), cell.text(),
                    "not a task number (a whole number from 1); the task is read without a number");
            return number;
        }
        int first = firstRowOf(number.getAsInt(), row);
        if (first != row) {
            problems.add(Severity.ERROR, row, numberCol, layout.header(numberCol), cell.text(),
                    "duplicate task number: " + Cells.ref(first, numberCol) + " has it too; the task is read without a number");
            return OptionalInt.empty();
        }
        return number;
    }

    /**
     * The number cell as published when it shows a number with a mark ({@code 9*}), in Chinese numerals
     * ({@code 三}) or a sub-item's ({@code 1.1}), kept with the task beside its number or instead of it; null
     * for a plain number ({@code 9}, {@code 9、}) or anything else.
     */
    String marked(CellText cell) {
        if (cell == null || cell.type() == CellText.Type.ERROR || cell.type() == CellText.Type.BOOLEAN) {
            return null;
        }
        String key = key(cell);
        return !DIGITS.matcher(key).matches() && (MARKED.matcher(key).matches() || Numerals.value(key).isPresent()
                || SUB_ITEM.matcher(key).matches()) ? Cells.strip(cell.text()) : null;
    }

    /** Whether a number cell shows a sub-item's number ({@code 1.1}, {@code 2-3}), as text or as a number. */
    boolean isSubItem(CellText cell) {
        return cell != null && cell.type() != CellText.Type.ERROR && cell.type() != CellText.Type.BOOLEAN
                && SUB_ITEM.matcher(key(cell)).matches();
    }

    private static String key(CellText cell) {
        return Text.key(cell.text()).replaceFirst("[.、]$", "");
    }

    /** The first row with a number, recording this row when it is the first. */
    private int firstRowOf(int number, int row) {
        if (number >= DENSE_NUMBERS) {
            return rowOfLargeNumber.computeIfAbsent(number, n -> row);
        }
        if (number >= rowOfNumber.length) {
            rowOfNumber = Arrays.copyOf(rowOfNumber, Math.max(number + 1, rowOfNumber.length * 2));
        }
        if (rowOfNumber[number] == 0) {
            rowOfNumber[number] = row + 1;
        }
        return rowOfNumber[number] - 1;
    }
}
