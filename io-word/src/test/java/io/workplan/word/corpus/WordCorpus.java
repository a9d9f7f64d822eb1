package io.workplan.word.corpus;

import io.workplan.sheet.corpus.Corpus;
import io.workplan.sheet.corpus.Corpus.Item;
import io.workplan.sheet.corpus.Corpus.Producer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Broken and hostile inputs of the Word reader, each with the exact outcome expected of it: our
 * exception with a reason matching the item's whole pattern and the cells of its problems, or a
 * correct read of so many tasks. Small documents are built here from their XML, so that what each
 * holds can be read here; the legacy .doc is a real one, made by LibreOffice from a corpus table.
 */
public final class WordCorpus {
    /** The text of the file that the external entity of the hostile item points at: it must appear nowhere. */
    public static final String SECRET = "WORKPLAN-WORD-XXE-SECRET-9c1e";

    /** The title of the corpus's documents, naming the period. */
    public static final String TITLE = Corpus.TITLE;

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * What reading an item must give.
     *
     * @param refused whether the reader must refuse it with our exception
     * @param reason the pattern that the first problem's whole reason matches, when refused
     * @param cells the places ({@code 表1!A4}) of the problems, in order, when refused; empty for a
     *     problem of the whole file
     * @param tasks the number of tasks, when read
     */
    public record Outcome(boolean refused, String reason, List<String> cells, int tasks) {
        static Outcome refused(String reason, String... cells) {
            return new Outcome(true, reason, List.of(cells), 0);
        }

        static Outcome read(int tasks) {
            return new Outcome(false, null, List.of(), tasks);
        }
    }

    private WordCorpus() {}

    /**
     * Every item, each writing {@code secret.txt} next to its file.
     *
     * @return the items
     */
    public static List<Item<Outcome>> items() {
        List<Item<Outcome>> items = new ArrayList<>();
        String damaged = "the file is a zip but not a readable Word document: a part is damaged or missing";
        String byBytes = " \\(ReportFiles\\.read and the workplan tool tell a file's format by its bytes, whatever its name\\)";

        // not Word documents
        items.add(bytes("an empty file", "empty.docx", new byte[0], "the file is empty \\(0 bytes\\), not a Word document \\(\\.docx\\)"));
        items.add(bytes("random bytes", "random.docx", random(4096), "it is a file of no format workplan reads, not a Word document \\(\\.docx\\): workplan reads Excel"
                + " workbooks \\(\\.xlsx, \\.xls\\), Word documents \\(\\.docx\\), web pages, CSV and its JSON reports"));
        items.add(bytes("an HTML page saved as .doc", "page.doc", utf8("<html><body><table><tr><td>完成进度</td></tr></table></body></html>"),
                "it is a web page \\(HTML\\), not a Word document \\(\\.docx\\): read it with HtmlReader"
                        + byBytes));
        items.add(bytes("an RTF document", "report.docx", utf8("{\\rtf1\\ansi 完成进度}"),
                "it is an RTF document, not a Word document \\(\\.docx\\): open it in Word or WPS and save it as a Word"
                        + " document \\(\\.docx\\)"));
        items.add(new Item<>("a legacy .doc made by LibreOffice from a table with merges", "legacy.doc",
                Outcome.refused("it is a legacy Word 97-2003 document \\(\\.doc\\), not a Word document \\(\\.docx\\): open"
                        + " it in Word or LibreOffice and save it as \\.docx \\(Word 2007 and later\\)"),
                file -> copy("yueyanglou-2017-m8.doc", file)));
        items.add(new Item<>("an .xlsx renamed .docx", "workbook.docx",
                Outcome.refused("it is an Excel workbook \\(\\.xlsx\\), not a Word document \\(\\.docx\\): read it with"
                        + " ExcelReader" + byBytes), file -> {
                    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                        wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("完成进度");
                        wb.write(out);
                    }
                }));
        items.add(new Item<>("an OpenDocument text named .docx", "odt.docx", Outcome.refused("it is an OpenDocument text \\(\\.odt\\),"
                + " not a Word document \\(\\.docx\\): open it in LibreOffice Writer, WPS or Word and save it as a Word"
                + " document \\(\\.docx\\)"), file -> Corpus.openDocument(file, "application/vnd.oasis.opendocument.text")));
        items.add(bytes("a PDF named .docx", "report.docx", utf8("%PDF-1.5\n1 0 obj\n"), "it is a PDF document, not a Word"
                + " document \\(\\.docx\\): ask for the table as a workbook, or copy it from the PDF into a spreadsheet and save"
                + " that as \\.xlsx"));
        items.add(new Item<>("a zip without word/document.xml", "archive.docx",
                Outcome.refused("it is a zip archive \\(holding hello\\.txt\\), not a Word document \\(\\.docx\\): unpack it and"
                        + " read the workbook or document inside"),
                file -> zip(file, Map.of("hello.txt", utf8("hello")))));
        items.add(new Item<>("a truncated .docx", "truncated.docx",
                Outcome.refused("the file starts as a \\.docx \\(zip\\) file but its zip directory cannot be read: it is"
                        + " truncated or damaged"), file -> {
                    docx(file, body(table(header(), task("1", "甲。", "50%"))));
                    byte[] all = Files.readAllBytes(file);
                    Files.write(file, Arrays.copyOf(all, all.length / 2));
                }));

        // hostile packages
        items.add(new Item<>("a zip bomb: 300 MB of blanks as word/document.xml", "bomb.docx",
                Outcome.refused("the part word/document\\.xml expands to 314,572,800 bytes, more than the 268,435,456 bytes a"
                        + " part may have \\(WordReadOptions\\.maxPartBytes\\)"), file -> blanks(file, 300L << 20)));
        items.add(new Item<>("a zip bomb within the size limit: 50 MB of blanks", "ratio-bomb.docx",
                Outcome.refused("the part word/document\\.xml expands from [0-9,]+ bytes to 52,428,800 bytes, [0-9]+ times,"
                        + " more than the 100\\.0 times WordReadOptions\\.maxInflateRatio allows: a zip bomb; the file is"
                        + " refused unread"), file -> blanks(file, 50L << 20)));
        items.add(new Item<>("an external entity (a local file) in word/document.xml", "xxe.docx",
                Outcome.refused("the part word/document\\.xml declares a DOCTYPE, which Word never writes and through which"
                        + " external entities and entity expansion come in; the file is refused unread, no entity resolved"),
                file -> docx(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \""
                        + file.resolveSibling("secret.txt").toUri() + "\">]>" + document(table(header(), task("1", "&x;", "50%"))))));
        items.add(new Item<>("10,004 parts: 10,001 empty ones beside the document", "many-parts.docx",
                Outcome.refused("the package has 10004 parts, more than the 10000 a document may have \\(WordReadOptions\\.maxEntries\\)"),
                file -> {
                    Map<String, byte[]> parts = parts(body(table(header(), task("1", "甲。", "50%"))));
                    for (int i = 0; i < 10_001; i++) {
                        parts.put("word/media/p" + i + ".txt", new byte[0]);
                    }
                    zip(file, parts);
                }));

        // damaged parts
        items.add(new Item<>("word/document.xml that is no XML", "broken.docx", Outcome.refused(damaged),
                file -> zip(file, parts("<w:document xmlns:w=\"" + W + "\"><w:body><<"))));
        items.add(new Item<>("a gridSpan of 2^31-1", "span.docx", Outcome.refused("the row reaches column 2147483648 of its table"
                + " \\(by gridBefore or gridSpan\\), beyond the 16384 columns a table may have", "表1!XFE2"),
                file -> docx(file, body(table(header(), "<w:tr>" + cell("1") + "<w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/>"
                        + "</w:tcPr><w:p/></w:tc></w:tr>")))));
        items.add(new Item<>("vMerge continuing with no run above", "orphan-vmerge.docx", Outcome.read(2),
                file -> docx(file, body(table(header(), "<w:tr>" + cell("1") + "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r>"
                        + "<w:t>甲。</w:t></w:r></w:p></w:tc>" + cell("区财政局") + cell("50%") + "</w:tr>", task("2", "乙。", "60%"))))));

        // documents that hold no progress table
        items.add(new Item<>("a document without a table", "no-table.docx",
                Outcome.refused("the document holds no table"), file -> docx(file, body(""))));
        items.add(new Item<>("a table without a header", "no-header.docx",
                Outcome.refused("the table 表1 has no header naming the task content .* within its first [0-9]+ rows"),
                file -> docx(file, body(table(task("1", "甲。", "50%"), task("2", "乙。", "60%"))))));
        items.add(new Item<>("a duplicate task number", "duplicate.docx", Outcome.refused(".*duplicate task number.*", "表1!A3"),
                file -> docx(file, body(table(header(), task("1", "甲。", "50%"), task("1", "乙。", "60%"))))));

        // valid
        items.add(new Item<>("a valid small .docx", "valid.docx", Outcome.read(2),
                file -> docx(file, body(table(header(), task("1", "甲。", "50%"), task("2", "乙。", "已完成"))))));
        return items.stream().map(i -> new Item<>(i.name(), i.fileName(), i.outcome(), besideTheSecret(i.producer())))
                .collect(Collectors.toList());
    }

    static String header() {
        return "<w:tr>" + cell("序号") + cell("主要工作内容") + cell("牵头单位") + cell("完成进度") + "</w:tr>";
    }

    static String task(String number, String content, String progress) {
        return "<w:tr>" + cell(number) + cell(content) + cell("区财政局") + cell(progress) + "</w:tr>";
    }

    static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    static String table(String... rows) {
        return "<w:tbl>" + String.join("", rows) + "</w:tbl>";
    }

    /** A body: the title paragraph, then what is given. */
    static String body(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document(content);
    }

    static String document(String content) {
        return "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>" + TITLE + "</w:t></w:r></w:p>" + content
                + "<w:p/></w:body></w:document>";
    }

    /** The parts of a minimal .docx. */
    static Map<String, byte[]> parts(String documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>"));
        parts.put("word/document.xml", utf8(documentXml));
        return parts;
    }

    /**
     * Writes a minimal .docx.
     *
     * @param file where
     * @param documentXml its body
     * @throws IOException when it cannot be written
     */
    public static void docx(Path file, String documentXml) throws IOException {
        zip(file, parts(documentXml));
    }

    static void zip(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /** A .docx whose document.xml is {@code size} bytes of blanks after its start, compressed as far as deflate goes. */
    private static void blanks(Path file, long size) throws IOException {
        Map<String, byte[]> parts = parts("");
        parts.remove("word/document.xml");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] start = utf8("<w:document xmlns:w=\"" + W + "\"><w:body>");
            zip.write(start);
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long left = size - start.length; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            zip.closeEntry();
        }
    }

    private static void copy(String resource, Path file) throws IOException {
        try (InputStream in = WordCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            Files.copy(in, file);
        }
    }

    /** The producer, writing {@code secret.txt} next to the file first: the file the external entity of the hostile item points at. */
    private static Producer besideTheSecret(Producer producer) {
        return file -> {
            Files.writeString(file.resolveSibling("secret.txt"), SECRET, StandardCharsets.UTF_8);
            producer.write(file);
        };
    }

    private static Item<Outcome> bytes(String name, String fileName, byte[] bytes, String reason) {
        return new Item<>(name, fileName, Outcome.refused(reason), file -> Files.write(file, bytes));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(20240723).nextBytes(b);
        b[0] = 'x'; // no magic of any format
        return b;
    }
}
