package io.workplan.excel;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.aggregate.AmbiguousMatch;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.HistoryAmbiguity;
import io.workplan.core.aggregate.HistoryFlag;
import io.workplan.core.aggregate.HistoryStep;
import io.workplan.core.aggregate.PlanHistory;
import io.workplan.core.aggregate.TaskHistory;
import io.workplan.core.aggregate.TaskMatch;
import io.workplan.excel.internal.PoiTempFiles;
import io.workplan.excel.internal.write.OfficialColumn;
import io.workplan.excel.internal.write.OfficialSheetWriter;
import io.workplan.excel.internal.write.PercentFormat;
import io.workplan.excel.internal.write.Styles;
import io.workplan.excel.internal.write.TextMetrics;
import io.workplan.excel.internal.write.WrittenWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a plan's {@link PlanHistory} as a workbook (.xlsx or .xls) in the look of the official
 * sheet: a row per task, a group of columns per period, the flags coloured.
 *
 * <pre>{@code
 * PlanHistory history = PlanHistory.of(List.of(q1, q2, q3, q4));
 * HistoryWorkbookWriter.create().write(history, Path.of("2024.xlsx"));
 * }</pre>
 *
 * <h2>The sheet {@value #SHEET}</h2>
 *
 * Row 1 is the title (the latest report's title and the periods covered), merged across the table;
 * rows 2 and 3 the header: 序号, 项目名称 (when a task has a category), 主要工作内容, 牵头单位 (each merged
 * over both rows), then for each period, under its label, 完成进度 and 较上期（百分点）, and last 标记. A
 * row per task of the history, in its order: the task as last listed, its progress in each period
 * (written as the official sheet writes it: a number with a percent format when that shows its text
 * exactly, else the text; blank when the period does not list it), the change in points from the
 * period before (exact in {@link HistoryStep#changePoints()}, written rounded half-up to one decimal
 * by {@link Figures#display(BigDecimal, int)}, with its sign), and the flags' labels ({@link
 * HistoryFlag#label()}, joined by {@code 、}). The cells of a period with a flag, and the 标记 cell,
 * are filled with the colour of the most pressing flag ({@link #colour(HistoryFlag)}); a legend of
 * the colours follows the table. Thin borders, wrapped text, the Chinese font of official sheets,
 * a frozen header, printing on A4 landscape fit to the page's width with the header rows on every
 * page: the styles are the official sheet's.
 *
 * <h2>The sheet {@value #AMBIGUITIES_SHEET}</h2>
 *
 * When some task could not be followed from one period to the next ({@link
 * PlanHistory#ambiguities()}), a second sheet lists each: the two periods, the task, and each
 * candidate with its similarity. Nothing is guessed, and nothing is left out silently.
 *
 * <h2>Nothing half-written</h2>
 *
 * Every cell is checked first: a text longer than a cell holds or with a character no workbook can
 * store, or more periods than a .xls sheet has columns for, is reported at once in an {@link
 * ExcelException} naming each cell, and nothing is written. A file is written to a temporary file
 * beside it and moved into place when complete, as {@link ExcelWriter} does.
 *
 * <p>Instances are immutable and may be shared between threads.
 *
 * @since 0.2.0
 */
public final class HistoryWorkbookWriter {
    /** The name of the history's sheet. */
    public static final String SHEET = "进度历史";
    /** The name of the sheet of the ambiguous matches. */
    public static final String AMBIGUITIES_SHEET = "待核对匹配";

    private static final int TITLE_ROW = 0;
    private static final int PERIOD_ROW = 1;
    private static final int HEADER_ROW = 2;
    private static final int FIRST_TASK_ROW = 3;
    private static final int MAX_CELL_TEXT = 32_767;
    private static final String CHANGE_FORMAT = "+0.0;-0.0;0.0";
    private static final Map<HistoryFlag, String> COLOURS;

    static {
        Map<HistoryFlag, String> colours = new EnumMap<>(HistoryFlag.class);
        colours.put(HistoryFlag.WENT_DOWN, "FFC7CE");
        colours.put(HistoryFlag.BEHIND, "F8CBAD");
        colours.put(HistoryFlag.STALLED, "FFEB9C");
        colours.put(HistoryFlag.NEWLY_COMPLETED, "C6EFCE");
        colours.put(HistoryFlag.ADDED, "DDEBF7");
        colours.put(HistoryFlag.DROPPED, "D9D9D9");
        COLOURS = Collections.unmodifiableMap(colours);
    }

    private static final HistoryWorkbookWriter INSTANCE = new HistoryWorkbookWriter();

    private HistoryWorkbookWriter() {}

    /**
     * The writer.
     *
     * @return the writer
     */
    public static HistoryWorkbookWriter create() {
        return INSTANCE;
    }

    /**
     * The fill of a flag, {@code RRGGBB}: went down {@code FFC7CE} (red), behind {@code F8CBAD}
     * (orange), stalled {@code FFEB9C} (yellow), newly completed {@code C6EFCE} (green), added {@code
     * DDEBF7} (blue), dropped {@code D9D9D9} (grey).
     *
     * @param flag the flag
     * @return the colour
     */
    public static String colour(HistoryFlag flag) {
        return COLOURS.get(Objects.requireNonNull(flag, "flag"));
    }

    /**
     * Writes a history to a file, in the format its name asks for ({@link ExcelWriter.Format#of(Path)}),
     * completely or not at all.
     *
     * @param history the history
     * @param file the file, replaced when it exists
     * @throws ExcelException listing every cell that cannot be written (nothing is written then);
     *     when the file cannot be written, with the {@link IOException} as cause; when its name ends
     *     neither in {@code .xlsx} nor in {@code .xls}
     */
    public void write(PlanHistory history, Path file) {
        Objects.requireNonNull(history, "history");
        write(history, file, ExcelWriter.Format.of(file));
    }

    /**
     * Writes a history to a file in a format, completely or not at all.
     *
     * @param history the history
     * @param file the file, replaced when it exists
     * @param format the format
     * @throws ExcelException as {@link #write(PlanHistory, Path)}
     */
    public void write(PlanHistory history, Path file, ExcelWriter.Format format) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        check(history, format, file.toString());
        ExcelWriter.toFile(file, out -> PoiTempFiles.run(() -> writeWorkbook(history, format, out)));
    }

    /**
     * Writes a history to a stream, left open; nothing is written to it when the history cannot be.
     *
     * @param history the history
     * @param out the stream
     * @param format the format
     * @throws ExcelException listing every cell that cannot be written; when the stream fails, with
     *     the {@link IOException} as cause
     */
    public void write(PlanHistory history, OutputStream out, ExcelWriter.Format format) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        check(history, format, "the stream");
        ExcelWriter.toStream(() -> PoiTempFiles.run(() -> writeWorkbook(history, format, out)));
    }

    /** The columns of the sheet: the task's, then two a period, then the flags. */
    private static final class Columns {
        final boolean categories;
        final int periods;

        Columns(PlanHistory history) {
            this.categories = history.tasks().stream().anyMatch(t -> t.latest().category().isPresent());
            this.periods = history.periods().size();
        }

        int fixed() {
            return categories ? 4 : 3;
        }

        int progress(int period) {
            return fixed() + 2 * period;
        }

        int flags() {
            return fixed() + 2 * periods;
        }

        int count() {
            return flags() + 1;
        }
    }

    /** Every cell that cannot be written, at once, before anything is. */
    private static void check(PlanHistory history, ExcelWriter.Format format, String target) {
        Columns columns = new Columns(history);
        List<Problem> problems = new ArrayList<>();
        int maxColumns = format == ExcelWriter.Format.XLS ? 256 : 16_384;
        if (columns.count() > maxColumns) {
            problems.add(Problem.builder().source(target).reason(history.periods().size() + " periods need " + columns.count()
                    + " columns, more than a " + format.name().toLowerCase(java.util.Locale.ROOT) + " sheet has (" + maxColumns + ")").build());
        }
        int maxRows = format == ExcelWriter.Format.XLS ? 65_536 : 1_048_576;
        if (FIRST_TASK_ROW + history.tasks().size() + 2 > maxRows) {
            problems.add(Problem.builder().source(target).reason(history.tasks().size() + " tasks are more than a "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " sheet holds").build());
        }
        checkText(problems, target, "A1", "标题", title(history));
        for (int t = 0; t < history.tasks().size(); t++) {
            TaskHistory task = history.tasks().get(t);
            int row = FIRST_TASK_ROW + t;
            checkText(problems, target, cell(row, columns.fixed() - 2), OfficialColumn.CONTENT.header(),
                    task.latest().content());
            checkText(problems, target, cell(row, columns.fixed() - 1), OfficialColumn.LEAD_UNITS.header(),
                    units(task.latest()));
            for (int p = 0; p < task.steps().size(); p++) {
                Optional<Progress> progress = task.steps().get(p).progress();
                if (progress.isPresent()) {
                    checkText(problems, target, cell(row, columns.progress(p)), OfficialColumn.PROGRESS.header(),
                            progress.get().text());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ExcelException("Cannot write " + target, problems, null);
        }
    }

    private static void checkText(List<Problem> problems, String target, String cell, String column, String text) {
        String why = text.length() > MAX_CELL_TEXT ? "the text has " + text.length() + " characters, more than a cell holds ("
                + MAX_CELL_TEXT + ")"
                : TextMetrics.firstUnwritable(text) >= 0 ? "the text holds a character no workbook can store, at index "
                + TextMetrics.firstUnwritable(text) : null;
        if (why != null) {
            problems.add(Problem.builder().source(target).sheet(SHEET).cell(cell).subject(column).reason(why).build());
        }
    }

    private static String cell(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private static void writeWorkbook(PlanHistory history, ExcelWriter.Format format, OutputStream out) throws IOException {
        try (WrittenWorkbook workbook = format == ExcelWriter.Format.XLSX ? WrittenWorkbook.xlsx(100) : WrittenWorkbook.xls()) {
            Styles styles = new Styles(workbook.workbook());
            writeHistory(workbook.workbook(), styles, history);
            if (!history.ambiguities().isEmpty()) {
                writeAmbiguities(workbook.workbook(), styles, history.ambiguities());
            }
            workbook.writeTo(out);
        }
    }

    /** The title: the latest report's, then the periods covered. */
    private static String title(PlanHistory history) {
        List<ReportingPeriod> periods = history.periods();
        String latest = history.reports().get(history.reports().size() - 1).title();
        return latest + "（进度历史：" + periods.get(0).label()
                + (periods.size() > 1 ? "至" + periods.get(periods.size() - 1).label() : "") + "）";
    }

    private static String units(Task task) {
        return task.leadUnits().isEmpty() ? "/" : LeadUnit.join(task.leadUnits());
    }

    private static void writeHistory(Workbook workbook, Styles styles, PlanHistory history) {
        Columns columns = new Columns(history);
        Sheet sheet = workbook.createSheet(SHEET);
        int last = columns.count() - 1;
        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(36f);
        for (int c = 0; c <= last; c++) {
            title.createCell(c).setCellStyle(styles.title());
        }
        TextMetrics.set(title.getCell(0), title(history));
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));

        Row periods = sheet.createRow(PERIOD_ROW);
        Row header = sheet.createRow(HEADER_ROW);
        periods.setHeightInPoints(22f);
        header.setHeightInPoints(22f);
        for (int c = 0; c <= last; c++) {
            periods.createCell(c).setCellStyle(styles.header());
            header.createCell(c).setCellStyle(styles.header());
        }
        List<String> fixed = new ArrayList<>(List.of(OfficialColumn.NUMBER.header()));
        if (columns.categories) {
            fixed.add(OfficialColumn.CATEGORY.header());
        }
        fixed.add(OfficialColumn.CONTENT.header());
        fixed.add(OfficialColumn.LEAD_UNITS.header());
        fixed.add("标记");
        for (int i = 0; i < fixed.size(); i++) {
            int c = i == fixed.size() - 1 ? columns.flags() : i;
            TextMetrics.set(periods.getCell(c), fixed.get(i));
            sheet.addMergedRegion(new CellRangeAddress(PERIOD_ROW, HEADER_ROW, c, c));
        }
        for (int p = 0; p < columns.periods; p++) {
            int c = columns.progress(p);
            TextMetrics.set(periods.getCell(c), history.periods().get(p).label());
            sheet.addMergedRegion(new CellRangeAddress(PERIOD_ROW, PERIOD_ROW, c, c + 1));
            TextMetrics.set(header.getCell(c), OfficialColumn.PROGRESS.header());
            TextMetrics.set(header.getCell(c + 1), "较上期（百分点）");
        }

        PercentFormat percents = new PercentFormat();
        int r = FIRST_TASK_ROW;
        for (TaskHistory task : history.tasks()) {
            Row row = sheet.createRow(r++);
            Task latest = task.latest();
            int c = 0;
            Cell number = row.createCell(c++);
            if (latest.number().isPresent()) {
                number.setCellStyle(styles.number("0"));
                number.setCellValue(latest.number().getAsInt());
            } else {
                number.setCellStyle(styles.text(true));
            }
            if (columns.categories) {
                text(row.createCell(c++), styles.text(true), latest.category().map(k -> k.label()).orElse(""));
            }
            text(row.createCell(c++), styles.text(false), latest.content());
            text(row.createCell(c), styles.text(true), units(latest));
            int lines = TextMetrics.wrappedLines(latest.content(), 40);
            for (int p = 0; p < columns.periods; p++) {
                HistoryStep step = task.steps().get(p);
                String fill = step.flags().stream().findFirst().map(COLOURS::get).orElse(null);
                progressCell(row.createCell(columns.progress(p)), styles, percents, step.progress(), fill);
                Cell change = row.createCell(columns.progress(p) + 1);
                change.setCellStyle(fill == null ? styles.number(CHANGE_FORMAT) : styles.filled(fill, CHANGE_FORMAT));
                step.changePoints().ifPresent(d -> change.setCellValue(Figures.display(d, 1).doubleValue()));
            }
            Set<HistoryFlag> flags = task.flags();
            String fill = flags.stream().findFirst().map(COLOURS::get).orElse(null);
            text(row.createCell(columns.flags()), fill == null ? styles.text(true) : styles.filled(fill, null),
                    flags.stream().map(HistoryFlag::label).collect(Collectors.joining("、")));
            row.setHeightInPoints(Math.min(409f, lines * 15f + 6f));
        }
        // the legend of the colours, under the table
        Row legend = sheet.createRow(r + 1);
        text(legend.createCell(0), styles.text(false), "标记");
        int c = 1;
        for (HistoryFlag flag : HistoryFlag.values()) {
            if (c > last) {
                break;
            }
            text(legend.createCell(c++), styles.filled(COLOURS.get(flag), null), flag.label());
        }

        sheet.setColumnWidth(0, 6 * 256);
        int col = 1;
        if (columns.categories) {
            sheet.setColumnWidth(col++, 16 * 256);
        }
        sheet.setColumnWidth(col++, 42 * 256);
        sheet.setColumnWidth(col, 16 * 256);
        for (int p = 0; p < columns.periods; p++) {
            sheet.setColumnWidth(columns.progress(p), 12 * 256);
            sheet.setColumnWidth(columns.progress(p) + 1, 10 * 256);
        }
        sheet.setColumnWidth(columns.flags(), 14 * 256);
        sheet.createFreezePane(columns.fixed(), FIRST_TASK_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(PERIOD_ROW, HEADER_ROW, -1, -1));
        OfficialSheetWriter.printOnA4Landscape(sheet, 0);
    }

    private static void progressCell(Cell cell, Styles styles, PercentFormat percents, Optional<Progress> progress, String fill) {
        Optional<PercentFormat.PercentCell> percent = progress.flatMap(percents::percentCell);
        if (percent.isPresent()) {
            String format = percent.get().format();
            cell.setCellStyle(fill == null ? styles.number(format) : styles.filled(fill, format));
            cell.setCellValue(percent.get().value());
            return;
        }
        text(cell, fill == null ? styles.text(true) : styles.filled(fill, null), progress.map(Progress::text).orElse(""));
    }

    private static void text(Cell cell, CellStyle style, String text) {
        cell.setCellStyle(style);
        if (!text.isEmpty()) {
            TextMetrics.set(cell, text);
        }
    }

    private static void writeAmbiguities(Workbook workbook, Styles styles, List<HistoryAmbiguity> ambiguities) {
        Sheet sheet = workbook.createSheet(AMBIGUITIES_SHEET);
        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(30f);
        for (int c = 0; c < 6; c++) {
            title.createCell(c).setCellStyle(styles.title());
        }
        TextMetrics.set(title.getCell(0), "未匹配的任务：在相邻两期中有两项以上相近的任务，未作匹配，请核对");
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, 5));
        Row header = sheet.createRow(1);
        String[] headers = {"本期", OfficialColumn.NUMBER.header(), OfficialColumn.CONTENT.header(), "对照期", "候选序号",
                "候选任务（相似度）"};
        for (int c = 0; c < headers.length; c++) {
            text(header.createCell(c), styles.header(), headers[c]);
        }
        int r = 2;
        for (HistoryAmbiguity a : ambiguities) {
            AmbiguousMatch m = a.match();
            for (TaskMatch candidate : m.candidates()) {
                Task other = m.ofEarlier() ? candidate.later() : candidate.earlier();
                Row row = sheet.createRow(r++);
                text(row.createCell(0), styles.text(true), (m.ofEarlier() ? a.earlier() : a.later()).label());
                text(row.createCell(1), styles.text(true), m.task().number().isPresent() ? String.valueOf(m.task().number().getAsInt()) : "");
                text(row.createCell(2), styles.text(false), m.task().content());
                text(row.createCell(3), styles.text(true), (m.ofEarlier() ? a.later() : a.earlier()).label());
                text(row.createCell(4), styles.text(true), other.number().isPresent() ? String.valueOf(other.number().getAsInt()) : "");
                text(row.createCell(5), styles.text(false), other.content() + "（" + candidate.similarity().toPlainString() + "）");
            }
        }
        int[] widths = {16, 6, 42, 16, 8, 48};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        OfficialSheetWriter.printOnA4Landscape(sheet, 0);
    }
}
