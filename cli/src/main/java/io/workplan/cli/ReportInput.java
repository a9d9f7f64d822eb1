package io.workplan.cli;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.WorkplanException;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.Printable;
import io.workplan.files.FileReadOptions;
import io.workplan.files.FileReadResult;
import io.workplan.files.FileReadSummary;
import io.workplan.files.ReportFiles;
import io.workplan.sheet.ColumnRole;
import io.workplan.sheet.TableReadOptions;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** What a command is handed of each task, in the report's order, when it reads task by task. */
    @FunctionalInterface
    interface TaskSink {
        /**
         * Takes a task.
         *
         * @param task the task
         * @param progress its progress, absent when the report gives it none (only a JSON report can)
         */
        void accept(Task task, Optional<Progress> progress);
    }

    /**
     * Reads a whole report, writing warnings (and, on a terminal, a progress bar) to standard error,
     * once the heap was found large enough for it ({@link WholeReports}).
     *
     * @param file the file
     * @param command the command that reads it, for its standard error and the root command
     * @return the report
     * @throws InvalidInputException when the file is missing, the readers refuse it, or the heap is
     *     too small for the report (naming the heap it needs)
     * @throws ParameterException when the {@code --columns} file cannot be read or has a bad line
     */
    ProgressReport read(Path file, CommandSpec command) {
        return readAll(List.of(file), false, command).get(0);
    }

    /**
     * Reads whole reports that are held at once, as {@link #read(Path, CommandSpec)} does, once the
     * heap was found large enough for all of them together.
     *
     * @param files the files
     * @param pairs whether every pair of tasks of the first two is matched too ({@code compare})
     * @param command the command that reads them
     * @return their reports, in the files' order
     */
    List<ProgressReport> readAll(List<Path> files, boolean pairs, CommandSpec command) {
        WholeReports.requireHeapFor(files, pairs, this, command);
        List<ProgressReport> reports = new ArrayList<>();
        files.forEach(file -> reports.add(readWhole(file, command).report()));
        return reports;
    }

    /**
     * Reads a report task by task, handing each to a sink, in the report's order, and writing
     * warnings (and a progress bar) to standard error. An .xlsx read streaming holds none of the
     * report; the other formats, which their readers hold whole anyway, are read whole, then handed
     * over task by task.
     *
     * @param file the file
     * @param command the command that reads it
     * @param tasks what each task is handed to
     * @return everything of the report but its tasks
     * @throws InvalidInputException when the file is missing or the readers refuse it
     * @throws ParameterException when the {@code --columns} file cannot be read or has a bad line
     */
    FileReadSummary read(Path file, CommandSpec command, TaskSink tasks) {
        if (!streams(file)) {
            FileReadResult result = readWhole(file, command);
            ProgressReport report = result.report();
            report.tasks().forEach(task -> tasks.accept(task, report.progressOf(task)));
            return result.summary();
        }
        FileReadSummary summary = reading(file, command,
                options -> ReportFiles.read(file, options, entry -> tasks.accept(entry.task(), Optional.of(entry.progress()))));
        summary.warnings().forEach(w -> command.commandLine().getErr().println(Warnings.line(w)));
        return summary;
    }

    /**
     * Reads a report task by task twice: the first sink takes every task, then {@code between} runs,
     * then the second sink takes every task again, each in the report's order; for what can be known
     * only once every task was seen (a gap in the numbering) before the first line about a task is
     * written. A file that streams is read twice (warnings written once); any other is read whole
     * once and its tasks handed over twice.
     *
     * @param file the file
     * @param command the command that reads it
     * @param first what each task is handed to first
     * @param between what runs between the passes, with what the reading found
     * @param second what each task is handed to next
     * @return everything of the report but its tasks
     * @throws InvalidInputException when the file is missing, the readers refuse it, or it changed
     *     between the passes
     */
    FileReadSummary readTwice(Path file, CommandSpec command, TaskSink first, Consumer<FileReadSummary> between, TaskSink second) {
        if (!streams(file)) {
            FileReadResult result = readWhole(file, command);
            ProgressReport report = result.report();
            report.tasks().forEach(task -> first.accept(task, report.progressOf(task)));
            between.accept(result.summary());
            report.tasks().forEach(task -> second.accept(task, report.progressOf(task)));
            return result.summary();
        }
        FileReadSummary summary = read(file, command, first);
        between.accept(summary);
        FileReadSummary again = reading(file, command,
                options -> ReportFiles.read(file, options, entry -> second.accept(entry.task(), Optional.of(entry.progress()))));
        if (!again.equals(summary)) {
            throw new InvalidInputException(file + ": the file changed while it was read: read again, it gave another report", null);
        }
        return summary;
    }

    /** Whether a file is read entry by entry without holding its report: an .xlsx read streaming. */
    boolean streams(Path file) {
        return streaming && Files.isRegularFile(file) && formatOf(file) == io.workplan.files.Format.XLSX;
    }

    /**
     * Whether a conversion goes entry by entry ({@link ReportFiles#convertsEntryByEntry}); {@code
     * false} for an input that is missing or of no known format, which the reading then refuses.
     */
    boolean convertsEntryByEntry(Path in, Path out, CommandSpec command) {
        if (!streams(in)) {
            return false;
        }
        try {
            return ReportFiles.convertsEntryByEntry(in, options(command, null), out);
        } catch (WorkplanException e) {
            return false;
        }
    }

    /** The format of a file, as the readers find it; a file they cannot tell is invalid input. */
    static io.workplan.files.Format formatOf(Path file) {
        try {
            return ReportFiles.formatOf(file);
        } catch (WorkplanException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Reads a whole report, writing its warnings to standard error. */
    private FileReadResult readWhole(Path file, CommandSpec command) {
        FileReadResult result = reading(file, command, options -> ReportFiles.read(file, options));
        result.warnings().forEach(w -> command.commandLine().getErr().println(Warnings.line(w)));
        return result;
    }

    /**
     * The reading options of the command line.
     *
     * @param command the command
     * @param listener the progress bar, or {@code null}
     * @return the options
     */
    FileReadOptions options(CommandSpec command, ProgressBar listener) {
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
        if (listener != null) {
            tableOptions.progressListener(listener);
        }
        FileReadOptions.Builder options = FileReadOptions.builder().table(tableOptions.build()).streaming(streaming);
        if (sheet != null) {
            if (table != null) {
                throw new ParameterException(command.commandLine(), "--sheet and --table both choose the table to read: give one of them");
            }
            options.sheetName(sheet);
        }
        return options.build();
    }

    /**
     * Runs a reading of a file with the command line's options and, when asked or on a terminal, a
     * progress bar; a file that is missing or that the readers refuse is invalid input.
     *
     * @param file the file
     * @param command the command
     * @param read the reading
     * @return what it read
     */
    <R> R reading(Path file, CommandSpec command, Function<FileReadOptions, R> read) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": " + (Files.isDirectory(file) ? "it is a folder, not a file"
                    : Files.exists(file) ? "not a file" : "no such file"), null);
        }
        ProgressBar bar = null;
        Main main = (Main) command.root().userObject();
        if (progress != null ? progress : main.errIsTerminal()) {
            // the bar writes to the raw stream (it needs its \r); the file's name escaped
            bar = new ProgressBar(main.progressErr(), Printable.of(String.valueOf(file.getFileName())), System::nanoTime);
        }
        try {
            return read.apply(options(command, bar));
        } catch (WorkplanException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
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

    /**
     * The lines of a text file an option names ({@code --columns}, {@code --template}), in UTF-8; a
     * file that is missing, unreadable or not UTF-8 is a usage error naming the option and the file.
     *
     * @param command the command
     * @param option the option's name
     * @param file the file
     * @return its lines
     */
    static List<String> textFile(CommandSpec command, String option, Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ParameterException(command.commandLine(), option + " " + file + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), option + " " + file + ": "
                    + (Files.exists(file) ? "cannot be read (" + FileErrors.reason(e) + ")" : "no such file"));
        }
    }

    /** The {@code HEADER=ROLE} lines of the {@code --columns} file; a bad line is a usage error with its number. */
    private Map<String, ColumnRole> columnsFile(CommandSpec command) {
        List<String> lines = textFile(command, "--columns", columnsFile);
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
