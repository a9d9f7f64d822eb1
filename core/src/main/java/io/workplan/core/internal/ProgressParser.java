package io.workplan.core.internal;

import io.workplan.core.Progress;
import io.workplan.core.Progress.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what a progress text means (see {@link Progress} for the table).
 *
 * <p>Matching is done on a key: the text with full-width forms as ASCII and all blanks removed;
 * the words of the closed kinds also ignore trailing punctuation ({@code 已完成。}). The result
 * always keeps the text verbatim.
 */
public final class ProgressParser {
    private ProgressParser() {}

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,20})?)%");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/\\\\\\-—–―─－_]+|不适用|无|N/?A|n/?a");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.!！;；,，、]+$");
    private static final Set<String> COMPLETED = Set.of(
            "完成", "已完成", "已提前完成", "提前完成", "全部完成", "已全部完成", "全面完成", "已全面完成",
            "超额完成", "已超额完成", "按期完成", "已按期完成", "已完成全年任务", "已完成全年目标",
            "已完成全年目标任务", "完成全年目标任务", "已完成年度任务", "已完成年度目标", "已完成年度目标任务",
            "已办结", "办结", "已完工", "完工");
    private static final Pattern COMPLETED_THEN_TEXT = Pattern.compile("^(?:已|已经)?(?:提前|全面|全部)?完成[,，。;；]");
    private static final Set<String> ON_SCHEDULE = Set.of(
            "正常", "正常进行", "正常进行中", "正常推进", "正常推进中", "序时推进", "序时推进中",
            "按序时推进", "按序时进度推进", "按时序推进", "按计划推进", "按计划推进中", "按计划进行",
            "按计划进行中", "按进度推进", "有序推进", "有序推进中", "稳步推进", "稳步推进中", "顺利推进",
            "顺利推进中", "持续推进", "持续推进中", "正在推进", "推进中", "进行中", "达序时进度",
            "已达序时进度", "符合序时进度", "达到序时进度", "按序时完成");
    private static final int PENDING_MAX_LENGTH = 30;
    private static final Pattern DATA_PENDING = Pattern.compile(
            "(?:数据|指标|统计数|数)[^,，。;；]*?(?:尚未|暂未|还未|未)(?:出报|出来|出|公布|发布|反馈)"
                    + "|暂无(?:统计)?数据|数据(?:待|尚待)(?:出|公布|发布|统计)|待(?:统计部门|统计局)?(?:公布|发布)数据");
    private static final List<Pattern> NARRATIVE_SHARE = List.of(
            Pattern.compile("完成(?:了)?(?:全年|年度|年)(?:目标|计划)?(?:任务|计划|目标)?的?(\\d{1,9}(?:\\.\\d{1,20})?)%"),
            Pattern.compile("完成(?:了)?(?:目标|计划)(?:任务)?的?(\\d{1,9}(?:\\.\\d{1,20})?)%"),
            Pattern.compile("(?:占|达|达到|实现)(?:全年|年度)(?:目标|任务|计划)(?:任务)?的?(\\d{1,9}(?:\\.\\d{1,20})?)%"),
            Pattern.compile("(?:目标|任务|计划)?完成率(?:为|达|达到)?(\\d{1,9}(?:\\.\\d{1,20})?)%"),
            Pattern.compile("(?:全年|年度)(?:目标|任务|计划)(?:任务)?(?:已)?完成(?:了)?(\\d{1,9}(?:\\.\\d{1,20})?)%"));

    /**
     * What a progress text means; never throws for a non-null text.
     *
     * @param text the text, verbatim
     * @return the progress, with the text unchanged
     */
    public static Progress parse(String text) {
        String key = Text.key(text);
        Matcher percent = PERCENT.matcher(key);
        if (percent.matches()) {
            return Progress.builder().kind(Kind.PERCENT).text(text).percent(new BigDecimal(percent.group(1))).build();
        }
        if (NOT_APPLICABLE.matcher(key).matches()) {
            return of(Kind.NOT_APPLICABLE, text);
        }
        String word = TRAILING_PUNCTUATION.matcher(key).replaceFirst("");
        if (COMPLETED.contains(word) || COMPLETED_THEN_TEXT.matcher(key).find()) {
            return of(Kind.COMPLETED, text);
        }
        if (ON_SCHEDULE.contains(word)) {
            return of(Kind.ON_SCHEDULE, text);
        }
        if (word.length() <= PENDING_MAX_LENGTH && DATA_PENDING.matcher(word).find()) {
            return of(Kind.DATA_PENDING, text);
        }
        Progress.Builder narrative = Progress.builder().kind(Kind.NARRATIVE).text(text);
        for (Pattern share : NARRATIVE_SHARE) {
            Matcher m = share.matcher(key);
            if (m.find()) {
                return narrative.percent(new BigDecimal(m.group(1))).build();
            }
        }
        return narrative.build();
    }

    private static Progress of(Kind kind, String text) {
        return Progress.builder().kind(kind).text(text).build();
    }
}
