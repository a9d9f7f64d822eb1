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
        ProgressReport report = input.read(spec);
        // the findings of one kind and reason once, with their count: one line for 159 tasks without a lead unit
        List<Finding.Group> findings = DataQuality.grouped(report);
        out.println(input.file.getFileName() + ": valid: " + ReportWords.contents(report) + "; " + findings.size() + " finding(s)");
        findings.forEach(g -> out.println("  " + describe(g)));
        return 0;
    }

    /** A group of findings: the one finding, or the kind, the count, the tasks' numbers (the first ten) and the reason. */
    static String describe(Finding.Group group) {
        if (group.count() == 1) {
            return describe(group.findings().get(0));
        }
        List<String> numbers = group.findings().stream().map(Finding::task).filter(t -> t.number().isPresent())
                .map(t -> String.valueOf(t.number().getAsInt())).distinct().collect(java.util.stream.Collectors.toList());
        String which = numbers.isEmpty() ? "" : " (" + (numbers.size() > 10
                ? String.join(", ", numbers.subList(0, 10)) + ", … " + numbers.get(numbers.size() - 1)
                : String.join(", ", numbers)) + ")";
        return name(group.kind()) + ": " + group.count() + " tasks" + which + ": " + group.reason();
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
