package io.workplan.core.aggregate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A share of tasks with its numerator and its denominator, and what was left out of the
 * denominator, as published roll-ups give it: {@code 44 of 55 behind schedule (80.0%), 4 left out:
 * data pending 3, not applicable 1}.
 *
 * <pre>{@code
 * Share behind = summary.schedule().share(ScheduleStatus.BEHIND);
 * behind.numerator();     // 44
 * behind.denominator();   // 55
 * behind.percent(1);      // Optional[80.0]
 * behind.leftOut();       // [data pending: 3, not applicable: 1]
 * }</pre>
 *
 * <p>The exact share is the fraction {@code numerator / denominator}; {@link #percent(int)} rounds it
 * half-up to the caller's scale for display.
 *
 * @param numerator how many tasks count, 0 to the denominator
 * @param denominator how many tasks the share is of
 * @param leftOut the tasks left out of the denominator, by why; empty when none were
 * @since 0.1.0
 */
public record Share(int numerator, int denominator, List<Exclusion> leftOut) {

    /**
     * Tasks left out of a share's denominator, and why.
     *
     * @param reason why, in words: {@code data pending}, {@code without a percentage}
     * @param count how many tasks, 1 or more
     */
    public record Exclusion(String reason, int count) {
        /**
         * Checks the attributes.
         *
         * @param reason why the tasks were left out
         * @param count how many, 1 or more
         */
        public Exclusion {
            Objects.requireNonNull(reason, "reason");
            if (count < 1) {
                throw new IllegalArgumentException("an exclusion counts 1 task or more, was " + count);
            }
        }

        @Override
        public String toString() {
            return reason + ": " + count;
        }
    }

    /**
     * Checks the attributes.
     *
     * @param numerator how many tasks count
     * @param denominator how many tasks the share is of
     * @param leftOut the tasks left out of the denominator
     */
    public Share {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share's numerator must be between 0 and " + denominator + ", was " + numerator);
        }
        leftOut = List.copyOf(leftOut);
    }

    /**
     * A share with nothing left out of the denominator.
     *
     * @param numerator how many tasks count
     * @param denominator how many tasks the share is of
     * @return the share
     */
    public static Share of(int numerator, int denominator) {
        return new Share(numerator, denominator, List.of());
    }

    /**
     * A share with one kind of task left out of the denominator (none when the count is 0).
     *
     * @param numerator how many tasks count
     * @param denominator how many tasks the share is of
     * @param reason why tasks were left out
     * @param leftOut how many were, 0 or more
     * @return the share
     */
    public static Share of(int numerator, int denominator, String reason, int leftOut) {
        return new Share(numerator, denominator, leftOut == 0 ? List.of() : List.of(new Exclusion(reason, leftOut)));
    }

    /**
     * How many tasks were left out of the denominator, whatever the reason.
     *
     * @return the count, 0 or more
     */
    public int leftOutCount() {
        return leftOut.stream().mapToInt(Exclusion::count).sum();
    }

    /**
     * The share as a fraction of 1, rounded to {@link MathContext#DECIMAL128} when it does not
     * terminate.
     *
     * @return the fraction, or empty when the denominator is 0
     */
    public Optional<BigDecimal> fraction() {
        return denominator == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128));
    }

    /**
     * The share in percent, rounded half-up to a scale, for display: {@code 44 of 55} at scale 1 is
     * {@code 80.0}.
     *
     * @param scale the decimals, 0 or more
     * @return the percentage, or empty when the denominator is 0
     */
    public Optional<BigDecimal> percent(int scale) {
        if (scale < 0) {
            throw new IllegalArgumentException("the scale must be 0 or more, was " + scale);
        }
        return denominator == 0 ? Optional.empty() : Optional.of(Figures.percent(numerator, denominator, scale));
    }

    /** {@code 44 of 55 (80.0%), left out: data pending 3}. */
    @Override
    public String toString() {
        String share = numerator + " of " + denominator + percent(1).map(p -> " (" + p.toPlainString() + "%)").orElse("");
        return leftOut.isEmpty() ? share
                : share + ", left out: " + leftOut.stream().map(Exclusion::toString).collect(Collectors.joining(", "));
    }
}
