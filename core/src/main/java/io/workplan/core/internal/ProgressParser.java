package io.workplan.core.internal;

import io.workplan.core.Progress;
import io.workplan.core.Progress.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
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
    /** Nothing to report: a dash or a slash, 不适用, 无, 无任务 (no such task in this region: 淮南市 暖民心行动, 寿县). */
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/\\\\\\-—–―─－_]+|不适用|无|无任务|N/?A|n/?a");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.!！;；,，、]+$");
    /** The task itself, as a text names it: 该项, 本项, 此项, 这项 (已完成该项任务: this task is done). */
    private static final String THIS_ONE = "(?:该项|本项|此项|这项)";
    /**
     * A word of completion: done (完成, 办结, 完工, 竣工, 建成, 落实 and 落实到位: carried out), after 已 / 已经 / 均已 / 现已, how (提前, 全面, 全部,
     * 超额, 按期, 按时, 如期, 顺利, 圆满), of what (全年 / 年度 目标 任务; this task, 该项任务 / 本项工作): 已完成,
     * 已全面完成年度目标任务, 如期竣工, 已完成该项任务.
     */
    private static final String DONE = "(?:已经|已|均已|现已|目前已)?(?:提前|全面|全部|超额|按期|按时|如期|顺利|圆满)?"
            + "(?:完成|办结|完工|竣工|建成|落实(?:到位)?)了?(?:" + THIS_ONE + "(?:任务|工作)|(?:全年|年度|本年度|今年|全部)?(?:目标)?(?:任务)?)";
    /** A word of completion alone, or put to use after it: 已完成, 已建成投用, 已竣工并投入使用, 已建成通车. */
    private static final Pattern COMPLETED = Pattern.compile(DONE + "(?:并?投入使用|并?投用|通车)?");
    private static final Pattern COMPLETED_THEN_TEXT = Pattern.compile("^" + DONE + "[,，。;；]");
    /**
     * A word of completion and a note in brackets, nothing after it: 已完成(完成30%,完成率100%) (淮南市 暖民心行动),
     * read as 已完成,… is; not 已完成(一期),二期正在施工, where the text goes on.
     */
    private static final Pattern COMPLETED_WITH_NOTE = Pattern.compile("^" + DONE + "\\([^()]*\\)[。.!！;；,，、]*$");
    private static final Set<String> ON_SCHEDULE = Set.of(
            "正常", "正常进行", "正常进行中", "正常推进", "正常推进中", "序时推进", "序时推进中",
            "按序时推进", "按序时进度推进", "按时序推进", "按计划推进", "按计划推进中", "按计划进行",
            "按计划进行中", "按进度推进", "有序推进", "有序推进中", "稳步推进", "稳步推进中", "顺利推进",
            "顺利推进中", "持续推进", "持续推进中", "正在推进", "推进中", "进行中", "达序时进度",
            "已达序时进度", "符合序时进度", "达到序时进度", "按序时完成", "进度正常", "进展正常", "进展顺利",
            "推进顺利", "按计划实施", "按计划实施中", "按进度实施");
    private static final int PENDING_MAX_LENGTH = 30;
    private static final Pattern DATA_PENDING = Pattern.compile(
            "(?:数据|指标|统计数|数)[^,，。;；]*?(?:尚未|暂未|还未|未)(?:出报|出来|出|公布|发布|反馈)"
                    + "|暂无(?:统计)?数据|数据(?:待|尚待)(?:出|公布|发布|统计)|待(?:统计部门|统计局)?(?:公布|发布)数据|^(?:数据)?待统计$");
    /** A figure in percent, as the patterns below capture it: digits, an optional decimal part. */
    private static final String FIGURE = "(\\d{1,9}(?:\\.\\d{1,20})?)%";
    /** A percentage leading a text, and what follows it. */
    private static final Pattern LEADING_PERCENT = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,20})?)%(.*)", Pattern.DOTALL);
    /** How a note after a leading percentage may begin: a bracket, a separator, a Chinese character. */
    private static final Pattern NOTE_START = Pattern.compile("[(\\[【〔（,，、;；:：。.!！\\p{IsHan}].*", Pattern.DOTALL);
    private static final String OPENING_BRACKETS = "([【〔（";
    /** The longest single clause a leading percentage may carry and stay a {@link Kind#PERCENT}. */
    private static final int NOTE_MAX_LENGTH = 30;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[。;；!！]");
    private static final Pattern DIGIT_OR_PERCENT = Pattern.compile("[0-9%]");
    /** What a share is of: the year's (or the whole) target, plan, budget, investment or amount of work. */
    private static final String TARGET = "(?:" + THIS_ONE + "?(?:全年|年度|本年度|本年|今年|年|总|全部){0,2}"
            + "(?:目标|计划|预算|任务数|任务|投资|工程量|工作量|任务量|开工|建设|指标)){1,4}"
            + "(?:\\([^()]{0,40}\\))?";
    /**
     * The share-of-target forms of a narrative. Each names its target or the word 完成率 / 进度; growth
     * and level figures ({@code 同比增长6.7%}, {@code 增速9.6%}, {@code 利用率92%}, {@code 占比},
     * {@code 覆盖率}, {@code 达标率}, {@code 开工率}) match none of them.
     */
    private static final List<Pattern> NARRATIVE_SHARE = List.of(
            // 完成全年任务的78%, 为预算的26.9%, 占预算任务的30.7%, 完成年度总投资的88.76%, 完成年度计划49.95%
            Pattern.compile("(?:完成了?|为|占到?|达到?|实现)" + TARGET + "的?" + FIGURE),
            // 完成率47.23%, 目标任务完成率为52.5%, 投资完成率41.9%
            Pattern.compile("完成率[:：]?(?:为|达到?|是|已达到?)?" + FIGURE),
            // 完成进度80%, 进度为60%, 形象进度达80%; never 序时进度 / 时序进度 / 时间进度 (the expected share)
            Pattern.compile("(?<!序时|时序|时间)进度[:：]?(?:为|达到?|已达到?|已完成|完成)?" + FIGURE),
            // 全年目标任务已完成60%
            Pattern.compile("(?:全年|年度)(?:目标|任务|计划)(?:任务)?(?:已)?完成了?" + FIGURE));
    /**
     * 已进场施工,完成60%: 完成 opening a clause, the text's first or one after another, with no work of its
     * own before it (完成80%, 已完成80%, 目前已完成80%, what a cell's format {@code "完成"0.0%} shows too); a
     * share only when no other 完成…% stands in the text (主体工程完成80%,场外工程完成70%: shares of parts of
     * the work).
     */
    private static final Pattern CLAUSE_SHARE = Pattern.compile("(?:^|[,，;；。:：])(?:目前|当前|现|截至目前|截止目前)?"
            + "(?:已经|已|累计已|累计|共|总体已|总体|整体已|整体)?完成了?" + FIGURE);
    private static final Pattern ANY_COMPLETED_SHARE = Pattern.compile("完成了?" + FIGURE);

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
        Progress leading = leadingPercent(text, key);
        if (leading != null) {
            return leading;
        }
        if (NOT_APPLICABLE.matcher(key).matches()) {
            return of(Kind.NOT_APPLICABLE, text);
        }
        String word = TRAILING_PUNCTUATION.matcher(key).replaceFirst("");
        // 经与省里确认,项目已完成年度目标任务。: what is stated after who confirmed it
        String stated = CONFIRMED.matcher(key).replaceFirst("");
        String statedWord = TRAILING_PUNCTUATION.matcher(stated).replaceFirst("");
        if (COMPLETED.matcher(word).matches() || COMPLETED.matcher(statedWord).matches()) {
            return of(Kind.COMPLETED, text);
        }
        if (COMPLETED_THEN_TEXT.matcher(stated).find() || COMPLETED_WITH_NOTE.matcher(stated).matches()
                || completedFirstLine(text) || REACHED_TARGET.matcher(key).find()) {
            // 已完成。1-10月完成率47.23%: this step is done, the year's target is not
            BigDecimal share = share(key);
            return share != null && share.compareTo(ONE_HUNDRED) < 0
                    ? Progress.builder().kind(Kind.NARRATIVE).text(text).percent(share).build()
                    : of(Kind.COMPLETED, text);
        }
        if (ON_SCHEDULE.contains(word)) {
            return of(Kind.ON_SCHEDULE, text);
        }
        if (word.length() <= PENDING_MAX_LENGTH && DATA_PENDING.matcher(word).find()) {
            return of(Kind.DATA_PENDING, text);
        }
        Progress.Builder narrative = Progress.builder().kind(Kind.NARRATIVE).text(text);
        BigDecimal share = share(key);
        return share == null ? narrative.build() : narrative.percent(share).build();
    }

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    /**
     * An opening clause saying who confirmed what follows, and the project it is said of: 经与省里确认,项目…,
     * 经核实,…, 经验收,该项目….
     */
    private static final Pattern CONFIRMED = Pattern.compile(
            "^经[^,，。;；]{0,12}?(?:确认|核实|核查|核定|验收|审核|认定)[,，]?(?:该项目|项目|该项|此项)?");
    /** The target reached: 达到目标60元, 已实现年度目标. */
    private static final Pattern REACHED_TARGET = Pattern.compile("^(?:已|已经)?(?:达到|实现)了?(?:全年|年度)?目标");

    /** Whether the text's first line, of several, is a word of completion: 提前完成年度任务\n完成…的比例达86.18%. */
    private static boolean completedFirstLine(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return false;
        }
        String first = TRAILING_PUNCTUATION.matcher(Text.key(text.substring(0, end))).replaceFirst("");
        return COMPLETED.matcher(first).matches();
    }

    /**
     * A percentage followed by a note: {@code 80%(新区实验幼儿园进度滞后)}, {@code 50%(马站未开工},
     * {@code 98.4%。}, {@code 60%，主体结构施工中} are that percentage; a longer report after it (more
     * than one clause, more than {@value #NOTE_MAX_LENGTH} characters, or figures of its own) makes the
     * text a narrative with that share.
     *
     * @return the progress, or null when the text does not begin with a percentage and a note
     */
    private static Progress leadingPercent(String text, String key) {
        Matcher m = LEADING_PERCENT.matcher(key);
        if (!m.matches()) {
            return null;
        }
        BigDecimal share = new BigDecimal(m.group(1));
        String rest = m.group(2);
        if (!NOTE_START.matcher(rest).matches()) {
            return null; // 50%-60%: a range, not a percentage with a note
        }
        String note = TRAILING_PUNCTUATION.matcher(rest).replaceFirst("");
        if (!note.isEmpty() && OPENING_BRACKETS.indexOf(note.charAt(0)) >= 0) {
            // a note in brackets, closed or not, is a note whatever it says; judge only what follows it
            int close = closingBracket(note);
            note = close < 0 ? "" : TRAILING_PUNCTUATION.matcher(note.substring(close + 1)).replaceFirst("");
        }
        String clause = LEADING_SEPARATOR.matcher(note).replaceFirst("");
        boolean shortNote = clause.length() <= NOTE_MAX_LENGTH
                && !SENTENCE_BREAK.matcher(clause).find()
                && !DIGIT_OR_PERCENT.matcher(clause).find();
        return Progress.builder().kind(shortNote ? Kind.PERCENT : Kind.NARRATIVE).text(text).percent(share).build();
    }

    /** Where the bracket opening a note closes (brackets nest), or -1 when it stays open. */
    private static int closingBracket(String note) {
        int depth = 0;
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (OPENING_BRACKETS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING_BRACKETS.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final String CLOSING_BRACKETS = ")]】〕）";
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[,，、;；:：。.!！]+");

    /** The first share-of-target form of a key (the one that begins first), or null. */
    private static BigDecimal share(String key) {
        BigDecimal found = null;
        for (Pattern share : NARRATIVE_SHARE) {
            Matcher m = share.matcher(key);
            while (m.find()) {
                BigDecimal figure = new BigDecimal(m.group(1));
                if (found != null && found.compareTo(figure) != 0) {
                    return null; // two shares of two targets (完成率54.7%…完成率61.9%): no single figure is the progress
                }
                found = figure;
            }
        }
        if (found == null && ANY_COMPLETED_SHARE.matcher(key).results().count() == 1) {
            Matcher m = CLAUSE_SHARE.matcher(key);
            if (m.find()) {
                found = new BigDecimal(m.group(1));
            }
        }
        return found;
    }

    /** A number and nothing else, as a cell shows it: digits and an optional decimal part. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,9}(?:\\.\\d{1,20})?");

    /**
     * The percentage a bare number is in a column whose header gives its unit as percent ({@code 完成目标(%)}:
     * {@code 123.4} is 123.4 %). Its text is the number as shown followed by the header's {@code %} ({@code
     * 123.4%}): what a person reads there, a text that says its figure wherever it is written, so that every
     * writer writes it back as the same progress. When the cell holds the number exactly (a workbook's number
     * cell) and the text shows it rounded, the percentage keeps every digit of it, as a number under a percent
     * format does ({@code 123.44} shown {@code 123.4} is 123.44 %, shown {@code 123.4%}).
     *
     * @param text the cell's text
     * @param value the number the cell holds, or null for a text cell
     * @return the percentage, or empty when the text is not a bare number (it then means what {@link #parse}
     *     says)
     */
    public static Optional<Progress> bareNumberInPercent(String text, BigDecimal value) {
        String key = Text.key(text);
        if (!BARE_NUMBER.matcher(key).matches()) {
            return Optional.empty();
        }
        BigDecimal shown = new BigDecimal(key);
        BigDecimal percent = shown;
        if (value != null && value.signum() >= 0
                && value.setScale(shown.scale(), RoundingMode.HALF_UP).compareTo(shown) == 0) {
            BigDecimal exact = value.stripTrailingZeros();
            percent = exact.scale() < shown.scale() ? exact.setScale(shown.scale()) : exact;
        }
        return Optional.of(Progress.ofPercent(percent, Text.strip(text) + "%"));
    }

    private static Progress of(Kind kind, String text) {
        return Progress.builder().kind(kind).text(text).build();
    }
}
