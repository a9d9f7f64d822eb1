package io.workplan.cli;

import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.WorkplanException;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.ScheduleAssessment;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.ScheduleSummary;
import io.workplan.core.aggregate.Share;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.core.internal.AtomicFile;
import io.workplan.core.internal.FileErrors;
import io.workplan.word.WordBulletin;
import io.workplan.word.WordWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code workplan bulletin}: the supervision bulletin of a report (督查通报): the counts and shares of
 * each schedule status in one paragraph, the denominators stated, then the tasks behind schedule by
 * lead unit; the figures those of {@code summary}, the words and their order those of a template.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The supervision bulletin (督查通报) of a report: how many tasks are behind (欠进度), ahead (超进度), "
                + "completed (已完成), other (其它) and on schedule (达进度) with their shares of all tasks, then the tasks "
                + "behind schedule by lead unit. As text, Markdown, or a Word document (-o FILE.docx).")
final class BulletinCommand extends Subcommand {

    /** The formats of the bulletin. */
    enum Format { text, markdown, docx }

    @Mixin
    ReportFile input;

    @Mixin
    ScheduleOptions schedule;

    @Option(names = "--format", description = "text or markdown (default: by the name of -o, else text).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the bulletin to FILE instead of standard output: .txt (text), .md (Markdown) or .docx "
                    + "(a Word document: a heading, the paragraph, a table of the tasks behind schedule); "
                    + "replaced only when complete.")
    Path output;

    @Option(names = "--template", paramLabel = "FILE",
            description = "The words and the order of the bulletin: a file of KEY=TEXT lines in UTF-8 (see docs/bulletin.md; "
                    + "default: the built-in template).")
    Path template;

    @Override
    public Integer call() {
        Format chosen = format();
        BulletinTemplate words = template();
        ProgressReport report = input.read(spec);
        if (!ReportWords.assessable(report, schedule)) {
            throw new InvalidInputException(input.file + ": " + ReportWords.NEEDS_EXPECTED, null);
        }
        List<ScheduleAssessment> behind;
        ScheduleSummary summary;
        try (StreamingAggregation aggregation = StreamingAggregation.builder().rule(schedule.rule())
                .categories(report.categories()).keepTasksBehind(true).build()) {
            aggregation.addAll(report);
            summary = aggregation.overall().schedule();
            behind = aggregation.tasksBehindSchedule();
        }
        Bulletin bulletin = new Bulletin(words, values(report, summary, behind), behind, chosen == Format.markdown);
        if (chosen == Format.docx) {
            WordWriter.create().write(bulletin.document(), output);
        } else {
            String text = chosen == Format.markdown ? bulletin.markdown() : bulletin.text();
            if (output == null) {
                out().print(text);
                return 0;
            }
            try {
                AtomicFile.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new WorkplanException("Cannot write " + output,
                        List.of(Problem.builder().reason("the file cannot be written: " + FileErrors.writeReason(output, e)).build()), e);
            }
        }
        out().println("wrote " + output + ": the bulletin of " + summary.tasks() + " tasks, "
                + summary.count(ScheduleStatus.BEHIND) + " behind schedule");
        return 0;
    }

    /** The format: --format, else by the name of -o, else text; a usage error when they disagree. */
    private Format format() {
        String name = output == null || output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        Format byName = name.endsWith(".docx") ? Format.docx : name.endsWith(".md") || name.endsWith(".markdown") ? Format.markdown
                : name.endsWith(".txt") ? Format.text : null;
        if (output != null && byName == null) {
            throw new ParameterException(spec.commandLine(), "-o must end with .txt, .md or .docx: " + output);
        }
        if (format == Format.docx && byName != Format.docx) {
            throw new ParameterException(spec.commandLine(), "--format docx needs -o FILE.docx (a Word document is not written to the console)");
        }
        if (format != null && byName == Format.docx && format != Format.docx) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " does not apply to " + output.getFileName());
        }
        return format != null ? format : byName != null ? byName : Format.text;
    }

    /** The template of --template, or the default; a bad one is a usage error naming each line and placeholder. */
    private BulletinTemplate template() {
        if (template == null) {
            return BulletinTemplate.standard();
        }
        List<String> lines = ReportInput.textFile(spec, "--template", template);
        try {
            return BulletinTemplate.parse(lines);
        } catch (BulletinTemplate.BadTemplate e) {
            throw new ParameterException(spec.commandLine(), "--template " + template + ": "
                    + String.join(System.lineSeparator() + "  ", e.problems));
        }
    }

    /** The report's values of the template: the counts of summary, their shares of all tasks, the period's. */
    private Map<String, String> values(ProgressReport report, ScheduleSummary summary, List<ScheduleAssessment> behind) {
        Map<String, String> v = new HashMap<>();
        v.put("title", report.title());
        v.put("region", report.region().orElse(""));
        v.put("period", report.period().map(p -> p.label()).orElse(""));
        v.put("tasks", String.valueOf(summary.tasks()));
        v.put("assessed", String.valueOf(summary.assessable()));
        v.put("expected", figure(schedule.expected(report).orElseThrow()));
        v.put("tolerance", schedule.tolerance.toPlainString());
        v.put("scale", String.valueOf(schedule.scale));
        v.put("units", String.valueOf(Bulletin.byUnit(behind).size()));
        for (ScheduleStatus status : ScheduleStatus.values()) {
            String name = name(status);
            v.put(name, String.valueOf(summary.count(status)));
            v.put(name + ".share", share(summary, status).percent(schedule.scale).map(BigDecimal::toPlainString).orElse("-"));
        }
        return v;
    }

    /**
     * A status's share of all tasks (占总任务): its count over every task, the tasks not assessable
     * included, rounded half-up to the scale as {@code summary} rounds ({@link Share#percent(int)}).
     */
    static Share share(ScheduleSummary summary, ScheduleStatus status) {
        return Share.of(summary.count(status), summary.tasks());
    }

    /** A status's name in the template: behind, onSchedule, ahead, completed, other. */
    static String name(ScheduleStatus status) {
        switch (status) {
            case BEHIND: return "behind";
            case ON_SCHEDULE: return "onSchedule";
            case AHEAD: return "ahead";
            case COMPLETED: return "completed";
            default: return "other";
        }
    }

    private String figure(BigDecimal value) {
        return Figures.display(value, schedule.scale).toPlainString();
    }

    /** The bulletin of a report: its template filled with the report's values, in each format. */
    private final class Bulletin {
        private final BulletinTemplate words;
        private final Map<String, String> report;
        private final Map<String, List<ScheduleAssessment>> units;
        private final boolean markdown;

        Bulletin(BulletinTemplate words, Map<String, String> report, List<ScheduleAssessment> behind, boolean markdown) {
            this.words = words;
            this.markdown = markdown;
            this.report = markdown ? escaped(report) : report;
            this.units = byUnit(behind);
        }

        /** The tasks behind schedule by lead unit (a task of several under each, one without under ""), most behind first. */
        static Map<String, List<ScheduleAssessment>> byUnit(List<ScheduleAssessment> behind) {
            Map<String, List<ScheduleAssessment>> units = new LinkedHashMap<>();
            for (ScheduleAssessment a : behind) {
                List<LeadUnit> leads = a.task().leadUnits();
                if (leads.isEmpty()) {
                    units.computeIfAbsent("", u -> new ArrayList<>()).add(a);
                }
                leads.forEach(u -> units.computeIfAbsent(u.name(), n -> new ArrayList<>()).add(a));
            }
            return units;
        }

        private Map<String, String> unit(String name, List<ScheduleAssessment> tasks) {
            Map<String, String> v = new HashMap<>(report);
            v.put("unit", name.isEmpty() ? words.fill(BulletinTemplate.Key.NO_UNIT, report) : markdown ? escape(name) : name);
            v.put("unit.behind", String.valueOf(tasks.size()));
            return v;
        }

        private Map<String, String> task(Map<String, String> unit, ScheduleAssessment a) {
            Map<String, String> v = new HashMap<>(unit);
            Map<String, String> t = new HashMap<>();
            t.put("number", a.task().number().isPresent() ? String.valueOf(a.task().number().getAsInt()) : "");
            t.put("content", a.task().content().replace('\n', ' '));
            t.put("progress", a.progress().map(p -> p.text().replace('\n', ' ')).orElse(""));
            t.put("percent", a.percent().map(BulletinCommand.this::figure).orElse(""));
            t.put("shortfall", a.shortfall().map(BulletinCommand.this::figure).orElse(""));
            t.put("expected", a.expected().map(BulletinCommand.this::figure).orElse(report.get("expected")));
            v.putAll(markdown ? escaped(t) : t);
            return v;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            b.append(fill(BulletinTemplate.Key.HEADING)).append("\n\n")
                    .append(fill(BulletinTemplate.Key.PARAGRAPH)).append('\n')
                    .append(fill(BulletinTemplate.Key.DENOMINATOR)).append("\n\n")
                    .append(fill(BulletinTemplate.Key.BEHIND_HEADING)).append('\n');
            if (units.isEmpty()) {
                b.append(fill(BulletinTemplate.Key.NO_BEHIND)).append('\n');
            }
            units.forEach((name, tasks) -> {
                Map<String, String> unit = unit(name, tasks);
                b.append(words.fill(BulletinTemplate.Key.UNIT, unit)).append('\n');
                tasks.forEach(a -> b.append("  ").append(words.fill(BulletinTemplate.Key.TASK, task(unit, a))).append('\n'));
            });
            return b.toString();
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append("# ").append(fill(BulletinTemplate.Key.HEADING)).append("\n\n")
                    .append(fill(BulletinTemplate.Key.PARAGRAPH)).append("\n\n")
                    .append(fill(BulletinTemplate.Key.DENOMINATOR)).append("\n\n")
                    .append("## ").append(fill(BulletinTemplate.Key.BEHIND_HEADING)).append("\n\n");
            if (units.isEmpty()) {
                b.append(fill(BulletinTemplate.Key.NO_BEHIND)).append('\n');
            }
            units.forEach((name, tasks) -> {
                Map<String, String> unit = unit(name, tasks);
                b.append("### ").append(words.fill(BulletinTemplate.Key.UNIT, unit)).append("\n\n");
                tasks.forEach(a -> b.append("- ").append(words.fill(BulletinTemplate.Key.TASK, task(unit, a))).append('\n'));
                b.append('\n');
            });
            return b.toString().stripTrailing() + "\n";
        }

        WordBulletin document() {
            List<List<String>> rows = new ArrayList<>();
            units.forEach((name, tasks) -> {
                Map<String, String> unit = unit(name, tasks);
                tasks.forEach(a -> rows.add(words.cells(BulletinTemplate.Key.TABLE_ROW, task(unit, a))));
            });
            return WordBulletin.builder().heading(fill(BulletinTemplate.Key.HEADING))
                    .paragraphs(List.of(fill(BulletinTemplate.Key.PARAGRAPH), fill(BulletinTemplate.Key.DENOMINATOR),
                            fill(BulletinTemplate.Key.BEHIND_HEADING)))
                    .header(words.cells(BulletinTemplate.Key.TABLE, report)).rows(rows)
                    .after(units.isEmpty() ? List.of(fill(BulletinTemplate.Key.NO_BEHIND)) : List.of()).build();
        }

        private String fill(BulletinTemplate.Key key) {
            return words.fill(key, report);
        }
    }

    private static Map<String, String> escaped(Map<String, String> values) {
        Map<String, String> e = new HashMap<>();
        values.forEach((k, v) -> e.put(k, escape(v)));
        return e;
    }

    /** A value as Markdown shows it literally: its punctuation of Markdown escaped with a backslash. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if ("\\`*_[]<>#|".indexOf(cp) >= 0) {
                b.append('\\');
            }
            b.appendCodePoint(cp);
        });
        return b.toString();
    }
}
