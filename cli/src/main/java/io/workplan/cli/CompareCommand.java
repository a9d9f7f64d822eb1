package io.workplan.cli;

import io.workplan.core.Task;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.ReportComparison;
import io.workplan.core.aggregate.TaskChange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workplan compare}: two reports of one plan, quarter over quarter. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two reports of the same plan (tasks matched by number and content): "
                + "improved, unchanged, declined, newly completed, went down, added and removed tasks.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier sheet.")
    Path earlier;

    @Parameters(index = "1", paramLabel = "LATER", description = "The later sheet.")
    Path later;

    @Mixin
    ReportInput input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportComparison c = ReportComparison.of(input.read(earlier, err), input.read(later, err));
        PrintWriter out = spec.commandLine().getOut();
        out.println(c.earlier().period().label() + " → " + c.later().period().label() + ": "
                + c.changes().size() + " tasks in both, " + c.added().size() + " added, " + c.removed().size() + " removed");
        c.counts().forEach((direction, count) -> out.println("  " + direction.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + count));
        section(out, "Newly completed", c.newlyCompleted());
        section(out, "Went down (check the data)", c.wentDown());
        tasks(out, "Added", c.added());
        tasks(out, "Removed", c.removed());
        return 0;
    }

    private static void section(PrintWriter out, String heading, List<TaskChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println(heading + ":");
        for (TaskChange change : changes) {
            out.println("  " + label(change.match().later()) + ": "
                    + change.before().map(p -> p.text()).orElse("-") + " → " + change.after().map(p -> p.text()).orElse("-")
                    + change.change().map(d -> " (" + Figures.display(d, 1).toPlainString() + " points)").orElse(""));
        }
    }

    private static void tasks(PrintWriter out, String heading, List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        out.println(heading + ":");
        tasks.forEach(t -> out.println("  " + label(t)));
    }

    private static String label(Task task) {
        String content = task.content().replace('\n', ' ');
        return (task.number().isPresent() ? task.number().getAsInt() + ". " : "")
                + (content.length() > 30 ? content.substring(0, 30) + "…" : content);
    }
}
