package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.ProgressParser;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the progress column (完成进度, 累计完成情况, 进展情况, …) says of a task: one of a closed set of
 * {@linkplain Kind kinds}, always with the {@linkplain #text() text} a person reads in the cell.
 *
 * <h2>Kinds</h2>
 *
 * <table>
 *   <caption>What {@link #parse(String)} decides</caption>
 *   <tr><th>kind</th><th>examples</th></tr>
 *   <tr><td>{@link Kind#PERCENT}</td><td>{@code 52%}, {@code 53.6 %}, {@code ５２％}, {@code 145%}; with a note:
 *       {@code 80%(新区实验幼儿园进度滞后)}, {@code 50%(马站未开工} (left open), {@code 98.4%。},
 *       {@code 100%（已完工）}, {@code 60%，主体结构施工中}</td></tr>
 *   <tr><td>{@link Kind#NOT_APPLICABLE}</td><td>{@code /}, {@code ／}, {@code —}, {@code -}, {@code 无}, {@code 无任务}</td></tr>
 *   <tr><td>{@link Kind#COMPLETED}</td><td>{@code 已完成}, {@code 已完成。}, {@code 完成}, {@code 已提前完成},
 *       {@code 全面完成年度目标任务}, {@code 如期完成}, {@code 已办结}, {@code 已竣工}, {@code 已建成投用}, {@code
 *       已完成该项任务} (done, how, of what, put to use; not {@code 基本完成});
 *       {@code 已完成，…} and {@code 已完成(…)} (a note in brackets, nothing after it) when what follows gives no share
 *       of the target, or one of 100 % or more</td></tr>
 *   <tr><td>{@link Kind#ON_SCHEDULE}</td><td>{@code 正常}, {@code 正常进行中}, {@code 序时推进}, {@code 按序时推进}, {@code 进度正常}, {@code 进展顺利}</td></tr>
 *   <tr><td>{@link Kind#DATA_PENDING}</td><td>{@code 全年数据未出}, {@code 一季度指标尚未出报}, {@code 1-12月数据尚未出}</td></tr>
 *   <tr><td>{@link Kind#NARRATIVE}</td><td>anything else, such as {@code 1-9月,全区…快于序时进度6.32个百分点。};
 *       with a {@link #percent()} when it names a share of the target (below)</td></tr>
 * </table>
 *
 * <h2>A percentage with a note</h2>
 *
 * A text that begins with a percentage and goes on with a note is that percentage, of kind {@link
 * Kind#PERCENT}, when the note is
 * <ul>
 *   <li>in brackets, closed or not ({@code 80%(新区实验幼儿园进度滞后)}, {@code 50%(马站未开工}), with nothing but
 *       punctuation after the closing bracket; or
 *   <li>punctuation only ({@code 98.4%。}); or
 *   <li>one clause after a separator or directly ({@code 60%，主体结构施工中}): at most 30 characters, no
 *       sentence break ({@code 。；！}), no figure of its own.
 * </ul>
 * Otherwise the note is a report of its own ({@code 95%，剩余2个项目正在扫尾，预计11月底前全部完工}, {@code
 * 70%，累计完成投资1.2亿元}): the text is a {@link Kind#NARRATIVE} whose share is that leading percentage. A
 * percentage followed by anything else ({@code 50%-60%}) is a narrative without a share.
 *
 * <h2>Shares in narratives</h2>
 *
 * A narrative names the share of its target done in one of these forms; its {@link #percent()} is
 * that figure. When the text names two different shares ({@code 完成率54.7%…完成率61.9%}, the shares of
 * two targets), none is the progress: the narrative has no percent, never a guessed one:
 * <ul>
 *   <li>a verb ({@code 完成}, {@code 为}, {@code 占}, {@code 达}, {@code 实现}), the target (words of 目标 计划 预算
 *       任务 投资 工程量 工作量 开工 建设 指标, after 全年 年度 总 …, a bracketed aside allowed), {@code 的}
 *       optional: {@code 完成全年任务的78%}, {@code 为预算的26.9%}, {@code 占预算任务的30.7%}, {@code
 *       完成年度总投资的88.76%}, {@code 占年度投资计划的97.2%}, {@code 完成年度计划51.55%}, {@code
 *       完成年度目标(50场)的180%};
 *   <li>{@code 完成率}: {@code 完成率47.23%}, {@code 投资完成率41.9%}, {@code 完成率:85%};
 *   <li>{@code 进度}, but not 序时进度 / 时序进度 / 时间进度 (the expected share): {@code 完成进度80%}, {@code 进度为60%},
 *       {@code 完成进度：80%};
 *   <li>{@code 全年目标任务已完成60%};
 *   <li>{@code 完成} opening the text or a clause, with no work named before it, when the text names no other
 *       {@code 完成…%}: {@code 完成80%}, {@code 已完成80%}, {@code 目前已完成60%}, {@code 已进场施工,完成60%。} (but
 *       {@code 主体工程完成80%,场外工程完成70%}, the shares of parts of the work, name none).
 * </ul>
 * Growth and level figures are never the progress: {@code 同比增长6.7%}, {@code 增速9.6%}, {@code 增长率},
 * {@code 利用率已达到92%以上}, {@code 占比}, {@code 覆盖率}, {@code 达标率}, {@code 开工率}, {@code 提高0.3个百分点}.
 *
 * <p>{@code 已完成。} followed by such a share below 100 % ({@code 已完成。1-10月完成率47.23%}, a monthly table
 * saying this month's step is done) is a {@link Kind#NARRATIVE} with that share, not {@link
 * Kind#COMPLETED}.
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
        return new Builder();
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
        Objects.requireNonNull(text, "text");
        return ProgressParser.parse(text);
    }

    /**
     * A percentage shown as a text, as a number cell with a percent format is: the cell holding
     * 0.536 shown as {@code 53.6%} is {@code ofPercent(new BigDecimal("53.6"), "53.6%")}.
     *
     * @param percent the percentage, exact, not negative
     * @param text the text as a person sees it
     * @return the progress
     * @throws NullPointerException if {@code percent} or {@code text} is null
     * @throws ValidationException when the percentage is negative
     */
    public static Progress ofPercent(BigDecimal percent, String text) {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(text, "text");
        return builder().kind(Kind.PERCENT).percent(percent).text(text).build();
    }

    /**
     * The kind of what the text says.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * The text as a person reads it in the cell, and it survives every round trip unchanged: a text
     * cell's text verbatim; a number cell's as its format shows it ({@code 53.6%}); a bare number in a
     * column whose header is in percent ({@code 完成目标(%)}: {@code 123.4}) with the header's sign
     * ({@code 123.4%}), as the readers give it.
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

    /**
     * Builds a {@link Progress}; kind and text are required. One setter per attribute, named as its accessor
     * (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code
     * build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableProgress.Builder {
        Builder() {}
    }
}
