package io.workplan.excel.internal;

import io.workplan.core.internal.Text;
import io.workplan.excel.SheetColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one table of column roles: which header words name which {@link SheetColumn}. Matching is on
 * {@link Text#key(String)}, so blanks, line breaks and full-width forms inside a header cell do not
 * matter; a trailing unit in brackets ({@code 完成进度(%)}) is ignored.
 */
public final class HeaderVocabulary {

    /** The built-in headers, the first of each the one a writer uses. */
    private static final Map<SheetColumn, List<String>> BUILT_IN = Map.of(
            SheetColumn.NUMBER, List.of("序号"),
            SheetColumn.CATEGORY, List.of("项目名称"),
            SheetColumn.CONTENT, List.of("主要工作内容", "项目内容"),
            SheetColumn.LEADER, List.of("牵头领导"),
            SheetColumn.LEAD_UNITS, List.of("牵头单位"),
            SheetColumn.RESPONSIBLE_UNITS, List.of("责任单位"),
            SheetColumn.PROGRESS, List.of("完成进度", "累计完成情况", "完成情况", "进展情况", "目前进展情况"),
            SheetColumn.REMARK, List.of("备注"));

    private static final Pattern TRAILING_UNIT = Pattern.compile("\\([^()]*\\)$");

    private final Map<String, SheetColumn> byKey = new HashMap<>();

    /**
     * The built-in vocabulary and a caller's additions.
     *
     * @param added headers added by the caller, by column
     */
    public HeaderVocabulary(Map<SheetColumn, List<String>> added) {
        BUILT_IN.forEach((column, words) -> words.forEach(w -> byKey.put(Text.key(w), column)));
        added.forEach((column, words) -> words.forEach(w -> byKey.put(Text.key(w), column)));
    }

    /**
     * The headers a column is recognised by, built-in ones first.
     *
     * @param column a column
     * @return its built-in headers
     */
    public static List<String> builtIn(SheetColumn column) {
        return BUILT_IN.get(column);
    }

    /**
     * The column a header cell names.
     *
     * @param header the header cell's text
     * @return the column, when the header is known
     */
    public Optional<SheetColumn> column(String header) {
        String key = Text.key(header);
        SheetColumn column = byKey.get(key);
        if (column == null) {
            column = byKey.get(TRAILING_UNIT.matcher(key).replaceFirst(""));
        }
        return Optional.ofNullable(column);
    }
}
