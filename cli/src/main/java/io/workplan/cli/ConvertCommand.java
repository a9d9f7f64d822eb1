package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.excel.ExcelWriter;
import io.workplan.excel.ExcelWriterOptions;
import io.workplan.json.JsonWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workplan convert}: a report from one format to another, by the files' names. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Converts a report between the official sheet (.xlsx, .xls) and JSON (.json), by the files' names. "
                + "The output is replaced only when complete: a failure leaves no partial file.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The report to read (.xlsx, .xls or .json).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.xlsx, .xls or .json).")
    Path out;

    @Option(names = "--summary-sheets", description = "Add the summary sheets (by category, with a chart, and by lead unit) after the official sheet.")
    boolean summarySheets;

    @Option(names = "--no-merge", negatable = false, description = "Do not merge runs of equal categories and lead units.")
    boolean noMerge;

    @Option(names = "--compact", description = "Write JSON on one line.")
    boolean compact;

    @Mixin
    ReportInput input;

    @Override
    public Integer call() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".xls") && !name.endsWith(".json")) {
            throw new ParameterException(spec.commandLine(), "OUT must end with .xlsx, .xls or .json: " + out);
        }
        ProgressReport report = input.read(in, spec);
        if (ReportInput.isJson(out)) {
            (compact ? JsonWriter.create().compact() : JsonWriter.create()).write(report, out);
        } else {
            ExcelWriterOptions options = ExcelWriterOptions.builder().summarySheets(summarySheets).mergeRuns(!noMerge).build();
            ExcelWriter.create(options).write(report, out);
        }
        spec.commandLine().getOut().println("wrote " + out + ": " + report.tasks().size() + " tasks in "
                + (report.categories().isEmpty() ? ReportWords.NO_CATEGORIES : report.categories().size() + " categories") + ", "
                + ReportWords.period(report));
        return 0;
    }
}
