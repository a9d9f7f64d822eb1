package io.workplan.word.internal;

import io.workplan.core.Problem;
import io.workplan.core.internal.FileErrors;
import io.workplan.word.WordException;
import io.workplan.word.WordReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens a Word document after telling what the file is: every file that is not a readable .docx
 * gives a {@link WordException} that names the file and says what it is instead (a legacy .doc, a
 * workbook, an HTML page, a truncated zip, a zip bomb, …), never an exception of POI.
 */
public final class WordFiles {
    private static final int SNIFF_BYTES = 8192;
    private static final byte[] BODY = DocxCheck.BODY.getBytes(StandardCharsets.US_ASCII);

    /** Why a legacy .doc is not read. */
    public static final String LEGACY_DOC = "it is a legacy Word 97-2003 document (.doc), which is not read: open it in"
            + " Word or LibreOffice and save it as .docx (Word 2007 and later)";

    private WordFiles() {}

    /**
     * Opens a document and takes its tables out.
     *
     * @param path the file
     * @param source its name, for messages
     * @param options the limits
     * @return the document's tables
     * @throws WordException when the file is not a readable .docx
     */
    public static DocxTables open(Path path, String source, WordReadOptions options) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw unreadable(source, "the file cannot be read: " + FileErrors.readReason(path, e), e);
        }
        if (head.length == 0) {
            throw unreadable(source, "the file is empty, not a Word document", null);
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic == FileMagic.OLE2) {
            throw unreadable(source, ole2(path), null);
        }
        if (magic != FileMagic.OOXML) {
            throw unreadable(source, describe(magic, head), null);
        }
        String problem;
        try {
            problem = DocxCheck.problem(path, options.maxPartBytes(), options.maxInflateRatio(), options.maxEntries());
        } catch (IOException e) {
            throw unreadable(source, "the file starts as a .docx (zip) file but its zip directory cannot be read: it is"
                    + " truncated or damaged", e);
        }
        if (problem != null) {
            throw unreadable(source, problem, null);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            return DocxTables.of(new XWPFDocument(pkg), source);
        } catch (WordException e) {
            throw e;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException | LinkageError e) {
            // POI, XMLBeans or Commons Compress on a damaged part; their words stay in the cause
            throw unreadable(source, isZipBomb(e) ? "a part expands more than Apache POI's zip-bomb guard allows;"
                    + " if the file is trusted, the application can lower that JVM-wide guard"
                    + " (org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio)"
                    : "the file is a zip but not a readable Word document: a part is damaged or missing", e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // closes the file without the warning that close() logs for a package opened to read
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** What an OLE2 file is: a legacy .doc, an encrypted .docx, an .xls, another Office document. */
    private static String ole2(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return "the document is encrypted (password-protected); save it without a password";
            }
            if (root.hasEntry("WordDocument")) {
                return LEGACY_DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return "it is an Excel .xls workbook, not a Word document; read it with ExcelReader";
            }
            return "it is an Office document of another kind, not a Word document (.docx)";
        } catch (IOException | RuntimeException e) {
            return "it starts as an Office 97-2003 file but cannot be read: it is truncated or damaged; a Word"
                    + " document is read as .docx only";
        }
    }

    private static String describe(FileMagic magic, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (magic == FileMagic.HTML || text.startsWith("<html") || text.startsWith("<!doctype html")
                || (text.startsWith("<") && (text.contains("<table") || text.contains("<html")))
                || text.startsWith("mime-version:")) {
            return "it is a web page (HTML, as Word's \"save as web page\" writes), not a .docx; read it as a page, or"
                    + " open it in Word and save it as .docx";
        }
        switch (magic) {
            case RTF:
                return "it is an RTF document, not a .docx; open it in Word and save it as .docx";
            case PDF:
                return "it is a PDF document, not a Word document";
            case XML:
                return "it is an XML file (perhaps a Word 2003 XML document), not a .docx";
            case WORD2:
            case MSWRITE:
                return "it is a document of an old word processor, not a .docx";
            default:
                return "it is not a Word document (.docx)";
        }
    }

    /**
     * Whether bytes start a .docx: a zip whose entries, as far as the bytes go, include {@code
     * word/document.xml} (a local or central header naming it).
     *
     * @param bytes the first bytes of a file, or all of them
     * @return whether they are a Word document's
     */
    public static boolean isWordDocument(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return false;
        }
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && (bytes[i + 2] == 3 && bytes[i + 3] == 4 || bytes[i + 2] == 1 && bytes[i + 3] == 2)) {
                int nameAt = bytes[i + 2] == 3 ? i + 30 : i + 46;
                int lengthAt = bytes[i + 2] == 3 ? i + 26 : i + 28;
                if (nameAt + BODY.length <= bytes.length
                        && ((bytes[lengthAt] & 0xFF) | (bytes[lengthAt + 1] & 0xFF) << 8) == BODY.length
                        && java.util.Arrays.equals(bytes, nameAt, nameAt + BODY.length, BODY, 0, BODY.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a file is a .docx: a zip whose directory lists {@code word/document.xml}.
     *
     * @param path the file
     * @return whether it is a Word document; {@code false} for a file that cannot be read
     */
    public static boolean isWordDocument(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            if (FileMagic.valueOf(in.readNBytes(8)) != FileMagic.OOXML) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry(DocxCheck.BODY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Our exception for a file that cannot be read.
     *
     * @param source the file's name
     * @param reason what the file is, or what went wrong
     * @param cause the underlying exception, or {@code null}
     * @return the exception
     */
    public static WordException unreadable(String source, String reason, Throwable cause) {
        return new WordException("Cannot read " + source, List.of(Problem.builder().source(source).reason(reason).build()), cause);
    }
}
