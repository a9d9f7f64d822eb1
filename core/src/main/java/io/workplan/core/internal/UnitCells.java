package io.workplan.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cell of units is cut into the texts of its units, as {@link io.workplan.core.LeadUnit#parseList(String)}
 * describes (the separators, and a line break or blanks between two whole names, never inside brackets), and
 * the lead markers at a name's ends. {@code LeadUnit} builds its units from these texts; the sheet reader cuts
 * a cell of units named with their heads ({@code 市民政局 伍泽国}) by the same rule before a name is normalised.
 */
public final class UnitCells {
    private static final String SEPARATORS = "、，,；;";
    /** Slashes: a separator between two whole names ({@code 区发改局/区财政局}), part of a name otherwise. */
    private static final String SLASHES = "/／";
    private static final String OPENING = "(（[［【〔<《〈";
    private static final String CLOSING = ")）]］】〕>》〉";
    /** The markers of lead units among responsible units (see {@link MarkedUnits}). */
    private static final String MARKERS = "*＊★☆※";
    private static final List<String> UNIT_ENDINGS = List.of(
            "局", "委", "办", "院", "部", "厅", "署", "处", "室", "所", "站", "台", "馆", "队", "组", "班", "社", "团", "联", "协",
            "中心", "公司", "集团", "街道", "社区", "镇", "乡", "政府", "办事处",
            "委员会", "管委会", "工会", "协会", "商会", "学会", "银行", "支行", "分行",
            "开发区", "园区", "新区", "示范区");
    /** Endings of words that go on: a name broken after them is wrapped, not finished. */
    private static final List<String> WORDS_THAT_GO_ON = List.of("城乡", "城镇", "场所", "全部", "互联", "物联", "平台", "舞台");
    private static final String PLACE_INITIALS = "区市县省镇乡街各团";
    private static final List<String> PLACE_WORDS = List.of("中共", "国家", "国网");
    private static final List<String> BRANCH_ENDINGS = List.of(
            "分局", "分中心", "分院", "分公司", "分所", "支队", "大队", "中队", "分队", "支行", "分行");
    private static final int BRANCH_TAIL_MAX_LENGTH = 5;
    private static final int WHOLE_NAME_MIN_LENGTH = 4;

    private UnitCells() {}

    /**
     * The texts of the units of a cell, as written (markers and blanks at their ends kept).
     *
     * @param cellText a cell's text
     * @return the pieces, in order; blank pieces included
     */
    public static List<String> pieces(String cellText) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < cellText.length()) {
            char c = cellText.charAt(i);
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
                i++;
                continue;
            }
            if (depth == 0 && SLASHES.indexOf(c) >= 0) {
                int next = i + 1;
                while (next < cellText.length() && Text.isBlank(cellText.charAt(next))) {
                    next++;
                }
                if (endsLikeUnit(piece.toString().strip()) && beginsLikeUnit(nextName(cellText, next))) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(c);
                }
                i++;
                continue;
            }
            if (depth == 0 && Text.isBlank(c)) {
                int end = i;
                while (end < cellText.length() && Text.isBlank(cellText.charAt(end))) {
                    end++;
                }
                if (endsLikeUnit(piece.toString()) && beginsLikeUnit(nextName(cellText, end))) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(cellText, i, end);
                }
                i = end;
                continue;
            }
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            piece.append(c);
            i++;
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** The text from an index to the next separator or blank outside brackets. */
    private static String nextName(String cellText, int from) {
        int depth = 0;
        int i = from;
        while (i < cellText.length()) {
            char c = cellText.charAt(i);
            if (depth == 0 && (SEPARATORS.indexOf(c) >= 0 || SLASHES.indexOf(c) >= 0 || Text.isBlank(c))) {
                break;
            }
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            i++;
        }
        return cellText.substring(from, i);
    }

    /**
     * Whether a text ends like a unit's name (leaving out an alias in brackets, it ends with a unit
     * word: 局, 委, 中心, 街道, …), as the rule of a break between two names has it.
     *
     * @param text a unit's text
     * @return whether it does
     */
    public static boolean endsLikeUnit(String text) {
        String name = withoutAlias(withoutMarkers(Text.unwrap(text)));
        return endsWithAny(name, UNIT_ENDINGS) && !endsWithAny(name, WORDS_THAT_GO_ON);
    }

    private static boolean beginsLikeUnit(String text) {
        String name = withoutMarkers(Text.unwrap(text));
        if (name.isEmpty() || OPENING.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        if (PLACE_INITIALS.indexOf(name.charAt(0)) >= 0 || PLACE_WORDS.stream().anyMatch(name::startsWith)) {
            return true;
        }
        String bare = withoutAlias(name);
        int length = bare.codePointCount(0, bare.length());
        boolean branchTail = length <= BRANCH_TAIL_MAX_LENGTH && endsWithAny(bare, BRANCH_ENDINGS);
        return length >= WHOLE_NAME_MIN_LENGTH && !branchTail && endsLikeUnit(bare);
    }

    private static boolean endsWithAny(String name, List<String> endings) {
        for (String ending : endings) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A name without the alias in brackets at its end: {@code 市委农办(市农业局)} is {@code 市委农办}. */
    private static String withoutAlias(String name) {
        if (name.isEmpty() || CLOSING.indexOf(name.charAt(name.length() - 1)) < 0) {
            return name;
        }
        int depth = 0;
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (CLOSING.indexOf(c) >= 0) {
                depth++;
            } else if (OPENING.indexOf(c) >= 0 && --depth == 0) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /**
     * A name without the lead markers (and blanks) at its ends.
     *
     * @param name a unit's text
     * @return the text without them
     */
    public static String withoutMarkers(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (MARKERS.indexOf(name.charAt(start)) >= 0 || Text.isBlank(name.charAt(start)))) {
            start++;
        }
        while (end > start && (MARKERS.indexOf(name.charAt(end - 1)) >= 0 || Text.isBlank(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }
}
