package io.workplan.benchmarks;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Official-layout workbooks of any size, written with raw SXSSF: a title row merged across the
 * table, the header 序号 / 项目名称 / 主要工作内容 / 牵头单位 / 完成进度, a row per task, the
 * category (runs of 7 tasks) and the lead units (runs of 3, crossing categories) merged over their
 * runs, and the progress in both forms real sheets have: text cells ({@code 已完成}, {@code /},
 * sentences, {@code 52%} typed as text) and numbers under percent formats ({@code 0%}, {@code 0.0%}).
 *
 * <p>The same writer is the "raw SXSSF" peer of {@link ExcelWriteBenchmark}. The generated files
 * go to a directory of the JVM's temporary directory (or {@code $WORKPLAN_BENCH_WORKBOOKS}), kept
 * between JMH's forks; {@code run.sh} deletes it at the end.
 */
final class OfficialWorkbooks {
    static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";
    static final String[] HEADERS = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"};
    private static final String[] CATEGORY_NAMES = {"经济社会发展主要预期目标", "全力推进科技创新", "扩大有效投资", "提升城市品质", "增进民生福祉"};
    private static final String[] UNITS = {"区发改经信局", "区财政局、区发改经信局", "市委农办(市农业局)、各街道", "区科技局", "区商务局、区文商旅集团"};
    private static final String[] CONTENTS = {
        "深化与浙江大学等政产学研合作,新增国家高新技术企业%d家、省科技型中小企业186家以上。",
        "实施重大项目%d个,完成固定资产投资增长5%%以上,其中制造业投资增长10%%。",
        "新改建城市道路%d公里,推进老旧小区综合改造提升,惠及居民1.2万户。",
        "新增城镇就业%d人,城镇调查失业率控制在5%%以内。"
    };
    private static final String SENTENCE = "1-9月,全区地方一般公共预算收入完成160.59亿元,快于序时进度6.32个百分点。";
    /** A version of the generated layout: change it when the cells change, so that no stale file is read. */
    private static final int LAYOUT = 1;

    private OfficialWorkbooks() {}

    /**
     * A task row's cells.
     *
     * @param number 序号
     * @param category 项目名称's text
     * @param content 主要工作内容
     * @param leadUnits 牵头单位's text
     * @param progress 完成进度's text, or the percentage shown when the cell is a number
     * @param fraction the number cell's value, or {@code null} for a text cell
     * @param format the number cell's format, or {@code null} for a text cell
     */
    record Cells(int number, String category, String content, String leadUnits, String progress, BigDecimal fraction,
            String format) {

        /** The cells of the i-th generated task (0-based). */
        static Cells generated(int i) {
            int c = i / 7;
            String category = "(" + (c + 1) + ")" + CATEGORY_NAMES[c % CATEGORY_NAMES.length];
            String content = String.format(CONTENTS[i % CONTENTS.length], i + 1);
            String units = UNITS[(i / 3) % UNITS.length];
            int p = (i * 37) % 1000; // 0.0% to 99.9%
            switch (i % 8) {
                case 0:
                    return number(i, category, content, units, BigDecimal.valueOf(p / 10, 2), "0%");
                case 1:
                case 4:
                    return number(i, category, content, units, BigDecimal.valueOf(p, 3), "0.0%");
                case 2:
                    return text(i, category, content, units, "已完成");
                case 3:
                    return text(i, category, content, units, "/");
                case 5:
                    return text(i, category, content, units, SENTENCE);
                case 6:
                    return text(i, category, content, units, (p / 10) + "%");
                default:
                    return text(i, category, content, units, "正常进行中");
            }
        }

        private static Cells number(int i, String category, String content, String units, BigDecimal fraction, String format) {
            return new Cells(i + 1, category, content, units, FillDown.percent(fraction, format).text(), fraction, format);
        }

        private static Cells text(int i, String category, String content, String units, String progress) {
            return new Cells(i + 1, category, content, units, progress, null, null);
        }

        /**
         * The cells workplan's writer makes of an entry: the progress a number under a percent
         * format when its text is the percentage's plain digits and {@code %}, else text.
         */
        static Cells of(ProgressEntry entry) {
            Task task = entry.task();
            Progress progress = entry.progress();
            BigDecimal fraction = null;
            String format = null;
            BigDecimal percent = progress.percent().orElse(null);
            if (progress.kind() == Progress.Kind.PERCENT && percent != null && percent.scale() >= 0
                    && progress.text().equals(percent.toPlainString() + "%")) {
                fraction = percent.movePointLeft(2);
                format = percent.scale() == 0 ? "0%" : "0." + "0".repeat(percent.scale()) + "%";
            }
            return new Cells(task.number().orElse(0), task.category().map(Category::label).orElse(""), task.content(),
                    task.leadUnits().stream().map(LeadUnit::name).collect(Collectors.joining("、")),
                    progress.text(), fraction, format);
        }

        /** The progress as a reader gets it. */
        Progress progressValue() {
            return fraction == null ? Progress.parse(progress) : FillDown.percent(fraction, format);
        }
    }

    /**
     * The generated workbook of a size, written once and kept for the benchmarks' forks.
     *
     * @param tasks the tasks
     * @return the file
     * @throws IOException when it cannot be written
     */
    static Path file(int tasks) throws IOException {
        String dir = System.getenv("WORKPLAN_BENCH_WORKBOOKS");
        Path directory = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "workplan-bench-workbooks") : Path.of(dir);
        Files.createDirectories(directory);
        Path file = directory.resolve("official-" + tasks + "-v" + LAYOUT + ".xlsx");
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(directory, "official-", ".partial");
            try {
                write(partial, tasks);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return file;
    }

    /**
     * Writes a generated workbook, with a shared strings table as Excel and WPS save them.
     *
     * @param file the file
     * @param tasks the tasks
     * @throws IOException when it cannot be written
     */
    static void write(Path file, int tasks) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, IntStream.range(0, tasks).mapToObj(Cells::generated).iterator(), true);
        }
    }

    /**
     * The report of the generated workbook's tasks, for the write benchmark.
     *
     * @param tasks the tasks
     * @return the report
     */
    static ProgressReport report(int tasks) {
        ReportingPeriod q2 = ReportingPeriod.quarter(2024, 2);
        ProgressReport.Builder report = ProgressReport.builder().title(TITLE).period(q2);
        for (int i = 0; i < tasks; i++) {
            Cells cells = Cells.generated(i);
            Task task = Task.builder().number(cells.number()).category(Category.parse(cells.category()))
                    .content(cells.content()).leadUnits(LeadUnit.parseList(cells.leadUnits())).build();
            report.addEntries(ProgressEntry.of(task, q2, cells.progressValue()));
        }
        return report.build();
    }

    /**
     * Writes the official sheet with SXSSF, as a user of POI would: styles made once, merges of
     * runs of equal category and lead-unit texts, a percent format per number of decimals.
     *
     * @param out the stream, left open
     * @param rows the task rows
     * @param sharedStrings whether texts go to a shared strings table (as Excel saves them) or inline
     *     (SXSSF's default, and workplan's writer)
     * @throws IOException when the stream fails
     */
    static void write(OutputStream out, Iterator<Cells> rows, boolean sharedStrings) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, false, sharedStrings);
        try {
            Font font = workbook.createFont();
            font.setFontName("宋体");
            CellStyle title = workbook.createCellStyle();
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(workbook.createCellStyle(), font, HorizontalAlignment.LEFT);
            CellStyle centred = bordered(workbook.createCellStyle(), font, HorizontalAlignment.CENTER);
            CellStyle[] percent = new CellStyle[4];
            for (int d = 0; d < percent.length; d++) {
                percent[d] = bordered(workbook.createCellStyle(), font, HorizontalAlignment.CENTER);
                percent[d].setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0%" : "0." + "0".repeat(d) + "%"));
            }
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue(TITLE);
            sheet.getRow(0).getCell(0).setCellStyle(title);
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellStyle(centred);
                cell.setCellValue(HEADERS[c]);
            }
            int r = 2;
            MergedRuns categories = new MergedRuns(sheet, 1, centred, r);
            MergedRuns units = new MergedRuns(sheet, 3, centred, r);
            while (rows.hasNext()) {
                Cells cells = rows.next();
                Row row = sheet.createRow(r);
                Cell number = row.createCell(0);
                number.setCellStyle(centred);
                number.setCellValue(cells.number());
                categories.cell(row, cells.category());
                Cell content = row.createCell(2);
                content.setCellStyle(text);
                content.setCellValue(cells.content());
                units.cell(row, cells.leadUnits());
                Cell progress = row.createCell(4);
                if (cells.fraction() == null) {
                    progress.setCellStyle(centred);
                    progress.setCellValue(cells.progress());
                } else {
                    int point = cells.format().indexOf('.');
                    progress.setCellStyle(percent[point < 0 ? 0 : Math.min(3, cells.format().length() - point - 2)]);
                    progress.setCellValue(cells.fraction().doubleValue());
                }
                r++;
            }
            categories.end(r);
            units.end(r);
            int[] widths = {6, 24, 60, 24, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static CellStyle bordered(CellStyle style, Font font, HorizontalAlignment alignment) {
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A column whose runs of equal texts are merged, each text written in the first cell of its run. */
    private static final class MergedRuns {
        private final Sheet sheet;
        private final int column;
        private final CellStyle style;
        private int start;
        private String text;

        MergedRuns(Sheet sheet, int column, CellStyle style, int firstRow) {
            this.sheet = sheet;
            this.column = column;
            this.style = style;
            this.start = firstRow;
        }

        /** The column's cell of a row: the text when it starts a run, the run before merged. */
        void cell(Row row, String value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            if (!value.equals(text)) {
                end(row.getRowNum());
                start = row.getRowNum();
                text = value;
                cell.setCellValue(value);
            }
        }

        /** Merges the run that ends above a row. */
        void end(int row) {
            if (row - 1 > start) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(start, row - 1, column, column));
            }
        }
    }
}
