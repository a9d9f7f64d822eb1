package io.workplan.core.aggregate;

import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data-quality findings of one report: what a person should look at before publishing or
 * aggregating it.
 *
 * <pre>{@code
 * for (Finding f : DataQuality.findings(report)) {
 *     log.warn(f.toString());   // NO_LEAD_UNIT: tasks[12].leadUnits [leadUnits]: warning: the task has no lead unit
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
        Survey survey = survey();
        tasks.forEach(task -> survey.add(task, report.progressOf(task)));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            findings.addAll(survey.findings(i, tasks.get(i), report.progressOf(tasks.get(i))));
        }
        return List.copyOf(findings);
    }

    /**
     * The findings of a report read task by task, in two passes, without holding it: a gap in the
     * numbering is known only once every number is. The first pass {@linkplain Survey#add adds}
     * each task, the second asks each task's {@linkplain Survey#findings findings}, in the report's
     * order; together they are {@link #findings(ProgressReport)} of the report.
     *
     * <pre>{@code
     * DataQuality.Survey survey = DataQuality.survey();
     * reader.read(file, entry -> survey.add(entry.task(), Optional.of(entry.progress())));
     * int count = survey.count();                      // before the first finding is shown
     * int[] index = {0};
     * reader.read(file, entry -> survey.findings(index[0]++, entry.task(), Optional.of(entry.progress()))
     *     .forEach(f -> log.warn(f.toString())));
     * }</pre>
     *
     * @return a survey of no task yet
     * @since 0.2.0
     */
    public static Survey survey() {
        return new Survey();
    }

    /**
     * What the findings of a report need to know of all its tasks: their numbers (four bytes a
     * numbered task), and the count of findings.
     *
     * @since 0.2.0
     */
    public static final class Survey {
        private int[] numbers = new int[64];
        private int numbered;
        private int unnumbered;
        private int local;
        private boolean sorted;

        private Survey() {}

        /**
         * Adds a task, in the report's order: the first pass.
         *
         * @param task the task
         * @param progress its progress, absent when the report gives it none
         * @throws IllegalStateException once a finding was asked for
         */
        public void add(Task task, Optional<Progress> progress) {
            if (sorted) {
                throw new IllegalStateException("the first pass is over: findings were asked for");
            }
            if (task.number().isPresent()) {
                if (numbered == numbers.length) {
                    numbers = Arrays.copyOf(numbers, numbers.length * 2);
                }
                numbers[numbered++] = task.number().getAsInt();
            } else {
                unnumbered++;
            }
            local += taskFindings(task, "", progress).size();
        }

        /**
         * How many findings the report has, once every task was added.
         *
         * @return the count of findings
         */
        public int count() {
            sort();
            int count = local + (numbered > 0 ? unnumbered : 0);
            for (int i = 0; i < numbered; i++) {
                int n = numbers[i];
                if (gapBefore(n).isPresent()) {
                    count++;
                }
            }
            return count;
        }

        /**
         * A task's findings: the second pass, once every task was added.
         *
         * @param index the task's place in the report, from 0 (the findings' paths name it)
         * @param task the task
         * @param progress its progress, absent when the report gives it none
         * @return its findings, in the order of the class comment
         */
        public List<Finding> findings(int index, Task task, Optional<Progress> progress) {
            sort();
            String path = "tasks[" + index + "]";
            List<Finding> findings = new ArrayList<>(2);
            if (task.number().isPresent()) {
                int n = task.number().getAsInt();
                gapBefore(n).ifPresent(from -> {
                    String missing = from == n - 1 ? "the number " + from + " is" : "the numbers " + from + " to " + (n - 1) + " are";
                    findings.add(finding(Finding.Kind.NUMBER_GAP, task, path + ".number", "number", String.valueOf(n),
                            missing + " missing before " + n));
                });
            } else if (numbered > 0) {
                findings.add(finding(Finding.Kind.NUMBER_MISSING, task, path + ".number", "number", null,
                        "the task has no number, while other tasks of the report have one"));
            }
            findings.addAll(taskFindings(task, path, progress));
            return findings;
        }

        private void sort() {
            if (!sorted) {
                Arrays.sort(numbers, 0, numbered);
                sorted = true;
            }
        }

        /** The first number missing before {@code n}: one past the greatest number below it (1 when none is). */
        private Optional<Integer> gapBefore(int n) {
            int at = Arrays.binarySearch(numbers, 0, numbered, n);
            while (at > 0 && numbers[at - 1] == n) {
                at--;
            }
            int below = at >= 0 ? at - 1 : -at - 2;
            int from = below < 0 ? 1 : numbers[below] + 1;
            return from < n ? Optional.of(from) : Optional.empty();
        }
    }

    /** The findings of a task alone, whatever the others: lead units and progress. */
    private static List<Finding> taskFindings(Task task, String path, Optional<Progress> progress) {
        List<Finding> findings = new ArrayList<>(1);
        if (task.leadUnits().isEmpty()) {
            findings.add(finding(Finding.Kind.NO_LEAD_UNIT, task, path + ".leadUnits", "leadUnits", null,
                    "the task has no lead unit"));
        }
        if (progress.isEmpty()) {
            findings.add(finding(Finding.Kind.NO_ENTRY, task, path, "progress", null,
                    "the report gives no progress for the task"));
            return findings;
        }
        Progress p = progress.get();
        if (p.kind() == Progress.Kind.NARRATIVE && p.percent().isEmpty()) {
            findings.add(finding(Finding.Kind.NARRATIVE_WITHOUT_FIGURE, task, path + ".progress", "progress", p.text(),
                    "the progress is a narrative naming no share of the target; it cannot be judged against the schedule"));
        }
        p.percent().filter(x -> x.compareTo(ONE_HUNDRED) > 0).ifPresent(x -> findings.add(finding(
                Finding.Kind.ABOVE_ONE_HUNDRED, task, path + ".progress", "progress", p.text(),
                "the progress is above 100% (" + x.toPlainString() + "%): over-fulfilled, for information")));
        return findings;
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
        Grouper grouper = grouper(Integer.MAX_VALUE, Integer.MAX_VALUE);
        findings(report).forEach(grouper::add);
        return grouper.groups();
    }

    /**
     * Groups findings as they come, such as those of a {@link Survey}'s second pass, in memory
     * bounded by its arguments: those of one kind giving the same reason are one group, of which
     * the first {@code kept} are kept, with the count of all. Past {@code groupsKept} groups, a
     * finding of yet another reason is counted by its kind only ({@link Grouper#beyond()}).
     *
     * <pre>{@code
     * DataQuality.Grouper grouper = DataQuality.grouper(5, 1000);
     * reader.read(file, entry -> survey.findings(index[0]++, entry.task(), Optional.of(entry.progress()))
     *     .forEach(grouper::add));
     * grouper.groups();   // NO_LEAD_UNIT: 159 tasks: the task has no lead unit (its first 5 findings kept)
     * }</pre>
     *
     * @param kept the most findings kept in each group, from 1
     * @param groupsKept the most groups, from 1
     * @return a grouper of no finding yet
     * @throws IllegalArgumentException if an argument is below 1
     * @since 0.2.0
     */
    public static Grouper grouper(int kept, int groupsKept) {
        return new Grouper(kept, groupsKept);
    }

    /**
     * Findings grouped as they come; see {@link #grouper(int, int)}.
     *
     * @since 0.2.0
     */
    public static final class Grouper {
        private final int kept;
        private final int groupsKept;
        private final Map<List<Object>, Gathered> groups = new LinkedHashMap<>();
        private final Map<Finding.Kind, Integer> beyond = new EnumMap<>(Finding.Kind.class);

        private Grouper(int kept, int groupsKept) {
            if (kept < 1 || groupsKept < 1) {
                throw new IllegalArgumentException("a grouper keeps at least one finding and one group: " + kept + ", " + groupsKept);
            }
            this.kept = kept;
            this.groupsKept = groupsKept;
        }

        /**
         * Adds the next finding.
         *
         * @param finding the finding
         * @throws NullPointerException if {@code finding} is null
         */
        public void add(Finding finding) {
            Objects.requireNonNull(finding, "finding");
            List<Object> key = List.of(finding.kind(), finding.problem().reason());
            Gathered group = groups.get(key);
            if (group == null) {
                if (groups.size() == groupsKept) {
                    beyond.merge(finding.kind(), 1, Integer::sum);
                    return;
                }
                group = new Gathered();
                groups.put(key, group);
            }
            group.count++;
            if (group.first.size() < kept) {
                group.first.add(finding);
            }
        }

        /**
         * The groups so far, in the order of their first finding.
         *
         * @return the groups, each with its count and its first findings
         */
        public List<Finding.Group> groups() {
            List<Finding.Group> result = new ArrayList<>(groups.size());
            groups.forEach((key, g) -> result.add(Finding.Group.builder().kind(g.first.get(0).kind())
                    .reason(g.first.get(0).problem().reason()).count(g.count).findings(g.first).build()));
            return List.copyOf(result);
        }

        /**
         * The findings of no group, once the most groups were kept: how many of each kind.
         *
         * @return the counts by kind, in the kinds' order; empty when every finding is in a group
         */
        public Map<Finding.Kind, Integer> beyond() {
            return java.util.Collections.unmodifiableMap(new EnumMap<>(beyond));
        }

        /**
         * How many findings were added, in groups or beyond.
         *
         * @return the count
         */
        public int count() {
            int count = 0;
            for (Gathered g : groups.values()) {
                count += g.count;
            }
            for (int n : beyond.values()) {
                count += n;
            }
            return count;
        }

        private static final class Gathered {
            int count;
            final List<Finding> first = new ArrayList<>();
        }
    }

    /**
     * A finding; its subject is the field of the model it is about ({@code number}, {@code leadUnits},
     * {@code progress}), not a header: the report may come from JSON, or from a sheet headed in words
     * of its own. The readers name headers in their problems.
     */
    private static Finding finding(Finding.Kind kind, Task task, String path, String field, String raw, String reason) {
        Problem.Builder problem = Problem.builder().severity(Problem.Severity.WARNING).path(path).subject(field).reason(reason);
        if (raw != null) {
            problem.rawText(raw);
        }
        return Finding.builder().kind(kind).task(task).problem(problem.build()).build();
    }
}
