package io.workplan.core.aggregate;

import io.workplan.core.Task;
import io.workplan.core.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Finds which tasks of two reports of the same plan are the same task. Numbers (序号) change between
 * quarters when tasks are added, merged or dropped, so the content decides.
 *
 * <pre>{@code
 * List<TaskMatch> matches = TaskMatcher.standard().match(q1.tasks(), q2.tasks());
 * }</pre>
 *
 * <h2>How</h2>
 *
 * Three rounds, each among the tasks not matched yet:
 * <ol>
 *   <li>{@linkplain TaskMatch.Basis#SAME_CONTENT same content}: equal once blanks, punctuation and
 *       full-width forms are set aside;
 *   <li>{@linkplain TaskMatch.Basis#SAME_NUMBER same number} when the contents agree: similarity at
 *       least {@link #sameNumberThreshold()} (0.4 by default);
 *   <li>{@linkplain TaskMatch.Basis#SIMILAR_CONTENT similar content}: similarity at least {@link
 *       #similarThreshold()} (0.6 by default).
 * </ol>
 * Within a round the most similar pairs are taken first; pairs equally similar are taken by the sum
 * of their positions in the two lists, which makes the matching symmetric: matching the lists the
 * other way round gives the same pairs, swapped.
 *
 * <h2>Similarity</h2>
 *
 * {@link #similarity(String, String)} is the Dice coefficient of the two contents' character
 * bigrams (as a multiset), after setting aside blanks, punctuation and full-width forms: {@code 2 ×
 * shared / (bigrams of a + bigrams of b)}, 1 for the same content, 0 for nothing in common. Pairs
 * are compared by the exact fraction; the value shown is rounded half-up to 4 decimals.
 *
 * @since 0.1.0
 */
public final class TaskMatcher {

    private static final TaskMatcher STANDARD = new TaskMatcher(new BigDecimal("0.4"), new BigDecimal("0.6"));

    private final BigDecimal sameNumberThreshold;
    private final BigDecimal similarThreshold;

    private TaskMatcher(BigDecimal sameNumberThreshold, BigDecimal similarThreshold) {
        this.sameNumberThreshold = threshold(sameNumberThreshold);
        this.similarThreshold = threshold(similarThreshold);
    }

    /**
     * The matcher with the default thresholds, 0.4 for tasks of the same number and 0.6 otherwise.
     *
     * @return the matcher
     */
    public static TaskMatcher standard() {
        return STANDARD;
    }

    /**
     * A matcher with thresholds of your own.
     *
     * @param sameNumber the least similarity for tasks of the same number, 0 to 1
     * @param similar the least similarity for tasks of different numbers, 0 to 1
     * @return the matcher
     */
    public static TaskMatcher withThresholds(BigDecimal sameNumber, BigDecimal similar) {
        return new TaskMatcher(sameNumber, similar);
    }

    /**
     * The least similarity of the contents of two tasks of the same number.
     *
     * @return the threshold, 0 to 1
     */
    public BigDecimal sameNumberThreshold() {
        return sameNumberThreshold;
    }

    /**
     * The least similarity of the contents of two tasks matched by content alone.
     *
     * @return the threshold, 0 to 1
     */
    public BigDecimal similarThreshold() {
        return similarThreshold;
    }

    /**
     * The similarity of two contents, as the class comment defines it, rounded half-up to 4 decimals.
     *
     * @param a a content
     * @param b another content
     * @return the similarity, 0 to 1
     */
    public static BigDecimal similarity(String a, String b) {
        return Bigrams.of(a).similarity(Bigrams.of(b)).value();
    }

    /**
     * The matches between two lists of tasks.
     *
     * @param earlier the tasks of the first report
     * @param later the tasks of the second report
     * @return the matches, in the order of the later tasks; each task is in one match at most
     */
    public List<TaskMatch> match(List<Task> earlier, List<Task> later) {
        List<Bigrams> a = earlier.stream().map(t -> Bigrams.of(t.content())).toList();
        List<Bigrams> b = later.stream().map(t -> Bigrams.of(t.content())).toList();
        Fraction[][] similarity = new Fraction[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                similarity[i][j] = a.get(i).similarity(b.get(j));
            }
        }
        TaskMatch[] byLater = new TaskMatch[later.size()];
        boolean[] earlierTaken = new boolean[earlier.size()];
        round(TaskMatch.Basis.SAME_CONTENT, (i, j) -> a.get(i).normalised().equals(b.get(j).normalised()),
                earlier, later, similarity, earlierTaken, byLater);
        round(TaskMatch.Basis.SAME_NUMBER, (i, j) -> earlier.get(i).number().isPresent()
                        && earlier.get(i).number().equals(later.get(j).number())
                        && similarity[i][j].atLeast(sameNumberThreshold),
                earlier, later, similarity, earlierTaken, byLater);
        round(TaskMatch.Basis.SIMILAR_CONTENT, (i, j) -> similarity[i][j].atLeast(similarThreshold),
                earlier, later, similarity, earlierTaken, byLater);
        List<TaskMatch> matches = new ArrayList<>();
        for (TaskMatch m : byLater) {
            if (m != null) {
                matches.add(m);
            }
        }
        return List.copyOf(matches);
    }

    private static void round(TaskMatch.Basis basis, BiPredicate<Integer, Integer> candidate, List<Task> earlier,
            List<Task> later, Fraction[][] similarity, boolean[] earlierTaken, TaskMatch[] byLater) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            for (int j = 0; j < later.size(); j++) {
                if (!earlierTaken[i] && byLater[j] == null && candidate.test(i, j)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[], Fraction>comparing(p -> similarity[p[0]][p[1]]).reversed()
                .thenComparingInt(p -> p[0] + p[1]));
        for (int[] p : pairs) {
            if (!earlierTaken[p[0]] && byLater[p[1]] == null) {
                earlierTaken[p[0]] = true;
                byLater[p[1]] = new TaskMatch(earlier.get(p[0]), later.get(p[1]), basis, similarity[p[0]][p[1]].value());
            }
        }
    }

    private static BigDecimal threshold(BigDecimal t) {
        Objects.requireNonNull(t, "threshold");
        if (t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a threshold must be between 0 and 1, was " + t.toPlainString());
        }
        return t;
    }

    @Override
    public String toString() {
        return "TaskMatcher[sameNumber=" + sameNumberThreshold.toPlainString() + ", similar=" + similarThreshold.toPlainString() + "]";
    }

    /** A similarity as an exact fraction {@code shared / total}, ordered exactly. */
    private record Fraction(long shared, long total) implements Comparable<Fraction> {
        @Override
        public int compareTo(Fraction o) {
            return Long.compare(shared * o.total, o.shared * total);
        }

        boolean atLeast(BigDecimal threshold) {
            return BigDecimal.valueOf(shared).compareTo(threshold.multiply(BigDecimal.valueOf(total))) >= 0;
        }

        BigDecimal value() {
            return BigDecimal.valueOf(shared).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        }
    }

    /** The multiset of a content's character bigrams, after normalising. */
    private record Bigrams(String normalised, Map<String, Integer> counts, int size) {

        static Bigrams of(String content) {
            String normalised = normalise(content);
            Map<String, Integer> counts = new HashMap<>();
            int[] cps = normalised.codePoints().toArray();
            if (cps.length == 1) {
                counts.put(normalised, 1); // a one-character content is its own gram
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                counts.merge(new String(cps, i, 2), 1, Integer::sum);
            }
            return new Bigrams(normalised, counts, Math.max(cps.length - 1, cps.length == 1 ? 1 : 0));
        }

        /** Letters and digits only, half-width; when none are left, the text without blanks. */
        private static String normalise(String content) {
            String half = Text.halfWidth(content);
            StringBuilder letters = new StringBuilder();
            StringBuilder noBlanks = new StringBuilder();
            half.codePoints().forEach(cp -> {
                if (Character.isLetterOrDigit(cp)) {
                    letters.appendCodePoint(cp);
                }
                if (!Text.isBlank(cp)) {
                    noBlanks.appendCodePoint(cp);
                }
            });
            return letters.length() > 0 ? letters.toString() : noBlanks.toString();
        }

        /** Twice the shared bigrams over the bigrams of both: the numerator and denominator of Dice. */
        Fraction similarity(Bigrams other) {
            if (size + other.size == 0) {
                return new Fraction(normalised.equals(other.normalised) ? 1 : 0, 1);
            }
            Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
            Map<String, Integer> large = small == counts ? other.counts : counts;
            long shared = 0;
            for (Map.Entry<String, Integer> e : small.entrySet()) {
                shared += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
            }
            return new Fraction(2 * shared, size + other.size);
        }
    }
}
