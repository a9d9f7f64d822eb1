package io.workplan.core.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one grouping code: the summaries of a grouping built up one assessment at a time, for the
 * whole-report {@link ReportAggregation} and the entry-by-entry {@link StreamingAggregation} alike.
 * Keys given first keep their order (a report's categories, every status), with a group even when
 * no task has them; the others follow in order of first appearance. A task counts once for each of
 * its distinct keys, or among the tasks without key when it has none. Not thread-safe.
 *
 * @param <K> the type of the keys
 */
final class Groups<K> {
    private final SpillFile spill;
    private final Map<K, Summary.Tally> groups = new LinkedHashMap<>();
    private final Summary.Tally withoutKey;

    Groups(SpillFile spill, Collection<? extends K> first) {
        this.spill = spill;
        this.withoutKey = new Summary.Tally(spill);
        first.forEach(k -> groups.computeIfAbsent(k, x -> new Summary.Tally(spill)));
    }

    /** Counts a task under a key, or among those without key when {@code key} is {@code null}. */
    void add(K key, ScheduleAssessment a) {
        (key == null ? withoutKey : tally(key)).add(a);
    }

    /** Counts a task under each of its keys, a key listed twice once; among those without key when it has none. */
    void addEach(List<? extends K> keys, ScheduleAssessment a) {
        int n = keys.size();
        if (n == 0) {
            withoutKey.add(a);
        } else if (n == 1) {
            tally(keys.get(0)).add(a);
        } else {
            for (int i = 0; i < n; i++) {
                K key = keys.get(i);
                if (keys.indexOf(key) == i) {
                    tally(key).add(a);
                }
            }
        }
    }

    /** Counts a task under each of its keys, a key listed twice once. */
    void addEach(Collection<? extends K> keys, ScheduleAssessment a) {
        if (keys instanceof List) {
            addEach((List<? extends K>) keys, a);
        } else {
            addEach(List.copyOf(new LinkedHashSet<>(keys)), a);
        }
    }

    private Summary.Tally tally(K key) {
        Summary.Tally tally = groups.get(key);
        if (tally == null) {
            tally = new Summary.Tally(spill);
            groups.put(key, tally);
        }
        return tally;
    }

    Grouping<K> grouping() {
        return grouping(List.of());
    }

    /**
     * The grouping with keys known only now first, in their order, each with a group even when no
     * task has it (as keys given first to the constructor), then the others in order of first
     * appearance.
     */
    Grouping<K> grouping(Collection<? extends K> first) {
        List<Group<K>> list = new ArrayList<>(groups.size() + first.size());
        Summary none = null;
        LinkedHashSet<K> given = new LinkedHashSet<>(first);
        for (K key : given) {
            Summary.Tally tally = groups.get(key);
            if (tally == null && none == null) {
                none = new Summary.Tally(spill).summary();
            }
            list.add(Group.of(key, tally == null ? none : tally.summary()));
        }
        groups.forEach((k, tally) -> {
            if (!given.contains(k)) {
                list.add(Group.of(k, tally.summary()));
            }
        });
        return Grouping.of(list, withoutKey.summary());
    }
}
