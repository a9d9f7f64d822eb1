package io.workplan.excel.corpus;

import static io.workplan.excel.corpus.ExcelCorpus.TITLE;
import static io.workplan.excel.corpus.ExcelCorpus.header;
import static io.workplan.excel.corpus.ExcelCorpus.task;
import static io.workplan.excel.corpus.XlsxParts.row;
import static io.workplan.excel.corpus.XlsxParts.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.corpus.ExcelCorpus.Item;
import io.workplan.excel.corpus.ExcelCorpus.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The corpus's items of figures as a person sees them (issue 18): number formats whose percent
 * sign is text or real, sections, conditions, colours and locale tags, formats the reader cannot
 * show; values no spreadsheet holds; error and logical values in any column. Each with its exact
 * answer, the same in .xlsx (both reading modes) and .xls.
 */
final class FigureItems {
    private FigureItems() {}

    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        List<Shown> percentSigns = List.of(
                new Shown("0.0\"%\"", "53.6", Progress.ofPercent(new BigDecimal("53.6"), "53.6%")),
                new Shown("0\"%\"", "53.6", Progress.ofPercent(new BigDecimal("53.6"), "54%")),
                new Shown("#,##0.00\"%\"", "53.6", Progress.ofPercent(new BigDecimal("53.60"), "53.60%")),
                new Shown("General\"%\"", "53.6", Progress.ofPercent(new BigDecimal("53.6"), "53.6%")),
                new Shown("0.0\\%", "53.6", Progress.ofPercent(new BigDecimal("53.6"), "53.6%")),
                new Shown("0.0#%", "0.5364", Progress.ofPercent(new BigDecimal("53.64"), "53.64%")),
                new Shown("0.0%", "0.5364", Progress.ofPercent(new BigDecimal("53.64"), "53.6%")),
                new Shown("[Red]0.0%", "0.53600000000000003", Progress.ofPercent(new BigDecimal("53.6"), "53.6%")),
                new Shown("[$-804]0.0%_)", "0.536", Progress.ofPercent(new BigDecimal("53.6"), "53.6%")),
                new Shown("0.0\"%(滞后)\"", "22", Progress.ofPercent(new BigDecimal("22.0"), "22.0%(滞后)")));
        items.add(xlsx("percent signs that are text, optional digits, colours and locale tags", "percent-signs.xlsx", percentSigns));
        items.add(xls("percent signs that are text, optional digits, colours and locale tags, in an .xls", "percent-signs.xls",
                percentSigns));
        List<Shown> sections = List.of(
                new Shown("0%;;\"零\"", "0", Progress.parse("零")),
                new Shown("0%;;\"零\"", "0.001", Progress.ofPercent(new BigDecimal("0.1"), "0%")),
                new Shown("[<1]0%;0.0", "0.5", Progress.ofPercent(new BigDecimal("50"), "50%")),
                new Shown("[<1]0%;0.0", "5", Progress.parse("5.0")),
                new Shown("[>=1]\"已完成\";0.0%", "1.2", Progress.parse("已完成")),
                new Shown("_ * 0%_ ;_ * \\-0%_ ;_ * \"-\"_ ;_ @_ ", "0", Progress.parse("-")));
        items.add(xlsx("sections for zero and negative numbers, conditions", "sections.xlsx", sections));
        items.add(xls("sections for zero and negative numbers, conditions, in an .xls", "sections.xls", sections));

        // a format the reader cannot show, or a percent sign that is no percentage: a warning at the cell, no guess
        List<Shown> unshown = List.of(
                new Shown("0.00E+00", "0.536", Progress.parse("0.536")),
                new Shown("[DBNum1]0%", "0.536", Progress.parse("0.536")),
                new Shown("\"完成\"0.0%", "0.536", Progress.parse("完成53.6%")),
                new Shown("0%", "-0.05", Progress.parse("-5%")));
        Consumer<ExcelReadResult> warned = r -> assertThat(r.warnings()).extracting(p -> p.cell().orElse("") + " "
                + p.reason().substring(0, Math.min(p.reason().length(), 40))).containsExactly(
                "E3 the number format 0.00E+00 cannot be sho", "E4 the number format [DBNum1]0% cannot be s",
                "E5 the number format \"完成\"0.0% shows 完成53.6%", "E6 the number format 0% shows -5%, which do");
        items.add(xlsx("number formats the reader cannot show", "unshown-formats.xlsx", unshown, warned));
        items.add(xls("number formats the reader cannot show, in an .xls", "unshown-formats.xls", unshown, warned));

        // values no spreadsheet holds, and Java's syntax, in a number cell's <v>
        for (String raw : List.of("NaN", "INF", "Infinity", "1E+309", "-1E+400", "1E-400", "0x1p-1", "0.5d", "1_0", "0,5")) {
            boolean range = raw.matches("[-+0-9.Ee]+");
            items.add(ExcelCorpus.xlsx("a number cell holding " + raw, "value-" + raw.replaceAll("[^A-Za-z0-9]", "_") + ".xlsx",
                    Outcome.refused(range ? "which is no number a spreadsheet holds" : "which is no number (digits",
                            "Sheet1!E3"),
                    header() + task(3, "1", "甲。", "<c s=\"1\"><v>" + raw + "</v></c>") + task(4, "2", "乙。", "60%")));
        }
        items.add(ExcelCorpus.xlsx("a formula's cached value of Infinity in the number column", "infinite-number.xlsx",
                Outcome.refused("the number cell holds \"Infinity\", which is no number", "Sheet1!A4"), header() + task(3, "1", "甲。", "50%")
                        + task(4, "<c><f>1/0</f><v>Infinity</v></c>", "乙。", "60%")));
        items.add(ExcelCorpus.xlsx("a logical cell holding 2", "logical-two.xlsx",
                Outcome.refused("neither 1 (TRUE) nor 0 (FALSE)", "Sheet1!C3"),
                header() + task(3, "1", "<c t=\"b\"><v>2</v></c>", "50%")));
        items.add(ExcelCorpus.xlsx("an ISO 8601 date cell in the progress column", "iso-date.xlsx",
                Outcome.refused("a date is not a progress value", "Sheet1!E3"),
                header() + task(3, "1", "甲。", "<c t=\"d\"><v>2024-07-23T00:00:00</v></c>")));
        items.add(new Item("an .xls number cell holding NaN", "nan.xls",
                Outcome.refused("NaN, which is no number a spreadsheet holds", "Sheet1!E4"), file -> Files.write(file, xlsWithNaN())));

        // error and logical values in every column, stored or a formula's: errors at their cells
        items.add(new Item("error and logical values in every column", "errors-everywhere.xlsx", Outcome.refused(
                "a logical value (TRUE) is not a task number", "Sheet1!A3", "Sheet1!B3", "Sheet1!C4", "Sheet1!D4", "Sheet1!E5",
                "Sheet1!F5"), file -> XlsxParts.withSheet(sheet("", row(1, TITLE)
                + row(2, "序号", "项目名称", "主要工作内容", "牵头单位", "完成进度", "责任人")
                + row(3, "<c t=\"b\"><v>1</v></c>", "<c t=\"e\"><v>#REF!</v></c>", "甲。", "区财政局", "50%", "张三")
                + row(4, "<c><v>2</v></c>", "指标", "<c t=\"e\"><f>VLOOKUP(A4,X!A:B,2,0)</f><v>#N/A</v></c>",
                        "<c t=\"b\"><f>FALSE()</f><v>0</v></c>", "60%", "李四")
                + row(5, "<c><v>3</v></c>", "指标", "丙。", "区财政局", "<c t=\"b\"><v>1</v></c>",
                        "<c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"), "")).writeTo(file)));
        items.add(new Item("error and logical values in the content and units columns of an .xls", "errors-everywhere.xls",
                Outcome.refused("an error value (#REF!, a formula's error or one stored in the file) is not a text of the table",
                        "Sheet1!C3", "Sheet1!D4"), file -> Files.write(file, xlsWithErrors())));
        return items;
    }

    /** A progress cell's number, its format and the progress it must read as. */
    private record Shown(String format, String value, Progress progress) {}

    private static Item xlsx(String name, String fileName, List<Shown> cells) {
        return xlsx(name, fileName, cells, r -> assertThat(r.warnings()).isEmpty());
    }

    private static Item xlsx(String name, String fileName, List<Shown> cells, Consumer<ExcelReadResult> more) {
        StringBuilder rows = new StringBuilder(header());
        for (int i = 0; i < cells.size(); i++) {
            rows.append(task(i + 3, Integer.toString(i + 1), "任务" + (i + 1) + "。",
                    "<c s=\"" + (i + 1) + "\"><v>" + cells.get(i).value + "</v></c>"));
        }
        return new Item(name, fileName, read(cells, more), file -> XlsxParts.withSheet(sheet("", rows, ""))
                .put("xl/styles.xml", styles(cells.stream().map(Shown::format).collect(Collectors.toList()))).writeTo(file));
    }

    private static Item xls(String name, String fileName, List<Shown> cells) {
        return xls(name, fileName, cells, r -> assertThat(r.warnings()).isEmpty());
    }

    private static Item xls(String name, String fileName, List<Shown> cells, Consumer<ExcelReadResult> more) {
        return new Item(name, fileName, read(cells, more), file -> Files.write(file, xls(cells)));
    }

    private static Outcome read(List<Shown> cells, Consumer<ExcelReadResult> more) {
        return Outcome.read(cells.size(), r -> {
            assertThat(r.report().entries()).extracting(ProgressEntry::progress)
                    .containsExactlyElementsOf(cells.stream().map(Shown::progress).collect(Collectors.toList()));
            more.accept(r);
        });
    }

    /** styles.xml with the cell style {@code i + 1} for the format {@code formats[i]} (ids from 164). */
    private static String styles(List<String> formats) {
        StringBuilder numFmts = new StringBuilder();
        StringBuilder xfs = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        for (int i = 0; i < formats.size(); i++) {
            numFmts.append("<numFmt numFmtId=\"").append(164 + i).append("\" formatCode=\"")
                    .append(formats.get(i).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("\"/>");
            xfs.append("<xf numFmtId=\"").append(164 + i).append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + " applyNumberFormat=\"1\"/>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"" + XlsxParts.MAIN + "\">"
                + "<numFmts count=\"" + formats.size() + "\">" + numFmts + "</numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + (formats.size() + 1) + "\">" + xfs + "</cellXfs></styleSheet>";
    }

    /** The title, the header and the tasks 1… with the given progress cells, in an .xls. */
    private static byte[] xls(List<Shown> cells) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = head(wb);
            for (int i = 0; i < cells.size(); i++) {
                Row row = xlsTask(s, i + 2, i + 1, "任务" + (i + 1) + "。");
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(cells.get(i).format));
                row.createCell(4).setCellValue(Double.parseDouble(cells.get(i).value));
                row.getCell(4).setCellStyle(style);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A marker value, written by POI and then replaced by NaN in the file's bytes (POI writes no NaN). */
    private static final double MARKER = 0.123456789012345;

    private static byte[] xlsWithNaN() throws IOException {
        byte[] bytes;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = head(wb);
            xlsTask(s, 2, 1, "甲。").createCell(4).setCellValue("50%");
            xlsTask(s, 3, 2, "乙。").createCell(4).setCellValue(MARKER);
            wb.write(out);
            bytes = out.toByteArray();
        }
        byte[] marker = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(MARKER).array();
        byte[] nan = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x7ff8000000000000L).array();
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 8, marker, 0, 8)) {
                System.arraycopy(nan, 0, bytes, i, 8);
                return bytes;
            }
        }
        throw new IllegalStateException("the marker value is not in the .xls");
    }

    private static byte[] xlsWithErrors() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = head(wb);
            Row a = xlsTask(s, 2, 1, null);
            a.createCell(2).setCellErrorValue(FormulaError.REF.getCode());
            a.createCell(4).setCellValue("50%");
            Row b = xlsTask(s, 3, 2, "乙。");
            b.createCell(3).setCellValue(true);
            b.createCell(4).setCellValue("60%");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A sheet {@code Sheet1} of an .xls with the title in row 1 and the header in row 2. */
    static Sheet head(HSSFWorkbook wb) {
        Sheet s = wb.createSheet("Sheet1");
        s.createRow(0).createCell(0).setCellValue(TITLE);
        Row h = s.createRow(1);
        String[] names = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"};
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
        return s;
    }

    /** A task row of an .xls: number, category 指标, content (unless null), unit 区财政局; no progress yet. */
    private static Row xlsTask(Sheet s, int row, int number, String content) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(number);
        r.createCell(1).setCellValue("指标");
        if (content != null) {
            r.createCell(2).setCellValue(content);
        }
        r.createCell(3).setCellValue("区财政局");
        return r;
    }
}
