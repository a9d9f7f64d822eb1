package io.workplan.cli;

import io.workplan.core.ProgressReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The one report a command reads: its FILE parameter and the reading options. */
final class ReportFile {

    @Parameters(paramLabel = "FILE", description = "The sheet (.xlsx, .xls) or JSON report (.json).")
    Path file;

    @Mixin
    ReportInput input;

    /**
     * Reads the report, writing warnings to standard error.
     *
     * @param err standard error
     * @return the report
     */
    ProgressReport read(PrintWriter err) {
        return input.read(file, err);
    }
}
