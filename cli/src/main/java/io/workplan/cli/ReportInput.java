package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.ExcelReader;
import io.workplan.json.JsonReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How the commands read a report: a sheet (.xlsx, .xls) or a JSON report (.json), with the options
 * shared by every command that reads one (the sheet options do not apply to JSON).
 */
final class ReportInput {

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read (default: the first with a recognisable header).")
    String sheet;

    @Option(names = "--lenient", description = "Take the sheet despite its problems, listing them as warnings.")
    boolean lenient;

    @Option(names = "--streaming", description = "Read .xlsx with SAX, row by row (for large files).")
    boolean streaming;

    @Option(names = "--progress", description = "Show the rows read on standard error.")
    boolean progress;

    /**
     * Reads a report, writing warnings (and, when asked, the rows read) to standard error.
     *
     * @param file the file
     * @param err standard error
     * @return the report
     */
    ProgressReport read(Path file, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            throw new java.io.UncheckedIOException(new NoSuchFileException(file.toString(), null, "no such file"));
        }
        if (isJson(file)) {
            return JsonReader.create().read(file);
        }
        ExcelReadResult result = reader(err).read(file);
        if (progress) {
            err.println();
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        return result.report();
    }

    /** Whether a file is a JSON report, by its name. */
    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private ExcelReader reader(PrintWriter err) {
        ExcelReadOptions.Builder options = ExcelReadOptions.builder().lenient(lenient).streaming(streaming);
        if (sheet != null) {
            options.sheetName(sheet);
        }
        if (progress) {
            options.progressListener((rows, total) -> {
                err.print("\rrows read: " + rows + (total > 0 ? " of " + total : ""));
                err.flush();
            });
        }
        return new ExcelReader(options.build());
    }
}
