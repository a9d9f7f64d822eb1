package io.workplan.excel;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.Task;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A large official sheet as Excel writes it: every text in the shared strings table (each task's
 * content a distinct string), a percent style, merged category cells, lead units filled down. It is
 * written part by part into the zip, so that a million tasks take seconds and no memory, and it
 * knows what each of its tasks is, for the assertions.
 */
public final class GeneratedSheet {   // public for large.LargeSheets, the other modules' door
    static final String TITLE = "2024年第二季度大表《政府工作报告》主要任务完成情况";
    static final int CATEGORY_SIZE = 1000;
    static final int UNIT_RUN = 5;
    private static final int UNITS = 97;
    private static final String[] HEADER = {"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"};
    private static final String NARRATIVE = "正常进行中";

    private final int tasks;

    public GeneratedSheet(int tasks) {
        this.tasks = tasks;
    }

    int tasks() {
        return tasks;
    }

    public int categories() {
        return (tasks + CATEGORY_SIZE - 1) / CATEGORY_SIZE;
    }

    /** The i-th task (0-based), as the sheet lists it. */
    Task task(int i) {
        int k = i / CATEGORY_SIZE + 1;
        return Task.builder().number(i + 1).category(Category.of("(" + k + ")", "第" + k + "类"))
                .content(content(i)).addLeadUnits(LeadUnit.of(unit(i / UNIT_RUN))).build();
    }

    /** The i-th task's progress: a percentage under a percent format for even tasks, else a narrative. */
    Progress progress(int i) {
        return i % 2 == 0 ? Progress.ofPercent(percent(i), percent(i).toPlainString() + "%") : Progress.parse(NARRATIVE);
    }

    private static String content(int i) {
        return "第" + (i + 1) + "项任务";
    }

    private static String unit(int run) {
        return "第" + run % UNITS + "局";
    }

    private static BigDecimal percent(int i) {
        return BigDecimal.valueOf(i % 1500, 1);
    }

    /** The file in target/, written once (into a temporary file moved into place). */
    public Path file() throws IOException {
        Path file = Path.of("target", "generated-sheet-" + tasks + ".xlsx");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "generated-sheet-", ".part");
            try {
                write(partial);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return file;
    }

    // The shared strings: 0 the title, 1-5 the header, 6 the narrative, 7.. the units, then the
    // categories and the contents in the order of the rows.
    private int unitString(int run) {
        return 7 + run % UNITS;
    }

    private int categoryString(int k) {
        return 7 + UNITS + (k - 1) * (CATEGORY_SIZE + 1);
    }

    private int contentString(int i) {
        return categoryString(i / CATEGORY_SIZE + 1) + 1 + i % CATEGORY_SIZE;
    }

    private void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            part(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            part(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            part(zip, w, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            writeSharedStrings(w);
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            writeSheet(w);
            w.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(xml);
        w.flush();
        zip.closeEntry();
    }

    private void writeSharedStrings(Writer w) throws IOException {
        int unique = 7 + UNITS + categories() + tasks;
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + unique
                + "\" uniqueCount=\"" + unique + "\">");
        si(w, TITLE);
        for (String h : HEADER) {
            si(w, h);
        }
        si(w, NARRATIVE);
        for (int u = 0; u < UNITS; u++) {
            si(w, unit(u));
        }
        for (int i = 0; i < tasks; i++) {
            if (i % CATEGORY_SIZE == 0) {
                int k = i / CATEGORY_SIZE + 1;
                si(w, "(" + k + ")第" + k + "类");
            }
            si(w, content(i));
        }
        w.write("</sst>");
    }

    private static void si(Writer w, String text) throws IOException {
        w.write("<si><t>");
        w.write(text);
        w.write("</t></si>");
    }

    private void writeSheet(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<dimension ref=\"A1:E" + (tasks + 2) + "\"/><sheetData>");
        w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\">");
        for (int c = 0; c < HEADER.length; c++) {
            w.write("<c r=\"" + (char) ('A' + c) + "2\" t=\"s\"><v>" + (c + 1) + "</v></c>");
        }
        w.write("</row>");
        StringBuilder row = new StringBuilder(256);
        for (int i = 0; i < tasks; i++) {
            int r = i + 3;
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(i + 1).append("</v></c>");
            if (i % CATEGORY_SIZE == 0) {
                row.append("<c r=\"B").append(r).append("\" t=\"s\"><v>").append(categoryString(i / CATEGORY_SIZE + 1)).append("</v></c>");
            }
            row.append("<c r=\"C").append(r).append("\" t=\"s\"><v>").append(contentString(i)).append("</v></c>");
            if (i % UNIT_RUN == 0) {
                row.append("<c r=\"D").append(r).append("\" t=\"s\"><v>").append(unitString(i / UNIT_RUN)).append("</v></c>");
            }
            if (i % 2 == 0) {
                row.append("<c r=\"E").append(r).append("\" s=\"1\"><v>").append(percent(i).movePointLeft(2).toPlainString())
                        .append("</v></c>");
            } else {
                row.append("<c r=\"E").append(r).append("\" t=\"s\"><v>6</v></c>");
            }
            w.append(row.append("</row>"));
        }
        StringBuilder merges = new StringBuilder();
        int count = 0;
        for (int k = 1; k <= categories(); k++) {
            int first = (k - 1) * CATEGORY_SIZE + 3;
            int last = Math.min(k * CATEGORY_SIZE, tasks) + 2;
            if (last > first) {
                merges.append("<mergeCell ref=\"B").append(first).append(":B").append(last).append("\"/>");
                count++;
            }
        }
        w.write("</sheetData>");
        if (count > 0) {
            w.write("<mergeCells count=\"" + count + "\">" + merges + "</mergeCells>");
        }
        w.write("</worksheet>");
    }
}
