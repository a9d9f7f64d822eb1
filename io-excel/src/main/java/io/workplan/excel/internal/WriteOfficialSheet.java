package io.workplan.excel.internal;

import org.apache.poi.ss.util.CellRangeAddress;

import io.workplan.core.Category;
import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the official sheet into any workbook (.xlsx streamed or .xls), task after task: each row
 * once, so that a streaming workbook keeps only its window of rows; merged runs are closed as soon
 * as a value changes. The cells are checked by the {@link WriteLayout} as they are written; the
 * caller throws its problems at the end, and the workbook is then never written out.
 */
public final class WriteOfficialSheet {
    /** The height of a line of the table's font, in points. */
    private static final float LINE_POINTS = 15f;
    /** The tallest a row can be, in points. */
    private static final float MAX_ROW_POINTS = 409f;

    private final WriteLayout layout;
    private final WriteStyles styles;
    private final WriteProgress percents;
    private final boolean mergeRuns;
    private final Sheet sheet;
    private final Run[] runs;
    /** The number of the task above, when runs are not merged. */
    private Object lastNumber;

    /**
     * Starts the sheet, as the workbook's next sheet: its title and header rows.
     *
     * @param workbook the workbook
     * @param layout the sheet's layout
     * @param styles the workbook's styles
     * @param mergeRuns whether runs of equal numbers, categories and lead units are merged
     */
    public WriteOfficialSheet(Workbook workbook, WriteLayout layout, WriteStyles styles, boolean mergeRuns) {
        this.layout = layout;
        this.percents = layout.percents();
        this.styles = styles;
        this.mergeRuns = mergeRuns;
        this.sheet = workbook.createSheet(layout.sheetName());
        this.runs = new Run[layout.columns().size()];
        int last = layout.columns().size() - 1;

        Row title = sheet.createRow(WriteLayout.TITLE_ROW);
        title.setHeightInPoints(36f);
        for (int c = 0; c <= last; c++) {
            title.createCell(c).setCellStyle(styles.title());
        }
        if (!layout.refused()) {
            WriteText.set(title.getCell(0), layout.head().head().title());
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(WriteLayout.TITLE_ROW, WriteLayout.TITLE_ROW, 0, last));

        Row header = sheet.createRow(WriteLayout.HEADER_ROW);
        header.setHeightInPoints(LINE_POINTS * 1.5f);
        layout.forEachColumn((c, column) -> {
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header());
            WriteText.set(cell, column.header());
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
        int end = Math.min(layout.rowLimit(), WriteLayout.FIRST_TASK_ROW + layout.tasks());
        for (int c = 0; c < runs.length; c++) {
            close(runs[c], c, end);
        }
        layout.forEachColumn((c, column) -> sheet.setColumnWidth(c, Math.min(255, layout.width(column)) * 256));
        sheet.createFreezePane(0, WriteLayout.FIRST_TASK_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(WriteLayout.HEADER_ROW, WriteLayout.HEADER_ROW, -1, -1));
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
    }

    private void writeTask(int r, Task task, Progress progress) {
        Row row = sheet.createRow(r);
        int lines = 1;
        List<WriteColumn> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            WriteColumn column = columns.get(c);
            Cell cell = row.createCell(c);
            if (!mergeRuns && column == WriteColumn.NUMBER) {
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
                if (runs[c] != null && value.equals(runs[c].value)) {
                    cell.setCellStyle(styles.text(true));
                    continue;
                }
                String text = column.text(task, progress);
                if (runs[c] != null && runs[c].text.equals(text)) {
                    runs[c] = new Run(runs[c].firstRow, value, text);
                    cell.setCellStyle(styles.text(true));
                    continue;
                }
                close(runs[c], c, r);
                runs[c] = new Run(r, value, text);
                write(cell, column, task, progress, text);
                continue;
            }
            String text = column.text(task, progress);
            lines = Math.max(lines, WriteText.wrappedLines(text, WriteLayout.wrapWidth(column)));
            write(cell, column, task, progress, text);
        }
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 6f));
    }

    private void write(Cell cell, WriteColumn column, Task task, Progress progress, String text) {
        if (column == WriteColumn.NUMBER && task.number().isPresent()) {
            cell.setCellStyle(styles.number("0"));
            cell.setCellValue(task.number().getAsInt());
            return;
        }
        if (column == WriteColumn.PROGRESS && progress != null) {
            Optional<WriteProgress.PercentCell> percent = percents.percentCell(progress);
            if (percent.isPresent()) {
                cell.setCellStyle(styles.number(percent.get().format()));
                cell.setCellValue(percent.get().value());
                return;
            }
        }
        cell.setCellStyle(styles.text(!column.isProse()));
        if (!text.isEmpty()) {
            WriteText.set(cell, text);
        }
    }

    private void close(Run run, int column, int end) {
        if (run != null && end - run.firstRow >= 2) {
            // Runs never overlap by construction: no need for POI's quadratic overlap check.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(run.firstRow, end - 1, column, column));
        }
    }

    /** A run of equal texts in a column, from its first row, with the value of its last row. */
    private static final class Run {
        final int firstRow;
        final Object value;
        final String text;

        Run(int firstRow, Object value, String text) {
            this.firstRow = firstRow;
            this.value = value;
            this.text = text;
        }
    }
}
