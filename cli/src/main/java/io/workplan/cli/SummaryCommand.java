package io.workplan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.Grouping;
import io.workplan.core.aggregate.ProgressStatistics;
import io.workplan.core.aggregate.ScheduleAssessment;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.ScheduleSummary;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.core.aggregate.Summary;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code workplan summary}: the figures of a report against the schedule, overall and by group,
 * then the tasks behind schedule; as text tables, as JSON, or as tab-separated values.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Figures of a progress table against the schedule (序时进度): overall, by category and by lead unit "
                + "(or by status), then the tasks behind schedule.")
final class SummaryCommand implements Callable<Integer> {

    /** The groupings a summary can show. */
    enum By { category, unit, status, region }

    /** The output formats. */
    enum Format { text, json, tsv }

    @Spec
    CommandSpec spec;

    @Option(names = "--by", paramLabel = "GROUPING", split = ",", defaultValue = "category,unit",
            description = "Tables to show in text and tsv: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "lead-unit is unit). A task with several lead units counts for each. JSON has them all. "
                    + "region: one roll-up of several tables (files or folders), a row per region, then the other tables "
                    + "within each region.",
            converter = ByConverter.class)
    List<By> by;

    @Option(names = "--format", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportFile input;

    @Mixin
    ScheduleOptions schedule;

    @Mixin
    RegionOptions regions;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE",
            description = "Further tables, or folders of tables: with several, or a folder, the summary is by region (--by region).")
    java.util.List<java.nio.file.Path> more = new ArrayList<>();


    @Override
    public Integer call() {
        if (RegionSummary.applies(this)) {
            return new RegionSummary(this).call();
        }
        RegionSummary.refuseItsOptions(this);
        ProgressReport report = input.read(spec);
        try (StreamingAggregation aggregation = StreamingAggregation.builder().rule(schedule.rule())
                .categories(report.categories()).keepTasksBehind(true).build()) {
            aggregation.addAll(report);
            return print(report, aggregation);
        }
    }

    private int print(ProgressReport report, StreamingAggregation aggregation) {
        if (format == Format.json) {
            JsonOutput.print(spec.commandLine().getOut(), json -> json(json, report, aggregation));
            return 0;
        }
        // text and tsv: the same parts in the same order, tables separated by a blank line
        boolean text = format == Format.text;
        StringBuilder out = new StringBuilder();
        out.append(text ? overview(report, aggregation.overall()) : head(report)).append('\n');
        tables(out, aggregation, text, by);
        if (!ReportWords.assessable(report, schedule)) {
            out.append(ReportWords.NEEDS_EXPECTED).append('\n');
        } else {
            List<ScheduleAssessment> behind = aggregation.tasksBehindSchedule();
            out.append("Behind schedule (").append(ScheduleStatus.BEHIND.label()).append("): ").append(behind.size()).append(" task(s)\n");
            if (!behind.isEmpty()) {
                TextTable table = BehindCommand.table(behind, schedule.scale, text);
                out.append(text ? table.toString() : table.toTsv());
            }
        }
        spec.commandLine().getOut().print(out);
        return 0;
    }

    /** The tables of the groupings, each under its name and followed by a blank line (the region's roll-up is not one of them). */
    void tables(StringBuilder out, StreamingAggregation aggregation, boolean text, List<By> groupings) {
        for (By grouping : groupings) {
            if (grouping == By.region) {
                continue;
            }
            TextTable table = table(grouping);
            switch (grouping) {
                case category:
                    if (aggregation.byCategory().groups().isEmpty()) {
                        out.append("By category: " + ReportWords.NO_CATEGORIES + "\n\n");
                        continue;
                    }
                    fill(table, aggregation.byCategory(), Category::label);
                    break;
                case unit:
                    fill(table, aggregation.byLeadUnit(), LeadUnit::name);
                    break;
                default:
                    fill(table, aggregation.byStatus(), ScheduleStatus::name);
                    break;
            }
            table.add(row("(all)", aggregation.overall()));
            out.append("By " + (grouping == By.unit ? "lead unit" : grouping.name()) + "\n")
                    .append(text ? table.toString() : table.toTsv()).append('\n');
        }
    }

    /** The title and the period's line, above the tab-separated tables. */
    private String head(ProgressReport report) {
        return report.title() + "\n" + periodLine(report) + "\n";
    }

    private String periodLine(ProgressReport report) {
        Optional<BigDecimal> expected = expected(report);
        return "Period: " + ReportWords.period(report) + (expected.isPresent() ? ", expected " + percent(expected)
                + " (序时进度), tolerance " + schedule.tolerance.toPlainString() + " points" : "; " + ReportWords.NEEDS_EXPECTED);
    }

    private String overview(ProgressReport report, Summary all) {
        ProgressStatistics s = all.statistics();
        ScheduleSummary sched = all.schedule();
        Optional<BigDecimal> expected = expected(report);
        return head(report)
                + "Tasks: " + s.tasks() + "; with a percentage: " + s.percentShare()
                + "; mean " + percent(s.mean()) + ", median " + percent(s.median())
                + ", min " + percent(s.min()) + ", max " + percent(s.max()) + "\n"
                + "Completed: " + s.completedShare() + "; above 100%: " + s.aboveHundredShare().numerator() + "\n"
                + (expected.isPresent() ? "Behind schedule: " + sched.share(ScheduleStatus.BEHIND) + "\n" : "");
    }

    /** The expected share: --expected, else the period's; none for a report without a period. */
    private Optional<BigDecimal> expected(ProgressReport report) {
        return schedule.expected(report);
    }

    static TextTable table(By grouping) {
        String first = grouping == By.category ? "Category" : grouping == By.unit ? "Lead unit" : "Status";
        List<String> headers = new ArrayList<>(List.of(first, "Tasks", "With %", "Mean"));
        for (ScheduleStatus status : ScheduleStatus.values()) {
            headers.add(Character.toUpperCase(status.words().charAt(0)) + status.words().substring(1));
        }
        return new TextTable(headers.toArray(new String[0]));
    }

    <K> void fill(TextTable table, Grouping<K> grouping, Function<K, String> name) {
        for (Group<K> g : grouping.groups()) {
            table.add(row(name.apply(g.key()), g.summary()));
        }
        if (grouping.withoutKey().tasks() > 0) {
            table.add("(none)", grouping.withoutKey().tasks());
        }
    }

    Object[] row(String name, Summary summary) {
        ScheduleSummary s = summary.schedule();
        return new Object[] {
            name, summary.statistics().tasks(), summary.statistics().withPercent(), percent(summary.statistics().mean()),
            s.count(ScheduleStatus.BEHIND), s.count(ScheduleStatus.ON_SCHEDULE), s.count(ScheduleStatus.AHEAD),
            s.count(ScheduleStatus.COMPLETED), s.count(ScheduleStatus.NOT_ASSESSABLE)
        };
    }

    String percent(Optional<BigDecimal> value) {
        return value.map(v -> Figures.display(v, schedule.scale).toPlainString() + "%").orElse("-");
    }

    private void json(JsonGenerator json, ProgressReport report, StreamingAggregation aggregation) throws IOException {
        json.writeStartObject();
        JsonOutput.head(json, report);
        JsonOutput.number(json, "expectedPercent", expected(report));
        json.writeNumberField("tolerancePoints", schedule.tolerance);
        json.writeObjectFieldStart("overall");
        figures(json, aggregation.overall());
        json.writeEndObject();
        groups(json, "categories", aggregation.byCategory(), Category::label);
        groups(json, "leadUnits", aggregation.byLeadUnit(), LeadUnit::name);
        json.writeNumberField("tasksWithoutLeadUnit", aggregation.byLeadUnit().withoutKey().tasks());
        json.writeArrayFieldStart("tasksBehindSchedule");
        for (ScheduleAssessment a : aggregation.tasksBehindSchedule()) {
            json.writeStartObject();
            JsonOutput.taskFields(json, a.task());
            json.writeStringField("progress", a.progress().map(p -> p.text()).orElse(null));
            JsonOutput.number(json, "percent", a.percent());
            JsonOutput.number(json, "expectedPercent", a.expected());
            JsonOutput.number(json, "shortfallPoints", a.shortfall());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static <K> void groups(JsonGenerator json, String field, Grouping<K> grouping, Function<K, String> name) throws IOException {
        json.writeArrayFieldStart(field);
        for (Group<K> g : grouping.groups()) {
            json.writeStartObject();
            json.writeStringField("name", name.apply(g.key()));
            figures(json, g.summary());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The figures of a summary: counts, exact percentages (null when there are none), statuses. */
    static void figures(JsonGenerator json, Summary summary) throws IOException {
        ProgressStatistics s = summary.statistics();
        ScheduleSummary sched = summary.schedule();
        json.writeNumberField("tasks", s.tasks());
        json.writeNumberField("withPercent", s.withPercent());
        JsonOutput.number(json, "meanPercent", s.mean());
        JsonOutput.number(json, "medianPercent", s.median());
        JsonOutput.number(json, "minPercent", s.min());
        JsonOutput.number(json, "maxPercent", s.max());
        json.writeNumberField("behindSchedule", sched.count(ScheduleStatus.BEHIND));
        json.writeNumberField("onSchedule", sched.count(ScheduleStatus.ON_SCHEDULE));
        json.writeNumberField("ahead", sched.count(ScheduleStatus.AHEAD));
        json.writeNumberField("completed", sched.count(ScheduleStatus.COMPLETED));
        json.writeNumberField("notAssessable", sched.count(ScheduleStatus.NOT_ASSESSABLE));
    }

    /** Accepts {@code lead-unit} and {@code lead_unit} for {@code unit}, in any case. */
    static final class ByConverter implements picocli.CommandLine.ITypeConverter<By> {
        @Override
        public By convert(String value) {
            String name = value.trim().toLowerCase(java.util.Locale.ROOT);
            String known = name.equals("lead-unit") || name.equals("lead_unit") ? "unit" : name;
            return java.util.Arrays.stream(By.values()).filter(b -> b.name().equals(known)).findFirst()
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("'" + value
                            + "' is not a table of the summary; give category, unit (or lead-unit), status or region, several"
                            + " separated by commas"));
        }
    }
}
