package io.workplan.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file is, by its bytes: the one home of the question for every reader and for {@code
 * files}' {@code Format}. A reader asks it before anything parses the file, and a file that is not of
 * its format is refused with {@link #refusal(String)}: what it is and what to do with it (an
 * OpenDocument spreadsheet, a Word document under an {@code .xlsx} name, a PDF, an encrypted
 * workbook, an empty file, …), never "damaged" or "not UTF-8".
 *
 * <p>What is read to tell: the first {@value #HEAD_BYTES} bytes; for a zip, its directory (the
 * names of its entries) and at most {@value #PEEK_BYTES} bytes of the entries that tell a kind
 * apart ({@code mimetype}, {@code _rels/.rels}); for an Office 97-2003 (OLE2) file, the names of
 * its root storage's entries, through at most {@value #MAX_SECTORS} sectors of its directory. No
 * more is ever inflated or held, whatever the file.
 *
 * @param kind the kind
 * @param what what the file is, in words, with its article: {@code an OpenDocument spreadsheet (.ods)}
 * @param todo what to do with the file, for a reader that does not read it: {@code open it in
 *     LibreOffice Calc, WPS or Excel and save it as an Excel workbook (.xlsx)}
 */
public record FileKind(Kind kind, String what, String todo) {
    /** How many bytes of a file's start are read to tell its kind. */
    public static final int HEAD_BYTES = 8192;
    /** How many bytes of an entry of a zip are inflated at most to tell its kind. */
    static final int PEEK_BYTES = 4096;
    /** How many sectors of an OLE2 file's directory and allocation table are read at most. */
    static final int MAX_SECTORS = 4096;

    /** The kinds of files told apart. */
    public enum Kind {
        /** A file of no bytes. */
        EMPTY,
        /** An Excel workbook, Office Open XML ({@code .xlsx}, {@code .xlsm}), or what starts as one. */
        XLSX,
        /** A workbook saved as Excel's "Strict Open XML Spreadsheet". */
        XLSX_STRICT,
        /** An Excel binary workbook ({@code .xlsb}). */
        XLSB,
        /** An Excel 97-2003 workbook ({@code .xls}), or an Office 97-2003 file whose directory cannot be read. */
        XLS,
        /** An Excel 2.x to 4.x worksheet. */
        XLS_OLD,
        /** An encrypted (password-protected) Office file, of any kind. */
        ENCRYPTED,
        /** A Word document, Office Open XML ({@code .docx}). */
        DOCX,
        /** A Word 97-2003 document ({@code .doc}). */
        DOC,
        /** An OpenDocument spreadsheet ({@code .ods}). */
        ODS,
        /** An OpenDocument text ({@code .odt}). */
        ODT,
        /** An OpenDocument file of another kind (a presentation, a drawing, …). */
        OPEN_DOCUMENT,
        /** An Office file of another kind: a presentation, or a package of neither a workbook nor a document. */
        OFFICE_OTHER,
        /** A zip archive holding no Office document. */
        ZIP,
        /** A zip whose directory cannot be read, holding nothing known in its first entries. */
        DAMAGED_ZIP,
        /** A PDF document. */
        PDF,
        /** An image. */
        IMAGE,
        /** An RTF document. */
        RTF,
        /** A web page. */
        HTML,
        /** A web archive ({@code .mht}, {@code .mhtml}): a page and its images in one MIME message. */
        WEB_ARCHIVE,
        /** An Excel 2003 XML spreadsheet (SpreadsheetML 2003). */
        XML_SPREADSHEET,
        /** An XML file of another kind. */
        XML,
        /** JSON text: an object or an array. */
        JSON,
        /** Other text: CSV, TSV, or anything else without NUL bytes. */
        TEXT,
        /** Binary data of no format told here. */
        BINARY
    }

    /**
     * Whether the file is text (a page, JSON, XML, CSV, …) rather than a binary format.
     *
     * @return whether it is text
     */
    public boolean isText() {
        switch (kind) {
            case EMPTY:
            case HTML:
            case WEB_ARCHIVE:
            case XML_SPREADSHEET:
            case XML:
            case JSON:
            case TEXT:
                return true;
            default:
                return false;
        }
    }

    /**
     * Why a reader of another format refuses the file, and what to do with it.
     *
     * @param expected what the reader reads, with its article: {@code an Excel workbook (.xlsx or .xls)}
     * @return {@code it is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx or .xls): open it in …}
     */
    public String refusal(String expected) {
        if (kind == Kind.EMPTY) {
            return "the file is empty (0 bytes), not " + expected;
        }
        return "it is " + what + ", not " + expected + ": " + todo;
    }

    @Override
    public String toString() {
        return kind + " (" + what + ")";
    }

    private static FileKind of(Kind kind, String what, String todo) {
        return new FileKind(kind, what, todo);
    }

    private static final String BY_BYTES = " (ReportFiles.read and the workplan tool tell a file's format by its bytes, whatever its name)";

    private static FileKind readable(Kind kind, String what, String reader) {
        return of(kind, what, "read it with " + reader + BY_BYTES);
    }

    private static final FileKind EMPTY = of(Kind.EMPTY, "an empty file", "");
    private static final FileKind XLSX = readable(Kind.XLSX, "an Excel workbook (.xlsx)", "ExcelReader");
    private static final FileKind XLS = readable(Kind.XLS, "an Excel 97-2003 workbook (.xls)", "ExcelReader");
    private static final FileKind DOCX = readable(Kind.DOCX, "a Word document (.docx)", "WordReader");
    private static final FileKind HTML = readable(Kind.HTML, "a web page (HTML)", "HtmlReader");
    private static final FileKind JSON = readable(Kind.JSON, "JSON text", "JsonReader");
    private static final FileKind TEXT = readable(Kind.TEXT, "a text file (such as CSV)", "CsvReader");
    private static final FileKind STRICT = of(Kind.XLSX_STRICT, "a Strict Open XML Spreadsheet (an .xlsx in the"
            + " namespaces of ISO/IEC 29500 Strict, which Apache POI does not read)", "open it in Excel and save it again"
            + " with File > Save As, choosing the type \"Excel Workbook (*.xlsx)\"");
    private static final FileKind XLSB = of(Kind.XLSB, "an Excel binary workbook (.xlsb)",
            "open it in Excel and save it as an Excel Workbook (.xlsx)");
    private static final FileKind XLS_OLD = of(Kind.XLS_OLD, "an Excel 2.x to 4.x worksheet, too old to read",
            "open it in Excel or LibreOffice Calc and save it as .xlsx");
    private static final FileKind ENCRYPTED = of(Kind.ENCRYPTED, "an encrypted (password-protected) Office file",
            "open it with its password and save it without one");
    private static final FileKind DOC = of(Kind.DOC, "a legacy Word 97-2003 document (.doc)",
            "open it in Word or LibreOffice and save it as .docx (Word 2007 and later)");
    private static final FileKind ODS = of(Kind.ODS, "an OpenDocument spreadsheet (.ods)",
            "open it in LibreOffice Calc, WPS or Excel and save it as an Excel workbook (.xlsx)");
    private static final FileKind ODT = of(Kind.ODT, "an OpenDocument text (.odt)",
            "open it in LibreOffice Writer, WPS or Word and save it as a Word document (.docx)");
    private static final FileKind PDF = of(Kind.PDF, "a PDF document",
            "ask for the table as a workbook, or copy it from the PDF into a spreadsheet and save that as .xlsx");
    private static final FileKind RTF = of(Kind.RTF, "an RTF document",
            "open it in Word or WPS and save it as a Word document (.docx)");
    private static final FileKind WEB_ARCHIVE = of(Kind.WEB_ARCHIVE, "a web archive (.mht)",
            "open it in a browser or Word and save it as a web page (.html) or a Word document (.docx)");
    private static final FileKind XML_SPREADSHEET = of(Kind.XML_SPREADSHEET, "an Excel 2003 XML spreadsheet", "open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx)");
    private static final FileKind XML = of(Kind.XML, "an XML file of no format workplan reads",
            "save the table as an Excel workbook (.xlsx), a web page, CSV or workplan's JSON");
    private static final FileKind BINARY = of(Kind.BINARY, "a file of no format workplan reads",
            "workplan reads Excel workbooks (.xlsx, .xls), Word documents (.docx), web pages, CSV and its JSON reports");
    private static final FileKind DAMAGED_ZIP = of(Kind.DAMAGED_ZIP, "a zip file that is truncated or damaged"
            + " (its directory cannot be read)", "ask for the file again");

    /**
     * The kind of a file.
     *
     * @param file the file
     * @return its kind
     * @throws IOException when the file cannot be read
     */
    public static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (isZip(head)) {
            return zip(file, head);
        }
        if (isOle2(head)) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long length = raf.length();
                return ole2(new Ole2((offset, count) -> {
                    if (offset < 0 || offset + count > length) {
                        throw new IOException("beyond the end of the file");
                    }
                    raf.seek(offset);
                    byte[] b = new byte[count];
                    raf.readFully(b);
                    return b;
                }));
            }
        }
        return ofHead(head);
    }

    /**
     * Whether a file is of a kind, for the questions of the readers ({@code isWordDocument}, whether a
     * damaged workbook is an .xls).
     *
     * @param file the file
     * @param kind the kind
     * @return whether it is; {@code false} for a file that cannot be read
     */
    public static boolean is(Path file, Kind kind) {
        try {
            return of(file).kind() == kind;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The kind of a file from its first bytes alone (of a stream, say): a zip is told by the entries
     * its first bytes name, an OLE2 file by its directory when the bytes hold it.
     *
     * @param head the first bytes of the file ({@value #HEAD_BYTES} are enough), or all of them
     * @return its kind
     */
    public static FileKind of(byte[] head) {
        if (isZip(head)) {
            return zipNamed(localNames(head), name -> stored(head, name));
        }
        if (isOle2(head)) {
            return ole2(new Ole2((offset, count) -> {
                if (offset < 0 || offset + count > head.length) {
                    throw new IOException("beyond the bytes given");
                }
                byte[] b = new byte[count];
                System.arraycopy(head, (int) offset, b, 0, count);
                return b;
            }));
        }
        return ofHead(head);
    }

    private static FileKind ofHead(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        FileKind image = image(head);
        if (image != null) {
            return image;
        }
        if (startsWith(head, 0, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (head.length >= 8 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04)
                && head[3] == 0 && head[4] == 0 && head[5] == 0 && head[7] == 0 && head[2] == (head[1] == 0 ? 0x04 : 0x06)) {
            return XLS_OLD;
        }
        String text = leadingText(head);
        if (text == null) {
            return BINARY;
        }
        String lower = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("mime-version:") || lower.startsWith("from:") && lower.contains("mime-version:")) {
            return WEB_ARCHIVE;
        }
        if (lower.startsWith("<")) {
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet") || lower.contains("progid=\"excel.sheet\"")) {
                return XML_SPREADSHEET;
            }
            if (lower.startsWith("<?xml") && !lower.contains("<html") && !lower.contains("<table")
                    && !lower.contains("xhtml")) {
                return XML;
            }
            return HTML;
        }
        if (lower.startsWith("{") || lower.startsWith("[")) {
            return JSON;
        }
        return TEXT;
    }

    private static FileKind image(byte[] head) {
        String name = null;
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G')) {
            name = "a PNG image";
        } else if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            name = "a JPEG image";
        } else if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
            name = "a GIF image";
        } else if (startsWith(head, 0, 'B', 'M') && head.length > 14) {
            name = "a BMP image";
        } else if (startsWith(head, 0, 'I', 'I', 0x2A, 0) || startsWith(head, 0, 'M', 'M', 0, 0x2A)) {
            name = "a TIFF image";
        } else if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            name = "a WebP image";
        }
        return name == null ? null : of(Kind.IMAGE, name + " (a scan or a photograph of the table?)", "ask for the table as a workbook, or type it into a spreadsheet and save that as .xlsx");
    }

    /**
     * The text a file starts with, after a byte-order mark and blanks, in UTF-8 (or any ASCII-compatible
     * charset: markup, braces and brackets are ASCII in UTF-8 and GBK alike) or UTF-16; {@code null}
     * when the bytes hold NUL bytes and are no UTF-16.
     */
    private static String leadingText(byte[] head) {
        Charset charset = StandardCharsets.ISO_8859_1;
        int start = 0;
        if (startsWith(head, 0, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(head, 0, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (startsWith(head, 0, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (head.length >= 2 && head[0] != 0 && head[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (head.length >= 2 && head[0] == 0 && head[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        }
        int length = head.length - start;
        if (charset != StandardCharsets.ISO_8859_1) {
            length -= length % 2;
        }
        String text = new String(head, start, length, charset);
        if (text.indexOf('\0') >= 0) {
            return null;
        }
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return text.substring(i);
    }

    // ---- zips: Office Open XML, OpenDocument, archives

    private static boolean isZip(byte[] head) {
        return startsWith(head, 0, 'P', 'K', 3, 4) || startsWith(head, 0, 'P', 'K', 5, 6);
    }

    private static FileKind zip(Path file, byte[] head) {
        for (Charset names : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try (ZipFile zip = new ZipFile(file.toFile(), names)) {
                List<String> entries = new ArrayList<>();
                zip.stream().limit(100_000).forEach(e -> entries.add(e.getName()));
                return zipNamed(entries, name -> {
                    ZipEntry entry = zip.getEntry(name);
                    if (entry == null) {
                        return "";
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        return new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException e) {
                        return "";
                    }
                });
            } catch (IOException | RuntimeException e) {
                // entry names that are not UTF-8 (a zip made on Chinese Windows): try GB18030; else no directory
            }
        }
        // no directory to read (a truncated file): what its first entries name
        FileKind named = zipNamed(localNames(head), name -> stored(head, name));
        return named.kind == Kind.ZIP ? DAMAGED_ZIP : named;
    }

    /** What an entry of a zip starts with, as text; empty when it cannot be read. */
    @FunctionalInterface
    private interface Peek {
        String start(String entry);
    }

    private static FileKind zipNamed(List<String> names, Peek peek) {
        Set<String> set = new HashSet<>(names);
        if (set.contains("mimetype")) {
            String mime = peek.start("mimetype").strip();
            if (mime.equals("application/vnd.oasis.opendocument.spreadsheet")) {
                return ODS;
            }
            if (mime.equals("application/vnd.oasis.opendocument.text")) {
                return ODT;
            }
            if (mime.startsWith("application/vnd.oasis.opendocument.")) {
                return of(Kind.OPEN_DOCUMENT, "an OpenDocument file (" + mime.substring(mime.lastIndexOf('.') + 1)
                        + ")", "copy its table into a spreadsheet and save that as an Excel workbook (.xlsx)");
            }
        }
        if (set.contains("xl/workbook.bin")) {
            return XLSB;
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            if (peek.start("_rels/.rels").contains(STRICT_NAMESPACES) || peek.start("xl/workbook.xml").contains(STRICT_NAMESPACES)) {
                return STRICT;
            }
            return XLSX;
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return DOCX;
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return of(Kind.OFFICE_OTHER, "a PowerPoint presentation (.pptx)",
                    "copy the table into a spreadsheet and save that as an Excel workbook (.xlsx)");
        }
        if (set.contains("[Content_Types].xml")) {
            return of(Kind.OFFICE_OTHER, "an Office Open XML package that is neither a workbook nor a Word document",
                    "save the table as an Excel workbook (.xlsx)");
        }
        if (names.isEmpty()) {
            return DAMAGED_ZIP;
        }
        List<String> shown = names.size() > 3 ? names.subList(0, 3) : names;
        String inside = names.stream().filter(n -> {
            String l = n.toLowerCase(Locale.ROOT);
            return l.endsWith(".xlsx") || l.endsWith(".xls") || l.endsWith(".docx") || l.endsWith(".csv") || l.endsWith(".html")
                    || l.endsWith(".json");
        }).findFirst().orElse(null);
        return of(Kind.ZIP, "a zip archive" + (names.isEmpty() ? "" : " (holding " + String.join(", ", shown)
                + (names.size() > 3 ? ", …" : "") + ")"), inside != null ? "unpack it and read " + inside
                : "unpack it and read the workbook or document inside");
    }

    /** The namespaces of Strict Open XML, in place of {@code http://schemas.openxmlformats.org/…}. */
    private static final String STRICT_NAMESPACES = "http://purl.oclc.org/ooxml/";

    /** The start of an entry stored uncompressed (as OpenDocument stores its {@code mimetype}) in the bytes given, else empty. */
    private static String stored(byte[] bytes, String entry) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 + name.length <= bytes.length; i++) {
            if (startsWith(bytes, i, 'P', 'K', 3, 4) && ((bytes[i + 8] | bytes[i + 9]) == 0)
                    && ((bytes[i + 26] & 0xFF) | (bytes[i + 27] & 0xFF) << 8) == name.length
                    && java.util.Arrays.equals(bytes, i + 30, i + 30 + name.length, name, 0, name.length)) {
                int extra = (bytes[i + 28] & 0xFF) | (bytes[i + 29] & 0xFF) << 8;
                int size = (bytes[i + 18] & 0xFF) | (bytes[i + 19] & 0xFF) << 8;
                int from = i + 30 + name.length + extra;
                return from >= bytes.length ? "" : new String(bytes, from, Math.min(Math.min(size, PEEK_BYTES),
                        bytes.length - from), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** The names of the entries whose local or central headers lie in the bytes given. */
    private static List<String> localNames(byte[] bytes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 46 <= bytes.length && names.size() < 1000; i++) {
            if (bytes[i] != 'P' || bytes[i + 1] != 'K') {
                continue;
            }
            boolean local = bytes[i + 2] == 3 && bytes[i + 3] == 4;
            boolean central = bytes[i + 2] == 1 && bytes[i + 3] == 2;
            if (!local && !central) {
                continue;
            }
            int lengthAt = local ? i + 26 : i + 28;
            int nameAt = local ? i + 30 : i + 46;
            int length = (bytes[lengthAt] & 0xFF) | (bytes[lengthAt + 1] & 0xFF) << 8;
            if (length > 0 && nameAt + length <= bytes.length) {
                String name = new String(bytes, nameAt, length, StandardCharsets.UTF_8);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    // ---- Office 97-2003 (OLE2 compound files)

    private static boolean isOle2(byte[] head) {
        return startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    private static FileKind ole2(Ole2 file) {
        Set<String> root;
        try {
            root = file.rootNames();
        } catch (IOException | RuntimeException e) {
            // a directory that cannot be followed: the workbook reader tries it, and says it is damaged
            return XLS;
        }
        if (root.contains("EncryptionInfo") || root.contains("EncryptedPackage")) {
            return ENCRYPTED;
        }
        if (root.contains("Workbook") || root.contains("WORKBOOK") || root.contains("Book")) {
            return XLS;
        }
        if (root.contains("WordDocument")) {
            return DOC;
        }
        if (root.contains("PowerPoint Document")) {
            return of(Kind.OFFICE_OTHER, "a PowerPoint 97-2003 presentation (.ppt)",
                    "copy the table into a spreadsheet and save that as an Excel workbook (.xlsx)");
        }
        return of(Kind.OFFICE_OTHER, "an Office 97-2003 file that is neither a workbook nor a Word document",
                "save the table as an Excel workbook (.xlsx)");
    }

    /** Random access to a file's bytes. */
    @FunctionalInterface
    private interface Bytes {
        byte[] read(long offset, int count) throws IOException;
    }

    /** Just enough of the compound file format to list the names of the root storage's entries. */
    private static final class Ole2 {
        private static final int END_OF_CHAIN = 0xFFFFFFFE;
        private final Bytes bytes;

        Ole2(Bytes bytes) {
            this.bytes = bytes;
        }

        private byte[] read(long offset, int count) throws IOException {
            return bytes.read(offset, count);
        }

        Set<String> rootNames() throws IOException {
            byte[] header = read(0, 512);
            int shift = u16(header, 0x1E);
            if (shift != 9 && shift != 12) {
                throw new IOException("sector size");
            }
            int sectorSize = 1 << shift;
            int perSector = sectorSize / 4;
            List<Integer> fat = new ArrayList<>();
            int fatSectors = u32(header, 0x2C);
            for (int i = 0; i < Math.min(109, fatSectors); i++) {
                fat.add(u32(header, 0x4C + 4 * i));
            }
            int difat = u32(header, 0x44);
            for (int n = 0; fat.size() < fatSectors && difat >= 0 && n < MAX_SECTORS; n++) {
                byte[] sector = read((long) (difat + 1) << shift, sectorSize);
                for (int i = 0; i < perSector - 1 && fat.size() < fatSectors; i++) {
                    fat.add(u32(sector, 4 * i));
                }
                difat = u32(sector, sectorSize - 4);
            }
            List<byte[]> entries = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (int s = u32(header, 0x30); s != END_OF_CHAIN; ) {
                if (s < 0 || !seen.add(s) || seen.size() > MAX_SECTORS) {
                    throw new IOException("directory chain");
                }
                byte[] sector = read((long) (s + 1) << shift, sectorSize);
                for (int at = 0; at + 128 <= sectorSize; at += 128) {
                    byte[] entry = new byte[128];
                    System.arraycopy(sector, at, entry, 0, 128);
                    entries.add(entry);
                }
                int fatIndex = s / perSector;
                if (fatIndex >= fat.size()) {
                    throw new IOException("allocation table");
                }
                byte[] fatSector = read((long) (fat.get(fatIndex) + 1) << shift, sectorSize);
                s = u32(fatSector, 4 * (s % perSector));
            }
            if (entries.isEmpty() || entries.get(0)[0x42] != 5) {
                throw new IOException("no root entry");
            }
            Set<String> names = new HashSet<>();
            List<Integer> todo = new ArrayList<>(List.of(u32(entries.get(0), 0x4C)));
            Set<Integer> visited = new HashSet<>();
            while (!todo.isEmpty()) {
                int id = todo.remove(todo.size() - 1);
                if (id < 0 || id >= entries.size() || !visited.add(id)) {
                    continue;
                }
                byte[] e = entries.get(id);
                int nameBytes = Math.min(64, u16(e, 0x40));
                names.add(new String(e, 0, Math.max(0, nameBytes - 2), StandardCharsets.UTF_16LE));
                todo.add(u32(e, 0x44));
                todo.add(u32(e, 0x48));
            }
            return Collections.unmodifiableSet(names);
        }

        private static int u16(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
        }

        private static int u32(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
        }
    }

    private static boolean startsWith(byte[] bytes, int at, int... prefix) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[at + i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
