package io.workplan.core.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rounding rules of the aggregation, in one place.
 *
 * <h2>Full precision in the API</h2>
 *
 * Sums, differences, minima, maxima and medians are exact. A mean is the exact sum divided by the
 * count: exact when the quotient is a terminating decimal, otherwise rounded half-up to {@value
 * #MEAN_SCALE} decimals, or to the scale of the figures averaged when that is larger (so that a
 * mean never falls outside its minimum and maximum). Trailing zeros beyond the figures' own scale
 * are dropped: the mean of {@code 52} and {@code 53.6} is {@code 52.8}, the mean of {@code 50}, {@code
 * 50} and {@code 51} is {@code 50.3333333333}.
 *
 * <h2>Rounding for display</h2>
 *
 * {@link #display(BigDecimal, int)} rounds half-up to a scale the caller chooses:
 *
 * <pre>{@code
 * Figures.display(new BigDecimal("50.3333333333"), 1); // 50.3
 * Figures.display(new BigDecimal("52.25"), 1);         // 52.3
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Figures {

    /** The fewest decimals a non-terminating mean is rounded to. */
    public static final int MEAN_SCALE = 10;

    private Figures() {}

    /**
     * A figure rounded half-up to a scale, for display.
     *
     * @param value the figure, at full precision
     * @param scale the decimals to show, 0 or more
     * @return the rounded figure, with exactly that scale
     */
    public static BigDecimal display(BigDecimal value, int scale) {
        Objects.requireNonNull(value, "value");
        if (scale < 0) {
            throw new IllegalArgumentException("the scale must be 0 or more, was " + scale);
        }
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * The mean of figures from their exact sum and their count, by the rule of the class comment.
     *
     * @param sum the exact sum
     * @param count how many figures were summed, 1 or more
     * @return the mean
     */
    public static BigDecimal mean(BigDecimal sum, long count) {
        if (count < 1) {
            throw new IllegalArgumentException("a mean needs at least one figure");
        }
        int ownScale = Math.max(sum.scale(), 0);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), Math.max(MEAN_SCALE, ownScale), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return mean.scale() < ownScale ? mean.setScale(ownScale) : mean;
    }

    /**
     * A ratio in percent, rounded half-up to a scale: {@code percent(44, 55, 1)} is {@code 80.0}.
     *
     * @param numerator the numerator
     * @param denominator the denominator, 1 or more
     * @param scale the decimals, 0 or more
     * @return the percentage
     */
    static BigDecimal percent(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
