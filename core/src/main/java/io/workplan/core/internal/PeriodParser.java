package io.workplan.core.internal;

import io.workplan.core.ReportingPeriod;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a {@link ReportingPeriod} in a title, and writes one as a title does. */
public final class PeriodParser {
    private PeriodParser() {}

    private static final String NUMERAL = "(十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|2\\d)\\d{2})(?!\\d)\\s*(年)?");
    private static final Pattern MONTH_RANGE = Pattern.compile(NUMERAL + "\\s*月?\\s*(?:-|－|—|–|~|～|至|到)\\s*" + NUMERAL + "\\s*月");
    private static final Pattern FIRST_QUARTERS = Pattern.compile("前\\s*([一二三四1-4])\\s*(?:个)?\\s*季度");
    private static final Pattern QUARTER = Pattern.compile("(?:第\\s*)?([一二三四1-4])\\s*季度|(?<![A-Za-z])[Qq]([1-4])(?!\\d)");
    private static final Pattern HALF = Pattern.compile("([上下])\\s*半\\s*年");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d-－—–~～至到])" + NUMERAL + "\\s*月(?:份)?(?!\\s*(?:-|－|—|–|~|～|至|到))");
    private static final Pattern WHOLE_YEAR = Pattern.compile("全\\s*年|年\\s*度|年\\s*底|年\\s*末");
    private static final String[] CHINESE_QUARTER = {"一", "二", "三", "四"};

    /**
     * The period named in a title.
     *
     * @param title the title
     * @param defaultYear the year when the title names none
     * @return the period, or empty when none is named (or no year is known)
     */
    public static Optional<ReportingPeriod> parse(String title, Optional<Integer> defaultYear) {
        String text = Text.halfWidth(title);
        Optional<Integer> year = findYear(text).or(() -> defaultYear);
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
        m = MONTH.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.months(y, number(m.group(1))));
        }
        if (WHOLE_YEAR.matcher(text).find()) {
            return Optional.of(ReportingPeriod.year(y));
        }
        return Optional.empty();
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

    private static int number(String numeral) {
        switch (numeral) {
            case "一": return 1;
            case "二": return 2;
            case "三": return 3;
            case "四": return 4;
            case "五": return 5;
            case "六": return 6;
            case "七": return 7;
            case "八": return 8;
            case "九": return 9;
            case "十": return 10;
            case "十一": return 11;
            case "十二": return 12;
            default: return Integer.parseInt(numeral);
        }
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
