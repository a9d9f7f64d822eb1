package io.workplan.core.aggregate;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The figures of a report fed one entry at a time, without holding its tasks: overall, by
 * category, by lead unit and by schedule status, and (when asked for) the tasks behind schedule.
 * For a report read entry by entry ({@code ExcelReader.read(path, consumer)}), a million tasks in a
 * small heap.
 *
 * <pre>{@code
 * try (StreamingAggregation agg = StreamingAggregation.builder()
 *         .rule(ScheduleRule.standard())
 *         .keepTasksBehind(true)             // holds the tasks behind schedule, and only those
 *         .build()) {
 *     new ExcelReader(ExcelReadOptions.builder().streaming(true).build()).read(path, agg); // a Consumer<ProgressEntry>
 *     agg.overall().statistics().median();   // exact
 *     agg.byCategory().groups();             // in order of first appearance
 *     agg.byLeadUnit();                      // a task of two units counts for each
 *     agg.tasksBehindSchedule();             // most behind first
 * }
 * }</pre>
 *
 * <h2>The same figures as the whole report</h2>
 *
 * Fed the entries of a report in order (and {@link #add(Task, Optional)} for a task without entry),
 * it gives exactly the values {@link ReportAggregation} gives for the report under the same rule:
 * the same {@link Summary}, {@link Group} and {@link Grouping} values, counts, mean (rounded by
 * {@link Figures#mean}), median, minimum, maximum, counts per kind and per status, in the same
 * orders. Both are summed up by the same accumulators. The categories are in order of first
 * appearance, as a report's are when it names none; {@link Builder#categories(List)} gives them
 * first, in their order, every one with a group, as a report's categories; {@link
 * #byCategory(List)} orders them so once every entry was fed, for a report whose categories are
 * known only at its end.
 *
 * <h2>Each entry's period</h2>
 *
 * An entry is judged against the expected share of its own period ({@link ProgressEntry#period()}),
 * by {@link ScheduleRule#expectedFor(Optional, Task)}; a task added without entry against {@link
 * Builder#period(Optional)}.
 *
 * <h2>Memory</h2>
 *
 * What is held: one summary per group (a few counters and a count per distinct percentage), the
 * first task of each group, and the tasks behind schedule when they are kept. Percentages repeat
 * (a figure to one decimal has a few thousand values at most), so the counts are few; when all the
 * groups together hold more than {@link Builder#distinctInMemory(int)} distinct percentages
 * ({@value #DEFAULT_DISTINCT_IN_MEMORY} by default: a few megabytes), every group writes them to a
 * temporary file as a sorted run and starts again; the medians then merge the runs. The figures are
 * exact either way, never an approximation. The file is created at the first spill only, readable
 * by its owner only, and removed from its directory as soon as it is open where the system allows
 * (Linux, macOS); {@link #close()} releases it (and deletes it elsewhere). An error of the temporary file is an {@link java.io.UncheckedIOException}
 * naming it.
 *
 * <p>The figures may be asked for at any time, as often as needed, before {@link #close()}; each
 * summary is made once until another entry is fed; after it, an {@link IllegalStateException}. Not
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class StreamingAggregation implements Consumer<ProgressEntry>, AutoCloseable {

    /** How many distinct percentages the groups together hold in memory by default before spilling. */
    public static final int DEFAULT_DISTINCT_IN_MEMORY = 65_536;

    private final ScheduleRule rule;
    private final Optional<ReportingPeriod> period;
    private final LeadUnitCounting counting;
    private final SpillFile spill;
    private final Summary.Tally overall;
    private final Groups<Category> byCategory;
    private final Groups<LeadUnit> byLeadUnit;
    private final Groups<ScheduleStatus> byStatus;
    private final BehindTasks behind;
    /** The last entry's period and its expected share, worked out once for a run of entries of one period. */
    private Optional<ReportingPeriod> lastPeriod;
    private Optional<BigDecimal> lastExpected;
    private boolean closed;

    private StreamingAggregation(Builder b) {
        this.rule = b.rule;
        this.period = b.period;
        this.counting = b.counting;
        this.spill = new SpillFile(b.distinctInMemory);
        this.overall = new Summary.Tally(spill);
        this.byCategory = new Groups<>(spill, b.categories);
        this.byLeadUnit = new Groups<>(spill, List.of());
        this.byStatus = new Groups<>(spill, List.of(ScheduleStatus.values()));
        this.behind = b.keepTasksBehind ? new BehindTasks() : null;
    }

    /**
     * A new builder: the standard rule, categories in order of first appearance, no period for tasks
     * without entry, each lead unit of a task counted, the tasks behind schedule not kept.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An aggregation by a rule, with the builder's other defaults.
     *
     * @param rule how the tasks are judged against the schedule
     * @return the aggregation
     */
    public static StreamingAggregation of(ScheduleRule rule) {
        return builder().rule(rule).build();
    }

    /**
     * Counts an entry: its task with its progress, judged against its period's expected share.
     *
     * @param entry the entry
     */
    @Override
    public void accept(ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry");
        Task task = entry.task();
        Optional<ReportingPeriod> entryPeriod = entry.period();
        if (!entryPeriod.equals(lastPeriod)) {
            lastPeriod = entryPeriod;
            lastExpected = rule.periodExpected(entryPeriod);
        }
        add(rule.assess(task, Optional.of(entry.progress()), rule.expectedFor(task, lastExpected)));
    }

    /**
     * Counts a task, with or without progress, judged against the expected share of {@link
     * Builder#period(Optional)}: for a task a report lists without an entry.
     *
     * @param task the task
     * @param progress its progress, empty when it has no entry
     */
    public void add(Task task, Optional<Progress> progress) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(progress, "progress");
        add(rule.assess(task, progress, rule.expectedFor(period, task)));
    }

    /**
     * Counts every task of a report held in memory, in its order: each with its entry, or without
     * one, judged against the report's period, exactly as {@link ReportAggregation} judges them.
     *
     * @param report the report
     */
    public void addAll(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        rule.assessAll(report).forEach(this::add);
    }

    /**
     * Counts a task by an assessment made elsewhere (by this aggregation's rule, normally).
     *
     * @param assessment the task's assessment
     */
    public void add(ScheduleAssessment assessment) {
        ensureOpen();
        Objects.requireNonNull(assessment, "assessment");
        Task task = assessment.task();
        overall.add(assessment);
        byCategory.add(task.category().orElse(null), assessment);
        addToLeadUnits(byLeadUnit, counting, assessment);
        byStatus.add(assessment.status(), assessment);
        if (behind != null) {
            behind.add(assessment);
        }
    }

    /** Counts a task under its lead units, as the counting says: the one home of that rule. */
    static void addToLeadUnits(Groups<LeadUnit> groups, LeadUnitCounting counting, ScheduleAssessment a) {
        List<LeadUnit> units = a.task().leadUnits();
        if (counting == LeadUnitCounting.EACH) {
            groups.addEach(units, a);
        } else {
            groups.add(units.isEmpty() ? null : units.get(0), a);
        }
    }

    /**
     * The rule the tasks are judged by.
     *
     * @return the rule
     */
    public ScheduleRule rule() {
        return rule;
    }

    /**
     * The summary of every task counted, as {@link ReportAggregation#overall()}.
     *
     * @return the summary
     */
    public Summary overall() {
        ensureOpen();
        return overall.summary();
    }

    /**
     * The tasks by category, as {@link ReportAggregation#byCategory()}: the categories given first,
     * then the others in order of first appearance; the tasks without a category are the grouping's
     * {@link Grouping#withoutKey()}.
     *
     * @return the grouping
     */
    public Grouping<Category> byCategory() {
        ensureOpen();
        return byCategory.grouping();
    }

    /**
     * The tasks by category in an order known only after the entries (a report's categories, which a
     * sheet read entry by entry gives at its end): the categories given, in their order, each with a
     * group even without tasks, then any other category of the tasks in order of first appearance
     * (after those of {@link Builder#categories(List)}, when both are given). Fed the entries of a
     * report and given its {@link ProgressReport#categories()}, the grouping {@link
     * ReportAggregation#byCategory()} gives for the report.
     *
     * @param categories the categories, in their order
     * @return the grouping; tasks without a category are its {@link Grouping#withoutKey()}
     * @since 0.2.0
     */
    public Grouping<Category> byCategory(List<Category> categories) {
        Objects.requireNonNull(categories, "categories");
        ensureOpen();
        return byCategory.grouping(categories);
    }

    /**
     * The tasks by lead unit, in order of first appearance, counted as {@link
     * Builder#leadUnitCounting(LeadUnitCounting)} says (each unit of a task by default), as {@link
     * ReportAggregation#byLeadUnit(LeadUnitCounting)}.
     *
     * @return the grouping; tasks without a lead unit are its {@link Grouping#withoutKey()}
     */
    public Grouping<LeadUnit> byLeadUnit() {
        ensureOpen();
        return byLeadUnit.grouping();
    }

    /**
     * The tasks by schedule status, every status in the order of {@link ScheduleStatus}, as {@link
     * ReportAggregation#byStatus()}.
     *
     * @return the grouping
     */
    public Grouping<ScheduleStatus> byStatus() {
        ensureOpen();
        return byStatus.grouping();
    }

    /**
     * The tasks behind schedule, most behind first (by shortfall in points; ties in the order fed),
     * as {@link ReportAggregation#tasksBehindSchedule()}.
     *
     * @return their assessments
     * @throws IllegalStateException when the aggregation was built without {@link
     *     Builder#keepTasksBehind(boolean)}
     */
    public List<ScheduleAssessment> tasksBehindSchedule() {
        ensureOpen();
        if (behind == null) {
            throw new IllegalStateException("the tasks behind schedule are kept only when asked for: keepTasksBehind(true)");
        }
        return behind.mostBehindFirst();
    }

    /** Whether the percentages were spilled to the temporary file (for tests). */
    boolean spilled() {
        return spill.spilled();
    }

    /** Deletes the temporary file of the spilled percentages, if there is one; the figures are no longer available. */
    @Override
    public void close() {
        closed = true;
        spill.close();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the aggregation is closed: feed it and ask for its figures before closing it");
        }
    }

    @Override
    public String toString() {
        return "StreamingAggregation[" + (closed ? "closed" : overall().toString()) + ", " + rule + "]";
    }

    /** Builds a {@link StreamingAggregation}. */
    public static final class Builder {
        private ScheduleRule rule = ScheduleRule.standard();
        private List<Category> categories = List.of();
        private Optional<ReportingPeriod> period = Optional.empty();
        private LeadUnitCounting counting = LeadUnitCounting.EACH;
        private boolean keepTasksBehind;
        private int distinctInMemory = DEFAULT_DISTINCT_IN_MEMORY;

        private Builder() {}

        /**
         * How tasks are judged against the schedule.
         *
         * @param rule the rule; {@link ScheduleRule#standard()} by default
         * @return this builder
         */
        public Builder rule(ScheduleRule rule) {
            this.rule = rule;
            return this;
        }

        /**
         * The report's categories, when known before its entries (a report's head): they come first
         * in {@link #byCategory()}, in this order, each with a group even without tasks.
         *
         * @param categories the categories; none by default
         * @return this builder
         */
        public Builder categories(List<Category> categories) {
            this.categories = categories == null ? null : new ArrayList<>(categories);
            return this;
        }

        /**
         * The period of the tasks added without an entry ({@link #add(Task, Optional)}).
         *
         * @param period the report's period; none by default
         * @return this builder
         */
        public Builder period(Optional<ReportingPeriod> period) {
            this.period = period;
            return this;
        }

        /**
         * How a task with several lead units counts in {@link #byLeadUnit()}.
         *
         * @param counting the counting; {@link LeadUnitCounting#EACH} by default
         * @return this builder
         */
        public Builder leadUnitCounting(LeadUnitCounting counting) {
            this.counting = counting;
            return this;
        }

        /**
         * Whether to keep the assessments of the tasks behind schedule, for {@link
         * #tasksBehindSchedule()}: memory for each task behind, and only for those.
         *
         * @param keep whether to keep them; not by default
         * @return this builder
         */
        public Builder keepTasksBehind(boolean keep) {
            this.keepTasksBehind = keep;
            return this;
        }

        /**
         * How many distinct percentages all the groups together hold in memory before they are
         * spilled to a temporary file.
         *
         * @param distinct 1 or more; {@value #DEFAULT_DISTINCT_IN_MEMORY} by default
         * @return this builder
         */
        public Builder distinctInMemory(int distinct) {
            this.distinctInMemory = distinct;
            return this;
        }

        /**
         * Builds the aggregation, no entry counted yet.
         *
         * @return the aggregation
         * @throws ValidationException listing every option that is missing or out of range
         */
        public StreamingAggregation build() {
            List<Problem> problems = new ArrayList<>();
            if (rule == null) {
                problems.add(Problem.at("rule", "a rule is required"));
            }
            if (categories == null || categories.stream().anyMatch(Objects::isNull)) {
                problems.add(Problem.at("categories", "the categories are required, without null"));
            }
            if (period == null) {
                problems.add(Problem.at("period", "the period is required (Optional.empty() for none)"));
            }
            if (counting == null) {
                problems.add(Problem.at("leadUnitCounting", "a counting is required"));
            }
            if (distinctInMemory < 1) {
                problems.add(Problem.at("distinctInMemory", "1 or more, was " + distinctInMemory));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException("StreamingAggregation", problems);
            }
            return new StreamingAggregation(this);
        }
    }
}
