package io.workplan.word.internal;

import io.workplan.core.Problem;
import io.workplan.core.internal.FileKind;
import io.workplan.core.internal.ReadableFiles;
import io.workplan.word.WordException;
import io.workplan.word.WordReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens a Word document after telling what the file is: every file that is not a readable .docx
 * gives a {@link WordException} that names the file and says what it is instead (a legacy .doc, a
 * workbook, an HTML page, a truncated zip, a zip bomb, …), never an exception of POI.
 */
public final class WordFiles {

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
        FileKind kind = ReadableFiles.kind(path, (reason, e) -> unreadable(source, reason, e));
        switch (kind.kind()) {
            case DOCX:
                break;
            case ENCRYPTED:
                throw unreadable(source, "the document is encrypted (password-protected): open it with its password and"
                        + " save it without one", null);
            default:
                throw unreadable(source, kind.refusal("a Word document (.docx)"), null);
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

    /**
     * Whether bytes start a .docx: a zip whose entries, as far as the bytes go, include {@code
     * word/document.xml} (a local or central header naming it).
     *
     * @param bytes the first bytes of a file, or all of them
     * @return whether they are a Word document's
     */
    public static boolean isWordDocument(byte[] bytes) {
        return FileKind.of(bytes).kind() == FileKind.Kind.DOCX;
    }

    /**
     * Whether a file is a .docx: a zip whose directory lists {@code word/document.xml}.
     *
     * @param path the file
     * @return whether it is a Word document; {@code false} for a file that cannot be read
     */
    public static boolean isWordDocument(Path path) {
        return FileKind.is(path, FileKind.Kind.DOCX);
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
