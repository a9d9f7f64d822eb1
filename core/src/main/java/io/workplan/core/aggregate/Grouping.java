package io.workplan.core.aggregate;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Groups of the tasks of a report, and the figures of the tasks that have no key: nothing is lost
 * silently.
 *
 * <pre>{@code
 * Grouping<LeadUnit> byUnit = aggregation.byLeadUnit();
 * byUnit.groups();                // one group per lead unit, in order of first appearance
 * byUnit.withoutKey().tasks();    // how many tasks have no lead unit; their figures
 * }</pre>
 *
 * <p>A grouping holds figures, not tasks. The tasks of a group are those of the report with its key:
 * {@code report.tasks().stream().filter(t -> t.leadUnits().contains(unit))}.
 *
 * @param <K> the type of the keys
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Grouping<K> {

    Grouping() {}

    /**
     * The groups, in the order of the grouping.
     *
     * @return the groups
     */
    public abstract List<Group<K>> groups();

    /**
     * The figures of the tasks that have no key (none for a grouping by status).
     *
     * @return their summary; of no task when every task has a key
     */
    public abstract Summary withoutKey();

    /**
     * The group of a key.
     *
     * @param key a key
     * @return its group, or empty when no task has the key
     */
    public Optional<Group<K>> group(K key) {
        return groups().stream().filter(g -> g.key().equals(key)).findFirst();
    }

    static <K> Grouping<K> of(List<Group<K>> groups, Summary withoutKey) {
        return ImmutableGrouping.<K>builder().groups(groups).withoutKey(withoutKey).build();
    }

    /** {@code Grouping[3 groups: Group[...], ...; without key: Summary[...]]}. */
    @Override
    public String toString() {
        return "Grouping[" + groups().size() + " groups: " + groups() + "; without key: " + withoutKey() + "]";
    }
}
