package io.workplan.core.aggregate;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.internal.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

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
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TaskHistory {

    TaskHistory() {}

    /**
     * A new builder; the latest task is required.
     *
     * @return a builder of histories
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the task as the last report listing it lists it */
    public abstract Task latest();

    /**
     * The entries, one per period at most, in period order; a period whose report lists the task
     * without an entry has none.
     *
     * @return the entries
     */
    public abstract List<ProgressEntry> entries();

    /**
     * The task in every period of its {@link PlanHistory}, in period order.
     *
     * @return the steps; empty for a history built without them
     */
    public abstract List<HistoryStep> steps();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        List<ProgressEntry> entries = entries();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).period().isEmpty() || entries.get(i).period().isEmpty()
                    || entries.get(i - 1).period().get().compareTo(entries.get(i).period().get()) >= 0) {
                checks.require(false, "entries[" + i + "]", "the entries must each have a period, in period order, one per period");
            }
        }
        List<HistoryStep> steps = steps();
        for (int i = 1; i < steps.size(); i++) {
            checks.require(steps.get(i - 1).period().compareTo(steps.get(i).period()) < 0, "steps[" + i + "]",
                    "the steps must be in period order, one per period");
        }
        checks.throwIfAny("TaskHistory");
    }

    /**
     * Every flag of every period, in the order of {@link HistoryFlag}.
     *
     * @return the flags
     * @since 0.2.0
     */
    public Set<HistoryFlag> flags() {
        Set<HistoryFlag> flags = EnumSet.noneOf(HistoryFlag.class);
        steps().forEach(s -> flags.addAll(s.flags()));
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
        return steps().stream().anyMatch(s -> s.has(flag));
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

    /**
     * Builds a {@link TaskHistory}. One setter per attribute, named as its accessor (which documents it); {@code
     * addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value and
     * reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTaskHistory.Builder {
        Builder() {}
    }
}
