package io.workplan.sheet.internal;

import io.workplan.core.internal.Text;
import io.workplan.sheet.ColumnRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one table of column roles: which header words name which {@link ColumnRole}. Matching is on
 * {@link Text#key(String)}, so blanks, line breaks and full-width forms inside a header cell do not
 * matter; a trailing unit in brackets ({@code 完成进度(%)}) is ignored.
 */
public final class HeaderVocabulary {

    /** The built-in headers, the first of each the one a writer uses. */
    private static final Map<ColumnRole, List<String>> BUILT_IN = Map.of(
            ColumnRole.NUMBER, List.of("序号"),
            ColumnRole.CATEGORY, List.of("项目名称"),
            ColumnRole.CONTENT, List.of("主要工作内容", "项目内容"),
            ColumnRole.LEADER, List.of("牵头领导"),
            ColumnRole.LEAD_UNITS, List.of("牵头单位"),
            ColumnRole.RESPONSIBLE_UNITS, List.of("责任单位"),
            ColumnRole.PROGRESS, List.of("完成进度", "累计完成情况", "完成情况", "进展情况", "目前进展情况"),
            ColumnRole.REMARK, List.of("备注"));

    private static final Pattern TRAILING_UNIT = Pattern.compile("\\([^()]*\\)$");

    private final Map<String, ColumnRole> byKey = new HashMap<>();

    /**
     * The built-in vocabulary and a caller's additions.
     *
     * @param added headers added by the caller, each with its column
     */
    public HeaderVocabulary(Map<String, ColumnRole> added) {
        BUILT_IN.forEach((column, words) -> words.forEach(w -> byKey.put(Text.key(w), column)));
        added.forEach((word, column) -> byKey.put(Text.key(word), column));
    }

    /**
     * The built-in headers of a column as a message names them: {@code 完成进度 / 累计完成情况}.
     *
     * @param column a column
     * @return its headers, joined by {@code  / }
     */
    public static String words(ColumnRole column) {
        return String.join(" / ", BUILT_IN.get(column));
    }

    /**
     * The headers a column is recognised by, built-in ones first.
     *
     * @param column a column
     * @return its built-in headers
     */
    public static List<String> builtIn(ColumnRole column) {
        return BUILT_IN.get(column);
    }

    /**
     * The column a header cell names.
     *
     * @param header the header cell's text
     * @return the column, when the header is known
     */
    public Optional<ColumnRole> column(String header) {
        String key = Text.key(header);
        ColumnRole column = byKey.get(key);
        if (column == null) {
            column = byKey.get(TRAILING_UNIT.matcher(key).replaceFirst(""));
        }
        return Optional.ofNullable(column);
    }
}
