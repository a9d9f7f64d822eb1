package io.workplan.sheet.internal;

import io.workplan.core.Category;
import io.workplan.core.Problem.Severity;
import io.workplan.core.internal.Text;
import io.workplan.sheet.CellText;
import io.workplan.sheet.ColumnRole;
import java.util.regex.Pattern;

/**
 * The rows below a table's header that are no task's, for the {@link RowAssembler}: the notes
 * under the table ({@code 注:…}, a date, a signature, and every row after them that lacks a content
 * or a progress) and the rows of totals ({@code 合计}, {@code 全省}). Each is taken out of the
 * tasks, and what it would lose is reported.
 */
final class NoteRows {
    private static final Pattern NOTE = Pattern.compile(
            "^(注|说明|备注|附注|附件|数据来源|资料来源|填报|制表|审核|联系人|签发|[*※]).*", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("\\d{4}(年|[-/.])\\d{1,2}(月|[-/.])\\d{1,2}日?");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^[\\p{IsHan}()（）]{2,24}(?:人民政府|政府|委员会|办公室|办事处|指挥部|领导小组|管委会|局|委|办|中心|公司|集团)$");
    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|小计|共计|总数|全省|全市|全县|全区|全州|全盟|全镇|全乡|全街道)(?:合计)?[:：]?$");

    private final SheetLayout layout;
    private final SheetProblems problems;
    private final int numberCol;
    private final int contentCol;
    private final int progressCol;
    private boolean trailer;
    private int trailerRow = -1;

    NoteRows(SheetLayout layout, SheetProblems problems) {
        this.layout = layout;
        this.problems = problems;
        this.numberCol = layout.column(ColumnRole.NUMBER).orElse(-1);
        this.contentCol = layout.column(ColumnRole.CONTENT).orElse(-1);
        this.progressCol = layout.column(ColumnRole.PROGRESS).orElse(-1);
    }

    /**
     * Takes a row of totals out of the tasks, said in a warning so that nothing goes unnoticed.
     *
     * @return whether the row is one
     */
    boolean takeTotal(int row, CellText[] cells) {
        if (!isTotal(cells)) {
            return false;
        }
        int first = firstText(cells);
        problems.add(Severity.WARNING, row, first, null, cells[first].text(),
                "a row of totals, not a task; the row is not read");
        return true;
    }

    /**
     * Takes a row that is not a task row (not both a content and a progress) as a note when it
     * starts the notes under the table or lies below their start, reporting what it holds.
     *
     * @param taskAbove whether a task row is above this row
     * @return whether the row is a note
     */
    boolean takeNote(int row, CellText[] cells, CellText content, CellText progressCell, boolean taskAbove) {
        if (!trailer && !isNote(cells, taskAbove)) {
            return false;
        }
        if (!trailer) {
            trailer = true;
            trailerRow = row;
        }
        reportNote(row, content, progressCell);
        return true;
    }

    /**
     * The heading of a run of tasks, in a table without a category column: a row holding one text only,
     * outside the content and the progress columns (a cell merged over the table's width gives its text to
     * its first column), opening with an enumerator in Chinese numerals ({@code 一、经济社会发展主要预期目标},
     * {@code (一)以创建国家高新区为抓手…}) and above the notes under the table. An enumerator in digits
     * ({@code 1、}) is no heading's: notes and tasks are numbered so.
     *
     * @return the heading's category, or null when the row is no heading
     */
    Category heading(CellText[] cells) {
        if (trailer) {
            return null;
        }
        int column = firstText(cells);
        if (column < 0 || column == contentCol || column == progressCol) {
            return null;
        }
        for (int c = column + 1; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isBlank()) {
                return null;
            }
        }
        Category category = Category.parse(cells[column].text());
        return category.enumerator().filter(e -> CHINESE_ENUMERATOR.matcher(e).find()).isPresent() ? category : null;
    }

    private static final Pattern CHINESE_ENUMERATOR = Pattern.compile("[一二三四五六七八九十百]");

    /**
     * Whether a row that is not a task row starts the notes under the table: it holds one text only,
     * and that text cannot be a task's. A single text in the content column is a task (with a blank
     * progress) once a task row is above it, whatever its words ({@code 说明…}, {@code 填报…} can
     * start a task whose number and units are merged from above); it is a note only when it reads
     * like one ({@link #NOTE}) and no task is above. A single text in the progress column is a note
     * when it reads like one; a single text in any other column (the first, or a merged cell
     * spanning the table) is a note.
     */
    private boolean isNote(CellText[] cells, boolean taskAbove) {
        int count = 0;
        int column = -1;
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isBlank()) {
                count++;
                column = c;
            }
        }
        if (count != 1) {
            return false;
        }
        String text = Cells.strip(cells[column].text());
        boolean noteLike = NOTE.matcher(text).matches();
        // a signature under the table (芙蓉区城市人居环境局) or the date of signing is a note wherever it stands
        boolean signature = isDate(cells[column]) || SIGNATURE.matcher(Text.key(text)).matches();
        if (column == contentCol) {
            return (noteLike && !taskAbove) || signature;
        }
        return column != progressCol || noteLike;
    }

    /**
     * A row taken as a note loses nothing silently: a text in its content column, or in its
     * progress column unless it is a date (the date of signing under a table), is reported.
     */
    private void reportNote(int row, CellText content, CellText progressCell) {
        int column;
        CellText cell;
        if (content != null && !content.isBlank()) {
            column = contentCol;
            cell = content;
        } else if (progressCell != null && !progressCell.isBlank() && !isDate(progressCell)) {
            column = progressCol;
            cell = progressCell;
        } else {
            return;
        }
        String start = row == trailerRow ? "it reads like a note and no task is above it"
                : "it lacks a " + (column == contentCol ? "progress" : "content") + " and lies below the note in row "
                        + (trailerRow + 1);
        problems.add(Severity.WARNING, row, column, layout.header(column), cell.text(),
                "taken as a note under the table, not a task: " + start + "; the row is not read");
    }

    /** Whether a row without a task's text opens with a total's word (合计, 小计, 全省, 全市 …). */
    private boolean isTotal(CellText[] cells) {
        int first = firstText(cells);
        CellText content = RowAssembler.cell(cells, contentCol);
        boolean ownTask = content != null && !content.isBlank() && first != contentCol;
        return first >= 0 && !ownTask && first <= Math.max(contentCol, numberCol)
                && TOTAL.matcher(Text.key(cells[first].text())).matches();
    }

    static int firstText(CellText[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isDate(CellText cell) {
        return cell.type() == CellText.Type.DATE || DATE.matcher(Text.key(cell.text())).matches();
    }
}
