package io.workplan.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a table's title (or file name) names at its start, after the year and the period:
 * {@code 2024年第二季度拱墅区《政府工作报告》…} is 拱墅区, {@code 岳阳楼区2019年1-7月…} 岳阳楼区, {@code
 * 泗洲头镇2024年度…} 泗洲头镇. A title that starts with a level and no name ({@code 市政府…}, {@code
 * 全省…}, {@code 2022年县十件民生实事…}) names none.
 */
final class RegionNames {
    private RegionNames() {}

    /** The year, then the period's words (第二季度, 上半年, 1-7月, 10月), all optional. */
    private static final String PERIOD = "(?:(?:19|20)\\d{2}\\s*年\\s*度?)?\\s*"
            + "(?:第?[一二三四1-4]\\s*季度|[上下]\\s*半\\s*年|\\d{1,2}\\s*(?:-|－|—|至)\\s*\\d{1,2}\\s*月份?|\\d{1,2}\\s*月份?)?\\s*";
    /** A name of one to eight characters and its level; the first character never a level, 全, 本, or a word of a period (年, 度, 月, 季). */
    private static final Pattern REGION = Pattern.compile("^" + PERIOD
            + "([\\p{IsHan}&&[^全本省市县区镇乡年度月季]][\\p{IsHan}]{0,7}?(?:自治州|自治县|特别行政区|街道|新区|省|市|区|县|镇|乡))");

    /**
     * The region a title names at its start.
     *
     * @param title the title, or a file's name without its extension
     * @return the region, when the title starts with one
     */
    static Optional<String> of(String title) {
        Matcher m = REGION.matcher(title.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
