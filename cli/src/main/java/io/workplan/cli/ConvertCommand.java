package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelWriterOptions;
import io.workplan.core.WorkplanException;
import io.workplan.files.FileReadSummary;
import io.workplan.files.FileWriteOptions;
import io.workplan.files.Format;
import io.workplan.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code workplan convert}: a report from any format the tool reads to any it writes, by the
 * output's name. OUT must not be IN; an option that does not apply to OUT's format is refused.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Converts a report between formats: reads IN whatever its format (found by its bytes, then its name), "
                + "writes OUT in the format its name says: .xlsx, .xls, .html, .htm, .docx, .csv (UTF-8 with a byte-order mark), "
                + ".tsv or .json. OUT must not be IN. The output is replaced only when complete: a failure leaves no partial file.")
final class ConvertCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "IN", description = "The report to read, in any format the tool reads.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write: .xlsx, .xls, .html, .htm, .docx, .csv, .tsv or .json.")
    Path out;

    @Option(names = "--summary-sheets", description = "Add the summary sheets (by category, with a chart, and by lead unit) after the official sheet (.xlsx, .xls only).")
    boolean summarySheets;

    @Option(names = "--no-merge", negatable = false, description = "Do not merge runs of equal categories and lead units (.xlsx, .xls only).")
    boolean noMerge;

    @Option(names = "--compact", description = "Write JSON on one line (.json only).")
    boolean compact;

    @Mixin
    ReportInput input;

    @Override
    public Integer call() {
        Format format = outputFormat();
        refuseOptionsNotFor(format);
        refuseWritingOverTheInput();
        FileWriteOptions writeOptions = FileWriteOptions.builder().compactJson(compact)
                .excel(ExcelWriterOptions.builder().summarySheets(summarySheets).mergeRuns(!noMerge).build()).build();
        if (!input.convertsEntryByEntry(in, out, spec)) {
            ProgressReport report = input.read(in, spec);
            ReportFiles.write(report, out, writeOptions);
            out().println("wrote " + out + ": " + ReportWords.contents(report));
            return 0;
        }
        // entry by entry: a failure once IN is read is the writing's, told as such (exit 3 for a file that cannot be written)
        boolean[] read = {false};
        FileReadSummary summary;
        try {
            summary = input.reading(in, spec, options -> {
                try {
                    return ReportFiles.convert(in, options, out, writeOptions, r -> {
                        read[0] = true;
                        r.warnings().forEach(w -> err().println(Warnings.line(w)));
                    });
                } catch (WorkplanException e) {
                    throw read[0] ? new WritingFailure(e) : e;
                }
            });
        } catch (WritingFailure e) {
            throw (WorkplanException) e.getCause();
        }
        out().println("wrote " + out + ": " + ReportWords.contents(summary));
        return 0;
    }

    /** A failure of the writing, carried past the reading's handling of failures. */
    private static final class WritingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WritingFailure(WorkplanException cause) {
            super(cause);
        }
    }

    /** OUT's format, by its name; a usage error naming the accepted extensions when it names none the tool writes. */
    private Format outputFormat() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        return Format.byName(out).filter(f -> !name.endsWith(".txt"))   // .txt is read as TSV, never written
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "OUT must end with "
                        + Arrays.stream(Format.values()).flatMap(f -> Arrays.stream(f.extensions()))
                                .filter(e -> !e.equals("txt")).map(e -> "." + e).collect(Collectors.joining(", "))
                        + ": " + out));
    }

    /** The writer options that OUT's format has not: usage errors rather than ignored. */
    private void refuseOptionsNotFor(Format format) {
        boolean excel = format == Format.XLSX || format == Format.XLS;
        Optional<String> misplaced = compact && format != Format.JSON ? Optional.of("--compact applies to .json only")
                : summarySheets && !excel ? Optional.of("--summary-sheets applies to .xlsx and .xls only")
                : noMerge && !excel ? Optional.of("--no-merge applies to .xlsx and .xls only")
                : Optional.empty();
        misplaced.ifPresent(m -> {
            throw new ParameterException(spec.commandLine(), m + ", not to " + out.getFileName());
        });
    }

    /** OUT naming IN (the same path, another spelling of it, or a link): refused before anything is read or written. */
    private void refuseWritingOverTheInput() {
        boolean same;
        try {
            same = Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out);
        } catch (IOException e) {
            same = false;   // one of them cannot be reached: the reader or the writer says so
        }
        if (same) {
            throw new ParameterException(spec.commandLine(), "OUT is IN (" + out + " is " + in
                    + "): write the conversion to another file");
        }
    }
}
