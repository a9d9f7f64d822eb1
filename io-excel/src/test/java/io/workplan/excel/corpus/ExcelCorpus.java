package io.workplan.excel.corpus;

import static io.workplan.excel.corpus.XlsxParts.row;
import static io.workplan.excel.corpus.XlsxParts.sheet;

import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.Task;
import io.workplan.excel.ExcelReadResult;
import io.workplan.sheet.corpus.Corpus;
import io.workplan.sheet.corpus.Corpus.Producer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.assertj.core.api.Assertions;

/**
 * Broken and hostile inputs of the Excel reader, each with the exact outcome expected of it: our
 * exception with the problem's place and reason, or a correct read. Every item writes its file
 * into a directory ({@link Item#writeInto(Path)}); small files are built by code so that what each
 * one holds can be read here. Other modules' tests (the CLI's {@code validate}) run over {@link
 * #items()}, taking {@link Item#invalid()} as the items that must be refused.
 */
public final class ExcelCorpus {
    /**
     * The text of the file that the external entities of the hostile items point at: it must
     * appear in no output and no message.
     */
    public static final String SECRET = "WORKPLAN-XXE-SECRET-5f0c2a";

    /** The name of that file, written next to every item's workbook. */
    public static final String SECRET_FILE = "secret.txt";

    /** The title of the corpus's sheets, naming the period. */
    public static final String TITLE = Corpus.TITLE;

    /**
     * What reading an item must give.
     *
     * @param refused whether the reader must refuse it with our exception
     * @param reason a part of the reason of the first error problem, when refused
     * @param cells the places ({@code Sheet1!E3}) of the error problems, in order, when refused;
     *     empty for a problem of the whole file
     * @param tasks the number of tasks, when read
     * @param check more about what is read, when read
     */
    public record Outcome(boolean refused, String reason, List<String> cells, int tasks, Consumer<ExcelReadResult> check) {
        static Outcome refused(String reason, String... cells) {
            return new Outcome(true, reason, List.of(cells), 0, r -> { });
        }

        static Outcome read(int tasks, Consumer<ExcelReadResult> check) {
            return new Outcome(false, null, List.of(), tasks, check);
        }
    }

    /**
     * One input.
     *
     * @param name what it is, as a test's display name
     * @param fileName the file's name, whose extension is the one the input pretends to have
     * @param outcome what reading it must give
     * @param producer how its file is written
     */
    public record Item(String name, String fileName, Outcome outcome, Producer producer) {
        /**
         * Whether the reader must refuse the item (and {@code workplan validate} exit 1).
         *
         * @return whether it is invalid
         */
        public boolean invalid() {
            return outcome.refused();
        }

        /**
         * Writes the item's file into a directory, with {@link #SECRET_FILE} next to it.
         *
         * @param dir the directory
         * @return the file
         * @throws Exception when it cannot be written
         */
        public Path writeInto(Path dir) throws Exception {
            Files.writeString(dir.resolve(SECRET_FILE), SECRET, StandardCharsets.UTF_8);
            return Corpus.write(dir, fileName, producer);
        }

        /**
         * Whether the item is meant for the streaming mode only: the in-memory mode reads it
         * correctly too, but builds an object for each of its rows, which takes far longer and more
         * memory than a test should (the reader's Javadoc says which mode is for large sheets).
         *
         * @return whether to read it streaming only
         */
        public boolean streamingOnly() {
            return fileName.equals(MILLION_ROWS);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MILLION_ROWS = "million-rows.xlsx";

    private ExcelCorpus() {}

    /**
     * Every item, with the external entities over http pointing at port 9 of the local host (the
     * discard port, where nothing should answer).
     *
     * @return the items
     */
    public static List<Item> items() {
        return items(URI.create("http://127.0.0.1:9/workplan-xxe"));
    }

    /**
     * Every item.
     *
     * @param httpTrap the URL that the external entities over http point at: a test listens
     *     there and checks that nobody connects
     * @return the items
     */
    public static List<Item> items(URI httpTrap) {
        List<Item> items = new ArrayList<>();

        // not workbooks at all
        items.add(bytes("an empty file", "empty.xlsx", new byte[0], "the file is empty"));
        items.add(bytes("random bytes named .xlsx", "random.xlsx", random(4096), "it is a file of no format workplan reads, not an Excel workbook (.xlsx or .xls)"));
        items.add(bytes("random bytes named .xls", "random.xls", random(4096), "it is a file of no format workplan reads, not an Excel workbook (.xlsx or .xls)"));
        items.add(bytes("plain text named .xlsx", "text.xlsx", utf8("序号,主要工作内容,完成进度\n1,甲。,50%\n"),
                "it is a text file (such as CSV), not an Excel workbook (.xlsx or .xls): read it with CsvReader"));
        items.add(bytes("plain text named .xls", "text.xls", utf8("序号\t主要工作内容\t完成进度\n"),
                "it is a text file (such as CSV), not an Excel workbook (.xlsx or .xls)"));
        items.add(bytes("a PDF named .xlsx", "report.xlsx", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), "a PDF document"));
        items.add(bytes("a PDF named .xls", "report.xls", utf8("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"), "a PDF document"));
        items.add(bytes("an HTML page named .xlsx", "page.xlsx",
                utf8("<!DOCTYPE html><html><body><table><tr><td>序号</td></tr></table></body></html>"), "it is a web page (HTML), not an Excel workbook (.xlsx or .xls): read it with HtmlReader"));
        items.add(bytes("an HTML table named .xls", "page.xls",
                utf8("\uFEFF<table border=1><tr><td>主要工作内容</td><td>完成进度</td></tr></table>"), "it is a web page (HTML), not an Excel workbook (.xlsx or .xls): read it with HtmlReader"));
        items.add(new Item("a zip holding no workbook", "archive.xlsx",
                Outcome.refused("it is a zip archive (holding hello.txt), not an Excel workbook (.xlsx or .xls): unpack it"), file -> {
                    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                        zip.putNextEntry(new ZipEntry("hello.txt"));
                        zip.write(utf8("hello"));
                    }
                }));
        items.add(new Item("an Office document that is no workbook", "letter.xls",
                Outcome.refused("it is a legacy Word 97-2003 document (.doc), not an Excel workbook (.xlsx or .xls): open it in Word"), file -> {
                    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
                        fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
                        fs.writeFilesystem(out);
                    }
                }));
        // files of other kinds under a workbook's name: each named for what it is, with what to do
        String notWorkbook = ", not an Excel workbook (.xlsx or .xls): ";
        items.add(new Item("an OpenDocument spreadsheet named .xlsx", "ods.xlsx", Outcome.refused("it is an OpenDocument"
                + " spreadsheet (.ods)" + notWorkbook + "open it in LibreOffice Calc, WPS or Excel and save it as an Excel"
                + " workbook (.xlsx)"), file -> openDocument(file, "spreadsheet")));
        items.add(new Item("an OpenDocument text named .xls", "odt.xls", Outcome.refused("it is an OpenDocument text (.odt)"
                + notWorkbook + "open it in LibreOffice Writer"), file -> openDocument(file, "text")));
        items.add(new Item("a Word document named .xlsx", "docx.xlsx", Outcome.refused("it is a Word document (.docx)"
                + notWorkbook + "read it with WordReader"), file -> zip(file, "[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")));
        items.add(new Item("an Excel binary workbook (.xlsb) named .xlsx", "xlsb.xlsx", Outcome.refused("it is an Excel binary"
                + " workbook (.xlsb)" + notWorkbook + "open it in Excel and save it as an Excel Workbook (.xlsx)"),
                file -> zip(file, "[Content_Types].xml", "<Types/>", "xl/workbook.bin", "\u0083\u0001")));
        items.add(new Item("a Strict Open XML Spreadsheet", "strict.xlsx", Outcome.refused("the workbook is saved as Excel's"
                + " \"Strict Open XML Spreadsheet\", which Apache POI does not read: open it in Excel and save it again"),
                ExcelCorpus::strict));
        items.add(bytes("a PNG image named .xlsx", "scan.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                "it is a PNG image (a scan or a photograph of the table?)" + notWorkbook));
        items.add(bytes("a JPEG image named .xls", "photo.xls", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
                "it is a JPEG image"));
        items.add(new Item("a zip of attachments holding a workbook", "attachments.xlsx", Outcome.refused("it is a zip archive"
                + " (holding 附件1.xlsx, 说明.txt)" + notWorkbook + "unpack it and read 附件1.xlsx"),
                file -> zip(file, "附件1.xlsx", "PK", "说明.txt", "见附件")));
        items.add(bytes("a JSON report named .xlsx", "report-json.xlsx", utf8("{\"formatVersion\":2}"),
                "it is JSON text" + notWorkbook + "read it with JsonReader"));
        items.add(bytes("an Excel 2003 XML spreadsheet named .xls", "xml2003.xls", utf8("<?xml version=\"1.0\"?>"
                + "<?mso-application progid=\"Excel.Sheet\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"),
                "it is an Excel 2003 XML spreadsheet" + notWorkbook + "open it in Excel or LibreOffice Calc and save it as"));
        items.add(new Item("a truncated .xlsx", "truncated.xlsx", Outcome.refused("truncated or damaged"),
                file -> Files.write(file, Arrays.copyOf(validXlsx(), validXlsx().length / 2))));
        items.add(new Item("a truncated .xls", "truncated.xls", Outcome.refused("truncated or damaged"),
                file -> Files.write(file, Arrays.copyOf(validXls(), validXls().length / 2))));
        items.add(new Item("an encrypted .xlsx", "secret.xlsx", Outcome.refused("encrypted (password-protected)"),
                file -> encryptedXlsx(file)));
        items.add(new Item("an encrypted .xls", "secret.xls", Outcome.refused("encrypted (password-protected)"),
                file -> encryptedXls(file)));

        // hostile packages
        items.add(new Item("a zip bomb: 300 MB of sheet XML in a small file", "bomb.xlsx",
                Outcome.refused("xl/worksheets/sheet1.xml expands"), ExcelCorpus::zipBomb));
        String fileEntity = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + "SECRET_URI" + "\">]>";
        String httpEntity = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + httpTrap + "\">]>";
        String laughs = billionLaughs();
        items.add(hostileSheet("an external entity (a local file) in the sheet XML", "xxe-file-sheet.xlsx", fileEntity));
        items.add(hostileSheet("an external entity (an http URL) in the sheet XML", "xxe-http-sheet.xlsx", httpEntity));
        items.add(hostileSheet("entity expansion (billion laughs) in the sheet XML", "laughs-sheet.xlsx", laughs));
        items.add(hostileStrings("an external entity (a local file) in the shared strings", "xxe-file-strings.xlsx", fileEntity));
        items.add(hostileStrings("an external entity (an http URL) in the shared strings", "xxe-http-strings.xlsx", httpEntity));
        items.add(hostileStrings("entity expansion (billion laughs) in the shared strings", "laughs-strings.xlsx", laughs));
        items.add(new Item("an external entity in sheet XML encoded as UTF-32", "xxe-utf32.xlsx",
                Outcome.refused("xl/worksheets/sheet1.xml is not XML in UTF-8 or UTF-16"), file -> validParts()
                .put("xl/worksheets/sheet1.xml", withSecret(file, sheet(fileEntity,
                        header() + task(3, "1", "<c t=\"inlineStr\"><is><t>&x;</t></is></c>", "50%"), "")
                        .replace("encoding=\"UTF-8\"", "encoding=\"UTF-32\"")).getBytes(java.nio.charset.Charset.forName("UTF-32BE")))
                .writeTo(file)));
        items.add(new Item("an external entity in sheet XML declared as UTF-7", "xxe-utf7.xlsx",
                Outcome.refused("xl/worksheets/sheet1.xml is written in the encoding UTF-7"), file -> validParts()
                .put("xl/worksheets/sheet1.xml", withSecret(file, sheet("+ADw-!DOCTYPE worksheet +AFs-+ADw-!ENTITY x SYSTEM +ACI-"
                        + "SECRET_URI+ACI-+AD4-+AF0-+AD4-", header() + task(3, "1", "<c t=\"inlineStr\"><is><t>+ACY-x;</t></is></c>",
                        "50%"), "").replace("encoding=\"UTF-8\"", "encoding=\"UTF-7\"")))
                .writeTo(file)));
        items.add(new Item("an external entity in workbook.xml", "xxe-workbook.xlsx",
                Outcome.refused("xl/workbook.xml declares a DOCTYPE"), file -> {
                    XlsxParts parts = validParts();
                    parts.put("xl/workbook.xml", withSecret(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + fileEntity.replace("worksheet", "workbook") + "<workbook xmlns=\"" + XlsxParts.MAIN + "\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"&x;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
                    parts.writeTo(file);
                }));

        // damaged parts
        items.add(new Item("a part compressed with Zstandard (zip method 93)", "zstd.xlsx",
                Outcome.refused("a part is compressed with a zip method that Excel never writes"), file -> {
                    validParts().writeTo(file);
                    Files.write(file, withMethod(Files.readAllBytes(file), "xl/worksheets/sheet1.xml", 93));
                }));
        items.add(new Item("styles.xml that is no XML", "broken-styles.xlsx",
                Outcome.refused("truncated or damaged"), file -> validParts().put("xl/styles.xml", "<styleSheet><<").writeTo(file)));
        items.add(new Item("workbook.xml without its relationships", "no-rels.xlsx",
                Outcome.refused("the workbook lists the sheet \"Sheet1\", but the file lacks its part (its XML, or the relationship to it)"),
                file -> validParts().remove("xl/_rels/workbook.xml.rels").writeTo(file)));
        items.add(new Item("a shared strings count of 2^31-1", "sst-count.xlsx", Outcome.read(3, r -> { }), file -> validParts()
                .put("xl/sharedStrings.xml", "<sst xmlns=\"" + XlsxParts.MAIN + "\" count=\"2147483647\" uniqueCount=\"2147483647\">"
                        + "<si><t>甲。</t></si></sst>")
                .put("xl/worksheets/sheet1.xml", sheet("", header() + task(3, "1", "<c t=\"s\"><v>0</v></c>", "50%")
                        + task(4, "2", "乙。", "60%") + task(5, "3", "丙。", "70%"), ""))
                .writeTo(file)));
        items.add(new Item("a shared string index beyond the table", "sst-index.xlsx",
                Outcome.refused("refers to the shared string 99999", "Sheet1!C3"), file -> validParts()
                .put("xl/worksheets/sheet1.xml", sheet("", header() + task(3, "1", "<c t=\"s\"><v>99999</v></c>", "50%"), ""))
                .writeTo(file)));
        items.add(new Item("a shared string index beyond the table of an .xls", "sst-index.xls",
                Outcome.refused("refers to the shared string 99999", "Sheet1!C3"), file -> {
                    byte[] xls = validXls();
                    // the LABELSST record of C3 (sid 00FD, 10 bytes: row 2, column 2, style, index): its index made 99999
                    int patched = 0;
                    for (int i = 0; i + 14 <= xls.length; i++) {
                        if (xls[i] == (byte) 0xFD && xls[i + 1] == 0 && xls[i + 2] == 10 && xls[i + 3] == 0 && xls[i + 4] == 2
                                && xls[i + 5] == 0 && xls[i + 6] == 2 && xls[i + 7] == 0) {
                            xls[i + 10] = (byte) 0x9F;
                            xls[i + 11] = (byte) 0x86;
                            xls[i + 12] = 0x01;
                            xls[i + 13] = 0;
                            patched++;
                        }
                    }
                    Assertions.assertThat(patched).as("the LABELSST of C3").isEqualTo(1);
                    Files.write(file, xls);
                }));
        items.add(new Item("absurd and negative dimension references", "dimension.xlsx", Outcome.read(3, r -> { }), file -> validParts()
                .put("xl/worksheets/sheet1.xml", validSheetXml().replace("<sheetData>",
                        "<dimension ref=\"A1:XFD1048576\"/><dimension ref=\"A-1:ZZZZZZ99999999999\"/><sheetData>"))
                .writeTo(file)));
        items.add(new Item("a cell reference beyond the last column", "wide.xlsx",
                Outcome.refused("is outside a sheet's columns A to XFD"),
                file -> validParts().put("xl/worksheets/sheet1.xml", validSheetXml().replace("<row r=\"5\">",
                        "<row r=\"5\"><c r=\"ZZZZZZZ5\" t=\"inlineStr\"><is><t>x</t></is></c>")).writeTo(file)));
        items.add(new Item("a row numbered 0", "row-zero.xlsx", Outcome.refused("the row number 0 is outside a sheet's rows"),
                file -> validParts().put("xl/worksheets/sheet1.xml", validSheetXml().replace("<row r=\"5\">", "<row r=\"0\">")
                        .replace("r=\"A5\"", "r=\"A0\"").replace("r=\"B5\"", "r=\"B0\"").replace("r=\"C5\"", "r=\"C0\"")
                        .replace("r=\"D5\"", "r=\"D0\"").replace("r=\"E5\"", "r=\"E0\"")).writeTo(file)));

        // the structure of a sheet's XML: both reading modes give the same answer (SheetStructure)
        String three = task(3, "1", "甲。", "50%") + task(4, "2", "乙。", "60%") + task(5, "3", "丙。", "70%");
        items.add(xlsx("rows out of order", "rows-out-of-order.xlsx", Outcome.refused("the row 3 comes after the row 4 in the"
                + " sheet's XML: rows out of order", "Sheet1!A3"), header() + task(4, "2", "乙。", "60%") + task(3, "1", "甲。", "50%")));
        items.add(xlsx("a row given twice", "row-twice.xlsx", Outcome.refused("the row 3 is given twice", "Sheet1!A3"),
                header() + task(3, "1", "甲。", "50%") + task(3, "2", "乙。", "60%")));
        items.add(xlsx("a cell given twice", "cell-twice.xlsx", Outcome.refused("the cell is given twice", "Sheet1!C3"),
                header() + task(3, "1", "甲。", "50%").replace("<c r=\"D3\"", "<c r=\"C3\" t=\"inlineStr\"><is><t>丁。</t></is></c><c r=\"D3\"")));
        items.add(xlsx("cells out of order", "cells-out-of-order.xlsx", Outcome.refused("cells out of order", "Sheet1!C3"),
                header() + task(3, "1", "甲。", "50%").replace("</row>", "<c r=\"C3\" t=\"inlineStr\"><is><t>丁。</t></is></c></row>")));
        items.add(xlsx("a cell whose reference names another row", "cell-other-row.xlsx",
                Outcome.refused("the cell C9 is given inside the row 3", "Sheet1!C3"),
                header() + task(3, "1", "甲。", "50%").replace("r=\"C3\"", "r=\"C9\"")));
        items.add(xlsx("rows and cells without references", "no-references.xlsx", Outcome.read(3, r -> Assertions
                .assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲。", "乙。", "丙。")),
                (header() + three).replaceAll(" r=\"[A-Z]*[0-9]+\"", "")));
        items.add(sheetXml("a second <sheetData>", "second-sheet-data.xlsx", Outcome.refused("a second <sheetData> (after the row 3)"),
                sheet("", header() + task(3, "1", "甲。", "50%"), "<sheetData>" + task(4, "2", "乙。", "60%") + "</sheetData>")));
        items.add(sheetXml("a row inside <extLst>, no part of the sheet's data", "row-in-extlst.xlsx", Outcome.read(3, r -> Assertions
                .assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲。", "乙。", "丙。")),
                sheet("", header() + three, "<extLst><ext uri=\"{x}\" xmlns:x=\"urn:x\">" + task(6, "4", "丁。", "80%")
                        + "<x:row r=\"7\"/></ext></extLst>")));
        items.add(xlsx("a row of a foreign namespace inside <sheetData>", "foreign-row.xlsx",
                Outcome.refused("the element <row> (of the namespace urn:x) inside <sheetData> (after the row 4) is no row"),
                header() + task(3, "1", "甲。", "50%") + task(4, "2", "乙。", "60%") + task(5, "3", "丙。", "70%")
                        .replace("<row", "<x:row xmlns:x=\"urn:x\"").replace("</row>", "</x:row>")));
        items.add(sheetXml("a sheet in no namespace", "no-namespace.xlsx", Outcome.refused("(its root <worksheet>) is in no namespace"),
                sheet("", header() + three, "").replace(" xmlns=\"" + XlsxParts.MAIN + "\"", "")));
        items.add(sheetXml("a sheet in Strict Open XML's namespace", "strict-sheet.xlsx",
                Outcome.refused("is in the namespace of Strict Open XML (http://purl.oclc.org/ooxml/spreadsheetml/main)"),
                sheet("", header() + three, "").replace(XlsxParts.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")));
        items.add(xlsx("an inline string written in <v>", "inline-in-v.xlsx", Outcome.read(3, r -> Assertions
                .assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲。", "乙。", "丙。")),
                header() + task(3, "1", "<c t=\"inlineStr\"><v>甲。</v></c>", "50%") + task(4, "2", "乙。", "60%") + task(5, "3", "丙。", "70%")));
        items.add(xlsx("a cell with two values", "two-values.xlsx", Outcome.refused("the cell has two <v> elements", "Sheet1!E3"),
                header() + task(3, "1", "甲。", "<c s=\"1\"><v>0.5</v><v>0.7</v></c>")));
        items.add(xlsx("an inline string of a plain text and runs", "inline-text-and-runs.xlsx",
                Outcome.refused("the inline string has both a plain text and runs", "Sheet1!C3"),
                header() + task(3, "1", "<c t=\"inlineStr\"><is><t>甲</t><r><t>乙。</t></r></is></c>", "50%")));
        items.add(new Item("a shared string of a plain text and runs", "shared-text-and-runs.xlsx",
                Outcome.refused("the shared string 0 has both a plain text and runs", "Sheet1!C3"), file -> validParts()
                .put("xl/sharedStrings.xml", "<sst xmlns=\"" + XlsxParts.MAIN + "\"><si><t>甲</t><r><t>乙。</t></r></si></sst>")
                .put("xl/worksheets/sheet1.xml", sheet("", header() + task(3, "1", "<c t=\"s\"><v>0</v></c>", "50%"), ""))
                .writeTo(file)));
        items.add(xlsx("rich text runs and a phonetic guide in an inline string, shared formulas", "runs-and-shared-formulas.xlsx",
                Outcome.read(2, r -> {
                    Assertions.assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲乙。", "丙。");
                    Assertions.assertThat(r.report().entries()).extracting(e -> e.progress().text()).containsExactly("50%", "60%");
                }), header() + task(3, "1", "<c t=\"inlineStr\"><is><r><rPr><b/></rPr><t>甲</t></r><r><t>乙。</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>jia</t></rPh></is></c>", "<c s=\"1\"><f t=\"shared\" ref=\"E3:E4\" si=\"0\">0.5</f><v>0.5</v></c>")
                        + task(4, "2", "丙。", "<c s=\"1\"><f t=\"shared\" si=\"0\"/><v>0.6</v></c>")));
        items.add(xlsx("a date written as ISO text (t=\"d\") in the progress column", "iso-date.xlsx",
                Outcome.refused("a date is not a progress value", "Sheet1!E3"),
                header() + task(3, "1", "甲。", "<c t=\"d\"><v>2024-06-30T00:00:00</v></c>")));
        items.add(new Item("the first sheet listed without its part", "missing-first-sheet.xlsx",
                Outcome.refused("the workbook lists the sheet \"Gone\", but the file lacks its part"), file -> validParts()
                .put("xl/workbook.xml", "<workbook xmlns=\"" + XlsxParts.MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                        + "<sheet name=\"Gone\" sheetId=\"2\" r:id=\"rId9\"/><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "</sheets></workbook>")
                .writeTo(file)));

        // budgets: a small file cannot exhaust memory or time
        items.add(new Item("1,500 copies of one merged range over 200 tasks", "merge-copies.xlsx", Outcome.read(200, r -> {
            Assertions.assertThat(r.warnings()).hasSize(101);
            Assertions.assertThat(r.warnings().get(0).reason()).startsWith("the cell lies under the merged cell B3:B202");
            Assertions.assertThat(r.warnings().get(100).reason()).isEqualTo("… and 99 more problems (0 of them errors),"
                    + " not listed: only the first 100 are (TableReadOptions.maxProblems)");
        }), file -> {
            StringBuilder rows = new StringBuilder(header());
            for (int i = 0; i < 200; i++) {
                rows.append(row(3 + i, "<c><v>" + (i + 1) + "</v></c>", "指标" + i, "任务" + i + "。", "区财政局", "50%"));
            }
            validParts().put("xl/worksheets/sheet1.xml", sheet("", rows,
                    "<mergeCells>" + "<mergeCell ref=\"B3:B202\"/>".repeat(1_500) + "</mergeCells>")).writeTo(file);
        }));
        items.add(new Item("10,000 cells pointing at one shared string of 32,767 characters", "one-long-string.xlsx",
                Outcome.refused("the report holds more than 10,000,000 characters of text by its task 306"), file -> {
                    StringBuilder rows = new StringBuilder(header());
                    for (int i = 0; i < 10_000; i++) {
                        rows.append(task(3 + i, Integer.toString(i + 1), "<c t=\"s\"><v>0</v></c>", "50%"));
                    }
                    validParts().put("xl/sharedStrings.xml", "<sst xmlns=\"" + XlsxParts.MAIN + "\"><si><t>"
                            + "长".repeat(32_767) + "</t></si></sst>").put("xl/worksheets/sheet1.xml", sheet("", rows, "")).writeTo(file);
                }));
        items.add(new Item("a sheet whose zip entry declares 1,000 bytes and inflates to 50 MB before its root", "lying-size.xlsx",
                Outcome.refused("the part xl/worksheets/sheet1.xml expands to more than the 1,000 bytes its zip entry declares"),
                file -> {
                    writeWithSheet(file, 50 << 20, Deflater.BEST_COMPRESSION);
                    Files.write(file, withSize(Files.readAllBytes(file), "xl/worksheets/sheet1.xml", 1_000));
                }));
        items.add(new Item("a workbook of 1,000 sheets", "thousand-sheets.xlsx",
                Outcome.refused("parts, more than the 1,000 that Apache POI opens"), file -> sheets(file, 1_000)));
        items.add(new Item("a workbook with 2,000 extra parts", "many-parts.xlsx",
                Outcome.refused("the workbook has 2,007 parts, more than the 1,000 that Apache POI opens"), file -> {
                    XlsxParts parts = validParts();
                    for (int i = 0; i < 2_000; i++) {
                        parts.put("xl/media/part" + i + ".bin", new byte[] {(byte) i});
                    }
                    parts.writeTo(file);
                }));

        // sheets that are no progress table
        items.add(xlsx("a sheet with only a title", "title-only.xlsx",
                Outcome.refused("has no header naming the task content"), row(1, TITLE)));
        items.add(xlsx("no header row", "no-header.xlsx", Outcome.refused("has no header naming the task content"),
                row(1, TITLE) + task(2, "1", "甲。", "50%") + task(3, "2", "乙。", "60%")));
        items.add(xlsx("unknown columns only", "unknown-columns.xlsx", Outcome.refused("has no header naming the task content"),
                row(1, TITLE) + row(2, "代码", "标题", "说明", "部门", "状态") + row(3, "1", "甲", "乙", "丙", "丁")));

        // problems of the table
        items.add(xlsx("a duplicate task number", "duplicate-number.xlsx", Outcome.refused("duplicate task number", "Sheet1!A4"),
                header() + task(3, "1", "甲。", "50%") + task(4, "1", "乙。", "60%")));
        items.add(xlsx("a task number that is no number", "text-number.xlsx", Outcome.refused("", "Sheet1!A3"),
                header() + task(3, "甲", "甲。", "50%") + task(4, "2", "乙。", "60%")));
        items.add(xlsx("a date in the progress column", "date-progress.xlsx",
                Outcome.refused("a date is not a progress value", "Sheet1!E3"),
                header() + task(3, "1", "甲。", "<c s=\"2\"><v>45496</v></c>")));
        items.add(xlsx("an error cell in the progress column", "error-progress.xlsx",
                Outcome.refused("an error value (#DIV/0!, a formula's error or one stored in the file) is not a progress value",
                        "Sheet1!E3", "Sheet1!E4"),
                header() + task(3, "1", "甲。", "<c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
                        + task(4, "2", "乙。", "<c t=\"e\"><v>#N/A</v></c>")));
        items.add(xlsx("a formula without a cached value", "uncached-formula.xlsx",
                Outcome.refused("a formula without its computed value", "Sheet1!E3"), header() + task(3, "1", "甲。", "<c s=\"1\"><f>0.5</f></c>")));
        items.add(xlsx("a formula with an empty value, as openpyxl writes it", "openpyxl-formula.xlsx",
                Outcome.refused("a formula without its computed value", "Sheet1!E4"),
                header() + task(3, "1", "<c t=\"str\"><f>\"\"</f><v></v></c>", "50%") + task(4, "2", "乙。", "<c><f>0.5</f><v></v></c>")));
        items.add(xlsx("a text longer than a cell holds", "overlong.xlsx",
                Outcome.refused("a text of more than 32,767 characters", "Sheet1!C3"),
                header() + task(3, "1", randomHan(40_000), "50%")));

        // valid, if unusual
        items.add(new Item("a million empty rows under the table", MILLION_ROWS, Outcome.read(3, r -> { }),
                ExcelCorpus::millionEmptyRows));
        items.add(xlsx("cells of 32,767 characters", "long-cells.xlsx", Outcome.read(1, r -> Assertions
                        .assertThat(r.report().tasks()).extracting(Task::content).containsExactly("长".repeat(32_767))),
                header() + task(3, "1", "长".repeat(32_767), "50%")));
        items.add(xlsx("formulas with cached values", "formulas.xlsx", Outcome.read(2, r -> {
            Assertions.assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲乙。", "丙。");
            Assertions.assertThat(r.report().entries()).extracting(e -> e.progress().text()).containsExactly("50%", "完成");
            Assertions.assertThat(r.report().entries().get(0).progress().kind()).isEqualTo(Progress.Kind.PERCENT);
        }), header() + task(3, "1", "<c t=\"str\"><f>\"甲\"&amp;\"乙。\"</f><v>甲乙。</v></c>",
                "<c s=\"1\"><f>1/2</f><v>0.5</v></c>")
                + task(4, "2", "丙。", "<c t=\"str\"><f>\"完\"&amp;\"成\"</f><v>完成</v></c>")));
        items.add(new Item("overlapping merged regions", "overlapping-merges.xlsx", Outcome.read(3, r -> Assertions
                .assertThat(r.warnings()).extracting(w -> w.cell().orElse("") + ": " + w.reason().substring(0, 41))
                .containsExactly("B4: the cell lies under the merged cell B3:B5", "B5: the cell lies under the merged cell B3:B5",
                        "B5: the cell lies under the merged cell A4:C5",
                        // a number of its own under a merge: numbers fill down too (sub-items), so it is a hidden value
                        "A5: the cell lies under the merged cell A4:C5")), file -> validParts().put("xl/worksheets/sheet1.xml",
                        validSheetXml().replace("</worksheet>", "<mergeCells count=\"2\"><mergeCell ref=\"B3:B5\"/>"
                                + "<mergeCell ref=\"A4:C5\"/></mergeCells></worksheet>")).writeTo(file)));
        items.add(new Item("a valid small .xls", "valid.xls", Outcome.read(3, r -> Assertions.assertThat(r.report().tasks())
                .extracting(Task::content).containsExactly("甲。", "乙。", "丙。")), file -> Files.write(file, validXls())));
        items.add(new Item("a valid small .xlsx", "valid.xlsx", Outcome.read(3, r -> Assertions.assertThat(r.report().tasks())
                .extracting(Task::content).containsExactly("甲。", "乙。", "丙。")), file -> validParts().writeTo(file)));
        items.add(new Item("an .xls with a date and an error in the progress column", "date-error.xls",
                Outcome.refused("a date is not a progress value", "Sheet1!E3", "Sheet1!E4"), file -> {
                    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                        Sheet s = FigureItems.head(wb);
                        Row a = s.createRow(2);
                        a.createCell(0).setCellValue(1);
                        a.createCell(1).setCellValue("指标");
                        a.createCell(2).setCellValue("甲。");
                        var date = wb.createCellStyle();
                        date.setDataFormat((short) 14);
                        a.createCell(4).setCellValue(45496);
                        a.getCell(4).setCellStyle(date);
                        Row b = s.createRow(3);
                        b.createCell(0).setCellValue(2);
                        b.createCell(2).setCellValue("乙。");
                        b.createCell(4).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
                        wb.write(out);
                    }
                }));
        // sheets and cells a person does not see
        String twoTasks = sheet("", header() + task(3, "1", "上季度甲。", "20%") + task(4, "2", "上季度乙。", "30%"), "");
        items.add(new Item("last quarter's table on a hidden first sheet", "hidden-first.xlsx", Outcome.read(3, r -> {
            Assertions.assertThat(r.sheet()).isEqualTo("二季度");
            Assertions.assertThat(r.warnings()).isEmpty();
        }), file -> XlsxParts.withSheets(-1, new String[] {"一季度", "hidden", twoTasks},
                new String[] {"二季度", null, validSheetXml()}).writeTo(file)));
        items.add(new Item("the only table on a very hidden sheet", "very-hidden.xlsx", Outcome.read(3, r -> {
            Assertions.assertThat(r.sheet()).isEqualTo("数据");
            Assertions.assertThat(r.warnings()).extracting(Problem::toString).containsExactly("very-hidden.xlsx: 数据: warning:"
                    + " the sheet 数据 is hidden: a person opening the document does not see it; it is read because no table"
                    + " a person sees has a header (choose another with the table or sheet option)");
        }), file -> XlsxParts.withSheets(0, new String[] {"说明", null, sheet("", row(1, "填报说明：见附件。"), "")},
                new String[] {"数据", "veryHidden", validSheetXml()}).writeTo(file)));
        items.add(new Item("the active sheet is the second of two tables", "active-second.xlsx", Outcome.read(3, r -> {
            Assertions.assertThat(r.sheet()).isEqualTo("二季度");
            Assertions.assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲。", "乙。", "丙。");
        }), file -> XlsxParts.withSheets(1, new String[] {"一季度", null, twoTasks},
                new String[] {"二季度", null, validSheetXml()}).writeTo(file)));
        items.add(new Item("two sheets of one name", "same-names.xlsx", Outcome.refused("the workbook has two sheets named"
                + " Sheet1 (sheets 1 and 2 of [Sheet1, SHEET1]), which Excel does not allow"), file -> XlsxParts.withSheets(-1,
                new String[] {"Sheet1", null, sheet("", row(1, "空"), "")},
                new String[] {"SHEET1", null, validSheetXml()}).writeTo(file)));
        items.add(new Item("hidden rows and a hidden column", "hidden-cells.xlsx", Outcome.read(3, r -> {
            Assertions.assertThat(r.report().tasks()).extracting(Task::content).containsExactly("甲。", "乙。", "丙。");
            Assertions.assertThat(r.warnings()).extracting(Problem::toString).containsExactly(
                    "hidden-cells.xlsx: Sheet1!A4: warning: rows 4 to 5 are hidden: a person looking at the sheet does not"
                            + " see them; read as any other row",
                    "hidden-cells.xlsx: Sheet1!D1: warning: column D [牵头单位] is hidden: a person looking at the sheet does"
                            + " not see it; read as any other column");
        }), file -> validParts().put("xl/worksheets/sheet1.xml", validSheetXml()
                .replace("<row r=\"4\">", "<row r=\"4\" hidden=\"1\">").replace("<row r=\"5\">", "<row r=\"5\" hidden=\"true\">")
                .replace("<sheetData>", "<cols><col min=\"2\" max=\"2\" width=\"9\"/><col min=\"4\" max=\"4\" hidden=\"1\"/>"
                        + "<col min=\"9\" max=\"12\" hidden=\"1\"/></cols><sheetData>")
                .replace("</sheetData>", "<row r=\"9\" hidden=\"1\"/></sheetData>"))
                .writeTo(file)));
        items.add(new Item("an .xls: a hidden first sheet, a hidden row and column", "hidden.xls", Outcome.read(3, r -> {
            Assertions.assertThat(r.sheet()).isEqualTo("二季度");
            Assertions.assertThat(r.warnings()).extracting(Problem::toString).containsExactly(
                    "hidden.xls: 二季度!A3: warning: row 3 is hidden: a person looking at the sheet does not see it;"
                            + " read as any other row",
                    "hidden.xls: 二季度!C1: warning: column C [主要工作内容] is hidden: a person looking at the sheet does not"
                            + " see it; read as any other column");
        }), ExcelCorpus::hiddenXls));
        // each sheet tried is opened directly, not through the ones before it (990 sheets took 24 s so); the
        // in-memory mode's POI workbook parses every sheet when it opens, which keeps this item at 300
        items.add(new Item("300 sheets, the table on the last", "many-sheets.xlsx", Outcome.read(3, r -> Assertions
                .assertThat(r.sheet()).isEqualTo("S300")), file -> {
                    String[][] sheets = new String[300][];
                    for (int i = 0; i < sheets.length; i++) {
                        sheets[i] = new String[] {"S" + (i + 1), null, i == sheets.length - 1 ? validSheetXml()
                                : sheet("", row(1, "第" + (i + 1) + "页"), "")};
                    }
                    XlsxParts.withSheets(-1, sheets).writeTo(file);
                }));
        items.addAll(FigureItems.items());
        return List.copyOf(items);
    }

    // ---- building blocks

    /** The valid .xls table on a second sheet, after a hidden one of last quarter, with its row 3 and column C hidden. */
    private static void hiddenXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new java.io.ByteArrayInputStream(validXls()));
                OutputStream out = Files.newOutputStream(file)) {
            wb.setSheetName(0, "二季度");
            Sheet last = wb.cloneSheet(0);
            wb.setSheetName(1, "一季度");
            for (int r = 2; r <= 4; r++) {
                last.getRow(r).getCell(2).setCellValue("上季度" + r + "。");
            }
            wb.setSheetOrder("一季度", 0);
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            Sheet s = wb.getSheet("二季度");
            s.getRow(2).setZeroHeight(true);
            s.setColumnHidden(2, true);
            s.setColumnHidden(9, true);
            wb.write(out);
        }
    }

    /** A zip of the given entries (name, text, name, text, …), deflated. */
    private static void zip(Path file, String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(utf8(entries[i + 1]));
                zip.closeEntry();
            }
        }
    }

    /** An OpenDocument file as LibreOffice writes one: its {@code mimetype} first and stored, then its content. */
    private static void openDocument(Path file, String type) throws IOException {
        byte[] mime = utf8("application/vnd.oasis.opendocument." + type);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(utf8("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"));
            zip.closeEntry();
        }
    }

    /** The valid table in a package of Strict Open XML: the namespaces of ISO/IEC 29500 Strict, as Excel writes them. */
    private static void strict(Path file) throws IOException {
        XlsxParts parts = validParts();
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\""
                + " xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\" conformance=\"strict\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.writeTo(file);
    }

    private static Item bytes(String name, String fileName, byte[] content, String reason) {
        return new Item(name, fileName, Outcome.refused(reason), file -> Files.write(file, content));
    }

    static Item xlsx(String name, String fileName, Outcome outcome, String rows) {
        return new Item(name, fileName, outcome,
                file -> validParts().put("xl/worksheets/sheet1.xml", sheet("", rows, "")).writeTo(file));
    }

    private static Item sheetXml(String name, String fileName, Outcome outcome, String sheetXml) {
        return new Item(name, fileName, outcome, file -> validParts().put("xl/worksheets/sheet1.xml", sheetXml).writeTo(file));
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A valid workbook of many sheets, each the valid table: what Excel opens. */
    private static void sheets(Path file, int count) throws IOException {
        XlsxParts parts = validParts();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder list = new StringBuilder();
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdS\" Type=\"" + RELATIONSHIPS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rIdY\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>");
        for (int i = 1; i <= count; i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            list.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + i + ".xml", validSheetXml());
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString())
                .put("xl/workbook.xml", "<workbook xmlns=\"" + XlsxParts.MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                        + list + "</sheets></workbook>")
                .put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString())
                .writeTo(file);
    }

    /** A zip with the size of one entry, as the central directory declares it, changed. */
    private static byte[] withSize(byte[] zip, String entry, int size) {
        byte[] name = utf8(entry);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50 && i + 46 + name.length <= zip.length
                    && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + name.length), name)) {
                b.putInt(i + 24, size);
            }
        }
        return zip;
    }

    private static Item hostileSheet(String name, String fileName, String doctype) {
        return new Item(name, fileName, Outcome.refused("xl/worksheets/sheet1.xml declares a DOCTYPE"),
                file -> validParts().put("xl/worksheets/sheet1.xml", withSecret(file, sheet(doctype,
                        header() + task(3, "1", "<c t=\"inlineStr\"><is><t>&x;</t></is></c>", "50%"), ""))).writeTo(file));
    }

    private static Item hostileStrings(String name, String fileName, String doctype) {
        return new Item(name, fileName, Outcome.refused("xl/sharedStrings.xml declares a DOCTYPE"),
                file -> validParts().put("xl/sharedStrings.xml", withSecret(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + doctype.replace("worksheet", "sst") + "<sst xmlns=\"" + XlsxParts.MAIN + "\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><t>&x;</t></si></sst>"))
                        .put("xl/worksheets/sheet1.xml", sheet("", header() + task(3, "1", "<c t=\"s\"><v>0</v></c>", "50%"), ""))
                        .writeTo(file));
    }

    private static String withSecret(Path file, String xml) {
        return xml.replace("SECRET_URI", file.resolveSibling(SECRET_FILE).toUri().toString());
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY x0 \"ha\">");
        for (int i = 1; i <= 30; i++) {
            b.append("<!ENTITY x").append(i).append(" \"").append(("&x" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return b.append("<!ENTITY x \"&x30;\">]>").toString();
    }

    /** The title, then the header row at row 2. */
    static String header() {
        return row(1, TITLE) + row(2, "序号", "项目名称", "主要工作内容", "牵头单位", "完成进度");
    }

    /** A task row: its number, content and progress (a text, or a cell's XML), in category 指标, unit 区财政局. */
    static String task(int row, String number, String content, String progress) {
        String n = number.chars().allMatch(Character::isDigit) ? "<c><v>" + number + "</v></c>" : number;
        return row(row, n, "指标", content, "区财政局", progress);
    }

    private static String validSheetXml() {
        return sheet("", header() + task(3, "1", "甲。", "50%") + task(4, "2", "乙。", "60%") + task(5, "3", "丙。", "70%"), "");
    }

    private static XlsxParts validParts() {
        return XlsxParts.withSheet(validSheetXml());
    }

    private static byte[] validXlsx() throws IOException {
        Path tmp = Files.createTempFile("workplan-corpus-", ".xlsx");
        try {
            validParts().writeTo(tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] validXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue(TITLE);
            String[][] rows = {{"序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"},
                {"1", "指标", "甲。", "区财政局", "50%"}, {"2", "", "乙。", "", "60%"}, {"3", "", "丙。", "", "70%"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void encryptedXlsx(Path file) throws Exception {
        encrypt(validXlsx(), file);
    }

    /**
     * Writes an .xlsx workbook encrypted with a password, as Excel does (agile encryption).
     *
     * @param xlsx the workbook's bytes
     * @param file where to write it encrypted
     * @throws Exception when it cannot be written
     */
    public static void encrypt(byte[] xlsx, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static void encryptedXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new java.io.ByteArrayInputStream(validXls()));
                OutputStream out = Files.newOutputStream(file)) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
    }

    /** The valid table, then 300 MB of blanks in its sheet XML: about 300 KB deflated. */
    private static void zipBomb(Path file) throws IOException {
        writeWithSheet(file, 300 << 20, Deflater.BEST_COMPRESSION);
    }

    /**
     * Writes the valid table of three tasks with blanks in its sheet's XML: a part that expands
     * about {@code blanks / 1000} times its compressed size.
     *
     * @param file where
     * @param blanks how many blanks
     * @throws IOException when it cannot be written
     */
    public static void validWithBlanks(Path file, int blanks) throws IOException {
        writeWithSheet(file, blanks, Deflater.BEST_COMPRESSION);
    }

    /**
     * Writes the valid table of three tasks in a package of its own parts.
     *
     * @param file where
     * @param part a part's name to replace or add, or {@code null}
     * @param xml that part's XML
     * @throws IOException when it cannot be written
     */
    public static void valid(Path file, String part, String xml) throws IOException {
        XlsxParts parts = validParts();
        if (part != null) {
            parts.put(part, xml);
        }
        parts.writeTo(file);
    }

    private static void writeWithSheet(Path file, int blanks, int level) throws IOException {
        String xml = validSheetXml();
        int split = xml.indexOf("<sheetData>");
        byte[] filler = new byte[1 << 20];
        Arrays.fill(filler, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(level);
            byte[] tmp;
            Path parts = Files.createTempFile("workplan-corpus-", ".xlsx");
            try {
                validParts().writeTo(parts);
                tmp = Files.readAllBytes(parts);
            } finally {
                Files.deleteIfExists(parts);
            }
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(tmp))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        zip.write(utf8(xml.substring(0, split)));
                        for (int left = blanks; left > 0; left -= filler.length) {
                            zip.write(filler, 0, Math.min(left, filler.length));
                        }
                        zip.write(utf8(xml.substring(split)));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        }
    }

    /** The valid table, then a million empty rows, the sheet's XML written as it is zipped (about 20 MB of it). */
    private static void millionEmptyRows(Path file) throws IOException {
        Path parts = Files.createTempFile("workplan-corpus-", ".xlsx");
        try {
            validParts().writeTo(parts);
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(parts));
                    ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int end = xml.indexOf("</sheetData>");
                        zip.write(utf8(xml.substring(0, end)));
                        StringBuilder rows = new StringBuilder(1 << 16);
                        for (int r = 6; r < 1_000_006; r++) {
                            rows.append("<row r=\"").append(r).append("\"/>");
                            if (rows.length() > 60_000) {
                                zip.write(utf8(rows.toString()));
                                rows.setLength(0);
                            }
                        }
                        zip.write(utf8(rows.toString()));
                        zip.write(utf8(xml.substring(end)));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(parts);
        }
    }

    /** Chinese characters drawn at random: a long text that compresses as little as a real one. */
    private static String randomHan(int length) {
        Random random = new Random(length);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return b.toString();
    }

    /** A zip with the compression method of one entry changed, in its local header and the central directory. */
    private static byte[] withMethod(byte[] zip, String entry, int method) {
        byte[] name = utf8(entry);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            int signature = b.getInt(i);
            int nameAt = signature == 0x04034b50 ? i + 30 : signature == 0x02014b50 ? i + 46 : -1;
            int methodAt = signature == 0x04034b50 ? i + 8 : i + 10;
            if (nameAt > 0 && nameAt + name.length <= zip.length
                    && Arrays.equals(Arrays.copyOfRange(zip, nameAt, nameAt + name.length), name)) {
                b.putShort(methodAt, (short) method);
            }
        }
        return zip;
    }

    private static byte[] random(int length) {
        byte[] b = new byte[length];
        new Random(20241127L).nextBytes(b);
        b[0] = 0x1f; // no magic of any known format
        return b;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
