package io.workplan.sheet.internal;

import io.workplan.core.internal.Text;
import io.workplan.sheet.ColumnRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of column roles: which header words name which {@link ColumnRole}, as real tables
 * of many regions write them (see {@code docs/sheet-format.md}). Matching is on {@link
 * Text#key(String)}, so blanks, line breaks and full-width forms inside a header cell do not matter.
 *
 * <h2>How a header is read</h2>
 *
 * <ol>
 *   <li>The caller's words, exactly (their key), win over the built-in ones.
 *   <li>The built-in words exactly; then again without a period in front ({@code 1-7月实际完成情况},
 *       {@code 第二季度完成情况}, {@code 年度完成情况}) and without a unit behind ({@code 完成率%},
 *       {@code 完成进度(%)}, {@code (万元)}).
 *   <li>Word families by their ending: {@code …完成情况}, {@code …进展情况}, {@code …落实情况} are a
 *       progress text; {@code …完成率}, {@code …之比} a progress rate; {@code …项目名称} a name;
 *       {@code …牵头单位} lead units; {@code …责任单位} units; {@code …领导} a leader; {@code …事项}
 *       ({@code 公开挂牌督办事项}) the task; {@code …序号} ({@code 分解序号}) the number; a units group joined
 *       with its sub-header ({@code 承办单位⏎主办}, {@code 承办单位⏎协办}: a header of two rows read as one) lead or
 *       cooperating units; and a share of the plan, {@code 占全年计划}, {@code 占年度目标}, {@code 占计划比例}, a
 *       progress rate.
 *   <li>Two words joined by {@code 及}, {@code 与}, {@code 和}, {@code 暨} or {@code 、}: of one reading, that
 *       reading ({@code 年度任务及目标}, a target); two unit words, units ({@code 责任主体与协同单位}); a unit word and
 *       a person word, the units ({@code 牵头单位及主要负责人}); a task word and a target word, the task stated with
 *       its target ({@code 具体任务及目标}), a target beside a column that certainly holds the task; a task or a
 *       progress word and a word no role reads, the task ({@code 建设内容及规模}) or the progress ({@code 工作进展及成效}).
 *   <li>A header whose unit is percent ({@link #inPercent(String)}) names a rate when it names a progress
 *       ({@code 完成情况(%)}) or a share of the target ({@code 完成目标(%)}, {@code 完成年度任务%}, {@code
 *       占全年目标(%)}, {@code 目标完成(%)}); a target measured in percent ({@code 目标(%)}) stays a target.
 * </ol>
 *
 * Some words name one of two roles, which the {@code SheetLayout} decides from the table: a {@link
 * Reading#NAME} ({@code 项目名称}) is the category left of another task column (an extra column right
 * of it) and the task without one; a {@link Reading#TASK_OR_TARGET} ({@code 目标任务}) is the task unless another column holds it,
 * then the target (an extra column); a {@link Reading#TASK_WITH_TARGET} ({@code 具体任务及目标}) is the task unless a
 * {@link Reading#CONTENT} column is there, then a target; {@link Reading#UNITS} ({@code 责任单位}) are the lead units
 * unless a lead-unit column is there, then the responsible units.
 */
public final class HeaderVocabulary {

    /** What a header cell says its column holds, before the table decides the ambiguous ones. */
    public enum Reading {
        /** The running number. */
        NUMBER(ColumnRole.NUMBER),
        /** The category, certainly ({@code 类别}). */
        CATEGORY(ColumnRole.CATEGORY),
        /** A project's or a task's name: the category beside a task column, else the task. */
        NAME(ColumnRole.CATEGORY),
        /** The task, certainly. */
        CONTENT(ColumnRole.CONTENT),
        /** The task, or the target when another column holds the task ({@code 目标任务}). */
        TASK_OR_TARGET(ColumnRole.CONTENT),
        /**
         * The task stated with its target ({@code 具体任务及目标}): the task, or a target when a column certainly
         * holds the task; beside a name, the task.
         */
        TASK_WITH_TARGET(ColumnRole.CONTENT),
        /** The leading official. */
        LEADER(ColumnRole.LEADER),
        /** The lead units, certainly ({@code 牵头单位}). */
        LEAD_UNITS(ColumnRole.LEAD_UNITS),
        /** The units: the lead units, or the responsible units beside a lead-unit column ({@code 责任单位}). */
        UNITS(ColumnRole.LEAD_UNITS),
        /** Cooperating units ({@code 配合单位}, {@code 相关单位}): the responsible units beside lead units. */
        COOPERATING(ColumnRole.RESPONSIBLE_UNITS),
        /** A rate of completion ({@code 完成率}): the progress, before any progress text. */
        PROGRESS_RATE(ColumnRole.PROGRESS),
        /** A progress text ({@code 完成情况}). */
        PROGRESS(ColumnRole.PROGRESS),
        /** The remark. */
        REMARK(ColumnRole.REMARK);

        private final ColumnRole role;

        Reading(ColumnRole role) {
            this.role = role;
        }

        /**
         * The role this reading gives a column when nothing else decides.
         *
         * @return the role
         */
        public ColumnRole role() {
            return role;
        }
    }

    /** The headers a writer uses, one per role: what the Gongshu sheets say. */
    private static final Map<ColumnRole, List<String>> WRITTEN = Map.of(
            ColumnRole.NUMBER, List.of("序号"),
            ColumnRole.CATEGORY, List.of("项目名称"),
            ColumnRole.CONTENT, List.of("主要工作内容", "项目内容"),
            ColumnRole.LEADER, List.of("牵头领导"),
            ColumnRole.LEAD_UNITS, List.of("牵头单位"),
            ColumnRole.RESPONSIBLE_UNITS, List.of("责任单位"),
            ColumnRole.PROGRESS, List.of("完成进度", "累计完成情况", "完成情况", "进展情况", "目前进展情况"),
            ColumnRole.REMARK, List.of("备注"));

    /** Every built-in word, exactly (as a key). */
    private static final Map<String, Reading> WORDS = new HashMap<>();

    static {
        words(Reading.NUMBER, "序号", "编号", "序列号", "项目编号", "任务编号", "序");
        words(Reading.CATEGORY, "类别", "分类", "项目类别", "任务类别", "工作类别", "类型", "板块", "领域", "重点领域",
                "工作板块", "所属类别", "大类");
        words(Reading.NAME, "项目名称", "实事名称", "实事项目名称", "民生实事项目名称", "项目", "名称", "工作项目",
                "实事项目", "工程名称", "工程项目", "工程项目名称", "民生工程");
        words(Reading.CONTENT, "主要工作内容", "项目内容", "工作内容", "重点工作", "工作任务", "具体任务", "任务内容",
                "实事内容", "内容与要求", "主要任务", "重点任务", "主要目标任务", "重点工作任务", "具体工作任务",
                "工作事项", "任务", "内容", "考核指标", "指标名称", "指标", "指标任务", "主要指标", "建设内容",
                "主要内容", "重点工作内容", "具体内容", "目标内容", "工作目标任务", "任务名称", "事项", "主要工作任务",
                "实事项目内容", "项目建设内容", "主要建设内容", "建设规模及内容", "工作要点", "工作重点", "具体工作",
                "考核内容", "子项目", "子项目名称", "任务分解", "分解任务");
        words(Reading.TASK_OR_TARGET, "目标任务", "年度目标任务", "年度目标", "目标", "工作目标", "任务目标",
                "全年目标", "全年任务目标", "年度任务", "全年任务", "攻坚目标任务", "目标要求", "指标任务数", "要求", "工作要求",
                "任务要求");
        words(Reading.LEADER, "牵头领导", "责任领导", "分管领导", "联系领导", "责任区领导", "分管区领导", "牵头区领导",
                "牵头县领导", "分管县领导", "责任县领导", "领导", "牵头市领导", "分管市领导", "责任市领导", "包联领导");
        words(Reading.LEAD_UNITS, "牵头单位", "牵头责任单位", "牵头部门", "主办单位", "牵头科室", "主责单位",
                "主要责任单位", "牵头落实单位", "主责部门", "责任主体");
        words(Reading.UNITS, "责任单位", "责任部门", "责任科室", "承办单位", "实施单位", "落实单位", "责任处室",
                "完成单位", "负责单位", "主体单位", "实施主体", "责任主体单位", "责任处", "责任股室");
        words(Reading.COOPERATING, "配合单位", "协办单位", "相关单位", "参与单位", "协同单位", "配合部门",
                "协助单位", "协作单位", "责任单位(配合)");
        words(Reading.PROGRESS_RATE, "完成进度", "当前进度", "完成率", "实际完成率", "任务完成率", "完成比例",
                "占年任务之比", "完成进度(%)", "进度", "形象进度", "工作进度", "总体进度", "目前进度", "累计完成率",
                "实施进度", "推进进度", "执行进度", "办理进度", "建设进度", "项目进度", "工程进度", "实际进度", "实际完成进度",
                "实际形象进度", "实际工作进度", "实际推进进度", "实际建设进度");
        words(Reading.PROGRESS, "累计完成情况", "完成情况", "进展情况", "目前进展情况", "落实情况", "推进情况",
                "年度完成情况", "实际完成情况", "工作进展", "进展", "执行情况", "工作推进情况", "工作完成情况",
                "目前完成情况", "进展及成效", "工作进展情况", "完成情况及成效", "进度情况", "实施情况", "办理情况",
                "工作落实情况", "当前进展", "最新进展", "进展成效", "工作成效", "完成状态", "办理结果", "落实结果", "完成结果");
        words(Reading.REMARK, "备注", "附注");
    }

    private static final Pattern TRAILING_UNIT = Pattern.compile("(?:[(（][^()（）]{0,12}[)）]|[%％]|\\(%\\))+$");
    /** A period in front of a header's words: {@code 1-7月}, {@code 第二季度}, {@code 上半年}, {@code 累计}. */
    private static final String PERIOD = "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:月份?)?(?:[-－—–~～至到](?:\\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?"
            + "|第?[一二三四1-4]季度|前[一二三1-3]季度|[上下]半年|全年|年度|本年度|本年|本月|本季度|当月|截至目前|截止目前|目前|累计)";
    /** A period in front, after a year or alone; or a year alone ({@code 2025年进展情况}). */
    private static final Pattern LEADING_PERIOD = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年(?:度)?" + PERIOD + "?|" + PERIOD + ")");
    private static final List<Map.Entry<String, Reading>> ENDINGS = List.of(
            Map.entry("完成率", Reading.PROGRESS_RATE),
            Map.entry("之比", Reading.PROGRESS_RATE),
            Map.entry("完成进度", Reading.PROGRESS_RATE),
            Map.entry("完成情况", Reading.PROGRESS),
            Map.entry("进展情况", Reading.PROGRESS),
            Map.entry("落实情况", Reading.PROGRESS),
            Map.entry("推进情况", Reading.PROGRESS),
            Map.entry("执行情况", Reading.PROGRESS),
            Map.entry("项目名称", Reading.NAME),
            Map.entry("工程名称", Reading.NAME),
            Map.entry("实事项目", Reading.NAME),
            Map.entry("牵头单位", Reading.LEAD_UNITS),
            Map.entry("牵头部门", Reading.LEAD_UNITS),
            Map.entry("责任单位", Reading.UNITS),
            Map.entry("责任部门", Reading.UNITS),
            Map.entry("配合单位", Reading.COOPERATING),
            // the sub-headers of a units group, joined to it (承办单位⏎主办 | 承办单位⏎协办, 责任单位⏎牵头 | 责任单位⏎配合)
            Map.entry("单位主办", Reading.LEAD_UNITS),
            Map.entry("单位牵头", Reading.LEAD_UNITS),
            Map.entry("单位协办", Reading.COOPERATING),
            Map.entry("单位配合", Reading.COOPERATING),
            Map.entry("工作内容", Reading.CONTENT),
            Map.entry("事项", Reading.CONTENT),
            Map.entry("序号", Reading.NUMBER),
            Map.entry("目标任务", Reading.TASK_OR_TARGET),
            Map.entry("领导", Reading.LEADER));
    /**
     * What a header measured in percent names as a share of the target: the share done of it ({@code 完成目标},
     * {@code 完成年度任务}, {@code 完成}), the share it makes up ({@code 占全年目标}), its completion ({@code 目标完成}).
     */
    private static final Pattern SHARE_OF_TARGET = Pattern.compile(
            "(?:完成|占)(?:全年|年度|本年度|年|总)?(?:目标任务|目标|任务|计划)?|(?:全年|年度)?(?:目标任务|目标|任务)完成");
    private static final List<String> BEGINNINGS = List.of("进展情况", "完成情况", "落实情况", "推进情况");
    /** A header ending with a plan: {@code 7月工作计划}, {@code 下步打算}, {@code 下一步工作安排}. */
    private static final Pattern PLAN = Pattern.compile("(?:计划|打算|工作安排|安排)$");
    /** The share of the year's plan, target or task a column gives: {@code 占全年计划}, {@code 占年度目标}, {@code 占计划比例}. */
    private static final Pattern SHARE_OF_PLAN = Pattern.compile(
            "^占(?:全年|年度|本年度|年|总)?(?:目标任务|目标|任务|计划)(?:之比|比例|的比例|比重)?$");
    /** An option of a choice a group's sub-headers offer, marked in one of them: {@code 完成}, {@code 未完成}, {@code 是}. */
    private static final Pattern MARK_OPTION = Pattern.compile("^(?:已?完成|基本完成|未完成|没有完成|是|否)$");
    /** The option that says it was not done: {@code 未完成}, {@code 否}. */
    private static final Pattern NEGATED_OPTION = Pattern.compile("^(?:未完成|没有完成|否)$");
    /** The joiners of two header words, and the two words. */
    private static final Pattern COMPOUND = Pattern.compile("^(.+?)(?:及|与|和|暨|、)(.+)$");
    /** The endings of a word naming a person of a unit: its head, the one responsible, a contact. */
    private static final List<String> PERSON_WORDS = List.of("负责人", "责任人", "联系人");

    private final Map<String, ColumnRole> added = new HashMap<>();

    private static void words(Reading reading, String... words) {
        for (String w : words) {
            WORDS.put(Text.key(w), reading);
        }
    }

    /**
     * The built-in vocabulary and a caller's additions.
     *
     * @param added headers added by the caller, each with its column's role
     */
    public HeaderVocabulary(Map<String, ColumnRole> added) {
        added.forEach((word, role) -> this.added.put(Text.key(word), role));
    }

    /**
     * The headers a writer uses for a column, the first of them the one written.
     *
     * @param column a column
     * @return its headers
     */
    public static List<String> builtIn(ColumnRole column) {
        return WRITTEN.get(column);
    }

    /**
     * The built-in headers of a column as a message names them: {@code 完成进度 / 累计完成情况}.
     *
     * @param column a column
     * @return its headers, joined by {@code  / }
     */
    public static String words(ColumnRole column) {
        return String.join(" / ", WRITTEN.get(column));
    }

    /**
     * The role the caller gave a header word.
     *
     * @param header the header cell's text
     * @return the role, when the caller named this header
     */
    public Optional<ColumnRole> callersRole(String header) {
        return Optional.ofNullable(added.get(Text.key(header)));
    }

    /**
     * What a header cell says its column holds.
     *
     * @param header the header cell's text
     * @return the reading, when the header is known
     */
    public Optional<Reading> reading(String header) {
        String key = Text.key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<ColumnRole> callers = callersRole(header);
        if (callers.isPresent()) {
            return Optional.of(of(callers.get()));
        }
        Optional<Reading> words = builtInReading(key);
        if (inPercent(header)) {
            // a header in percent names a rate: 完成情况(%), 完成目标(%), 占全年任务(%); never a target measured so (目标(%))
            if (words.equals(Optional.of(Reading.PROGRESS)) || SHARE_OF_TARGET.matcher(bareWords(key)).matches()) {
                return Optional.of(Reading.PROGRESS_RATE);
            }
        }
        return words;
    }

    /**
     * Whether a header gives its column's unit as percent: {@code 完成目标(%)}, {@code 完成率（%）}, {@code
     * 完成进度%}, {@code 1-8月实际完成率%}. A bare number under such a header is that percentage (see {@code
     * RowAssembler}).
     *
     * @param header the header cell's text
     * @return whether its unit is percent
     */
    public static boolean inPercent(String header) {
        Matcher unit = TRAILING_UNIT.matcher(Text.key(header));
        return unit.find() && unit.group().indexOf('%') >= 0;
    }

    /** The outcome of a task in a word or two: {@code 完成情况}, {@code 目标完成情况}, {@code 完成 情况}, {@code 完成状态}. */
    private static final Pattern OUTCOME = Pattern.compile("^(?:(?:年度|全年)?目标|任务)?完成(?:情况|状态)$");
    /** An account of the work done: {@code 落实情况}, {@code 进展情况}, {@code 推进情况}, {@code 办理情况}, {@code 工作进展}. */
    private static final Pattern ACCOUNT = Pattern.compile("(?:落实|进展|推进|办理|实施)(?:情况|成效)?$");

    /**
     * Whether, of two text columns of the progress, one tells the outcome ({@code 完成情况}: {@code 推进中},
     * {@code 达序推进}, {@code 已完成}) and the other the account of the work ({@code 落实情况}, {@code 进展情况}:
     * what was done, with its figures): the account is the task's progress, the outcome a column beside it
     * (番禺区's {@code 完成 情况 | 落实情况}, 开化县's {@code 进展情况 | 完成情况}).
     *
     * @param outcome a header of the table
     * @param account another
     * @return whether the first is an outcome and the second an account
     */
    public static boolean outcomeBesideAccount(String outcome, String account) {
        String o = bareWords(Text.key(outcome));
        return OUTCOME.matcher(o).matches() && !ACCOUNT.matcher(o).find() && ACCOUNT.matcher(bareWords(Text.key(account))).find();
    }

    /** A target or a plan measured in percent, its words without the unit: {@code 预期增长}, {@code 目标}, {@code 计划增速}. */
    private static final Pattern TARGET_VALUE = Pattern.compile(
            "^(?:全年|年度|本年度|年)?(?:预期|计划|目标|预计)(?:增长|增速|增幅|目标|值|数)?$");

    /** A completion that names no share of a target: {@code 完成}, {@code 完成情况}, {@code 实际完成}, {@code 完成值}. */
    private static final Pattern COMPLETION_VALUE = Pattern.compile("^(?:实际)?完成(?:情况|值|数)?$");

    /**
     * Whether two headers in percent are an indicator's planned and reached values in one unit, a
     * target measured in percent ({@code 预期增长(%)}, {@code 目标(%)}) and a completion that names no
     * share of it ({@code 上半年完成(%)}, {@code 完成情况(%)}): the completion's numbers are then the
     * value reached (a growth of {@code 4}), not a share of the target, and are read as they stand. A
     * completion that names a share or a rate ({@code 完成目标(%)}, {@code 完成率(%)}) stays a rate.
     *
     * @param target a header of the table
     * @param completion the progress column's header
     * @return whether they are a value planned and the value reached
     */
    public static boolean plannedAndReached(String target, String completion) {
        return inPercent(target) && inPercent(completion)
                && TARGET_VALUE.matcher(bareWords(Text.key(target))).matches()
                && COMPLETION_VALUE.matcher(bareWords(Text.key(completion))).matches();
    }

    /** A header's key without its unit behind and its period in front: {@code 上半年完成(%)} is {@code 完成}. */
    private static String bareWords(String key) {
        return LEADING_PERIOD.matcher(TRAILING_UNIT.matcher(key).replaceFirst("")).replaceFirst("");
    }

    /** The built-in reading of a header's key, before its unit says more. */
    private Optional<Reading> builtInReading(String key) {
        Reading r = WORDS.get(key);
        if (r != null) {
            return Optional.of(r);
        }
        String bare = TRAILING_UNIT.matcher(key).replaceFirst("");
        String stripped = LEADING_PERIOD.matcher(bare).replaceFirst("");
        for (String k : List.of(bare, stripped, LEADING_PERIOD.matcher(key).replaceFirst(""))) {
            r = WORDS.get(k);
            if (r != null && !k.isEmpty()) {
                return Optional.of(r);
            }
        }
        Optional<Reading> compound = compound(bare);
        if (compound.isPresent()) {
            return compound;
        }
        if (SHARE_OF_PLAN.matcher(stripped).matches()) {
            return Optional.of(Reading.PROGRESS_RATE);
        }
        if (PLAN.matcher(bare).find()) {
            // a progress group's sub-header naming a plan (2025年进展情况⏎7月工作计划): next month's plan, no progress
            return Optional.empty();
        }
        for (Map.Entry<String, Reading> ending : ENDINGS) {
            if (bare.endsWith(ending.getKey())) {
                return Optional.of(ending.getValue());
            }
        }
        for (String beginning : BEGINNINGS) {
            if (stripped.startsWith(beginning)) {
                return Optional.of(Reading.PROGRESS);
            }
        }
        return Optional.empty();
    }

    /**
     * The columns of a header that are the options of a choice, each marked or left blank: the sub-headers
     * of one group that name a state and its negation ({@code 完成情况⏎完成 | 完成情况⏎未完成}, {@code 是否完成⏎是 |
     * 是否完成⏎否}, as 番禺区's 十件民生实事督办表 writes them). A mark ({@code √}) in one of them is no progress text:
     * such columns have no role (their marks are kept as extra columns), whatever their group names. A group
     * whose sub-headers offer no negation ({@code 完成情况⏎计划 | 完成情况⏎完成}) keeps its readings.
     *
     * @param texts the header cells, a sub-header as {@code group⏎sub}, a column without a header {@code null}
     * @return the columns of such options
     */
    public static Set<Integer> markOptions(String[] texts) {
        Map<String, List<Integer>> options = new HashMap<>();
        Set<String> negated = new HashSet<>();
        for (int c = 0; c < texts.length; c++) {
            int line = texts[c] == null ? -1 : texts[c].lastIndexOf('\n');
            if (line <= 0) {
                continue;
            }
            String group = Text.key(texts[c].substring(0, line));
            String option = Text.key(texts[c].substring(line + 1));
            if (!group.isEmpty() && MARK_OPTION.matcher(option).matches()) {
                options.computeIfAbsent(group, g -> new ArrayList<>()).add(c);
                if (NEGATED_OPTION.matcher(option).matches()) {
                    negated.add(group);
                }
            }
        }
        Set<Integer> marks = new TreeSet<>();
        options.forEach((group, columns) -> {
            if (columns.size() >= 2 && negated.contains(group)) {
                marks.addAll(columns);
            }
        });
        return marks;
    }

    /**
     * The reading of two words joined in one header ({@code 牵头单位及主要负责人}), by the rule of the class
     * description; empty for any other header.
     */
    private Optional<Reading> compound(String key) {
        java.util.regex.Matcher m = COMPOUND.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Reading> first = reading(m.group(1));
        Optional<Reading> second = isPerson(m.group(2)) ? Optional.empty() : reading(m.group(2));
        if (first.isPresent() && first.equals(second)) {
            return first;
        }
        if (first.isPresent() && second.isPresent() && isUnits(first.get()) && isUnits(second.get())) {
            return Optional.of(Reading.UNITS);
        }
        if (first.isPresent() && second.isPresent() && isTaskAndTarget(first.get(), second.get())) {
            // 具体任务及目标: the task, stated with its target
            return Optional.of(Reading.TASK_WITH_TARGET);
        }
        if (first.isPresent() && isUnits(first.get()) && isPerson(m.group(2))) {
            return first;
        }
        if (first.equals(Optional.of(Reading.CONTENT)) && second.isEmpty() && !isPerson(m.group(2))) {
            // 项目内容及居民受益面, 建设内容及规模: the task, and what it reaches, in one text
            return first;
        }
        if (first.equals(Optional.of(Reading.PROGRESS)) && second.isEmpty() && !isPerson(m.group(2))) {
            // 工作进展及成效, 进展情况及存在问题: the progress, and what it brought or lacks, in one text
            return first;
        }
        return Optional.empty();
    }

    /** A task word and a target word, in either order ({@code 具体任务及目标}, {@code 目标和主要任务}). */
    private static boolean isTaskAndTarget(Reading first, Reading second) {
        return first == Reading.CONTENT && second == Reading.TASK_OR_TARGET
                || first == Reading.TASK_OR_TARGET && second == Reading.CONTENT;
    }

    private static boolean isUnits(Reading reading) {
        return reading == Reading.LEAD_UNITS || reading == Reading.UNITS || reading == Reading.COOPERATING;
    }

    private static boolean isPerson(String key) {
        return PERSON_WORDS.stream().anyMatch(key::endsWith);
    }

    /**
     * The person part of a header that names units and the persons heading them ({@code 牵头单位及 主要负责人}
     * gives {@code 主要负责人}): the header under which the persons of its cells are kept. A header of units
     * alone, or of anything else, has none.
     *
     * @param header the header cell's text, as published
     * @return the person part, as published and stripped, when the header names units and persons
     */
    public Optional<String> personPart(String header) {
        String published = Text.strip(header);
        java.util.regex.Matcher m = COMPOUND.matcher(published);
        if (!m.matches() || !isPerson(Text.key(m.group(2)))) {
            return Optional.empty();
        }
        return reading(header).filter(HeaderVocabulary::isUnits).map(r -> Text.strip(m.group(2)));
    }

    /**
     * The column a header cell names, the ambiguous readings taken in their first role.
     *
     * @param header the header cell's text
     * @return the column, when the header is known
     */
    public Optional<ColumnRole> column(String header) {
        return reading(header).map(Reading::role);
    }

    /** The certain reading of a role the caller named. */
    private static Reading of(ColumnRole role) {
        return switch (role) {
            case NUMBER -> Reading.NUMBER;
            case CATEGORY -> Reading.CATEGORY;
            case CONTENT -> Reading.CONTENT;
            case LEADER -> Reading.LEADER;
            case LEAD_UNITS -> Reading.LEAD_UNITS;
            case RESPONSIBLE_UNITS -> Reading.COOPERATING;
            case PROGRESS -> Reading.PROGRESS_RATE;
            case REMARK -> Reading.REMARK;
        };
    }
}
