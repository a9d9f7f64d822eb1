package io.workplan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.AmbiguousMatch;
import io.workplan.core.aggregate.ReportComparison;
import io.workplan.core.aggregate.TaskChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workplan compare}: two reports of one plan, quarter over quarter, as text or JSON. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compares two reports of the same plan (tasks matched by number and content): "
                + "improved, unchanged, declined, newly completed, went down, added and removed tasks.")
final class CompareCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier report, in any format the tool reads.")
    Path earlier;

    @Parameters(index = "1", paramLabel = "LATER", description = "The later report, in any format the tool reads.")
    Path later;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportInput input;

    /** The output formats. */
    enum Format { text, json }

    @Override
    public Integer call() {
        List<ProgressReport> reports = input.readAll(List.of(earlier, later), true, spec);
        ReportComparison c = ReportComparison.of(reports.get(0), reports.get(1));
        PrintWriter out = out();
        if (format == Format.json) {
            JsonOutput.print(out, json -> json(json, c));
            return 0;
        }
        out.println(ReportWords.period(c.earlier()) + " → " + ReportWords.period(c.later()) + ": "
                + c.changes().size() + " tasks in both, " + c.added().size() + " added, " + c.removed().size() + " removed");
        c.counts().forEach((direction, count) -> out.println("  " + direction(direction) + ": " + count));
        section(out, "Newly completed", c.newlyCompleted());
        section(out, "Went down (check the data)", c.wentDown());
        tasks(out, "Added", c.added());
        tasks(out, "Removed", c.removed());
        if (!c.ambiguities().isEmpty()) {
            out.println("Not matched, two tasks fit nearly as well (check them; shown added and removed):");
            c.ambiguities().forEach(a -> out.println("  " + label(a.task()) + " ~ "
                    + a.candidateTasks().stream().map(CompareCommand::label).collect(java.util.stream.Collectors.joining(" | "))));
        }
        return 0;
    }

    private static void json(JsonGenerator json, ReportComparison c) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("earlier");
        JsonOutput.head(json, c.earlier());
        json.writeEndObject();
        json.writeObjectFieldStart("later");
        JsonOutput.head(json, c.later());
        json.writeEndObject();
        json.writeNumberField("inBoth", c.changes().size());
        json.writeObjectFieldStart("counts");
        for (Map.Entry<TaskChange.Direction, Integer> count : c.counts().entrySet()) {
            json.writeNumberField(jsonName(count.getKey()), count.getValue());
        }
        json.writeEndObject();
        changes(json, "changes", c.changes());
        changes(json, "newlyCompleted", c.newlyCompleted());
        changes(json, "wentDown", c.wentDown());
        tasks(json, "added", c.added());
        tasks(json, "removed", c.removed());
        json.writeArrayFieldStart("ambiguities");
        for (AmbiguousMatch a : c.ambiguities()) {
            json.writeStartObject();
            json.writeStringField("in", a.ofEarlier() ? "earlier" : "later");
            json.writeFieldName("task");
            JsonOutput.task(json, a.task());
            JsonOutput.candidates(json, a);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void changes(JsonGenerator json, String field, List<TaskChange> changes) throws IOException {
        json.writeArrayFieldStart(field);
        for (TaskChange change : changes) {
            json.writeStartObject();
            JsonOutput.taskFields(json, change.match().later());
            json.writeStringField("before", change.before().map(p -> p.text()).orElse(null));
            json.writeStringField("after", change.after().map(p -> p.text()).orElse(null));
            JsonOutput.number(json, "changePoints", change.change());
            json.writeStringField("direction", jsonName(change.direction()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void tasks(JsonGenerator json, String field, List<Task> tasks) throws IOException {
        json.writeArrayFieldStart(field);
        for (Task task : tasks) {
            JsonOutput.task(json, task);
        }
        json.writeEndArray();
    }

    /** {@code notComparable} for {@code NOT_COMPARABLE}. */
    private static String jsonName(TaskChange.Direction direction) {
        return JsonOutput.name(direction(direction));
    }

    /** {@code not comparable} for {@code NOT_COMPARABLE}. */
    static String direction(TaskChange.Direction direction) {
        return words(direction.name());
    }

    /** A constant's name in lower-case words: {@code same content} for {@code SAME_CONTENT}. */
    static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
