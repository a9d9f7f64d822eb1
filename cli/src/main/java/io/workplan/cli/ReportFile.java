package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.files.FileReadSummary;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The one report a command reads: its FILE parameter and the reading options. */
final class ReportFile {

    @Parameters(paramLabel = "FILE", description = "The table: .xlsx, .xls, a web page (.html, .htm, or saved as .xls), .docx, .csv, .tsv, "
            + "or a JSON report (.json); found by the file's bytes, then its name.")
    Path file;

    @Mixin
    ReportInput input;

    /**
     * Reads the report, writing warnings to standard error.
     *
     * @param command the command that reads it
     * @return the report
     */
    ProgressReport read(CommandSpec command) {
        return input.read(file, command);
    }

    /**
     * Reads the report task by task, writing warnings to standard error.
     *
     * @param command the command that reads it
     * @param tasks what each task is handed to, in the report's order
     * @return everything of the report but its tasks
     */
    FileReadSummary read(CommandSpec command, ReportInput.TaskSink tasks) {
        return input.read(file, command, tasks);
    }

    /**
     * Reads the report into an aggregation entry by entry, writing warnings to standard error: each
     * entry judged against its period, a task without an entry (a JSON report's) added without
     * progress. A task without an entry is not assessable for want of it, whatever the period, so
     * the figures are those of the whole report.
     *
     * @param command the command that reads it
     * @param aggregation what the tasks are counted in
     * @return everything of the report but its tasks
     */
    FileReadSummary aggregate(CommandSpec command, StreamingAggregation aggregation) {
        return input.read(file, command, aggregation, task -> aggregation.add(task, Optional.empty()));
    }
}
