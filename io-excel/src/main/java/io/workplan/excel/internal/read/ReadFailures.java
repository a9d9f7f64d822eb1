package io.workplan.excel.internal.read;

import io.workplan.core.Problem;
import io.workplan.core.internal.FileKind;
import io.workplan.excel.ExcelException;
import io.workplan.sheet.ConsumerFailure;
import io.workplan.sheet.TableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xml.sax.SAXException;

/**
 * The sorting of what made a reading fail: damage of the file (said in an {@link ExcelException}
 * naming the file, and the sheet and cell where known), the caller's consumer (its exception,
 * unchanged), or a bug of the reader (let out as it is).
 */
public final class ReadFailures {
    private ReadFailures() {}

    /**
     * What a reading throws for a failure raised while a workbook was open: our exception as it is,
     * a table's problems and damage at a cell as our exception, what the consumer threw unchanged,
     * a file's damage (the libraries' exceptions, an unreadable part, a zip method not decoded here)
     * as our exception naming the file, and a bug of the reader's own code as it is.
     *
     * @param e the failure: an {@link IOException}, a {@link RuntimeException} or a {@link LinkageError}
     * @param path the file read
     * @param source the file's name
     * @param sheet the sheet that was being read, a damaged cell's sheet when the damage does not name one
     *     ({@code null} before the first)
     * @return what to throw
     */
    public static RuntimeException of(Throwable e, Path path, String source, String sheet) {
        if (e instanceof ExcelException) {
            return (ExcelException) e;
        }
        if (e instanceof TableException) {
            TableException table = (TableException) e;
            return new ExcelException(table.summary(), table.problems(), table.getCause());
        }
        if (e instanceof CellDamage) {
            CellDamage damage = (CellDamage) e;
            Problem.Builder problem = Problem.builder().source(source).reason(damage.getMessage());
            damage.sheet().or(() -> Optional.ofNullable(sheet)).ifPresent(problem::sheet);
            if (damage.cell() != null) {
                problem.cell(damage.cell());
            }
            return new ExcelException("Cannot read " + source, List.of(problem.build()), damage);
        }
        if (e instanceof ConsumerFailure) {
            return ((ConsumerFailure) e).consumerException();
        }
        if (e instanceof LinkageError) {
            // a zip method whose optional decoder Commons Compress lacks, named by a damaged or hostile file
            return WorkbookFiles.unreadable(source, undecodable((LinkageError) e), e);
        }
        if (e instanceof IOException || isDamage((RuntimeException) e)) {
            // what the XML of a part says is wrong (the parser's words or the sheet handler's) helps a person;
            // the libraries' own exceptions stay in the cause, for developers
            return damaged(path, source, isXls(path), e,
                    "the workbook cannot be read: it is truncated or damaged" + saxDetail(e));
        }
        // a bug of the reader is no damage of the file: it comes out as it is
        return (RuntimeException) e;
    }

    /**
     * Our exception for a damaged workbook: POI's zip-bomb guard or another of its limits in their
     * words, an .xls at the cell of a shared string its table lacks, else the reason given.
     *
     * @param path the file
     * @param source its name
     * @param xls whether the file is an .xls
     * @param e what the libraries threw
     * @param reason what to say when nothing more is known
     * @return the exception
     */
    static ExcelException damaged(Path path, String source, boolean xls, Throwable e, String reason) {
        if (isZipBomb(e)) {
            return WorkbookFiles.unreadable(source, WorkbookFiles.ZIP_BOMB, e);
        }
        String limit = poiLimit(e);
        if (limit != null) {
            return WorkbookFiles.unreadable(source, limit, e);
        }
        if (xls) {
            // an .xls: a cell referring to a shared string the table lacks is said at its cell, as in an .xlsx
            return damagedXls(path, source, e);
        }
        return WorkbookFiles.unreadable(source, reason, e);
    }

    /** The first message of an XML parser's exception among the causes, in brackets; else nothing. */
    private static String saxDetail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXException && t.getMessage() != null) {
                return " (" + t.getMessage() + ")";
            }
        }
        return "";
    }

    private static boolean isXls(Path path) {
        return FileKind.is(path, FileKind.Kind.XLS);
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
    private static ExcelException damagedXls(Path path, String source, Throwable cause) {
        return XlsStrings.find(path).map(m -> new ExcelException("Cannot read " + source, List.of(Problem.builder()
                .source(source).sheet(m.sheet()).cell(m.damage().cell()).reason(m.damage().getMessage()).build()), cause))
                .orElseGet(() -> WorkbookFiles.unreadable(source, "the .xls file cannot be read: it is truncated or damaged", cause));
    }

    /**
     * Why a workbook whose reading needs a class that is not there is not read: Commons Compress
     * decodes some zip methods (Zstandard, XZ, …) with optional libraries, which an .xlsx never
     * needs; a damaged or hostile file that names such a method makes it fail that way.
     *
     * @param e the failure
     * @return the reason
     */
    static String undecodable(LinkageError e) {
        return "the workbook cannot be read: a part is compressed in a way that Excel never writes and that cannot be"
                + " decoded here";
    }

    /**
     * Whether a failure is POI's zip-bomb guard refusing the file.
     *
     * @param e the failure
     * @return whether it, or one of its causes, is that refusal
     */
    static boolean isZipBomb(Throwable e) {
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
    static String poiLimit(Throwable e) {
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
}
