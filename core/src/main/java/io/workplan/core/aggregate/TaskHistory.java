package io.workplan.core.aggregate;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One task of a plan through the year: its entry in each period it was reported in, in order, and
 * (built by a {@link PlanHistory}) a {@linkplain #steps() step} for every period of the history,
 * listed or not. The task of each entry and step is the task as that report lists it (its number or
 * wording may change).
 *
 * <pre>{@code
 * TaskHistory h = history.tasks().get(0);
 * h.latest().content();
 * h.entryIn(ReportingPeriod.quarter(2024, 2)).map(e -> e.progress().text());  // Optional[52%]
 * h.steps().get(1).changePoints();                                            // Optional[27]
 * h.flags();                                                                  // [WENT_DOWN, BEHIND]
 * }</pre>
 *
 * @param latest the task as the last report listing it lists it
 * @param entries the entries, one per period at most, in period order; a period whose report lists
 *     the task without an entry has none
 * @param steps the task in every period of its {@link PlanHistory}, in period order; empty for a
 *     history built without one ({@link #TaskHistory(Task, List)})
 * @since 0.1.0
 */
public record TaskHistory(Task latest, List<ProgressEntry> entries, List<HistoryStep> steps) {

    /**
     * Checks and copies the attributes.
     *
     * @param latest the task as last listed
     * @param entries the entries in period order
     * @param steps the steps in period order
     * @since 0.2.0
     */
    public TaskHistory {
        Objects.requireNonNull(latest, "latest");
        entries = List.copyOf(entries);
        steps = List.copyOf(steps);
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).period().isEmpty() || entries.get(i).period().isEmpty()
                    || entries.get(i - 1).period().get().compareTo(entries.get(i).period().get()) >= 0) {
                throw new IllegalArgumentException("the entries must each have a period, in period order, one per period");
            }
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).period().compareTo(steps.get(i).period()) >= 0) {
                throw new IllegalArgumentException("the steps must be in period order, one per period");
            }
        }
    }

    /**
     * A history of entries alone, without steps (and so without flags).
     *
     * @param latest the task as last listed
     * @param entries the entries in period order
     */
    public TaskHistory(Task latest, List<ProgressEntry> entries) {
        this(latest, entries, List.of());
    }

    /**
     * Every flag of every period, in the order of {@link HistoryFlag}.
     *
     * @return the flags
     * @since 0.2.0
     */
    public Set<HistoryFlag> flags() {
        Set<HistoryFlag> flags = EnumSet.noneOf(HistoryFlag.class);
        steps.forEach(s -> flags.addAll(s.flags()));
        return Collections.unmodifiableSet(flags);
    }

    /**
     * Whether a period has a flag.
     *
     * @param flag the flag
     * @return whether one does
     * @since 0.2.0
     */
    public boolean has(HistoryFlag flag) {
        return steps.stream().anyMatch(s -> s.has(flag));
    }

    /**
     * The entry of a period.
     *
     * @param period a period
     * @return the entry, when the task was reported in that period
     */
    public Optional<ProgressEntry> entryIn(ReportingPeriod period) {
        return entries.stream().filter(e -> e.period().filter(period::equals).isPresent()).findFirst();
    }
}
