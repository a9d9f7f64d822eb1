package io.workplan.core.internal;

import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a {@link ReportingPeriod} in a title, and writes one as a title does. */
public final class PeriodParser {
    private PeriodParser() {}

    private static final String NUMERAL = "(十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|2\\d)\\d{2})(?!\\d)\\s*(年)?");
    private static final Pattern MONTH_RANGE = Pattern.compile(NUMERAL + "\\s*月?\\s*(?:-|－|—|–|~|～|至|到)\\s*" + NUMERAL + "\\s*月");
    private static final Pattern FIRST_QUARTERS = Pattern.compile("前\\s*([一二三四1-4])\\s*(?:个)?\\s*季度");
    private static final Pattern QUARTER = Pattern.compile("(?:第\\s*)?([一二三四1-4])\\s*季度|(?<![A-Za-z])[Qq]([1-4])(?!\\d)");
    private static final Pattern HALF = Pattern.compile("([上下])\\s*半\\s*年");
    /** As of a month or a day of it: 截至10月31日, 截至9月底, 截至9月末, 截止到2024年6月20日. */
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止到|截止至|截止)\\s*(?:((?:19|2\\d)\\d{2})\\s*年)?\\s*"
            + NUMERAL + "\\s*月");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d-－—–~～至到])" + NUMERAL + "\\s*月(?:份)?(?!\\s*(?:-|－|—|–|~|～|至|到))");
    private static final Pattern WHOLE_YEAR = Pattern.compile("全\\s*年|年\\s*度|年\\s*底|年\\s*末");
    /** A day's date: 2024年7月23日, 2024-07-23, 2024.7.23, 2024/7/23. */
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)((?:19|2\\d)\\d{2})\\s*年\\s*(1[0-2]|0?[1-9])\\s*月\\s*" + DAY + "\\s*[日号]"
                    + "|(?<!\\d)((?:19|2\\d)\\d{2})([-./])(1[0-2]|0?[1-9])\\4" + DAY + "(?!\\d)");
    private static final Pattern BEFORE_AS_OF = Pattern.compile("(?:截至|截止到|截止至|截止|至|到)[\\s(\\[【〔]*$");
    private static final String[] CHINESE_QUARTER = {"一", "二", "三", "四"};

    /**
     * The period named in a title.
     *
     * <p>In this order, the first found: a range of months ({@code 1-9月}), the first quarters ({@code
     * 前三季度}), a quarter, a half, a month as of which the title reports ({@code 截至9月底}, {@code
     * 截至6月20日}), a month ({@code 2024年4月}), the whole year ({@code 2024年度}); last, a day's date
     * not after 截至 (a date of publication, {@code （2024年7月23日）}), which counts only when nothing
     * else is named. The year is the title's, not a publication date's, unless the title names no other;
     * it may be written in Chinese numerals digit by digit ({@code 二〇二四年}).
     *
     * @param title the title
     * @param defaultYear the year when the title names none
     * @return the period, or empty when none is named (or no year is known)
     */
    public static Optional<ReportingPeriod> parse(String title, Optional<Integer> defaultYear) {
        String text = arabicYears(Text.halfWidth(title));
        // days' dates not after 截至 are dates of publication: hidden from every rule but the last
        StringBuilder masked = new StringBuilder(text);
        Matcher date = DATE.matcher(text);
        int[] published = null;
        while (date.find()) {
            if (BEFORE_AS_OF.matcher(text.substring(Math.max(0, date.start() - 8), date.start())).find()) {
                continue;
            }
            if (published == null) {
                published = date.group(1) != null
                        ? new int[] {Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2))}
                        : new int[] {Integer.parseInt(date.group(3)), Integer.parseInt(date.group(5))};
            }
            for (int i = date.start(); i < date.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        text = masked.toString();
        int[] publication = published;
        Optional<Integer> year = findYear(text).or(() -> defaultYear)
                .or(() -> Optional.ofNullable(publication).map(p -> p[0]));
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int y = year.get();
        Matcher m = MONTH_RANGE.matcher(text);
        if (m.find()) {
            int from = number(m.group(1));
            int to = number(m.group(2));
            if (from == 1 && to >= 1) {
                return Optional.of(ReportingPeriod.months(y, to));
            }
            if (to - from == 2 && to % 3 == 0) {
                return Optional.of(ReportingPeriod.quarter(y, to / 3));
            }
            if (from == 7 && to == 12) {
                return Optional.of(ReportingPeriod.half(y, 2));
            }
        }
        m = FIRST_QUARTERS.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.quarter(y, number(m.group(1))));
        }
        m = QUARTER.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.quarter(y, number(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        m = HALF.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.half(y, m.group(1).equals("上") ? 1 : 2));
        }
        m = AS_OF.matcher(text);
        if (m.find()) {
            int asOfYear = m.group(1) != null ? Integer.parseInt(m.group(1)) : y;
            return Optional.of(ReportingPeriod.months(asOfYear, number(m.group(2))));
        }
        m = MONTH.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.months(y, number(m.group(1))));
        }
        if (WHOLE_YEAR.matcher(text).find()) {
            return Optional.of(ReportingPeriod.year(y));
        }
        if (publication != null) {
            return Optional.of(ReportingPeriod.months(findYear(text).orElse(publication[0]), publication[1]));
        }
        if (namesAYear(text)) {
            // a title naming a year and nothing else (2021年市政府重点工作完成情况表) reports on the whole year
            return Optional.of(ReportingPeriod.year(y));
        }
        return Optional.empty();
    }

    /** Whether a text names a year as a title does: the digits followed by 年. */
    private static boolean namesAYear(String text) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> findYear(String text) {
        Matcher m = YEAR.matcher(text);
        Integer first = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                return Optional.of(year);
            }
            if (first == null) {
                first = year;
            }
        }
        return Optional.ofNullable(first);
    }

    /** A year in Chinese numerals, written digit by digit ({@code 二〇二四年}, {@code 二零二四年}). */
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零○一二三四五六七八九]{4})(?=\\s*年)");

    /** The text with its years in Chinese numerals in Arabic digits ({@code 二〇二四年上半年} is {@code 2024年上半年}). */
    private static String arabicYears(String text) {
        return CHINESE_YEAR.matcher(text).replaceAll(m -> Numerals.yearDigits(m.group(1)).orElse(m.group(1)));
    }

    private static int number(String numeral) {
        return Numerals.value(numeral).orElseGet(() -> Integer.parseInt(numeral));
    }

    /**
     * The period's short code: {@code 2024-Q2}, {@code 2024-H1}, {@code 2024-M09}, {@code 2024}.
     *
     * @param period the period
     * @return its code
     */
    public static String code(ReportingPeriod period) {
        switch (period.span()) {
            case QUARTER:
                return period.year() + "-Q" + period.index();
            case HALF:
                return period.year() + "-H" + period.index();
            case MONTHS:
                return period.year() + (period.index() < 10 ? "-M0" : "-M") + period.index();
            default:
                return Integer.toString(period.year());
        }
    }

    private static final Pattern CODE = Pattern.compile(
            "((?:19|2\\d)\\d{2})(?:-?([QqHh])(\\d{1,2})|-[Mm]?(\\d{1,2})|)");

    /**
     * A period from a user's words: a code ({@code 2024-Q2}, {@code 2024Q2}, {@code 2024-H1}, {@code
     * 2024-M10}, {@code 2024-10}, {@code 2024}) or anything {@link #parse(String, Optional)} reads with
     * its year.
     *
     * @param text the words
     * @return the period
     * @throws ValidationException when no period can be read, naming the accepted forms
     */
    public static ReportingPeriod of(String text) {
        String key = Text.key(text);
        Matcher m = CODE.matcher(key);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(3));
                return Character.toUpperCase(m.group(2).charAt(0)) == 'Q'
                        ? ReportingPeriod.quarter(year, index)
                        : ReportingPeriod.half(year, index);
            }
            return m.group(4) != null ? ReportingPeriod.months(year, Integer.parseInt(m.group(4))) : ReportingPeriod.year(year);
        }
        return parse(text, Optional.empty()).orElseThrow(() -> new ValidationException("ReportingPeriod", List.of(Problem.at("period",
                "cannot read a period from \"" + text + "\"; accepted forms: 2024-Q2 or 2024Q2 (a quarter), 2024-H1 (a half),"
                        + " 2024-M10 or 2024-10 (January to October), 2024 (the year), or a title's words with their year"
                        + " such as 2024年第二季度, 2024年上半年, 2024年1-10月, 截至2024年10月底, 2024年度"))));
    }

    /**
     * The period as a title writes it.
     *
     * @param period the period
     * @return its label
     */
    public static String label(ReportingPeriod period) {
        String year = period.year() + "年";
        switch (period.span()) {
            case QUARTER:
                return year + "第" + CHINESE_QUARTER[period.index() - 1] + "季度";
            case HALF:
                return year + (period.index() == 1 ? "上半年" : "下半年");
            case MONTHS:
                return period.index() == 1 ? year + "1月" : year + "1-" + period.index() + "月";
            default:
                return year + "度";
        }
    }

}
