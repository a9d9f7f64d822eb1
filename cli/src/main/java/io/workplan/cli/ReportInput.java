package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.WorkplanException;
import io.workplan.core.internal.Printable;
import io.workplan.files.FileReadOptions;
import io.workplan.files.FileReadResult;
import io.workplan.files.ReportFiles;
import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * How the commands read a report, whatever its format (found by the file's bytes, then its name:
 * .xlsx, .xls, a web page, .docx, .csv, .tsv, .json), with the options shared by every command that
 * reads one (the table options do not apply to JSON). Warnings go to standard error; a file that is
 * missing or that the readers refuse is an {@link InvalidInputException}.
 */
final class ReportInput {

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of a workbook to read (default: the first with a recognisable header).")
    String sheet;

    @Option(names = "--table", paramLabel = "N", converter = OptionValues.TableNumber.class,
            description = "The N-th table to read, from 1: of a page or a Word document (nested tables counted too), "
                    + "or the N-th sheet of a workbook (default: the first with a recognisable header).")
    Integer table;

    @Option(names = "--lenient", description = "Take the table despite its problems, listing them as warnings.")
    boolean lenient;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title, when the table has none above its header (or to replace it).")
    String title;

    @Option(names = "--period", paramLabel = "PERIOD", converter = OptionValues.Period.class,
            description = "The reporting period, instead of the one the title names (a warning says when they differ): "
                    + "2024年第二季度, 2024-Q2, 2024-H1, 2024-M10 (January to October), 2024.")
    ReportingPeriod period;

    @Option(names = "--column", paramLabel = "HEADER=ROLE", converter = OptionValues.Column.class,
            description = "A header of the table and the role of its column, winning over the built-in header words "
                    + "(repeatable): 工作举措=task. ROLE is one of number, category, task, leader, lead-units, "
                    + "responsible-units, progress, remark.")
    List<Map.Entry<String, ColumnRole>> columns = new ArrayList<>();

    @Option(names = "--columns", paramLabel = "FILE",
            description = "A file of HEADER=ROLE lines, as --column, in UTF-8 (# comments and blank lines ignored); "
                    + "--column wins over it.")
    Path columnsFile;

    @Option(names = "--streaming", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read .xlsx row by row with SAX, in bounded memory (the default); --no-streaming builds "
                    + "Apache POI's workbook model instead. Both give the same report. .xls is always read whole.")
    boolean streaming;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error while a table is read (default: only when standard error is a terminal).")
    Boolean progress;

    /**
     * Reads a report, writing warnings (and, on a terminal, a progress bar) to standard error.
     *
     * @param file the file
     * @param command the command that reads it, for its standard error and the root command
     * @return the report
     * @throws InvalidInputException when the file is missing or the readers refuse it
     * @throws ParameterException when the {@code --columns} file cannot be read or has a bad line
     */
    ProgressReport read(Path file, CommandSpec command) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": " + (Files.exists(file) ? "not a file" : "no such file"), null);
        }
        PrintWriter err = command.commandLine().getErr();
        TableReadOptions.Builder tableOptions = TableReadOptions.builder().lenient(lenient).putAllHeaders(headers(command));
        if (title != null) {
            tableOptions.title(title);
        }
        if (period != null) {
            tableOptions.period(period);
        }
        if (table != null) {
            tableOptions.table(table - 1);
        }
        ProgressBar bar = null;
        Main main = (Main) command.root().userObject();
        if (progress != null ? progress : main.errIsTerminal()) {
            bar = new ProgressBar(main.progressErr(), Printable.of(String.valueOf(file.getFileName())), System::nanoTime);
            tableOptions.progressListener(bar);
        }
        FileReadOptions.Builder options = FileReadOptions.builder().table(tableOptions.build()).streaming(streaming);
        if (sheet != null) {
            options.sheetName(sheet);
        }
        FileReadResult result;
        try {
            result = ReportFiles.read(file, options.build());
        } catch (WorkplanException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        result.warnings().forEach(w -> err.println(Warnings.line(w)));
        return result.report();
    }

    /** The header words of {@code --columns}, then of {@code --column}, which win. */
    private Map<String, ColumnRole> headers(CommandSpec command) {
        Map<String, ColumnRole> headers = new LinkedHashMap<>();
        if (columnsFile != null) {
            headers.putAll(columnsFile(command));
        }
        columns.forEach(c -> headers.put(c.getKey(), c.getValue()));
        return headers;
    }

    /** The {@code HEADER=ROLE} lines of the {@code --columns} file; a bad line is a usage error with its number. */
    private Map<String, ColumnRole> columnsFile(CommandSpec command) {
        List<String> lines;
        try {
            lines = Files.readAllLines(columnsFile, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ParameterException(command.commandLine(), "--columns " + columnsFile + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "--columns " + columnsFile + ": "
                    + (Files.exists(columnsFile) ? "cannot be read (" + e.getMessage() + ")" : "no such file"));
        }
        Map<String, ColumnRole> headers = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                Map.Entry<String, ColumnRole> column = OptionValues.column(line);
                headers.put(column.getKey(), column.getValue());
            } catch (TypeConversionException e) {
                throw new ParameterException(command.commandLine(), "--columns " + columnsFile + ", line " + (i + 1) + ": "
                        + e.getMessage());
            }
        }
        return headers;
    }
}
