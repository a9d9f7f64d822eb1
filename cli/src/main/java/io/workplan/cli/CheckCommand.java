package io.workplan.cli;

import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.DataQuality;
import io.workplan.core.aggregate.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code workplan check}: reads a sheet strictly and lists every problem with its cell, then the
 * data-quality findings of the report. Exit code 1 when the sheet cannot be taken as it is.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lists every problem of a sheet (with its sheet, cell, header and text) and the data-quality findings "
                + "(gaps in numbering, tasks without a lead unit, narratives without a figure, above 100%%).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportFile input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgressReport report = input.read(spec.commandLine().getErr());
        List<Finding> findings = DataQuality.findings(report);
        out.println(input.file.getFileName() + ": " + report.tasks().size() + " tasks in " + report.categories().size()
                + " categories, " + report.period().label() + "; " + findings.size() + " finding(s)");
        findings.forEach(f -> out.println("  " + f));
        return 0;
    }
}
