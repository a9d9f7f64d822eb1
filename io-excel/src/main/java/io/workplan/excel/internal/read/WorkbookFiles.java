package io.workplan.excel.internal.read;

import io.workplan.core.Problem;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.FileKind;
import io.workplan.excel.ExcelException;
import io.workplan.excel.ExcelReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;

/**
 * Opens a workbook file in the chosen reading mode, after telling what the file is ({@link
 * FileKind}, the one home of that question): every file that is not a readable workbook gives an
 * {@link ExcelException} that names the file and says what it is instead and what to do (an HTML
 * page, an OpenDocument spreadsheet, a Word document, an encrypted workbook, a truncated file, …),
 * never a POI exception.
 */
public final class WorkbookFiles {
    private WorkbookFiles() {}

    /**
     * Opens a workbook.
     *
     * @param path the file
     * @param source the file's name, for messages
     * @param options the reading options: whether to stream an .xlsx file, and the limits of its parts
     * @return the workbook's rows
     * @throws ExcelException when the file is not a readable workbook
     */
    public static WorkbookRows open(Path path, String source, ExcelReadOptions options) {
        FileKind kind;
        try {
            kind = FileKind.of(path);
        } catch (IOException e) {
            throw unreadable(source, "the file cannot be read: " + FileErrors.readReason(path, e), e);
        }
        try {
            switch (kind.kind()) {
                case XLSX:
                    PackageCheck.check(path, source, options.maxPartBytes(), options.maxInflateRatio());
                    return options.streaming() ? StreamingWorkbook.open(path, PartBudget.of(options))
                            : InMemoryWorkbook.openXlsx(path, PartBudget.of(options));
                case XLS:
                    return InMemoryWorkbook.open(path);
                case ENCRYPTED:
                    throw unreadable(source, ENCRYPTED, null);
                case XLSX_STRICT:
                    throw unreadable(source, "the workbook is saved as Excel's \"Strict Open XML Spreadsheet\", which"
                            + " Apache POI does not read: " + kind.todo(), null);
                default:
                    throw unreadable(source, kind.refusal(WORKBOOK), null);
            }
        } catch (ExcelException | CellDamage | SheetStructure.Unreadable e) {
            // a sheet listed without its part, or not in SpreadsheetML (SheetParts); a sheet's XML that POI cannot
            // open in memory (SheetStructure): told by the reader as the streaming mode tells them
            throw e;
        } catch (EncryptedDocumentException e) {
            throw unreadable(source, ENCRYPTED, e);
        } catch (LinkageError e) {
            throw unreadable(source, undecodable(e), e);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw unreadable(source, ZIP_BOMB, e);
            }
            if (poiLimit(e) != null) {
                throw unreadable(source, poiLimit(e), e);
            }
            if (kind.kind() == FileKind.Kind.XLS) {
                throw damagedXls(path, source, e);
            }
            // the library's own words stay in the cause, for developers: people get what it means
            throw unreadable(source, kind.kind() == FileKind.Kind.XLSX
                    ? "the file starts as an .xlsx (zip) file but cannot be read: it is truncated or damaged"
                    : "the .xls file cannot be read: it is truncated or damaged", e);
        }
    }

    /**
     * Our exception for an .xls that Apache POI cannot read: at its sheet and cell when a cell refers to
     * a shared string the table lacks (as for an .xlsx), else as a damaged file.
     *
     * @param path the file
     * @param source its name
     * @param cause what POI threw
     * @return the exception
     */
    public static ExcelException damagedXls(Path path, String source, Throwable cause) {
        return XlsStrings.find(path).map(m -> new ExcelException("Cannot read " + source, List.of(Problem.builder()
                .source(source).sheet(m.sheet()).cell(m.damage().cell()).reason(m.damage().getMessage()).build()), cause))
                .orElseGet(() -> unreadable(source, "the .xls file cannot be read: it is truncated or damaged", cause));
    }

    /** What the Excel reader reads, as a refusal names it. */
    private static final String WORKBOOK = "an Excel workbook (.xlsx or .xls)";

    /** Why an encrypted workbook is not read. */
    private static final String ENCRYPTED = "the workbook is encrypted (password-protected): open it with its password"
            + " and save it without one";

    /**
     * Why a workbook whose reading needs a class that is not there is not read: Commons Compress
     * decodes some zip methods (Zstandard, XZ, …) with optional libraries, which an .xlsx never
     * needs; a damaged or hostile file that names such a method makes it fail that way.
     *
     * @param e the failure
     * @return the reason
     */
    public static String undecodable(LinkageError e) {
        return "the workbook cannot be read: a part is compressed in a way that Excel never writes and that cannot be"
                + " decoded here";
    }

    /** Why a workbook that POI's zip-bomb guard refuses is not read, and what the caller can do. */
    public static final String ZIP_BOMB = "a part of the workbook expands more than Apache POI's zip-bomb guard allows"
            + " (over 100 times its compressed size, as a sheet of very repetitive text can); if the file is trusted,"
            + " the application can lower the guard with org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio";

    /**
     * Whether a failure is POI's zip-bomb guard refusing the file.
     *
     * @param e the failure
     * @return whether it, or one of its causes, is that refusal
     */
    public static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a workbook that one of Apache POI's other limits refuses is not read, in POI's words
     * (which name the limit and how to adjust it), or {@code null} when no POI limit refused it.
     *
     * @param e the failure
     * @return the reason, or {@code null}
     */
    public static String poiLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("ZipSecureFile.set")) {
                return "the workbook exceeds a limit of Apache POI, which reads it: "
                        + m.replaceAll("\\s+", " ").trim() + " (a JVM-wide setting, which this library never changes)";
            }
        }
        return null;
    }

    /**
     * Whether an unchecked exception raised while reading a workbook tells that the file is
     * damaged, rather than a bug: an {@link java.io.UncheckedIOException}, or an exception thrown
     * by the libraries that parse the file (Apache POI, XMLBeans, Commons Compress, Aalto), wherever in the
     * JDK it surfaced. An exception thrown by the reader's own code (a {@link NullPointerException}
     * of a bug) is not: the reader's parsing of the sheet's XML turns malformed values into checked
     * exceptions itself. An exception without a stack (which the JVM leaves out for exceptions it
     * throws often) is taken as damage: where it came from is unknown.
     *
     * @param e the exception
     * @return whether the file is damaged
     */
    public static boolean isDamage(RuntimeException e) {
        if (e instanceof java.io.UncheckedIOException) {
            return true;
        }
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length == 0) {
            // The JVM leaves out the stack of an exception it throws often in compiled code (an array
            // index out of bounds, a null pointer: -XX:+OmitStackTraceInFastThrow, the default), as the
            // parsing of many damaged files does in a long-running process. Where it came from is then
            // unknown; the file that made the reading fail is told as damaged rather than the exception
            // let out, which would break the promise that bad input gives our exception.
            return true;
        }
        for (StackTraceElement frame : frames) {
            String name = frame.getClassName();
            if (!(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                    || name.startsWith("sun.") || name.startsWith("com.sun."))) {
                // POI's, and the streaming mode's XML parser's (Aalto: XmlEvents)
                return name.startsWith("org.apache.") || name.startsWith("com.fasterxml.aalto.");
            }
        }
        return false;
    }

    /**
     * Our exception for a file that cannot be read.
     *
     * @param source the file's name
     * @param reason what the file is, or what went wrong
     * @param cause the underlying exception, or {@code null}
     * @return the exception
     */
    public static ExcelException unreadable(String source, String reason, Throwable cause) {
        return new ExcelException("Cannot read " + source,
                List.of(Problem.builder().source(source).reason(reason).build()), cause);
    }
}
