package io.workplan.core.aggregate;

import io.workplan.core.Task;
import java.util.List;
import java.util.Optional;

/**
 * Groups of the tasks of a report, and the tasks that have no key: nothing is lost silently.
 *
 * <pre>{@code
 * Grouping<LeadUnit> byUnit = aggregation.byLeadUnit();
 * byUnit.groups();        // one group per lead unit, in order of first appearance
 * byUnit.withoutKey();    // the tasks without a lead unit
 * }</pre>
 *
 * @param <K> the type of the keys
 * @param groups the groups, in the order of the grouping
 * @param withoutKey the tasks that have no key, in the report's order
 * @since 0.1.0
 */
public record Grouping<K>(List<Group<K>> groups, List<Task> withoutKey) {

    /**
     * Copies the attributes.
     *
     * @param groups the groups
     * @param withoutKey the tasks without a key
     */
    public Grouping {
        groups = List.copyOf(groups);
        withoutKey = List.copyOf(withoutKey);
    }

    /**
     * The group of a key.
     *
     * @param key a key
     * @return its group, or empty when no task has the key
     */
    public Optional<Group<K>> group(K key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }
}
