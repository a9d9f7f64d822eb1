package io.workplan.cli;

import io.workplan.core.aggregate.DataQuality;
import io.workplan.core.aggregate.Finding;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code workplan validate}: reads a table (in any format) or a JSON report strictly. Exit code 0 when it reads
 * without errors (its warnings on standard error, its data-quality findings on standard output);
 * 1 when it has errors, each listed on standard error with its location (sheet and cell, or JSON
 * pointer and line:column), header and text; a broken file is an error too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads a table (any format) or JSON report strictly: exit 0 when it has no errors (warnings on standard error, "
                + "data-quality findings such as gaps in numbering on standard output), 1 when it has errors, "
                + "each listed on standard error with its location.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportFile input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // task by task, twice: the count of findings (gaps in the numbering need every number) comes first
        DataQuality.Survey survey = DataQuality.survey();
        int[] index = {0};
        input.input.readTwice(input.file, spec, survey::add,
                read -> out.println(input.file.getFileName() + ": valid: " + ReportWords.contents(read) + "; "
                        + survey.count() + " finding(s)"),
                (task, progress) -> survey.findings(index[0]++, task, progress).forEach(f -> out.println("  " + describe(f))));
        return 0;
    }

    private static String name(Finding.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A finding for people: its kind, the task by its number (or content), the text and the reason. */
    static String describe(Finding finding) {
        String task = finding.task().number().isPresent()
                ? "task " + finding.task().number().getAsInt()
                : "task \"" + BehindCommand.abbreviate(finding.task().content()) + "\"";
        return name(finding.kind()) + ": " + task
                + finding.problem().rawText().map(t -> " \"" + t + "\"").orElse("") + ": " + finding.problem().reason();
    }
}
