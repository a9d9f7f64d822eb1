package io.workplan.excel.internal.read;

import io.workplan.core.Problem;
import io.workplan.core.internal.FileKind;
import io.workplan.core.internal.ReadableFiles;
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
        FileKind kind = ReadableFiles.kind(path, (reason, e) -> unreadable(source, reason, e));
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
            throw unreadable(source, ReadFailures.undecodable(e), e);
        } catch (IOException | RuntimeException e) {
            // the library's own words stay in the cause, for developers: people get what it means
            throw ReadFailures.damaged(path, source, kind.kind() == FileKind.Kind.XLS, e,
                    "the file starts as an .xlsx (zip) file but cannot be read: it is truncated or damaged");
        }
    }

    /** What the Excel reader reads, as a refusal names it. */
    private static final String WORKBOOK = "an Excel workbook (.xlsx or .xls)";

    /** Why an encrypted workbook is not read. */
    private static final String ENCRYPTED = "the workbook is encrypted (password-protected): open it with its password"
            + " and save it without one";

    /** Why a workbook that POI's zip-bomb guard refuses is not read, and what the caller can do. */
    public static final String ZIP_BOMB = "a part of the workbook expands more than Apache POI's zip-bomb guard allows"
            + " (over 100 times its compressed size, as a sheet of very repetitive text can); if the file is trusted,"
            + " the application can lower the guard with org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio";

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
