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
 * <h2 id="ambiguous">Ambiguous matches</h2>
 *
 * A task matched wrongly is worse than a task not matched, so a match is not guessed: once the
 * three rounds are done, a match is held back, and reported in {@link TaskMatching#ambiguities()},
 * when one of its tasks has a <em>rival</em>: another task of the other list that some round would
 * take with it (the same content, when the match is of the same content), at most {@link
 * #ambiguityMargin()} (0.05) less similar, and not clearly matched elsewhere (its own match, if it
 * has one, is not of the same content while the rival is not, and not more than the margin more
 * similar than the rival). Two near-identical tasks ({@code 一期} and {@code 二期} of a project)
 * reworded the same way in the next report are the usual case: neither is matched, both are
 * named. The matches held back are decided on the rounds' result at once, so holding one back
 * never changes another.
 *
 * <h2>Memory</h2>
 *
 * The matching holds the number of shared bigrams of every pair of tasks, 4 bytes a pair (3,000
 * tasks against 3,000: 36 MB), and the candidate pairs of one round at a time (the pairs that
 * round would take, about one a task in reports of one plan); past {@code Integer.MAX_VALUE} pairs
 * it refuses with an {@link IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public final class TaskMatcher {

    /** The default {@link #ambiguityMargin()}. */
    private static final BigDecimal MARGIN = new BigDecimal("0.05");
    private static final TaskMatcher STANDARD = new TaskMatcher(new BigDecimal("0.4"), new BigDecimal("0.6"), MARGIN);

    private final BigDecimal sameNumberThreshold;
    private final BigDecimal similarThreshold;
    private final BigDecimal ambiguityMargin;

    private TaskMatcher(BigDecimal sameNumberThreshold, BigDecimal similarThreshold, BigDecimal ambiguityMargin) {
        this.sameNumberThreshold = threshold(sameNumberThreshold);
        this.similarThreshold = threshold(similarThreshold);
        this.ambiguityMargin = threshold(ambiguityMargin);
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
        return new TaskMatcher(sameNumber, similar, MARGIN);
    }

    /**
     * This matcher with another margin of ambiguity.
     *
     * @param margin how much less similar another task may be and still make a match ambiguous, 0
     *     to 1 (0: only a task exactly as similar does)
     * @return the matcher
     * @since 0.2.0
     */
    public TaskMatcher withAmbiguityMargin(BigDecimal margin) {
        return new TaskMatcher(sameNumberThreshold, similarThreshold, margin);
    }

    /**
     * How much less similar a rival may be and still make a match ambiguous (0.05 by default); see
     * <a href="#ambiguous">Ambiguous matches</a>.
     *
     * @return the margin, 0 to 1
     * @since 0.2.0
     */
    public BigDecimal ambiguityMargin() {
        return ambiguityMargin;
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
     * The matches between two lists of tasks, those {@linkplain #matching(List, List) held back as
     * ambiguous} left out.
     *
     * @param earlier the tasks of the first report
     * @param later the tasks of the second report
     * @return the matches, in the order of the later tasks; each task is in one match at most
     */
    public List<TaskMatch> match(List<Task> earlier, List<Task> later) {
        return matching(earlier, later).matches();
    }

    /**
     * The matches between two lists of tasks, and the matches held back because another task would
     * fit nearly as well (see <a href="#ambiguous">Ambiguous matches</a>).
     *
     * @param earlier the tasks of the first report
     * @param later the tasks of the second report
     * @return the matches, in the order of the later tasks, and the ambiguities, in the order of
     *     the matches held back
     * @since 0.2.0
     */
    public TaskMatching matching(List<Task> earlier, List<Task> later) {
        Pairs pairs = new Pairs(earlier, later);
        int[] byLater = new int[later.size()];
        java.util.Arrays.fill(byLater, -1);
        TaskMatch.Basis[] basis = new TaskMatch.Basis[later.size()];
        boolean[] earlierTaken = new boolean[earlier.size()];
        for (TaskMatch.Basis round : TaskMatch.Basis.values()) {
            round(round, pairs, earlierTaken, byLater, basis);
        }
        int[] byEarlier = new int[earlier.size()];
        java.util.Arrays.fill(byEarlier, -1);
        for (int j = 0; j < byLater.length; j++) {
            if (byLater[j] >= 0) {
                byEarlier[byLater[j]] = j;
            }
        }
        List<TaskMatch> matches = new ArrayList<>();
        List<AmbiguousMatch> ambiguities = new ArrayList<>();
        for (int j = 0; j < byLater.length; j++) {
            int i = byLater[j];
            if (i < 0) {
                continue;
            }
            List<TaskMatch> rivalsOfEarlier = new ArrayList<>();
            List<TaskMatch> rivalsOfLater = new ArrayList<>();
            for (int k = 0; k < later.size(); k++) {
                if (k != j && pairs.rivals(i, j, basis[j], i, k, byLater[k])) {
                    rivalsOfEarlier.add(pairs.match(i, k, null));
                }
            }
            for (int m = 0; m < earlier.size(); m++) {
                if (m != i && pairs.rivals(i, j, basis[j], m, j, byEarlier[m])) {
                    rivalsOfLater.add(pairs.match(m, j, null));
                }
            }
            TaskMatch chosen = pairs.match(i, j, basis[j]);
            if (rivalsOfEarlier.isEmpty() && rivalsOfLater.isEmpty()) {
                matches.add(chosen);
                continue;
            }
            if (!rivalsOfEarlier.isEmpty()) {
                ambiguities.add(AmbiguousMatch.of(earlier.get(i), true, candidates(chosen, rivalsOfEarlier)));
            }
            if (!rivalsOfLater.isEmpty()) {
                ambiguities.add(AmbiguousMatch.of(later.get(j), false, candidates(chosen, rivalsOfLater)));
            }
        }
        return TaskMatching.of(matches, ambiguities);
    }

    /** The match taken and its rivals, the most similar first (the match taken first among equals). */
    private static List<TaskMatch> candidates(TaskMatch chosen, List<TaskMatch> rivals) {
        List<TaskMatch> all = new ArrayList<>(List.of(chosen));
        all.addAll(rivals);
        all.sort(Comparator.comparing(TaskMatch::similarity).reversed());
        return all;
    }

    private void round(TaskMatch.Basis basis, Pairs pairs, boolean[] earlierTaken, int[] byLater, TaskMatch.Basis[] bases) {
        List<long[]> candidates = new ArrayList<>();
        for (int i = 0; i < pairs.earlier.size(); i++) {
            if (earlierTaken[i]) {
                continue;
            }
            for (int j = 0; j < pairs.later.size(); j++) {
                if (byLater[j] < 0 && pairs.candidate(basis, i, j)) {
                    candidates.add(new long[] {i, j});
                }
            }
        }
        candidates.sort(Comparator.<long[], Fraction>comparing(p -> pairs.similarity((int) p[0], (int) p[1])).reversed()
                .thenComparingLong(p -> p[0] + p[1]));
        for (long[] p : candidates) {
            int i = (int) p[0];
            int j = (int) p[1];
            if (!earlierTaken[i] && byLater[j] < 0) {
                earlierTaken[i] = true;
                byLater[j] = i;
                bases[j] = basis;
            }
        }
    }

    /**
     * The similarities of every pair of an earlier and a later task: the shared bigrams of a pair in
     * an {@code int} (4 bytes a pair), the rest worked out from the two contents when asked.
     */
    private final class Pairs {
        final List<Task> earlier;
        final List<Task> later;
        final List<Bigrams> a;
        final List<Bigrams> b;
        final int[] shared;

        Pairs(List<Task> earlier, List<Task> later) {
            this.earlier = earlier;
            this.later = later;
            this.a = earlier.stream().map(t -> Bigrams.of(t.content())).toList();
            this.b = later.stream().map(t -> Bigrams.of(t.content())).toList();
            long size = (long) a.size() * b.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many pairs of tasks to match: " + a.size() + " × " + b.size());
            }
            this.shared = new int[(int) size];
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    shared[i * b.size() + j] = a.get(i).shared(b.get(j));
                }
            }
        }

        Fraction similarity(int i, int j) {
            return a.get(i).similarity(b.get(j), shared[i * b.size() + j]);
        }

        boolean same(int i, int j) {
            return a.get(i).normalised().equals(b.get(j).normalised());
        }

        boolean candidate(TaskMatch.Basis basis, int i, int j) {
            return switch (basis) {
                case SAME_CONTENT -> same(i, j);
                case SAME_NUMBER -> earlier.get(i).number().isPresent() && earlier.get(i).number().equals(later.get(j).number())
                        && similarity(i, j).atLeast(sameNumberThreshold);
                case SIMILAR_CONTENT -> similarity(i, j).atLeast(similarThreshold);
            };
        }

        /** Whether a pair would be taken by some round, were its tasks free. */
        boolean candidate(int i, int j) {
            for (TaskMatch.Basis basis : TaskMatch.Basis.values()) {
                if (candidate(basis, i, j)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the pair (m, k) rivals the match (i, j): a candidate nearly as similar (the same
         * content, when (i, j) has it), whose other task is not clearly matched better elsewhere.
         *
         * @param ownPartner the match of the rival's other task (k when m is i, else m), -1 when it
         *     has none
         */
        boolean rivals(int i, int j, TaskMatch.Basis basis, int m, int k, int ownPartner) {
            boolean rivalSame = same(m, k);
            if (basis == TaskMatch.Basis.SAME_CONTENT ? !rivalSame : !candidate(m, k)) {
                return false;
            }
            Fraction rival = similarity(m, k);
            if (!rival.atLeast(similarity(i, j), ambiguityMargin.negate())) {
                return false;
            }
            if (ownPartner < 0) {
                return true;
            }
            // the rival's other task is matched: to whom, how well
            boolean laterSide = m == i;   // the rival's other task is the later task k
            int oe = laterSide ? ownPartner : m;
            int ol = laterSide ? k : ownPartner;
            if (same(oe, ol) && !rivalSame) {
                return false;
            }
            return !similarity(oe, ol).above(rival, ambiguityMargin);
        }

        TaskMatch match(int i, int j, TaskMatch.Basis basis) {
            TaskMatch.Basis why = basis != null ? basis
                    : same(i, j) ? TaskMatch.Basis.SAME_CONTENT
                    : candidate(TaskMatch.Basis.SAME_NUMBER, i, j) ? TaskMatch.Basis.SAME_NUMBER : TaskMatch.Basis.SIMILAR_CONTENT;
            return TaskMatch.builder().earlier(earlier.get(i)).later(later.get(j)).basis(why).similarity(similarity(i, j).value()).build();
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
        return "TaskMatcher[sameNumber=" + sameNumberThreshold.toPlainString() + ", similar=" + similarThreshold.toPlainString()
                + ", ambiguityMargin=" + ambiguityMargin.toPlainString() + "]";
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

        /** Whether this is at least {@code other + margin}, exactly. */
        boolean atLeast(Fraction other, BigDecimal margin) {
            return exceeding(other, margin) >= 0;
        }

        /** Whether this is more than {@code other + margin}, exactly. */
        boolean above(Fraction other, BigDecimal margin) {
            return exceeding(other, margin) > 0;
        }

        /** The sign of {@code this − other − margin}, worked out exactly. */
        private int exceeding(Fraction other, BigDecimal margin) {
            BigDecimal totals = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(other.total));
            BigDecimal difference = BigDecimal.valueOf(shared).multiply(BigDecimal.valueOf(other.total))
                    .subtract(BigDecimal.valueOf(other.shared).multiply(BigDecimal.valueOf(total)));
            return difference.compareTo(margin.multiply(totals));
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
            return similarity(other, shared(other));
        }

        /** The similarity, given the shared bigrams that {@link #shared} counted. */
        Fraction similarity(Bigrams other, int shared) {
            if (size + other.size == 0) {
                return new Fraction(normalised.equals(other.normalised) ? 1 : 0, 1);
            }
            return new Fraction(2L * shared, size + other.size);
        }

        /** How many bigrams the two contents share, as a multiset. */
        int shared(Bigrams other) {
            Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
            Map<String, Integer> large = small == counts ? other.counts : counts;
            long shared = 0;
            for (Map.Entry<String, Integer> e : small.entrySet()) {
                shared += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
            }
            return (int) shared;
        }
    }
}
