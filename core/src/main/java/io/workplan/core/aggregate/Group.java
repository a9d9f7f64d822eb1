package io.workplan.core.aggregate;

import io.workplan.core.Task;
import java.util.List;
import java.util.Objects;

/**
 * The tasks of a report that share a key (a category, a lead unit, a status, or a key of the
 * caller's), with their summary.
 *
 * <pre>{@code
 * for (Group<Category> g : aggregation.byCategory().groups()) {
 *     log.info(g.key().label() + ": " + g.tasks().size() + " tasks, mean "
 *         + g.statistics().mean().map(m -> Figures.display(m, 1)).orElse(null));
 * }
 * }</pre>
 *
 * @param <K> the type of the key
 * @param key the key
 * @param summary the tasks with the key and their figures
 * @since 0.1.0
 */
public record Group<K>(K key, Summary summary) {

    /**
     * Checks the attributes.
     *
     * @param key the key
     * @param summary the summary
     */
    public Group {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * The tasks with the key, in the report's order.
     *
     * @return the tasks
     */
    public List<Task> tasks() {
        return summary.tasks();
    }

    /**
     * The progress statistics of the tasks.
     *
     * @return the statistics
     */
    public ProgressStatistics statistics() {
        return summary.statistics();
    }

    /**
     * The schedule summary of the tasks.
     *
     * @return the schedule summary
     */
    public ScheduleSummary schedule() {
        return summary.schedule();
    }
}
