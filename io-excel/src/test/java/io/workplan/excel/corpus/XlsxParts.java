package io.workplan.excel.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx package written part by part, so that a test controls every byte of the sheet's
 * XML, the shared strings and the other parts: what Excel writes, or what an attacker would.
 */
public final class XlsxParts {
    /** The namespace of SpreadsheetML. */
    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private XlsxParts() {}

    /**
     * A workbook of one sheet named {@code Sheet1}, with the given sheet XML and no shared strings.
     *
     * @param sheetXml the whole XML of {@code xl/worksheets/sheet1.xml}
     * @return the parts
     */
    public static XlsxParts withSheet(String sheetXml) {
        XlsxParts p = new XlsxParts();
        p.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        p.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        p.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN + "\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        p.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
                + " Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
                + " Target=\"styles.xml\"/></Relationships>");
        p.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>");
        p.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"" + MAIN + "\" count=\"0\" uniqueCount=\"0\"/>");
        p.put("xl/worksheets/sheet1.xml", sheetXml);
        return p;
    }

    /**
     * A workbook of several sheets, {@code xl/worksheets/sheet1.xml} and on, with no shared strings.
     *
     * @param activeTab the 0-based index of the active sheet, or -1 for a workbook without views
     * @param sheets each sheet as its name, its state ({@code null}, {@code hidden}, {@code veryHidden})
     *     and its whole XML
     * @return the parts
     */
    public static XlsxParts withSheets(int activeTab, String[]... sheets) {
        XlsxParts p = withSheet(sheets[0][2]);
        StringBuilder types = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 0; i < sheets.length; i++) {
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            entries.append("<sheet name=\"").append(sheets[i][0]).append("\" sheetId=\"").append(n).append('"')
                    .append(sheets[i][1] == null ? "" : " state=\"" + sheets[i][1] + "\"").append(" r:id=\"rIdS")
                    .append(n).append("\"/>");
            rels.append("<Relationship Id=\"rIdS").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            p.put("xl/worksheets/sheet" + n + ".xml", sheets[i][2]);
        }
        String contentTypes = new String(p.parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        p.put("[Content_Types].xml", contentTypes.replace("<Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>", types));
        p.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + (activeTab < 0 ? "" : "<bookViews><workbookView activeTab=\"" + activeTab + "\"/></bookViews>")
                + "<sheets>" + entries + "</sheets></workbook>");
        String workbookRels = new String(p.parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
        p.put("xl/_rels/workbook.xml.rels", workbookRels.replace("<Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>", rels));
        return p;
    }

    /**
     * Replaces or adds a part.
     *
     * @param name the part's name in the zip
     * @param xml its text, written as UTF-8
     * @return these parts
     */
    public XlsxParts put(String name, String xml) {
        return put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces or adds a part.
     *
     * @param name the part's name in the zip
     * @param bytes its bytes
     * @return these parts
     */
    public XlsxParts put(String name, byte[] bytes) {
        parts.put(name, bytes);
        return this;
    }

    /**
     * Leaves a part out.
     *
     * @param name the part's name in the zip
     * @return these parts
     */
    public XlsxParts remove(String name) {
        parts.remove(name);
        return this;
    }

    /**
     * Writes the package.
     *
     * @param file where
     * @throws IOException when it cannot be written
     */
    public void writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /**
     * The XML of a sheet holding the given rows, inside {@code <sheetData>}, after an optional
     * prolog (a DOCTYPE) and before the extra elements after the data (merged cells).
     *
     * @param doctype what comes between the XML declaration and the root, possibly empty
     * @param rows the {@code <row>} elements
     * @param after what follows {@code </sheetData>}, possibly empty
     * @return the XML
     */
    public static String sheet(String doctype, CharSequence rows, String after) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData>" + after + "</worksheet>";
    }

    /**
     * A row of inline-string cells from column A on; {@code null} leaves a cell out, a string
     * starting with {@code <c} is taken as the cell's XML (without its reference).
     *
     * @param row the 1-based row number
     * @param cells the texts
     * @return the row's XML
     */
    public static String row(int row, String... cells) {
        StringBuilder b = new StringBuilder("<row r=\"").append(row).append("\">");
        for (int i = 0; i < cells.length; i++) {
            String ref = (char) ('A' + i) + Integer.toString(row);
            if (cells[i] == null) {
                continue;
            }
            if (cells[i].startsWith("<c")) {
                b.append("<c r=\"").append(ref).append('"').append(cells[i].substring(2));
            } else {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(cells[i]))
                        .append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
