package io.workplan.excel.internal.write;

import org.apache.poi.ss.util.CellRangeAddress;

import io.workplan.core.Category;
import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the official sheet into any workbook (.xlsx streamed or .xls), task after task: each row
 * once, so that a streaming workbook keeps only its window of rows; merged runs are closed as soon
 * as a value changes. The cells are checked by the {@link OfficialLayout} as they are written; the
 * caller throws its problems at the end, and the workbook is then never written out.
 */
public final class OfficialSheetWriter {
    /** The height of a line of the table's font, in points. */
    private static final float LINE_POINTS = 15f;
    /** The tallest a row can be, in points. */
    private static final float MAX_ROW_POINTS = 409f;
    /** The title row's height, in points. */
    private static final float TITLE_POINTS = 36f;
    /** The header row's height, in points: on every printed page. */
    private static final float HEADER_POINTS = LINE_POINTS * 1.5f;
    /** The margins of the printed page, in inches: left and right, top and bottom. */
    private static final double SIDE_MARGIN = 0.5;
    private static final double END_MARGIN = 0.6;
    /** The printable part of an A4 landscape page, in points. */
    private static final double PAGE_WIDTH = 841.89 - 2 * SIDE_MARGIN * 72;
    private static final double PAGE_HEIGHT = 595.28 - 2 * END_MARGIN * 72;
    /**
     * The points of a unit of column width, on the low side (a digit of an 11-point font is 7 pixels,
     * 5.25 points, in Excel): the width is underestimated, so the scale of the fitting to the width
     * is overestimated, and so are the rows' printed heights.
     */
    private static final double POINTS_PER_WIDTH = 5.0;
    /** The share of a page filled before a break: room for a program that draws rows a little taller. */
    private static final double PAGE_FILL = 0.85;
    /** The most page breaks set: Excel keeps 1,026 manual breaks a sheet; past them, the printing breaks alone. */
    private static final int MAX_BREAKS = 1000;

    private final OfficialLayout layout;
    private final Styles styles;
    private final PercentFormat percents;
    private final boolean mergeRuns;
    private final Sheet sheet;
    private final Run[] runs;
    /** The number of the task above, when runs are not merged. */
    private Object lastNumber;
    /** The height of the rows on the page being filled, in the sheet's points (the header's included). */
    private double pageUsed = TITLE_POINTS + HEADER_POINTS;
    /** Whether a task's row is on the page being filled. */
    private boolean rowsOnPage;
    private int breaks;
    /** The texts of a row's cells, made once for its height and its cells. */
    private final String[] texts;

    /**
     * Starts the sheet, as the workbook's next sheet: its title and header rows.
     *
     * @param workbook the workbook
     * @param layout the sheet's layout
     * @param styles the workbook's styles
     * @param mergeRuns whether runs of equal numbers, categories and lead units are merged
     */
    public OfficialSheetWriter(Workbook workbook, OfficialLayout layout, Styles styles, boolean mergeRuns) {
        this.layout = layout;
        this.percents = layout.percents();
        this.styles = styles;
        this.mergeRuns = mergeRuns;
        this.sheet = workbook.createSheet(layout.sheetName());
        this.runs = new Run[layout.columns().size()];
        this.texts = new String[layout.columns().size()];
        int last = layout.columns().size() - 1;

        Row title = sheet.createRow(OfficialLayout.TITLE_ROW);
        title.setHeightInPoints(TITLE_POINTS);
        for (int c = 0; c <= last; c++) {
            title.createCell(c).setCellStyle(styles.title());
        }
        if (!layout.refused()) {
            TextMetrics.set(title.getCell(0), layout.title());
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(OfficialLayout.TITLE_ROW, OfficialLayout.TITLE_ROW, 0, last));

        Row header = sheet.createRow(OfficialLayout.HEADER_ROW);
        header.setHeightInPoints(HEADER_POINTS);
        layout.forEachColumn((c, column) -> {
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header());
            TextMetrics.set(cell, column.header());
        });
    }

    /**
     * Checks and writes the next task's row. Once a problem is found, in this task or an earlier one,
     * and for a task beyond the sheet's last row, the task is checked only.
     *
     * @param task the task
     * @param period its entry's period, {@code null} when it has no entry
     * @param progress its progress, {@code null} when it has no entry
     */
    public void add(Task task, Optional<ReportingPeriod> period, Progress progress) {
        int r = layout.add(task, period, progress);
        if (r < layout.rowLimit() && !layout.refused()) {
            writeTask(r, task, progress);
        }
    }

    /**
     * Closes the last runs and sets the columns' widths, the frozen header and the printing.
     *
     * @return the sheet
     */
    public Sheet finish() {
        int end = layout.endRow();
        for (int c = 0; c < runs.length; c++) {
            close(runs[c], c, end);
        }
        layout.forEachColumn((c, column) -> sheet.setColumnWidth(c, Math.min(255, layout.width(column)) * 256));
        sheet.createFreezePane(0, OfficialLayout.FIRST_TASK_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(OfficialLayout.HEADER_ROW, OfficialLayout.HEADER_ROW, -1, -1));
        printOnA4Landscape(sheet, 0);
        return sheet;
    }

    /**
     * Prints a sheet on A4 landscape, centred, fit to the page's width. In .xls, fitting to the page
     * also needs the sheet's automatic page breaks on (the {@code WSBOOL} record's fit-to-page bit
     * comes with them): without, LibreOffice and Excel print an .xls at 100 %, the progress column
     * and half the title on pages of their own (30 pages for the sample against 10 for the .xlsx).
     *
     * @param sheet the sheet
     * @param pagesHigh the most pages high, 0 for as many as it takes
     */
    public static void printOnA4Landscape(Sheet sheet, int pagesHigh) {
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesHigh);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
    }

    /**
     * Breaks the page before a task's row where the printed page is full, so that the page breaks
     * fall where this writer knows them: a run of a category or of lead units is not merged across a
     * break, its text is written again at the top of the next page (a merged cell prints its text on
     * its first page only). Runs of a number (sub-items of an item) stay merged. The page is judged
     * at the scale that fitting the columns so far to the width gives: columns only grow, so the real
     * scale is no larger and a page holds at least the rows given to it.
     */
    private void breakPageBefore(int r, float height) {
        double width = 0;
        for (OfficialColumn column : layout.columns()) {
            width += Math.min(255, layout.width(column)) * POINTS_PER_WIDTH;
        }
        double scale = Math.min(1.0, PAGE_WIDTH / width);
        if (rowsOnPage && breaks < MAX_BREAKS && pageUsed + height > PAGE_HEIGHT * PAGE_FILL / scale) {
            sheet.setRowBreak(r - 1);
            breaks++;
            for (int c = 0; c < runs.length; c++) {
                if (layout.columns().get(c) != OfficialColumn.NUMBER) {
                    close(runs[c], c, r);
                    runs[c] = null;
                }
            }
            pageUsed = HEADER_POINTS;
        }
        pageUsed += height;
        rowsOnPage = true;
    }

    private void writeTask(int r, Task task, Progress progress) {
        List<OfficialColumn> columns = layout.columns();
        // the row's height first (the cells that are not part of a merged run), for the page break
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            OfficialColumn column = columns.get(c);
            texts[c] = null;
            boolean inRun = mergeRuns && column.mergesRuns() && column.value(task) != null;
            if (!inRun && !(!mergeRuns && column == OfficialColumn.NUMBER)) {
                texts[c] = column.text(task, progress);
                lines = Math.max(lines, TextMetrics.wrappedLines(texts[c], OfficialLayout.wrapWidth(column)));
            }
        }
        float height = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 6f);
        breakPageBefore(r, height);

        Row row = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            OfficialColumn column = columns.get(c);
            Cell cell = row.createCell(c);
            if (!mergeRuns && column == OfficialColumn.NUMBER) {
                // a sub-item's number, unmerged, is blank under its item's, as Excel saves a merged cell:
                // written again, it would read as a duplicate number
                Object number = column.value(task);
                boolean subItem = number != null && number.equals(lastNumber);
                lastNumber = number;
                if (subItem) {
                    cell.setCellStyle(styles.text(true));
                    continue;
                }
            }
            Object value = mergeRuns && column.mergesRuns() ? column.value(task) : null;
            if (value == null && runs[c] != null) {
                close(runs[c], c, r); // a task without a number ends the run above: blanks are never merged
                runs[c] = null;
            }
            if (value != null) {
                // An equal value has an equal text: the text is made only when the value changes.
                if (runs[c] != null && value.equals(runs[c].value())) {
                    cell.setCellStyle(styles.text(true));
                    continue;
                }
                String text = column.text(task, progress);
                if (runs[c] != null && runs[c].text().equals(text)) {
                    runs[c] = new Run(runs[c].firstRow(), value, text);
                    cell.setCellStyle(styles.text(true));
                    continue;
                }
                close(runs[c], c, r);
                runs[c] = new Run(r, value, text);
                write(cell, column, task, progress, text);
                continue;
            }
            write(cell, column, task, progress, texts[c] != null ? texts[c] : column.text(task, progress));
        }
        row.setHeightInPoints(height);
    }

    private void write(Cell cell, OfficialColumn column, Task task, Progress progress, String text) {
        if (column == OfficialColumn.NUMBER && task.number().isPresent()) {
            cell.setCellStyle(styles.number("0"));
            cell.setCellValue(task.number().getAsInt());
            return;
        }
        if (column == OfficialColumn.PROGRESS && progress != null) {
            Optional<PercentFormat.PercentCell> percent = percents.percentCell(progress);
            if (percent.isPresent()) {
                cell.setCellStyle(styles.number(percent.get().format()));
                cell.setCellValue(percent.get().value());
                return;
            }
        }
        cell.setCellStyle(styles.text(!column.isProse()));
        if (!text.isEmpty()) {
            TextMetrics.set(cell, text);
        }
    }

    private void close(Run run, int column, int end) {
        if (run != null && end - run.firstRow() >= 2) {
            // Runs never overlap by construction: no need for POI's quadratic overlap check.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(run.firstRow(), end - 1, column, column));
        }
    }

    /** A run of equal texts in a column, from its first row, with the value of its last row. */
    private record Run(int firstRow, Object value, String text) {
    }
}
