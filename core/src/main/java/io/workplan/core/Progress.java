package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.ProgressParser;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the progress column (完成进度, 累计完成情况, 进展情况, …) says of a task: one of a closed set of
 * {@linkplain Kind kinds}, always with the {@linkplain #text() original text}, verbatim.
 *
 * <h2>Kinds</h2>
 *
 * <table>
 *   <caption>What {@link #parse(String)} decides</caption>
 *   <tr><th>kind</th><th>examples</th></tr>
 *   <tr><td>{@link Kind#PERCENT}</td><td>{@code 52%}, {@code 53.6 %}, {@code ５２％}, {@code 145%}</td></tr>
 *   <tr><td>{@link Kind#NOT_APPLICABLE}</td><td>{@code /}, {@code ／}, {@code —}, {@code -}</td></tr>
 *   <tr><td>{@link Kind#COMPLETED}</td><td>{@code 已完成}, {@code 已完成。}, {@code 完成}, {@code 已提前完成}</td></tr>
 *   <tr><td>{@link Kind#ON_SCHEDULE}</td><td>{@code 正常}, {@code 正常进行中}, {@code 序时推进}, {@code 按序时推进}</td></tr>
 *   <tr><td>{@link Kind#DATA_PENDING}</td><td>{@code 全年数据未出}, {@code 一季度指标尚未出报}, {@code 1-12月数据尚未出}</td></tr>
 *   <tr><td>{@link Kind#NARRATIVE}</td><td>anything else, such as {@code 1-9月,全区…快于序时进度6.32个百分点。}</td></tr>
 * </table>
 *
 * <p>A narrative may name the share of the year's target ({@code 完成全年任务的78%}): that share is its
 * {@link #percent()}; other figures in it ({@code 同比增长6.4%}) are not the progress.
 *
 * <h2>Exact figures</h2>
 *
 * A percentage is an exact {@link BigDecimal} in percent, with the scale it was published with:
 * {@code 53.6%} is {@code 53.6}, {@code 50.0%} is {@code 50.0}; no figure passes through {@code
 * double}. It is never negative and may exceed 100 (over-fulfilled).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Progress {

    /** The closed set of what a progress cell can say. */
    public enum Kind {
        /** A percentage of the year's target: {@code 52%}. */
        PERCENT,
        /** No figure can be given this period: {@code /}. */
        NOT_APPLICABLE,
        /** Done: {@code 已完成}. */
        COMPLETED,
        /** No figure, but on track: {@code 正常进行中}. */
        ON_SCHEDULE,
        /** The figure is not out yet: {@code 全年数据未出}. */
        DATA_PENDING,
        /** Free text, possibly naming a share of the target. */
        NARRATIVE
    }

    Progress() {}

    /**
     * A new builder, for values whose kind is already known (a stored report); use {@link
     * #parse(String)} for a cell's text.
     *
     * @return a builder of progress values
     */
    public static Builder builder() {
        return ImmutableProgress.builder();
    }

    /**
     * What a progress text means. Total: it never throws, whatever the string, and the result's
     * {@link #text()} is the argument, unchanged.
     *
     * @param text the text of a progress cell, verbatim
     * @return the progress it says
     * @throws NullPointerException when text is null
     */
    public static Progress parse(String text) {
        return ProgressParser.parse(text);
    }

    /**
     * A percentage shown as a text, as a number cell with a percent format is: the cell holding
     * 0.536 shown as {@code 53.6%} is {@code ofPercent(new BigDecimal("53.6"), "53.6%")}.
     *
     * @param percent the percentage, exact, not negative
     * @param text the text as a person sees it
     * @return the progress
     * @throws ValidationException when the percentage is negative
     */
    public static Progress ofPercent(BigDecimal percent, String text) {
        return builder().kind(Kind.PERCENT).percent(percent).text(text).build();
    }

    /**
     * The kind of what the text says.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * The original text, verbatim: it survives every round trip unchanged.
     *
     * @return the text
     */
    public abstract String text();

    /**
     * The share of the year's target done, in percent (52 for {@code 52%}), exact: present for
     * {@link Kind#PERCENT}, and for a {@link Kind#NARRATIVE} that names such a share.
     *
     * @return the percentage, when the text gives one
     */
    public abstract Optional<BigDecimal> percent();

    /**
     * Whether the task is done: the kind is {@link Kind#COMPLETED}, or the percentage is 100 or more.
     *
     * @return whether the task is done
     */
    public boolean isCompleted() {
        return kind() == Kind.COMPLETED
                || percent().isPresent() && percent().get().compareTo(ONE_HUNDRED) >= 0;
    }

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    @Value.Check
    void check() {
        Checks checks = new Checks();
        percent().ifPresent(p -> checks.require(p.signum() >= 0, "percent", () -> "a percentage must not be negative, was " + p.toPlainString()));
        checks.require(kind() != Kind.PERCENT || percent().isPresent(), "percent", "a progress of kind PERCENT needs its percentage");
        checks.require(kind() == Kind.PERCENT || kind() == Kind.NARRATIVE || percent().isEmpty(),
                "percent", () -> "a progress of kind " + kind() + " has no percentage");
        checks.throwIfAny("Progress");
    }

    @Override
    public String toString() {
        return kind() + percent().map(p -> "(" + p.toPlainString() + "%)").orElse("") + " \"" + text() + "\"";
    }

    /** Builds a {@link Progress}; kind and text are required. */
    public interface Builder {
        /**
         * Copies every attribute of a progress value.
         *
         * @param progress the value to copy
         * @return this builder
         */
        Builder from(Progress progress);

        /**
         * @param kind see {@link Progress#kind()}
         * @return this builder
         */
        Builder kind(Kind kind);

        /**
         * @param text see {@link Progress#text()}
         * @return this builder
         */
        Builder text(String text);

        /**
         * @param percent see {@link Progress#percent()}
         * @return this builder
         */
        Builder percent(BigDecimal percent);

        /**
         * @param percent see {@link Progress#percent()}
         * @return this builder
         */
        Builder percent(Optional<? extends BigDecimal> percent);

        /**
         * Builds the progress value.
         *
         * @return the progress value
         * @throws ValidationException when an attribute is missing or they disagree
         */
        Progress build();
    }
}
