package io.workplan.core.aggregate;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One task of a plan through the year: a {@linkplain #steps() step} for every period of the
 * history (listed or not), and its entry in each period it was reported in, in order. The task of
 * each step and entry is the task as that report lists it (its number or wording may change).
 *
 * <pre>{@code
 * TaskHistory h = history.tasks().get(0);
 * h.latest().content();
 * h.entryIn(ReportingPeriod.quarter(2024, 2)).map(e -> e.progress().text());  // Optional[52%]
 * h.steps().get(1).changePoints();                                            // Optional[27]
 * h.flags();                                                                  // [WENT_DOWN, BEHIND]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TaskHistory {

    TaskHistory() {}

    /**
     * The task as the last report listing it lists it.
     *
     * @return the task
     */
    public abstract Task latest();

    /**
     * The entries, one per period at most, in period order; a period whose report lists the task
     * without an entry has none.
     *
     * @return the entries
     */
    public abstract List<ProgressEntry> entries();

    /**
     * The task in every period of the history, in period order, listed or not.
     *
     * @return the steps, one per period of the {@link PlanHistory}
     * @since 0.2.0
     */
    public abstract List<HistoryStep> steps();

    /**
     * Every flag of every period, in the order of {@link HistoryFlag}.
     *
     * @return the flags
     * @since 0.2.0
     */
    @Value.Derived
    public Set<HistoryFlag> flags() {
        Set<HistoryFlag> flags = EnumSet.noneOf(HistoryFlag.class);
        steps().forEach(s -> flags.addAll(s.flags()));
        return flags;
    }

    /**
     * Whether a period has a flag.
     *
     * @param flag the flag
     * @return whether one does
     * @since 0.2.0
     */
    public boolean has(HistoryFlag flag) {
        return flags().contains(flag);
    }

    /**
     * The entry of a period.
     *
     * @param period a period
     * @return the entry, when the task was reported in that period
     */
    public Optional<ProgressEntry> entryIn(ReportingPeriod period) {
        return entries().stream().filter(e -> e.period().filter(period::equals).isPresent()).findFirst();
    }

    @Value.Check
    void check() {
        List<ProgressEntry> entries = entries();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).period().isEmpty() || entries.get(i).period().isEmpty()
                    || entries.get(i - 1).period().get().compareTo(entries.get(i).period().get()) >= 0) {
                throw new IllegalArgumentException("the entries must each have a period, in period order, one per period");
            }
        }
    }

    static TaskHistory of(Task latest, List<ProgressEntry> entries, List<HistoryStep> steps) {
        return ImmutableTaskHistory.builder().latest(latest).entries(entries).steps(steps).build();
    }
}
