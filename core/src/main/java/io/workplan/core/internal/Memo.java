package io.workplan.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed once for each key, at most a given number kept: emptied whole when full, since a
 * table or a report repeats a few hundred distinct values at most, and a hostile one must not grow
 * it without bound. Not thread-safe: one per reading or writing (the progress texts of a sheet or of
 * a JSON report, the percent cells written).
 *
 * @param <K> the keys
 * @param <V> the values, never {@code null}
 */
public final class Memo<K, V> {
    private final int most;
    private final Map<K, V> values = new HashMap<>();

    /**
     * An empty memo.
     *
     * @param most the most values kept
     */
    public Memo(int most) {
        this.most = most;
    }

    /**
     * The value of a key, computed when not kept.
     *
     * @param key the key
     * @param compute what makes the value of a key not kept; it must not return {@code null}
     * @return the value
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V known = values.get(key);
        if (known == null) {
            if (values.size() >= most) {
                values.clear();
            }
            known = compute.apply(key);
            values.put(key, known);
        }
        return known;
    }
}
