package io.workplan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ReportHead;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.Grouping;
import io.workplan.core.aggregate.ProgressStatistics;
import io.workplan.core.aggregate.ScheduleAssessment;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.ScheduleSummary;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.core.aggregate.Summary;
import io.workplan.files.FileReadSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workplan summary}: the figures of a report against the schedule, overall and by group,
 * then the tasks behind schedule; as text tables, as JSON, or as tab-separated values.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Figures of a progress table against the schedule (序时进度): overall, by category and by lead unit "
                + "(or by status), then the tasks behind schedule.")
final class SummaryCommand extends Subcommand {

    /** The groupings a summary can show. */
    enum By { category, unit, status, region }

    /** The output formats. */
    enum Format { text, json, tsv }

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
        try (StreamingAggregation aggregation = StreamingAggregation.builder().rule(schedule.rule()).keepTasksBehind(true).build()) {
            FileReadSummary read = input.aggregate(spec, aggregation);
            return print(read, aggregation);
        }
    }

    /**
     * Prints the figures of a report read entry by entry into an aggregation, once its head (title,
     * period, categories) is known: at the end of the reading.
     */
    private int print(FileReadSummary read, StreamingAggregation aggregation) {
        ReportHead head = read.head();
        // the categories in the report's order, a category without tasks included, known only now
        Grouping<Category> byCategory = aggregation.byCategory(head.categories());
        if (format == Format.json) {
            JsonOutput.print(out(), json -> json(json, read, aggregation, byCategory));
            return 0;
        }
        // text and tsv: the same parts in the same order, tables separated by a blank line
        boolean text = format == Format.text;
        StringBuilder out = new StringBuilder();
        out.append(text ? overview(head, aggregation.overall()) : headLines(head)).append('\n');
        tables(out, aggregation, byCategory, text, by);
        PrintWriter printed = out();
        if (!ReportWords.assessable(head, schedule)) {
            printed.print(out.append(ReportWords.NEEDS_EXPECTED).append('\n'));
        } else {
            List<ScheduleAssessment> behind = aggregation.tasksBehindSchedule();
            out.append("Behind schedule (").append(ScheduleStatus.BEHIND.label()).append("): ").append(behind.size()).append(" task(s)\n");
            printed.print(out);
            if (!behind.isEmpty()) {
                // written row by row: a large report has many tasks behind
                BehindCommand.table(behind, schedule.scale, text).write(printed, text);
            }
        }
        return 0;
    }

    /**
     * The tables of the groupings, each under its name and followed by a blank line (the region's
     * roll-up is not one of them); the categories as {@code byCategory} orders them.
     */
    void tables(StringBuilder out, StreamingAggregation aggregation, Grouping<Category> byCategory, boolean text, List<By> groupings) {
        for (By grouping : groupings) {
            if (grouping == By.region) {
                continue;
            }
            TextTable table = table(grouping);
            switch (grouping) {
                case category:
                    if (byCategory.groups().isEmpty()) {
                        out.append("By category: " + ReportWords.NO_CATEGORIES + "\n\n");
                        continue;
                    }
                    fill(table, byCategory, Category::label);
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
    private String headLines(ReportHead head) {
        return head.title() + "\n" + periodLine(head) + "\n";
    }

    private String periodLine(ReportHead head) {
        Optional<BigDecimal> expected = expected(head);
        return "Period: " + ReportWords.period(head) + (expected.isPresent() ? ", expected " + percent(expected)
                + " (序时进度), tolerance " + schedule.tolerance.toPlainString() + " points" : "; " + ReportWords.NEEDS_EXPECTED);
    }

    private String overview(ReportHead head, Summary all) {
        ProgressStatistics s = all.statistics();
        ScheduleSummary sched = all.schedule();
        Optional<BigDecimal> expected = expected(head);
        return headLines(head)
                + "Tasks: " + s.tasks() + "; with a percentage: " + s.percentShare()
                + "; mean " + percent(s.mean()) + ", median " + percent(s.median())
                + ", min " + percent(s.min()) + ", max " + percent(s.max()) + "\n"
                + "Completed: " + s.completedShare() + "; above 100%: " + s.aboveHundredShare().numerator() + "\n"
                + (expected.isPresent() ? "Behind schedule: " + sched.share(ScheduleStatus.BEHIND) + "\n" : "");
    }

    /** The expected share: --expected, else the period's; none for a report without a period. */
    private Optional<BigDecimal> expected(ReportHead head) {
        return schedule.expected(head);
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

    private void json(JsonGenerator json, FileReadSummary read, StreamingAggregation aggregation, Grouping<Category> byCategory)
            throws IOException {
        json.writeStartObject();
        JsonOutput.head(json, read.head(), read.tasks());
        JsonOutput.number(json, "expectedPercent", expected(read.head()));
        json.writeNumberField("tolerancePoints", schedule.tolerance);
        json.writeObjectFieldStart("overall");
        figures(json, aggregation.overall());
        json.writeEndObject();
        groups(json, "categories", byCategory, Category::label);
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
