package io.workplan.cli;

import io.workplan.core.aggregate.DataQuality;
import io.workplan.core.aggregate.Finding;
import java.io.PrintWriter;
import java.util.StringJoiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
final class ValidateCommand extends Subcommand {

    @Mixin
    ReportFile input;

    /** The tasks named in a group of findings; the others are counted. */
    static final int TASKS_SHOWN = 5;
    /** The groups of findings listed; the findings of further reasons are counted by kind. */
    static final int GROUPS_SHOWN = 1000;

    @Override
    public Integer call() {
        PrintWriter out = out();
        // task by task, twice: the count of findings (gaps in the numbering need every number) comes first;
        // the findings of one kind and reason are one line, gathered in bounded memory as they come
        DataQuality.Survey survey = DataQuality.survey();
        DataQuality.Grouper grouper = DataQuality.grouper(TASKS_SHOWN, GROUPS_SHOWN);
        int[] index = {0};
        input.input.readTwice(input.file, spec, survey::add,
                read -> out.println(input.file.getFileName() + ": valid: " + ReportWords.contents(read) + "; "
                        + survey.count() + " finding(s)"),
                (task, progress) -> survey.findings(index[0]++, task, progress).forEach(grouper::add));
        grouper.groups().forEach(g -> out.println("  " + describe(g)));
        grouper.beyond().forEach((kind, count) -> out.println("  " + name(kind) + ": " + count
                + " more task(s), each giving a reason of its own (the first " + GROUPS_SHOWN + " reasons are listed)"));
        return 0;
    }

    /**
     * A group of findings for people: as {@link #describe(Finding)} for one; else its kind, the
     * count, the first tasks and the reason ({@code no lead unit: 159 tasks (1, 2, 3, 4, 5, …): the
     * task has no lead unit}).
     */
    static String describe(Finding.Group group) {
        if (group.count() == 1) {
            return describe(group.findings().get(0));
        }
        StringJoiner tasks = new StringJoiner(", ", " (", group.count() > group.findings().size() ? ", …)" : ")");
        group.findings().forEach(f -> tasks.add(task(f)));
        return name(group.kind()) + ": " + group.count() + " tasks" + tasks + ": " + group.reason();
    }

    private static String task(Finding finding) {
        return finding.task().number().isPresent()
                ? String.valueOf(finding.task().number().getAsInt())
                : "\"" + BehindCommand.abbreviate(finding.task().content()) + "\"";
    }

    private static String name(Finding.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A finding for people: its kind, the task by its number (or content), the text and the reason. */
    static String describe(Finding finding) {
        return name(finding.kind()) + ": task " + task(finding)
                + finding.problem().rawText().map(t -> " \"" + t + "\"").orElse("") + ": " + finding.problem().reason();
    }
}
