package io.workplan.core.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The percentages of a set of tasks, as a count per distinct value: what the sum, median, minimum
 * and maximum need, exactly, without a list of every percentage. Percentages repeat (50, 100, 53.6,
 * …: a figure to one decimal has a few thousand values at most), so the counts are few; past the
 * {@link SpillFile}'s budget they are spilled as sorted runs and merged back for the figures.
 *
 * <p>Distinct means distinct by {@link BigDecimal#equals}: {@code 50} and {@code 50.0} are two values,
 * next to each other in {@link ProgressStatistics#ORDER}, as they are in a sorted list of the
 * percentages. Not thread-safe.
 */
final class PercentCounts {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final SpillFile spill;
    private Map<BigDecimal, int[]> counts = new HashMap<>();
    private int size;
    /** The sum of the values spilled, each times its count. */
    private BigDecimal spilledSum = BigDecimal.ZERO;
    /** The offsets and lengths of this count's runs in the spill file. */
    private final List<long[]> runs = new ArrayList<>(0);

    PercentCounts(SpillFile spill) {
        this.spill = spill;
        spill.register(this);
    }

    void add(BigDecimal percent) {
        size++;
        int[] count = counts.get(percent);
        if (count == null) {
            spill.willHoldOneMore();
            counts.put(percent, new int[] {1});
        } else {
            count[0]++;
        }
    }

    /** Adds the counts of another, of an unlimited budget (a collector's parallel merge). */
    void addAll(PercentCounts other) {
        if (!other.runs.isEmpty()) {
            throw new IllegalStateException("a spilled count is never merged");
        }
        size += other.size;
        other.counts.forEach((value, count) -> {
            int[] mine = counts.get(value);
            if (mine == null) {
                spill.willHoldOneMore();
                counts.put(value, new int[] {count[0]});
            } else {
                mine[0] += count[0];
            }
        });
    }

    /** How many percentages were counted. */
    int size() {
        return size;
    }

    /** Writes what is held as a run of the spill file and holds nothing. */
    void spill() {
        if (counts.isEmpty()) {
            return;
        }
        BigDecimal[] values = sortedValues();
        int[] each = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            each[i] = counts.get(values[i])[0];
            spilledSum = spilledSum.add(times(values[i], each[i]));
        }
        runs.add(new long[] {spill.writeRun(values, each, values.length), values.length});
        counts = new HashMap<>();
    }

    private BigDecimal[] sortedValues() {
        BigDecimal[] values = counts.keySet().toArray(new BigDecimal[0]);
        Arrays.sort(values, ProgressStatistics.ORDER);
        return values;
    }

    private static BigDecimal times(BigDecimal value, int count) {
        return count == 1 ? value : value.multiply(BigDecimal.valueOf(count));
    }

    /**
     * The figures: exact sum (0 when none), and, when there is a percentage, the minimum, the median
     * (the middle one, or the exact half of the middle two) and the maximum.
     */
    Result figures() {
        BigDecimal sum = spilledSum;
        BigDecimal[] values = sortedValues();
        for (BigDecimal value : values) {
            sum = sum.add(times(value, counts.get(value)[0]));
        }
        if (size == 0) {
            return new Result(sum, null, null, null);
        }
        // 0-based positions of the middle one or two in ORDER
        long lower = (size - 1) / 2;
        long upper = size / 2;
        Walk walk = runs.isEmpty() ? new InMemory(values) : new Merged(values);
        BigDecimal min = null;
        BigDecimal atLower = null;
        BigDecimal atUpper = null;
        BigDecimal max = null;
        long seen = 0;
        while (walk.next()) {
            BigDecimal value = walk.value();
            if (min == null) {
                min = value;
            }
            long next = seen + walk.count();
            if (atLower == null && lower < next) {
                atLower = value;
            }
            if (atUpper == null && upper < next) {
                atUpper = value;
            }
            seen = next;
            max = value;
        }
        BigDecimal median = lower == upper ? atLower : atLower.add(atUpper).divide(TWO);
        return new Result(sum, min, median, max);
    }

    /** The figures of the percentages; the three values are {@code null} when there are none. */
    record Result(BigDecimal sum, BigDecimal min, BigDecimal median, BigDecimal max) {}

    /** The distinct values in ORDER with their counts. */
    private interface Walk {
        boolean next();

        BigDecimal value();

        int count();
    }

    /** The values held, sorted. */
    private final class InMemory implements Walk {
        private final BigDecimal[] values;
        private int at = -1;

        InMemory(BigDecimal[] values) {
            this.values = values;
        }

        @Override
        public boolean next() {
            return ++at < values.length;
        }

        @Override
        public BigDecimal value() {
            return values[at];
        }

        @Override
        public int count() {
            return counts.get(values[at])[0];
        }
    }

    /** The runs and the values held, merged; a value in several of them comes once for each. */
    private final class Merged implements Walk {
        private final PriorityQueue<Cursor> queue = new PriorityQueue<>(
                (a, b) -> ProgressStatistics.ORDER.compare(a.value, b.value));
        private Cursor current;

        Merged(BigDecimal[] held) {
            for (long[] run : runs) {
                SpillFile.Run r = spill.run(run[0], (int) run[1]);
                offer(new Cursor(r, null));
            }
            offer(new Cursor(null, new InMemory(held)));
        }

        private void offer(Cursor cursor) {
            if (cursor.advance()) {
                queue.add(cursor);
            }
        }

        @Override
        public boolean next() {
            if (current != null) {
                offer(current);
            }
            current = queue.poll();
            return current != null;
        }

        @Override
        public BigDecimal value() {
            return current.value;
        }

        @Override
        public int count() {
            return current.count;
        }
    }

    /** The next entry of a run or of the values held. */
    private static final class Cursor {
        private final SpillFile.Run run;
        private final InMemory held;
        BigDecimal value;
        int count;

        Cursor(SpillFile.Run run, InMemory held) {
            this.run = run;
            this.held = held;
        }

        boolean advance() {
            if (run != null) {
                if (!run.next()) {
                    return false;
                }
                value = run.value;
                count = run.count;
                return true;
            }
            if (!held.next()) {
                return false;
            }
            value = held.value();
            count = held.count();
            return true;
        }
    }
}
