package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data-quality findings of one report: what a person should look at before publishing or
 * aggregating it.
 *
 * <pre>{@code
 * for (Finding f : DataQuality.findings(report)) {
 *     log.warn(f.toString());   // NO_LEAD_UNIT: tasks[12].leadUnits [牵头单位]: warning: the task has no lead unit
 * }
 * }</pre>
 *
 * <h2>What is found</h2>
 *
 * The {@linkplain Finding.Kind kinds}: gaps in the numbering, tasks without a number among numbered
 * ones, tasks without a lead unit, tasks without a progress entry, narratives without a figure, and
 * percentages above 100 % (informational). Findings come in the report's order of tasks, a gap at
 * the task after it. {@link #grouped(ProgressReport)} gives those of one kind and reason as one
 * group naming the count, for people: a sheet without a lead-unit column is one group, not a
 * finding for each of its tasks.
 *
 * <h2>What is not, and why</h2>
 *
 * Duplicate numbers, the same task listed twice and blank content cannot occur in a {@link
 * ProgressReport}: it refuses them when built, with a {@link io.workplan.core.ValidationException}
 * that lists each (and the readers report them with their cells). They are errors, not findings.
 * A task without a category is no finding: many tables have no category column.
 *
 * @since 0.1.0
 */
public final class DataQuality {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    private DataQuality() {}

    /**
     * The findings of a report.
     *
     * @param report the report
     * @return the findings, in the order of the class comment; empty when there is nothing to look at
     * @throws NullPointerException if {@code report} is null
     */
    public static List<Finding> findings(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        List<Task> tasks = report.tasks();
        TreeMap<Integer, Integer> numbers = new TreeMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            int index = i;
            tasks.get(i).number().ifPresent(n -> numbers.put(n, index));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            String path = "tasks[" + i + "]";
            if (task.number().isPresent()) {
                int n = task.number().getAsInt();
                Integer below = numbers.lowerKey(n);
                int from = below == null ? 1 : below + 1;
                if (from < n) {
                    String missing = from == n - 1 ? "the number " + from + " is" : "the numbers " + from + " to " + (n - 1) + " are";
                    findings.add(finding(Finding.Kind.NUMBER_GAP, task, path + ".number", "序号", String.valueOf(n),
                            missing + " missing before " + n));
                }
            } else if (!numbers.isEmpty()) {
                findings.add(finding(Finding.Kind.NUMBER_MISSING, task, path + ".number", "序号", null,
                        "the task has no number, while other tasks of the report have one"));
            }
            if (task.leadUnits().isEmpty()) {
                findings.add(finding(Finding.Kind.NO_LEAD_UNIT, task, path + ".leadUnits", "牵头单位", null,
                        "the task has no lead unit"));
            }
            Optional<Progress> progress = report.progressOf(task);
            if (progress.isEmpty()) {
                findings.add(finding(Finding.Kind.NO_ENTRY, task, path, "完成进度", null,
                        "the report gives no progress for the task"));
                continue;
            }
            Progress p = progress.get();
            if (p.kind() == Progress.Kind.NARRATIVE && p.percent().isEmpty()) {
                findings.add(finding(Finding.Kind.NARRATIVE_WITHOUT_FIGURE, task, path + ".progress", "完成进度", p.text(),
                        "the progress is a narrative naming no share of the target; it cannot be judged against the schedule"));
            }
            p.percent().filter(x -> x.compareTo(ONE_HUNDRED) > 0).ifPresent(x -> findings.add(finding(
                    Finding.Kind.ABOVE_ONE_HUNDRED, task, path + ".progress", "完成进度", p.text(),
                    "the progress is above 100% (" + x.toPlainString() + "%): over-fulfilled, for information")));
        }
        return List.copyOf(findings);
    }

    /**
     * The findings of a report, those of one kind giving the same reason as one group: a sheet
     * without a lead-unit column gives one group of every task ({@code NO_LEAD_UNIT: 159 tasks: the
     * task has no lead unit}), a gap in the numbering or a percentage above 100 % a group each (their
     * reasons name the numbers). Nothing is left out: the groups hold every finding of {@link
     * #findings(ProgressReport)}, in the order of their first finding.
     *
     * @param report the report
     * @return the groups; empty when there is nothing to look at
     * @throws NullPointerException if {@code report} is null
     */
    public static List<Finding.Group> grouped(ProgressReport report) {
        Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings(report)) {
            groups.computeIfAbsent(List.of(f.kind(), f.problem().reason()), k -> new ArrayList<>()).add(f);
        }
        List<Finding.Group> result = new ArrayList<>();
        groups.forEach((key, findings) -> result.add(new Finding.Group(findings.get(0).kind(),
                findings.get(0).problem().reason(), findings)));
        return List.copyOf(result);
    }

    private static Finding finding(Finding.Kind kind, Task task, String path, String subject, String raw, String reason) {
        Problem.Builder problem = Problem.builder().severity(Problem.Severity.WARNING).path(path).subject(subject).reason(reason);
        if (raw != null) {
            problem.rawText(raw);
        }
        return new Finding(kind, task, problem.build());
    }
}
