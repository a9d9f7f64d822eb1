package io.workplan.core.aggregate;

import io.workplan.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Maps {@linkplain ScheduleAssessment schedule assessments} to colours (or any rating): one colour for
 * tasks not behind, one per band of shortfall for tasks behind, one beyond the last band, and
 * optionally one for tasks not assessable.
 *
 * <pre>{@code
 * ColourScheme<TrafficLight> rag = ColourScheme.trafficLights();
 * rag.colourOf(assessment);                   // Optional[AMBER] for 45 % at Q2
 *
 * ColourScheme<String> mine = ColourScheme.notBehind("绿")
 *     .behindUpTo(new BigDecimal("5"), "黄")     // up to 5 points behind
 *     .beyond("红")                               // further behind
 *     .notAssessable("灰");
 * }</pre>
 *
 * <h2>How an assessment is coloured</h2>
 *
 * <ul>
 *   <li>{@link ScheduleStatus#COMPLETED}, {@link ScheduleStatus#AHEAD} and {@link
 *       ScheduleStatus#ON_SCHEDULE}: the not-behind colour.
 *   <li>{@link ScheduleStatus#BEHIND}: the colour of the first band whose bound is at or above the
 *       {@linkplain ScheduleAssessment#shortfall() shortfall}; beyond the last band, the beyond colour.
 *       The shortfall is measured from the expected share, not from the tolerance.
 *   <li>{@link ScheduleStatus#NOT_ASSESSABLE}: the not-assessable colour, or none.
 * </ul>
 *
 * @param <C> the type of the colours
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class ColourScheme<C> {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    ColourScheme() {}

    /** @return the colour of tasks not behind schedule */
    @Value.Parameter
    public abstract C notBehind();

    /** @return the bands for tasks behind, their bounds ascending */
    @Value.Parameter
    public abstract List<Band<C>> bands();

    /** @return the colour of tasks behind by more than the last band's bound */
    @Value.Parameter
    public abstract C beyond();

    /** @return the colour of tasks not assessable, if any */
    @Value.Parameter
    public abstract Optional<C> notAssessableColour();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        for (int i = 1; i < bands().size(); i++) {
            checks.require(bands().get(i - 1).upTo().compareTo(bands().get(i).upTo()) < 0, "bands[" + i + "]",
                    "the bands' bounds must be ascending");
        }
        checks.throwIfAny("ColourScheme");
    }

    /**
     * A band of shortfall: tasks behind by up to a bound (inclusive) get a colour.
     *
     * @param <C> the type of the colours
     */
    @Value.Immutable(builder = false)
    public abstract static class Band<C> {

        Band() {}

        /** @return the largest shortfall in percentage points of the band, 0 or more */
        @Value.Parameter
        public abstract BigDecimal upTo();

        /** @return the colour */
        @Value.Parameter
        public abstract C colour();

        @Value.Check
        void check() {
            Checks checks = new Checks();
            checks.require(upTo().signum() >= 0, "upTo", () -> "a band's bound must not be negative, was " + upTo().toPlainString());
            checks.throwIfAny("ColourScheme.Band");
        }
    }

    /**
     * Red / amber / green: green when not behind, amber when behind by up to 10 points, red beyond.
     *
     * @return the scheme
     */
    public static ColourScheme<TrafficLight> trafficLights() {
        return notBehind(TrafficLight.GREEN).behindUpTo(TEN, TrafficLight.AMBER).beyond(TrafficLight.RED);
    }

    /**
     * The five points of delivery confidence: Green when not behind; behind by up to 5 points
     * Amber/Green, up to 10 Amber, up to 20 Amber/Red; Red beyond.
     *
     * @return the scheme
     */
    public static ColourScheme<DeliveryConfidence> deliveryConfidence() {
        return notBehind(DeliveryConfidence.GREEN)
                .behindUpTo(FIVE, DeliveryConfidence.AMBER_GREEN)
                .behindUpTo(TEN, DeliveryConfidence.AMBER)
                .behindUpTo(TWENTY, DeliveryConfidence.AMBER_RED)
                .beyond(DeliveryConfidence.RED);
    }

    /**
     * Starts a scheme of your own.
     *
     * @param <C> the type of the colours
     * @param colour the colour of tasks not behind schedule
     * @return a builder; add bands, then name the colour beyond them
     */
    public static <C> Builder<C> notBehind(C colour) {
        return new Builder<>(colour);
    }

    /**
     * This scheme with a colour for tasks not assessable.
     *
     * @param colour the colour
     * @return the new scheme
     */
    public ColourScheme<C> notAssessable(C colour) {
        return ImmutableColourScheme.of(notBehind(), bands(), beyond(), Optional.of(colour));
    }

    /**
     * The same scheme in other colours: the same bands, each colour mapped.
     *
     * @param <D> the type of the other colours
     * @param mapping the other colour of each colour
     * @return the mapped scheme
     * @since 0.2.0
     */
    public <D> ColourScheme<D> map(Function<? super C, ? extends D> mapping) {
        List<Band<D>> mapped = new ArrayList<>(bands().size());
        bands().forEach(b -> mapped.add(ImmutableBand.of(b.upTo(), mapping.apply(b.colour()))));
        return ImmutableColourScheme.of(mapping.apply(notBehind()), mapped, mapping.apply(beyond()),
                notAssessableColour().map(mapping));
    }

    /**
     * The colour of an assessment, by the rules of the class comment.
     *
     * @param assessment the assessment
     * @return the colour, empty for a task not assessable when the scheme has no colour for it
     */
    public Optional<C> colourOf(ScheduleAssessment assessment) {
        switch (assessment.status()) {
            case NOT_ASSESSABLE:
                return notAssessableColour();
            case BEHIND:
                BigDecimal shortfall = assessment.shortfall().orElseThrow();
                return Optional.of(bands().stream().filter(b -> shortfall.compareTo(b.upTo()) <= 0)
                        .map(Band::colour).findFirst().orElse(beyond()));
            default:
                return Optional.of(notBehind());
        }
    }

    /**
     * Builds a {@link ColourScheme}: bands in ascending order, then the colour beyond them.
     *
     * @param <C> the type of the colours
     */
    public static final class Builder<C> {
        private final C notBehind;
        private final List<Band<C>> bands = new ArrayList<>();

        private Builder(C notBehind) {
            this.notBehind = Objects.requireNonNull(notBehind, "colour");
        }

        /**
         * Adds a band: tasks behind by more than the previous band's bound and up to this one.
         *
         * @param points the bound in percentage points, above the previous band's
         * @param colour the colour
         * @return this builder
         */
        public Builder<C> behindUpTo(BigDecimal points, C colour) {
            bands.add(ImmutableBand.of(points, colour));
            return this;
        }

        /**
         * Ends the scheme with the colour of tasks behind by more than the last band's bound.
         *
         * @param colour the colour
         * @return the scheme, without a colour for tasks not assessable
         */
        public ColourScheme<C> beyond(C colour) {
            return ImmutableColourScheme.of(notBehind, bands, colour, Optional.empty());
        }
    }
}
