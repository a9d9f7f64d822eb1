package io.workplan.core.aggregate;

import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of a plan through the year: its entry in each period it was reported in, in order. The
 * task of each entry is the task as that report lists it (its number or wording may change).
 *
 * <pre>{@code
 * TaskHistory h = history.tasks().get(0);
 * h.latest().content();
 * h.entryIn(ReportingPeriod.quarter(2024, 2)).map(e -> e.progress().text());  // Optional[52%]
 * }</pre>
 *
 * @param latest the task as the last report listing it lists it
 * @param entries the entries, one per period at most, in period order; a period whose report lists
 *     the task without an entry has none
 * @since 0.1.0
 */
public record TaskHistory(Task latest, List<ProgressEntry> entries) {

    /**
     * Checks and copies the attributes.
     *
     * @param latest the task as last listed
     * @param entries the entries in period order
     */
    public TaskHistory {
        Objects.requireNonNull(latest, "latest");
        entries = List.copyOf(entries);
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).period().isEmpty() || entries.get(i).period().isEmpty()
                    || entries.get(i - 1).period().get().compareTo(entries.get(i).period().get()) >= 0) {
                throw new IllegalArgumentException("the entries must each have a period, in period order, one per period");
            }
        }
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
