package io.workplan.cli;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.Group;
import io.workplan.core.aggregate.Grouping;
import io.workplan.core.aggregate.ProgressStatistics;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.ScheduleSummary;
import io.workplan.core.aggregate.Summary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workplan summary}: the figures of a report, overall and by group, against the schedule. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Figures of a progress sheet against the schedule (序时进度): overall, by category, by lead unit or by status.")
final class SummaryCommand implements Callable<Integer> {

    /** The groupings a summary can show. */
    enum By { category, lead_unit, status }

    /** The output formats. */
    enum Format { text, tsv }

    @Spec
    CommandSpec spec;

    @Option(names = "--by", paramLabel = "GROUPING", split = ",", defaultValue = "category",
            description = "Groupings to show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "A task with several lead units counts for each.",
            converter = ByConverter.class)
    List<By> by;

    @Option(names = "--format", defaultValue = "text", description = "text or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportFile input;

    @Mixin
    ScheduleOptions schedule;

    @Override
    public Integer call() {
        ProgressReport report = input.read(spec.commandLine().getErr());
        ReportAggregation aggregation = ReportAggregation.of(report, schedule.rule());
        StringBuilder out = new StringBuilder();
        if (format == Format.text) {
            out.append(overview(report, aggregation.overall())).append('\n');
        }
        for (By grouping : by) {
            TextTable table = table(grouping);
            switch (grouping) {
                case category:
                    fill(table, aggregation.byCategory(), Category::label);
                    break;
                case lead_unit:
                    fill(table, aggregation.byLeadUnit(), LeadUnit::name);
                    break;
                default:
                    fill(table, aggregation.byStatus(), ScheduleStatus::name);
                    break;
            }
            table.add(row("(all)", aggregation.overall()));
            out.append(format == Format.text ? "By " + grouping.name().replace('_', ' ') + "\n" + table + "\n" : table.toTsv());
        }
        spec.commandLine().getOut().print(out);
        return 0;
    }

    private String overview(ProgressReport report, Summary all) {
        ProgressStatistics s = all.statistics();
        ScheduleSummary sched = all.schedule();
        BigDecimal expected = schedule.expected != null ? schedule.expected : report.period().expectedPercent();
        return report.title() + "\n"
                + "Period: " + report.period().label() + ", expected " + percent(Optional.of(expected))
                + " (序时进度), tolerance " + schedule.tolerance.toPlainString() + " points\n"
                + "Tasks: " + s.tasks() + "; with a percentage: " + s.percentShare()
                + "; mean " + percent(s.mean()) + ", median " + percent(s.median())
                + ", min " + percent(s.min()) + ", max " + percent(s.max()) + "\n"
                + "Completed: " + s.completedShare() + "; above 100%: " + s.aboveHundredShare().numerator() + "\n"
                + "Behind schedule: " + sched.share(ScheduleStatus.BEHIND) + "\n";
    }

    private static TextTable table(By grouping) {
        String first = grouping == By.category ? "Category" : grouping == By.lead_unit ? "Lead unit" : "Status";
        return new TextTable(first, "Tasks", "With %", "Mean", "Behind", "On schedule", "Ahead", "Completed", "Not assessable");
    }

    private <K> void fill(TextTable table, Grouping<K> grouping, Function<K, String> name) {
        for (Group<K> g : grouping.groups()) {
            table.add(row(name.apply(g.key()), g.summary()));
        }
        if (!grouping.withoutKey().isEmpty()) {
            table.add("(none)", grouping.withoutKey().size());
        }
    }

    private Object[] row(String name, Summary summary) {
        ScheduleSummary s = summary.schedule();
        return new Object[] {
            name, summary.statistics().tasks(), summary.statistics().withPercent(), percent(summary.statistics().mean()),
            s.count(ScheduleStatus.BEHIND), s.count(ScheduleStatus.ON_SCHEDULE), s.count(ScheduleStatus.AHEAD),
            s.count(ScheduleStatus.COMPLETED), s.count(ScheduleStatus.NOT_ASSESSABLE)
        };
    }

    private String percent(Optional<BigDecimal> value) {
        return value.map(v -> Figures.display(v, schedule.scale).toPlainString() + "%").orElse("-");
    }

    /** Accepts {@code lead-unit} as well as {@code lead_unit}. */
    static final class ByConverter implements picocli.CommandLine.ITypeConverter<By> {
        @Override
        public By convert(String value) {
            return By.valueOf(value.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
