package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.core.WorkplanException;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.ExcelReader;
import io.workplan.json.JsonReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How the commands read a report: a sheet (.xlsx, .xls) or a JSON report (.json), with the options
 * shared by every command that reads one (the sheet options do not apply to JSON). Warnings go to
 * standard error; a file that is missing or that the readers refuse is an {@link InvalidInputException}.
 */
final class ReportInput {

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read (default: the first with a recognisable header).")
    String sheet;

    @Option(names = "--lenient", description = "Take the sheet despite its problems, listing them as warnings.")
    boolean lenient;

    @Option(names = "--streaming", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read .xlsx row by row with SAX, in bounded memory (the default); --no-streaming builds "
                    + "Apache POI's workbook model instead. Both give the same report. .xls is always read whole.")
    boolean streaming;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error while a sheet is read (default: only when standard error is a terminal).")
    Boolean progress;

    /**
     * Reads a report, writing warnings (and, on a terminal, a progress bar) to standard error.
     *
     * @param file the file
     * @param command the command that reads it, for its standard error and the root command
     * @return the report
     * @throws InvalidInputException when the file is missing or the readers refuse it
     */
    ProgressReport read(Path file, CommandSpec command) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": " + (Files.exists(file) ? "not a file" : "no such file"), null);
        }
        try {
            if (isJson(file)) {
                return JsonReader.create().read(file);
            }
            return readSheet(file, command);
        } catch (WorkplanException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Whether a file is a JSON report, by its name. */
    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private ProgressReport readSheet(Path file, CommandSpec command) {
        PrintWriter err = command.commandLine().getErr();
        ExcelReadOptions.Builder options = ExcelReadOptions.builder().lenient(lenient).streaming(streaming);
        if (sheet != null) {
            options.sheetName(sheet);
        }
        ProgressBar bar = null;
        boolean terminal = ((Main) command.root().userObject()).errIsTerminal();
        if (progress != null ? progress : terminal) {
            bar = new ProgressBar(err, String.valueOf(file.getFileName()), System::nanoTime);
            options.progressListener(bar);
        }
        ExcelReadResult result;
        try {
            result = new ExcelReader(options.build()).read(file);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        result.warnings().forEach(w -> err.println(Warnings.line(w)));
        return result.report();
    }
}
