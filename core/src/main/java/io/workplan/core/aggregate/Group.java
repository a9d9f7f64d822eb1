package io.workplan.core.aggregate;

import org.immutables.value.Value;

/**
 * The tasks of a report that share a key (a category, a lead unit, a status, or a key of the
 * caller's): the key and the tasks' {@link Summary}.
 *
 * <pre>{@code
 * for (Group<Category> g : aggregation.byCategory().groups()) {
 *     System.out.println(g.key().label() + ": " + g.tasks() + " tasks, mean "
 *         + g.statistics().mean().map(m -> Figures.display(m, 1)).orElse(null));
 * }
 * }</pre>
 *
 * @param <K> the type of the key
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Group<K> {

    Group() {}

    /**
     * The key.
     *
     * @return the key
     */
    @Value.Parameter
    public abstract K key();

    /**
     * The figures of the tasks with the key.
     *
     * @return the summary
     */
    @Value.Parameter
    public abstract Summary summary();

    /**
     * How many tasks have the key.
     *
     * @return the count
     */
    public int tasks() {
        return summary().tasks();
    }

    /**
     * The progress statistics of the tasks.
     *
     * @return the statistics
     */
    public ProgressStatistics statistics() {
        return summary().statistics();
    }

    /**
     * The schedule summary of the tasks.
     *
     * @return the schedule summary
     */
    public ScheduleSummary schedule() {
        return summary().schedule();
    }

    static <K> Group<K> of(K key, Summary summary) {
        return ImmutableGroup.of(key, summary);
    }

    /** {@code Group[区发改经信局: Summary[...]]}. */
    @Override
    public String toString() {
        return "Group[" + key() + ": " + summary() + "]";
    }
}
