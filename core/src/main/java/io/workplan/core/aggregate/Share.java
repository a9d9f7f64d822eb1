package io.workplan.core.aggregate;

import io.workplan.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

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
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Share {

    Share() {}

    /**
     * A new builder; the numerator and the denominator are required.
     *
     * @return a builder of shares
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return how many tasks count, 0 to the denominator */
    public abstract int numerator();

    /** @return how many tasks the share is of */
    public abstract int denominator();

    /** @return the tasks left out of the denominator, by why; empty when none were */
    public abstract List<Exclusion> leftOut();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(numerator() >= 0 && numerator() <= denominator(), "numerator",
                () -> "a share's numerator must be between 0 and " + denominator() + ", was " + numerator());
        checks.throwIfAny("Share");
    }

    /** Tasks left out of a share's denominator, and why. */
    @Value.Immutable
    public abstract static class Exclusion {

        Exclusion() {}

        /**
         * Tasks left out.
         *
         * @param reason why, in words: {@code data pending}, {@code without a percentage}
         * @param count how many tasks, 1 or more
         * @return the exclusion
         * @throws io.workplan.core.ValidationException when the count is below 1
         * @since 0.2.0
         */
        public static Exclusion of(String reason, int count) {
            return ImmutableExclusion.builder().reason(reason).count(count).build();
        }

        /** @return why, in words: {@code data pending}, {@code without a percentage} */
        public abstract String reason();

        /** @return how many tasks, 1 or more */
        public abstract int count();

        @Value.Check
        void check() {
            Checks checks = new Checks();
            checks.require(count() >= 1, "count", () -> "an exclusion counts 1 task or more, was " + count());
            checks.throwIfAny("Share.Exclusion");
        }

        @Override
        public String toString() {
            return reason() + ": " + count();
        }
    }

    /**
     * A share with nothing left out of the denominator.
     *
     * @param numerator how many tasks count
     * @param denominator how many tasks the share is of
     * @return the share
     */
    public static Share of(int numerator, int denominator) {
        return builder().numerator(numerator).denominator(denominator).build();
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
        return builder().numerator(numerator).denominator(denominator)
                .leftOut(leftOut == 0 ? List.of() : List.of(Exclusion.of(reason, leftOut))).build();
    }

    /**
     * How many tasks were left out of the denominator, whatever the reason.
     *
     * @return the count, 0 or more
     */
    public int leftOutCount() {
        return leftOut().stream().mapToInt(Exclusion::count).sum();
    }

    /**
     * The share as a fraction of 1, rounded to {@link MathContext#DECIMAL128} when it does not
     * terminate.
     *
     * @return the fraction, or empty when the denominator is 0
     */
    public Optional<BigDecimal> fraction() {
        return denominator() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(numerator()).divide(BigDecimal.valueOf(denominator()), MathContext.DECIMAL128));
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
        return denominator() == 0 ? Optional.empty() : Optional.of(Figures.percent(numerator(), denominator(), scale));
    }

    /** {@code 44 of 55 (80.0%), left out: data pending 3}. */
    @Override
    public String toString() {
        String share = numerator() + " of " + denominator() + percent(1).map(p -> " (" + p.toPlainString() + "%)").orElse("");
        return leftOut().isEmpty() ? share
                : share + ", left out: " + leftOut().stream().map(Exclusion::toString).collect(Collectors.joining(", "));
    }

    /**
     * Builds a {@link Share}. One setter per attribute, named as its accessor (which documents it); {@code addX}
     * and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value and reports
     * every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableShare.Builder {
        Builder() {}
    }
}
