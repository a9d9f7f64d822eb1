package io.workplan.testkit;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik {@link Arbitrary}s for every domain type, in one place, for the project's tests and for
 * applications' own.
 *
 * <h2>Nasty text</h2>
 *
 * {@link #nastyText()} mixes what real cells hold and what breaks naive code: Chinese text,
 * full-width digits and {@code ％}, line breaks, {@code %} and figures inside content, text that
 * starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}), emoji and other characters
 * outside the Basic Multilingual Plane (surrogate pairs), and now and then a cell of 32,767
 * characters, the most a spreadsheet cell holds. It holds no control characters but line feeds and
 * no lone surrogates: no real sheet can.
 *
 * <h2>Reports</h2>
 *
 * {@link #reports()} gives valid reports laid out as real ones are: tasks grouped by category,
 * numbered 1..N (or not numbered at all, as in some years), every task with one entry; at least
 * one task (a report without tasks is a case for example tests, not for every property). In a
 * numbered report, some items have sub-items: a run of two or three consecutive tasks of one
 * category sharing a number (one 序号 merged over their rows), each with its own content.
 *
 * <p>They take the shapes of the tables of every region: a fifth have no category column (no task
 * has a category), a tenth list tasks before their first category; half carry {@linkplain
 * #extraHeaders() extra columns} (责任人, 时间节点, …), some of whose cells are blank; a fifth name no
 * period (their titles name none either). {@link #datedReports(int)} always have a period, for what
 * orders reports by period.
 *
 * <pre>{@code
 * @Property
 * void roundTrip(@ForAll("reports") ProgressReport report) { ... }
 *
 * @Provide
 * Arbitrary<ProgressReport> reports() {
 *     return WorkplanArbitraries.reports();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkplanArbitraries {
    private WorkplanArbitraries() {}

    /** The longest text a spreadsheet cell holds. */
    public static final int MAX_CELL_LENGTH = 32_767;

    private static final int MAX_CATEGORIES = 6;
    private static final int MAX_EXTRA_COLUMNS = 3;
    /**
     * Headers of real tables that no column role reads: not a header word of the readers'
     * vocabulary, nor {@code 备注}.
     */
    private static final List<String> EXTRA_HEADERS = List.of(
            "责任人", "时间节点", "月度工作计划", "年度目标", "完成时限", "联系人", "计划投资(万元)");
    private static final Category PLACEHOLDER = Category.of("placeholder");

    private static final String UNIT_CHARS = "区市县镇街道办局委会中心集团公司管理发展改革财政科技商务文旅城建交通水利环境卫生健康教育体育民政人力社保拱墅";
    /** Letters (without {@code Q} and {@code q}), digits and brackets. */
    private static final String ONE_LINE_TAIL_CHARS = "ABCDEFGHIJKLMNOPRSTUVWXYZabcdefghijklmnoprstuvwxyz0123456789（）《》-";
    private static final String CJK_CHARS = "推进完成建设实施深化加快打造提升全面优化创新生态经济社会产业数字城市项目工作任务目标计划亿元新增改造";

    /**
     * A run of Chinese characters, never blank.
     *
     * @param minLength the fewest characters
     * @param maxLength the most characters
     * @return the arbitrary
     */
    public static Arbitrary<String> chinese(int minLength, int maxLength) {
        return Arbitraries.strings().withChars(CJK_CHARS).ofMinLength(minLength).ofMaxLength(maxLength);
    }

    /**
     * Cell text of every nasty sort (see the class comment); possibly blank.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> nastyText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                chinese(1, 12),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("５２％", "１２３", "53.6%", "%", "增长5.5%。", "同比增长6.4%", "1-9月", "100%"),
                Arbitraries.of("\n", " ", "　", "\n\n", "  "),
                Arbitraries.of("=SUM(A1:A2)", "+1", "-", "@cmd", "=", "'", "\"", "<b>", "&amp;", "\\"),
                Arbitraries.of("😀", "👍🏽", "🇨🇳", "𠀀", "𪚥", "한국어", "ÆØÅ", "ﬁ"),
                Arbitraries.of("、", "，", "。", "；", "/", "(", ")", "（", "）", "《", "》", "“", "”"));
        Arbitrary<String> mixed = fragment.list().ofMinSize(0).ofMaxSize(12).map(parts -> String.join("", parts));
        // random characters, without jqwik's edge cases (32,767 copies of one character): such a
        // cell compresses more than any zip-bomb guard lets a workbook expand, POI's included
        Arbitrary<String> huge = Arbitraries.strings().withChars(CJK_CHARS + "%５\n")
                .ofMinLength(MAX_CELL_LENGTH - 8).ofMaxLength(MAX_CELL_LENGTH).withoutEdgeCases();
        return Arbitraries.frequencyOf(Tuple.of(60, mixed), Tuple.of(1, huge));
    }

    /**
     * Nasty text that is never blank and does not start or end with a blank, as a task's content
     * is after normalisation.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> content() {
        return Combinators.combine(chinese(1, 6), nastyText(), chinese(1, 4))
                .as((head, middle, tail) -> head + middle + tail)
                .map(s -> s.length() > MAX_CELL_LENGTH ? s.substring(0, MAX_CELL_LENGTH - 1) + "。" : s);
    }

    /**
     * Text on one line, not blank: titles, regions, names. It never names a period (no {@code 年},
     * {@code 季度}, {@code 月}, and no {@code Q} or {@code q}, which before a digit names a quarter),
     * so that a title made of a period's label and this text names that period only.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> oneLine() {
        return Combinators.combine(chinese(1, 10), Arbitraries.strings().withChars(ONE_LINE_TAIL_CHARS).ofMaxLength(10))
                .as((a, b) -> a + b);
    }

    /**
     * Lead units: names as real tables write them, sometimes with an alias in brackets.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LeadUnit> leadUnits() {
        Arbitrary<String> base = Arbitraries.strings().withChars(UNIT_CHARS).ofMinLength(2).ofMaxLength(10);
        Arbitrary<String> alias = Arbitraries.oneOf(
                Arbitraries.just(""),
                base.map(b -> "(" + b + ")"),
                base.map(b -> "（" + b + "）"));
        return Combinators.combine(base, alias).as((b, a) -> LeadUnit.of(b + a));
    }

    /**
     * Categories, with or without an enumerator.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Category> categories() {
        Arbitrary<Optional<String>> enumerator = Arbitraries.of("(一)", "（二）", "三、", "(十一)", "4.").optional(0.4);
        return Combinators.combine(enumerator, chinese(2, 16))
                .as((e, name) -> Category.builder().enumerator(e).name(name).build());
    }

    /**
     * Reporting periods of every span, 2020 to 2030.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ReportingPeriod> periods() {
        return periods(2020, 2030);
    }

    /**
     * Reporting periods of every span in the years given (a period's years are 1900 to 2999).
     *
     * @param firstYear the first year
     * @param lastYear the last year
     * @return the arbitrary
     */
    static Arbitrary<ReportingPeriod> periods(int firstYear, int lastYear) {
        Arbitrary<Integer> year = Arbitraries.integers().between(firstYear, lastYear);
        return Arbitraries.oneOf(
                Combinators.combine(year, Arbitraries.integers().between(1, 4)).as(ReportingPeriod::quarter),
                Combinators.combine(year, Arbitraries.integers().between(1, 2)).as(ReportingPeriod::half),
                Combinators.combine(year, Arbitraries.integers().between(1, 12)).as(ReportingPeriod::months),
                year.map(ReportingPeriod::year));
    }

    /**
     * Percentages as published: 0 to 300, with 0 to 2 decimals, exact.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BigDecimal> percents() {
        return Arbitraries.integers().between(0, 2).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(300)).ofScale(scale));
    }

    /**
     * Percentages as a number cell under a percent format shows them: the cell's exact percentage,
     * 0 to 300 with up to 6 decimals, and the text its format shows, that percentage rounded half
     * up to 0 to 2 decimals ({@code 0.5364} under {@code 0.0%}: 53.64 with the text {@code
     * 53.6%}). The figure has the scale of its text when the text shows it whole ({@code 50.0}),
     * else every digit of its own.
     *
     * @return the arbitrary, of kind {@link Progress.Kind#PERCENT}
     */
    public static Arbitrary<Progress> shownPercentages() {
        return Combinators.combine(Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, BigDecimal.valueOf(300)).ofScale(scale)), Arbitraries.integers().between(0, 2))
                .as((figure, decimals) -> {
                    BigDecimal shown = figure.setScale(decimals, java.math.RoundingMode.HALF_UP);
                    BigDecimal percent = shown.compareTo(figure) == 0 ? shown : figure.stripTrailingZeros();
                    return Progress.ofPercent(percent, shown.toPlainString() + "%");
                });
    }

    /**
     * The texts of progress cells: every kind, in the spellings of real tables, and nasty text.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> progressTexts() {
        return Arbitraries.oneOf(
                percents().map(p -> p.toPlainString() + "%"),
                percents().map(p -> p.toPlainString() + " %"),
                Arbitraries.of("５２％", "１００％", "53.6％"),
                Arbitraries.of("/", "／", "—", "-", "——"),
                Arbitraries.of("已完成", "已完成。", "完成", "已提前完成"),
                Arbitraries.of("正常", "正常进行中", "序时推进", "按序时推进"),
                Arbitraries.of("全年数据未出", "一季度指标尚未出报", "1-12月数据尚未出"),
                percents().map(p -> "完成全年任务的" + p.toPlainString() + "%"),
                Arbitraries.of("1-9月,全区地方一般公共预算收入完160.59亿元,快于序时进度6.32个百分点。", "同比增长6.4%"),
                nastyText());
    }

    /**
     * Progress values of every kind, parsed from {@link #progressTexts()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Progress> progress() {
        return progressTexts().map(Progress::parse);
    }

    /**
     * The headers of extra columns ({@link Task#extras()}): CJK headers of real tables that no column
     * role reads ({@code 责任人}, {@code 时间节点}, {@code 月度工作计划}, …), never a header word of the
     * readers' vocabulary nor {@code 备注}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> extraHeaders() {
        return Arbitraries.of(EXTRA_HEADERS);
    }

    /**
     * The extra cells of a task: up to three {@linkplain #extraHeaders() extra columns}, in any
     * order, with text as a remark's.
     *
     * @return the arbitrary, possibly no extras
     */
    public static Arbitrary<Map<String, String>> extras() {
        return Combinators.combine(extraHeaders().list().ofMaxSize(MAX_EXTRA_COLUMNS).uniqueElements(),
                        content().list().ofSize(MAX_EXTRA_COLUMNS))
                .as((headers, values) -> {
                    Map<String, String> extras = new LinkedHashMap<>();
                    for (int i = 0; i < headers.size(); i++) {
                        extras.put(headers.get(i), values.get(i));
                    }
                    return extras;
                });
    }

    /**
     * Tasks of a category, without a number, without extras.
     *
     * @param category the category
     * @return the arbitrary
     */
    public static Arbitrary<Task> tasks(Category category) {
        return tasks(Optional.of(category));
    }

    /**
     * Tasks of a category or of none, without a number, without extras.
     *
     * @param category the category, or none
     * @return the arbitrary
     */
    public static Arbitrary<Task> tasks(Optional<Category> category) {
        Arbitrary<List<LeadUnit>> leads = leadUnits().list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<List<LeadUnit>> responsible = leadUnits().list().ofMaxSize(3).uniqueElements();
        Arbitrary<Optional<String>> leader = Arbitraries.strings().withChars("王李张刘陈杨赵黄周吴").ofMinLength(2).ofMaxLength(3).optional(0.3);
        Arbitrary<Optional<String>> remark = content().optional(0.2);
        return Combinators.combine(content(), leads, responsible, leader, remark)
                .as((content, l, r, who, note) -> Task.builder()
                        .category(category).content(content).leadUnits(l).responsibleUnits(r)
                        .leader(who).remark(note).build());
    }

    /**
     * Tasks of any category or of none, without a number, with or without extras.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Task> tasks() {
        return Combinators.combine(categories().optional(0.75).flatMap(WorkplanArbitraries::tasks), extras().optional(0.5))
                .as((t, extras) -> extras.isEmpty() ? t : Task.builder().from(t).extras(extras.get()).build());
    }

    /**
     * Valid reports, laid out as real ones (see the class comment); up to 30 tasks.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ProgressReport> reports() {
        return reports(30);
    }

    /**
     * Valid reports, laid out as real ones (see the class comment).
     *
     * @param maxTasks the most tasks of a report
     * @return the arbitrary
     */
    public static Arbitrary<ProgressReport> reports(int maxTasks) {
        return reports(maxTasks, periods().optional(0.8));
    }

    /**
     * Valid reports, laid out as real ones (see the class comment), each with a period.
     *
     * @param maxTasks the most tasks of a report
     * @return the arbitrary
     * @since 0.1.0
     */
    public static Arbitrary<ProgressReport> datedReports(int maxTasks) {
        return reports(maxTasks, periods().map(Optional::of));
    }

    /** How a report's tasks have categories. */
    private enum Categorised {
        /** A table without a category column. */
        NONE,
        /** Every task in a category. */
        EVERY,
        /** Rows before the first category. */
        LEADING_ROWS_WITHOUT
    }

    private static Arbitrary<ProgressReport> reports(int maxTasks, Arbitrary<Optional<ReportingPeriod>> periods) {
        Arbitrary<List<Category>> categories = categories().list().ofMinSize(1).ofMaxSize(MAX_CATEGORIES).uniqueElements();
        Arbitrary<Categorised> categorised = Arbitraries.frequency(
                Tuple.of(2, Categorised.NONE), Tuple.of(7, Categorised.EVERY), Tuple.of(1, Categorised.LEADING_ROWS_WITHOUT));
        // Tasks are drawn once with a placeholder category and given theirs by index afterwards: a
        // flatMap per task would build a new generator for every task drawn, which is slow.
        Arbitrary<List<Tuple.Tuple3<Integer, Task, List<Optional<String>>>>> drafts = Combinators
                .combine(Arbitraries.integers().between(0, MAX_CATEGORIES - 1), tasks(PLACEHOLDER),
                        content().optional(0.7).list().ofSize(MAX_EXTRA_COLUMNS)).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(maxTasks).uniqueElements(t -> t.get2().content());
        Arbitrary<List<String>> extraColumns = Arbitraries.oneOf(Arbitraries.just(List.of()),
                extraHeaders().list().ofMinSize(1).ofMaxSize(MAX_EXTRA_COLUMNS).uniqueElements());
        Arbitrary<List<Task>> tasks = Combinators.combine(categories, categorised, drafts, extraColumns).as((cs, how, ds, extra) -> {
            List<Task> list = new ArrayList<>();
            List<Tuple.Tuple3<Integer, Task, List<Optional<String>>>> sorted = ds.stream()
                    .sorted(Comparator.comparing(d -> d.get1() % cs.size())).collect(Collectors.toList());
            for (int i = 0; i < sorted.size(); i++) {
                Tuple.Tuple3<Integer, Task, List<Optional<String>>> d = sorted.get(i);
                Optional<Category> category = how == Categorised.NONE || how == Categorised.LEADING_ROWS_WITHOUT && i < 2
                        ? Optional.empty() : Optional.of(cs.get(d.get1() % cs.size()));
                Task.Builder task = Task.builder().from(d.get2()).category(category);
                for (int e = 0; e < extra.size(); e++) {
                    String header = extra.get(e);
                    d.get3().get(e).ifPresent(value -> task.putExtras(header, value));
                }
                list.add(task.build());
            }
            return list;
        });
        // numbered (three in four) or not; when numbered, whether each task is a sub-item of the one above
        Arbitrary<Optional<List<Boolean>>> numbering = Combinators.combine(Arbitraries.of(true, true, true, false),
                Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false)).list().ofSize(maxTasks))
                .as((numbered, subItems) -> numbered ? Optional.of(subItems) : Optional.empty());
        Arbitrary<List<Progress>> progress = progress().list().ofSize(maxTasks);
        Arbitrary<Optional<LocalDate>> published = Arbitraries.integers().between(0, 3650)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d)).optional(0.5);
        Arbitrary<Optional<String>> source = Arbitraries.of("https://www.gongshu.gov.cn/art/2024/7/23/art_1229290.html",
                "gongshu-2024-q2.xlsx", "拱墅区人民政府办公室").optional(0.3);
        return Combinators.combine(periods, oneLine(), oneLine().optional(0.5), published, tasks, numbering, progress, source)
                .as((period, title, region, on, ts, numbers, ps, from) -> {
                    List<Task> numberedTasks = new ArrayList<>();
                    List<Progress> progressOf = new ArrayList<>(ps.subList(0, ts.size()));
                    int number = 0;
                    int run = 1;
                    for (int i = 0; i < ts.size(); i++) {
                        Task t = ts.get(i);
                        if (numbers.isEmpty()) {
                            numberedTasks.add(t);
                            continue;
                        }
                        Task item = i == 0 ? null : numberedTasks.get(i - 1);
                        if (item != null && numbers.get().get(i) && run < 3 && item.category().equals(t.category())) {
                            run++;
                            numberedTasks.add(subItem(t, item));
                            if (progressOf.get(i).text().isBlank()) {
                                progressOf.set(i, Progress.parse("/"));
                            }
                        } else {
                            run = 1;
                            numberedTasks.add(Task.builder().from(t).number(++number).build());
                        }
                    }
                    ProgressReport.Builder report = ProgressReport.builder()
                            .title(period.map(ReportingPeriod::label).orElse("") + title)
                            .region(region).period(period).publishedOn(on).source(from);
                    for (int i = 0; i < numberedTasks.size(); i++) {
                        report.addEntries(ProgressEntry.of(numberedTasks.get(i), period, progressOf.get(i)));
                    }
                    return report.build();
                });
    }

    /**
     * A sub-item of an item: its own content, units and extras under the item's number. A published
     * table states a sub-item's remark only where it differs from its item's (the item's is merged over
     * its sub-items), so a sub-item without a remark takes its item's; and a sub-item never has a blank
     * progress ({@code /} instead, as {@link #reports(int)} gives it): a row stating nothing but its task
     * is read with its item's cells.
     */
    private static Task subItem(Task task, Task item) {
        Task.Builder sub = Task.builder().from(task).number(item.number());
        if (task.remark().isEmpty()) {
            sub.remark(item.remark());
        }
        return sub.build();
    }

    /**
     * Valid reports of every shape a report may take, beyond what a sheet holds: the reports of
     * {@link #reports(int)} where some tasks lose their lead units, some their number (numbering
     * with holes) and some their progress entry (a task reported without progress).
     *
     * @param maxTasks the most tasks of a report
     * @return the arbitrary
     */
    public static Arbitrary<ProgressReport> reportsOfEveryShape(int maxTasks) {
        Arbitrary<List<Integer>> shapes = Arbitraries.integers().between(0, 5).list().ofSize(maxTasks);
        return Combinators.combine(reports(maxTasks), shapes).as((report, shape) -> {
            List<Task> tasks = new ArrayList<>();
            List<ProgressEntry> entries = new ArrayList<>();
            for (int i = 0; i < report.tasks().size(); i++) {
                Task t = report.tasks().get(i);
                int s = shape.get(i);
                // a sub-item keeps its number: without it, the sub-items around it would not be one after another
                boolean subItem = i > 0 && t.number().equals(report.tasks().get(i - 1).number())
                        || i + 1 < report.tasks().size() && t.number().equals(report.tasks().get(i + 1).number());
                Task task = s == 1 ? Task.builder().from(t).leadUnits(List.of()).build()
                        : s == 2 && !subItem ? Task.builder().from(t).number(java.util.OptionalInt.empty()).build()
                        : t;
                tasks.add(task);
                if (s != 3) {
                    entries.add(ProgressEntry.of(task, report.period(), report.progressOf(t).orElseThrow()));
                }
            }
            return ProgressReport.builder().from(report).tasks(tasks).entries(entries).build();
        });
    }
}
