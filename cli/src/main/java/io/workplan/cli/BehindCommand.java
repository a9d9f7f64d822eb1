package io.workplan.cli;

import io.workplan.core.Task;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.core.aggregate.ScheduleAssessment;
import io.workplan.files.FileReadSummary;
import java.io.PrintWriter;
import java.util.List;
import io.workplan.core.LeadUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code workplan behind}: the tasks behind schedule, the furthest behind first. */
@Command(name = "behind", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The tasks behind schedule (欠进度), the furthest behind first.")
final class BehindCommand extends Subcommand {
    private static final int CONTENT_WIDTH = 40;

    @Mixin
    ReportFile input;

    @Mixin
    ScheduleOptions schedule;

    @Override
    public Integer call() {
        // entry by entry, holding only the tasks behind schedule: the head (its period) is known at the end
        try (StreamingAggregation aggregation = StreamingAggregation.builder().rule(schedule.rule()).keepTasksBehind(true).build()) {
            FileReadSummary read = input.aggregate(spec, aggregation);
            if (!ReportWords.assessable(read.head(), schedule)) {
                out().println(ReportWords.NEEDS_EXPECTED);
                return 0;
            }
            List<ScheduleAssessment> behind = aggregation.tasksBehindSchedule();
            PrintWriter out = out();
            out.print(behind.size() + " task(s) behind schedule in " + ReportWords.period(read.head()) + "\n");
            table(behind, schedule.scale, true).write(out);
        }
        return 0;
    }

    /**
     * The tasks behind schedule as a table: number, task (abbreviated), lead units, progress,
     * expected share and shortfall.
     *
     * @param abbreviated whether a task's content is cut to fit a terminal (text), or whole (tsv)
     */
    static TextTable table(List<ScheduleAssessment> behind, int scale, boolean abbreviated) {
        // the rows made as the table is written: a large report has many tasks behind
        return TextTable.of(behind, a -> {
            Task t = a.task();
            return new Object[] {t.number().isPresent() ? String.valueOf(t.number().getAsInt()) : "",
                abbreviated ? abbreviate(t.content()) : t.content(),
                LeadUnit.join(t.leadUnits()),
                a.progress().map(p -> p.text()).orElse(""),
                a.expected().map(e -> Figures.display(e, scale).toPlainString() + "%").orElse(""),
                a.shortfall().map(s -> Figures.display(s, scale).toPlainString() + " points").orElse("")};
        }, "No.", "Task", "Lead units", "Progress", "Expected", "Behind by").leftAligned(1, 2);
    }

    /** The content on one line, cut with an ellipsis to 40 terminal columns. */
    static String abbreviate(String content) {
        String line = content.replace('\n', ' ');
        if (TextTable.width(line) <= CONTENT_WIDTH) {
            return line;
        }
        StringBuilder b = new StringBuilder();
        int width = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = TextTable.width(new String(Character.toChars(cp)));
            if (width + w > CONTENT_WIDTH - 1) {
                break;
            }
            b.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
