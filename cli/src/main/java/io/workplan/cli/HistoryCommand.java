package io.workplan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import io.workplan.core.WorkplanException;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.HistoryAmbiguity;
import io.workplan.core.aggregate.HistoryFlag;
import io.workplan.core.aggregate.HistoryStep;
import io.workplan.core.aggregate.PlanHistory;
import io.workplan.core.aggregate.TaskHistory;
import io.workplan.core.aggregate.TaskMatch;
import io.workplan.core.aggregate.TaskMatcher;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.excel.HistoryWorkbookWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code workplan history}: the reports of one plan over several periods as one table, a row per
 * task and a column per period, with the flags of core's {@link PlanHistory}; as text, JSON or a
 * workbook.
 */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Follows the tasks of one plan through several reports (any formats, any order: put in period order), "
                + "matched as compare matches them: each period's progress, the change, and the flags went down, behind "
                + "(the latest period), stalled (no change over two periods), newly completed, added and dropped. "
                + "A task two others fit nearly as well is matched to neither and named in a warning.")
final class HistoryCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The reports of one plan and year, in any format the tool reads.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT instead of standard output: .xlsx or .xls (a workbook), .json; replaced only when complete.")
    Path output;

    @Option(names = "--format", description = "text or json, on standard output (default: text; json for -o x.json).")
    Format format;

    @Option(names = "--flagged", description = "Only the tasks with a flag (text).")
    boolean flagged;

    @Mixin
    ReportInput input;

    @Mixin
    ScheduleOptions schedule;

    /** The formats printed. */
    enum Format { text, json }

    @Override
    public Integer call() {
        Target target = target();
        List<ProgressReport> reports = input.readAll(files, true, spec);
        PlanHistory history;
        try {
            history = PlanHistory.of(reports, TaskMatcher.standard(), schedule.rule());
        } catch (ValidationException e) {
            throw new InvalidInputException(refusal(e), e);
        }
        PrintWriter err = err();
        history.ambiguities().forEach(a -> err.println(Warnings.line(a.problem())));
        PrintWriter out = out();
        switch (target) {
            case WORKBOOK -> {
                HistoryWorkbookWriter.create().write(history, output);
                out.println("wrote " + output + ": " + contents(history));
            }
            case JSON_FILE -> {
                try {
                    AtomicFile.write(output, stream -> {
                        PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                        JsonOutput.print(writer, json -> json(json, history, schedule));
                    });
                } catch (IOException e) {
                    // an output that cannot be written: exit 3, as for the other writers
                    throw new WorkplanException("Cannot write " + output, List.of(Problem.builder().source(output.toString())
                            .reason("the JSON cannot be written: " + FileErrors.writeReason(output, e)).build()), e);
                }
                out.println("wrote " + output + ": " + contents(history));
            }
            case JSON -> JsonOutput.print(out, json -> json(json, history, schedule));
            case TEXT -> text(out, history);
        }
        return 0;
    }

    /** Where the history goes. */
    private enum Target { TEXT, JSON, JSON_FILE, WORKBOOK }

    private Target target() {
        if (output == null) {
            return format == Format.json ? Target.JSON : Target.TEXT;
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        Target target = name.endsWith(".xlsx") || name.endsWith(".xls") ? Target.WORKBOOK
                : name.endsWith(".json") ? Target.JSON_FILE : null;
        if (target == null) {
            throw new ParameterException(spec.commandLine(), "-o must end with .xlsx, .xls or .json: " + output);
        }
        if (format == Format.text || format == Format.json && target != Target.JSON_FILE) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " does not apply to " + output.getFileName()
                    + ": the name of -o says the format");
        }
        if (flagged) {
            throw new ParameterException(spec.commandLine(), "--flagged applies to the text on standard output only");
        }
        if (files.contains(output)) {
            throw new ParameterException(spec.commandLine(), "-o is one of the reports (" + output + "): write the history to another file");
        }
        return target;
    }

    private static final Pattern REPORT = Pattern.compile("reports\\[(\\d+)]");

    /** The history's refusal, each report named by its file rather than its place. */
    private String refusal(ValidationException e) {
        List<String> lines = new ArrayList<>();
        lines.add("workplan: these reports are not one plan's history:");
        for (Problem p : e.problems()) {
            lines.add("  " + named(p.path().orElse("")).replace(".period", " (period)").replace(".title", " (title)")
                    .replace(".region", " (region)") + ": " + named(p.reason()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** A text with each {@code reports[i]} replaced by the i-th file. */
    private String named(String text) {
        Matcher m = REPORT.matcher(text);
        StringBuilder named = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(named, Matcher.quoteReplacement(i < files.size() ? files.get(i).toString() : m.group()));
        }
        return m.appendTail(named).toString();
    }

    /** {@code 160 tasks over 4 periods, 2024年第一季度 to 2024年第四季度}. */
    private static String contents(PlanHistory history) {
        List<ReportingPeriod> periods = history.periods();
        return history.tasks().size() + " tasks over " + periods.size() + " period" + (periods.size() == 1 ? "" : "s") + ", "
                + periods.get(0).label() + (periods.size() > 1 ? " to " + periods.get(periods.size() - 1).label() : "");
    }

    private void text(PrintWriter out, PlanHistory history) {
        out.println("History of " + history.reports().get(history.reports().size() - 1).title() + ": " + contents(history));
        out.println("  " + java.util.Arrays.stream(HistoryFlag.values())
                .map(f -> f.words() + ": " + history.flagged(f).size()).collect(Collectors.joining(", "))
                + (history.ambiguities().isEmpty() ? "" : "; not matched, ambiguous: " + history.ambiguities().size()));
        List<String> header = new ArrayList<>(List.of("No.", "Task"));
        history.periods().forEach(p -> header.add(p.code()));
        header.add("Flags");
        TextTable table = new TextTable(header.toArray(String[]::new)).leftAligned(1, header.size() - 1);
        for (TaskHistory task : history.tasks()) {
            if (flagged && task.flags().isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            Task latest = task.latest();
            row.add(latest.number().isPresent() ? String.valueOf(latest.number().getAsInt()) : "");
            row.add(BehindCommand.abbreviate(latest.content()));
            task.steps().forEach(s -> row.add(cell(s, schedule.scale)));
            row.add(task.flags().stream().map(HistoryFlag::words).collect(Collectors.joining(", ")));
            table.add(row.toArray());
        }
        out.print(table);
    }

    /** A period's progress and change: {@code 45% (+15.0)}, {@code -} when not listed. */
    private static String cell(HistoryStep step, int scale) {
        if (!step.listed()) {
            return "-";
        }
        String progress = step.progress().map(p -> p.text().replace('\n', ' ')).orElse("");
        return progress + step.changePoints().map(d -> " (" + signed(Figures.display(d, scale)) + ")").orElse("");
    }

    private static String signed(java.math.BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + d.toPlainString();
    }

    private static void json(JsonGenerator json, PlanHistory history, ScheduleOptions schedule) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("reports");
        for (ProgressReport report : history.reports()) {
            json.writeStartObject();
            JsonOutput.head(json, report);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("periods");
        for (ReportingPeriod p : history.periods()) {
            json.writeString(p.label());
        }
        json.writeEndArray();
        JsonOutput.number(json, "expectedPercent", java.util.Optional.ofNullable(schedule.expected));
        json.writeNumberField("tolerancePoints", schedule.tolerance);
        json.writeObjectFieldStart("flagged");
        for (HistoryFlag flag : HistoryFlag.values()) {
            json.writeNumberField(JsonOutput.name(flag.words()), history.flagged(flag).size());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("tasks");
        for (TaskHistory task : history.tasks()) {
            json.writeStartObject();
            JsonOutput.taskFields(json, task.latest());
            flags(json, task.flags());
            json.writeArrayFieldStart("steps");
            for (HistoryStep step : task.steps()) {
                step(json, step);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ambiguities");
        for (HistoryAmbiguity a : history.ambiguities()) {
            json.writeStartObject();
            boolean ofEarlier = a.match().ofEarlier();
            json.writeStringField("period", (ofEarlier ? a.earlier() : a.later()).label());
            json.writeStringField("candidatesPeriod", (ofEarlier ? a.later() : a.earlier()).label());
            json.writeFieldName("task");
            JsonOutput.task(json, a.match().task());
            JsonOutput.candidates(json, a.match());
            json.writeStringField("message", a.problem().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void step(JsonGenerator json, HistoryStep step) throws IOException {
        json.writeStartObject();
        json.writeStringField("period", step.period().label());
        json.writeBooleanField("listed", step.listed());
        json.writeFieldName("number");
        if (step.task().isPresent() && step.task().get().number().isPresent()) {
            json.writeNumber(step.task().get().number().getAsInt());
        } else {
            json.writeNull();
        }
        json.writeStringField("progress", step.progress().map(p -> p.text()).orElse(null));
        JsonOutput.number(json, "percent", step.progress().flatMap(p -> p.percent()));
        JsonOutput.number(json, "changePoints", step.changePoints());
        json.writeStringField("direction", step.change().map(c -> JsonOutput.name(CompareCommand.direction(c.direction()))).orElse(null));
        json.writeStringField("matchedBy", step.change().map(c -> JsonOutput.name(CompareCommand.words(c.match().basis().name()))).orElse(null));
        JsonOutput.number(json, "similarity", step.change().map(c -> c.match().similarity()));
        json.writeStringField("status", step.assessment().map(a -> JsonOutput.name(a.status().words())).orElse(null));
        flags(json, step.flags());
        json.writeEndObject();
    }

    private static void flags(JsonGenerator json, java.util.Set<HistoryFlag> flags) throws IOException {
        json.writeArrayFieldStart("flags");
        for (HistoryFlag flag : flags) {
            json.writeString(JsonOutput.name(flag.words()));
        }
        json.writeEndArray();
    }
}
