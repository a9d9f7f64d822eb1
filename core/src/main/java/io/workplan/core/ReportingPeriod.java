package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.PeriodParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period a report covers: a year and a quarter, a half, the months from January to a month,
 * or the whole year. Reports are cumulative: {@code 2024年第二季度} reports the progress made from
 * January to the end of June.
 *
 * <h2>Parsing titles</h2>
 *
 * {@link #parse(String)} finds the period in a report's title: {@code 2024年第二季度}, {@code
 * 2021年四季度}, {@code 2020第三季度}, {@code 一季度}, {@code 2025年上半年}, {@code 2024年1-9月}, {@code 1至11月},
 * {@code 2023年11月}, {@code 2022年前三季度}, {@code 2024年度}, {@code 2022年全年}. A title without a year
 * ({@code 1-9月}) needs {@link #parse(String, int)}.
 *
 * <table>
 *   <caption>How titles name a period, the first found in this order</caption>
 *   <tr><th>form</th><th>period</th></tr>
 *   <tr><td>a range of months: {@code 1-11月}, {@code 1至11月}, {@code 1—9月份}; {@code 4-6月}</td>
 *       <td>{@link #months(int, int) months(y, 11)}; a quarter's months are {@link #quarter(int, int) the quarter}</td></tr>
 *   <tr><td>{@code 前三季度}, {@code 第二季度}, {@code 二季度}, {@code Q2}</td><td>the quarter</td></tr>
 *   <tr><td>{@code 上半年}, {@code 下半年}</td><td>the half</td></tr>
 *   <tr><td>as of a month: {@code 截至10月31日}, {@code 截至9月底}, {@code 截至9月末}, {@code 截止到6月20日},
 *       {@code 截止2024年6月}</td><td>the months from January to that month: the month being reported,
 *       whatever the day ({@code 截至6月20日} is {@code months(y, 6)})</td></tr>
 *   <tr><td>a month: {@code 2024年4月}, {@code 10月份}, {@code (4月)} (a monthly report)</td><td>{@code months(y, 4)}</td></tr>
 *   <tr><td>{@code 2022年度}, {@code 2022年全年}, {@code 年底}</td><td>{@link #year(int) the year}</td></tr>
 *   <tr><td>a day's date not after 截至: {@code （2024年7月23日）}</td><td>a date of publication: the months to
 *       its month, only when the title names nothing else</td></tr>
 *   <tr><td>a year alone: {@code 2021年市政府重点工作完成情况表}</td><td>{@link #year(int) the year}: a title that names
 *       no shorter period reports on the whole year</td></tr>
 * </table>
 *
 * <p>So a period named in the title beats the year alone: {@code 2024年度民生实事项目截至9月底进展情况} is
 * {@code months(2024, 9)}, {@code 2022年度市县民生实事未完成项目进度表(截至10月31日)} is {@code months(2022,
 * 10)}. The year is the first one written with 年 (else the first one), never a publication date's
 * when the title names another; a year written in the 截至 date itself ({@code 截至2024年6月20日}) is that
 * period's.
 *
 * <h2>Codes</h2>
 *
 * {@link #code()} is a period's short form ({@code 2024-Q2}, {@code 2024-H1}, {@code 2024-M10}, {@code
 * 2024}), and {@link #of(String)} reads it back, as well as {@code 2024Q2}, {@code 2024-10} and every
 * title {@link #parse(String)} reads: the form for a user's input ({@code --period}).
 *
 * <h2>序时进度</h2>
 *
 * By the end of a period the expected share of a year's task equals the share of the year gone
 * ({@code 时间过半任务过半}): {@link #expectedPercent()} is 25, 50, 75 and 100 at the ends of the
 * quarters, and {@code 100 × m / 12} at the end of month m.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportingPeriod implements Comparable<ReportingPeriod> {

    /** The span of a period, each ending at a month of the year. */
    public enum Span {
        /** A quarter: index 1 to 4. */
        QUARTER,
        /** A half-year: index 1 (上半年) or 2 (下半年). */
        HALF,
        /** The months from January to a month: index 1 to 12 ({@code 1-9月} is 9). */
        MONTHS,
        /** The whole year: index 1. */
        YEAR
    }

    private static final Comparator<ReportingPeriod> ORDER = Comparator.<ReportingPeriod>comparingInt(ReportingPeriod::year)
            .thenComparingInt(ReportingPeriod::endMonth)
            .thenComparing(ReportingPeriod::span, Comparator.naturalOrder());

    ReportingPeriod() {}

    /**
     * A new builder.
     *
     * @return a builder of periods
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A quarter of a year.
     *
     * @param year the year
     * @param quarter 1 to 4
     * @return the period
     * @throws ValidationException when the quarter is out of range
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        return builder().year(year).span(Span.QUARTER).index(quarter).build();
    }

    /**
     * A half of a year.
     *
     * @param year the year
     * @param half 1 (上半年) or 2 (下半年)
     * @return the period
     * @throws ValidationException when the half is out of range
     */
    public static ReportingPeriod half(int year, int half) {
        return builder().year(year).span(Span.HALF).index(half).build();
    }

    /**
     * The months from January to a month of a year ({@code 1-9月}).
     *
     * @param year the year
     * @param lastMonth 1 to 12
     * @return the period
     * @throws ValidationException when the month is out of range
     */
    public static ReportingPeriod months(int year, int lastMonth) {
        return builder().year(year).span(Span.MONTHS).index(lastMonth).build();
    }

    /**
     * A whole year.
     *
     * @param year the year
     * @return the period
     */
    public static ReportingPeriod year(int year) {
        return builder().year(year).span(Span.YEAR).index(1).build();
    }

    /**
     * The period named in a title, which must name its year.
     *
     * @param title a report's title, or any text that names a period
     * @return the period, or empty when the title names none or no year
     * @throws NullPointerException if {@code title} is null
     */
    public static Optional<ReportingPeriod> parse(String title) {
        Objects.requireNonNull(title, "title");
        return PeriodParser.parse(title, Optional.empty());
    }

    /**
     * The period named in a title, taking a year when the title names none ({@code 1-9月}).
     *
     * @param title a report's title, or any text that names a period
     * @param defaultYear the year when the title has none
     * @return the period, or empty when the title names none
     * @throws NullPointerException if {@code title} is null
     */
    public static Optional<ReportingPeriod> parse(String title, int defaultYear) {
        Objects.requireNonNull(title, "title");
        return PeriodParser.parse(title, Optional.of(defaultYear));
    }

    /**
     * A period from a user's words (a command line's {@code --period}): {@code 2024-Q2} or {@code
     * 2024Q2} (a quarter), {@code 2024-H1} (a half), {@code 2024-M10} or {@code 2024-10} (January to
     * October), {@code 2024} (the year), or anything {@link #parse(String)} reads, with its year ({@code
     * 2024年第二季度}, {@code 截至2024年9月底}). Blanks and full-width forms are ignored; letters may be lower case.
     *
     * @param text the words
     * @return the period
     * @throws NullPointerException if {@code text} is null
     * @throws ValidationException when no period can be read, with a message naming the accepted forms,
     *     or when a code's index is out of range ({@code 2024-Q5})
     * @since 0.1.0
     */
    public static ReportingPeriod of(String text) {
        Objects.requireNonNull(text, "text");
        return PeriodParser.of(text);
    }

    /**
     * The period's short code, which {@link #of(String)} reads back: {@code 2024-Q2}, {@code 2024-H1},
     * {@code 2024-M10} (January to October; two digits, {@code 2024-M09}), {@code 2024} (the year).
     *
     * @return the code
     * @since 0.1.0
     */
    public String code() {
        return PeriodParser.code(this);
    }

    /**
     * The year.
     *
     * @return the year, 1900 to 2999
     */
    public abstract int year();

    /**
     * The span.
     *
     * @return the span
     */
    public abstract Span span();

    /**
     * Which quarter, half or last month; 1 for a whole year.
     *
     * @return the index within the year
     */
    public abstract int index();

    /**
     * The last month of the period, 1 to 12.
     *
     * @return the month the period ends with
     */
    public int endMonth() {
        switch (span()) {
            case QUARTER:
                return 3 * index();
            case HALF:
                return 6 * index();
            case MONTHS:
                return index();
            default:
                return 12;
        }
    }

    /**
     * The expected share of the year's task at the end of the period (序时进度), in percent: {@code 100
     * × endMonth / 12}. Exact where the division is (25, 50, 75, 100 and every quarter's end);
     * otherwise rounded half-up to two decimals, as published tables print it (month 11 is {@code
     * 91.67}, month 1 is {@code 8.33}).
     *
     * @return the expected percentage
     */
    public BigDecimal expectedPercent() {
        int hundredths = 100 * endMonth();
        if (hundredths % 12 == 0) {
            return BigDecimal.valueOf(hundredths / 12);
        }
        return BigDecimal.valueOf(hundredths).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /**
     * The period as a Chinese title writes it: {@code 2024年第二季度}, {@code 2025年上半年}, {@code
     * 2024年1-9月}, {@code 2024年1月}, {@code 2024年度}. {@link #parse(String)} reads it back.
     *
     * @return the label
     */
    public String label() {
        return PeriodParser.label(this);
    }

    /** Periods in time order: by year, then by end month, then by span. */
    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    @Value.Check
    void check() {
        int max = span() == Span.QUARTER ? 4 : span() == Span.HALF ? 2 : span() == Span.MONTHS ? 12 : 1;
        new Checks()
                .require(year() >= 1900 && year() <= 2999, "year", () -> "the year must be between 1900 and 2999, was " + year())
                .require(index() >= 1 && index() <= max, "index",
                        () -> "the index of a " + span() + " must be between 1 and " + max + ", was " + index())
                .throwIfAny("ReportingPeriod");
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * Builds a {@link ReportingPeriod}; year, span and index are required. One setter per attribute, named as
     * its accessor (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a
     * value; {@code build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableReportingPeriod.Builder {
        Builder() {}
    }
}
