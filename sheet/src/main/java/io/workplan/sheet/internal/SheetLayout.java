package io.workplan.sheet.internal;

import io.workplan.core.Problem;
import io.workplan.core.internal.Text;
import io.workplan.sheet.CellText;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.ColumnRole;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import io.workplan.sheet.MergedRange;

/**
 * Where a sheet's table is: the header row, the column of each {@link ColumnRole}, and the title
 * rows above the header. Found by {@link #detect(String, List, HeaderVocabulary)} from the first
 * rows of the sheet.
 */
public final class SheetLayout {
    /** How far down a header is looked for. */
    public static final int HEADER_SEARCH_ROWS = 30;

    private final String sheet;
    private final int headerRow;
    private final Map<ColumnRole, Integer> columns;
    private final int categoryNameColumn;
    private final Map<Integer, String> headers;
    private final List<String> titleRows;
    private final Map<Integer, String> decisions;
    private final int contentDetailColumn;
    private final Map<Integer, String> published;
    private final Map<Integer, String> extras;
    private final Map<Integer, String> persons;
    private final String markedNumberHeader;
    private final boolean progressInPercent;

    private SheetLayout(String sheet, int headerRow, Map<ColumnRole, Integer> columns, int categoryNameColumn,
            int contentDetailColumn, Map<Integer, String> headers, Map<Integer, String> published, List<String> titleRows,
            Map<Integer, String> decisions, Map<Integer, String> extras, Map<Integer, String> persons) {
        this.contentDetailColumn = contentDetailColumn;
        this.published = Collections.unmodifiableMap(published);
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = Collections.unmodifiableMap(columns);
        this.categoryNameColumn = categoryNameColumn;
        this.headers = Collections.unmodifiableMap(headers);
        this.titleRows = List.copyOf(titleRows);
        this.decisions = decisions;
        this.extras = Collections.unmodifiableMap(extras);
        this.persons = Collections.unmodifiableMap(persons);
        Integer number = columns.get(ColumnRole.NUMBER);
        this.markedNumberHeader = number == null ? null : unique(extras, published.get(number) + MARKED_NUMBER);
        Integer progress = columns.get(ColumnRole.PROGRESS);
        Optional<Integer> planned = progress == null ? Optional.empty() : published.keySet().stream()
                .filter(c -> !c.equals(progress) && HeaderVocabulary.plannedAndReached(published.get(c), published.get(progress)))
                .findFirst();
        this.progressInPercent = progress != null && HeaderVocabulary.inPercent(published.get(progress)) && planned.isEmpty();
        planned.ifPresent(c -> decisions.putIfAbsent(progress, published.get(progress) + " (" + Cells.ref(headerRow, progress)
                + ") is the value reached in the unit of " + published.get(c) + " (" + Cells.ref(headerRow, c)
                + "): its numbers are read as they stand, not as shares of the target"));
    }

    /**
     * Whether a bare number in the progress column is a percentage ({@code 123.4} under {@code
     * 完成目标(%)} is 123.4 %): its header gives its unit as percent, and no target beside it is
     * measured in percent too ({@code 预期增长(%)} beside {@code 上半年完成(%)}: the value reached, a
     * growth of {@code 4}, read as it stands; see {@link HeaderVocabulary#plannedAndReached}).
     *
     * @return whether the progress column's bare numbers are percentages
     */
    public boolean progressInPercent() {
        return progressInPercent;
    }

    /** What follows the number's header in the header of a marked number's cell as published. */
    private static final String MARKED_NUMBER = "原文";

    /**
     * The header under which a number with a mark ({@code 9*}) is kept as published: the number's header
     * followed by {@code 原文} ({@code 序号原文}), a header no role reads. Not the number's own header, which
     * a writer would write as a second number column, and the reading of it back would take for one.
     *
     * @return the header, or {@code null} in a table without a number column
     */
    public String markedNumberHeader() {
        return markedNumberHeader;
    }

    /**
     * The extra column a writer wrote a number's cell as published in ({@code 序号原文}, beside {@code 序号}): a
     * task whose number cell is blank and this one a sub-item's number ({@code 1.1}, kept without a number) has
     * no number, and takes none from the task above.
     *
     * @return the 0-based column, or -1 when the table has none
     */
    public int publishedNumberColumn() {
        Integer number = columns.get(ColumnRole.NUMBER);
        if (number == null) {
            return -1;
        }
        String header = published.get(number) + MARKED_NUMBER;
        return extras.entrySet().stream().filter(e -> e.getValue().equals(header)).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }

    /**
     * The header under which the persons of a units column are kept, when its header names units and
     * the persons heading them ({@code 牵头单位及 主要负责人}: {@code 主要负责人}; see {@link
     * HeaderVocabulary#personPart(String)}).
     *
     * @param column the 0-based column
     * @return the person part of its header, when it has one
     */
    public Optional<String> personHeader(int column) {
        return Optional.ofNullable(persons.get(column));
    }

    /**
     * The column of a sub-item's task when the task's header spans two columns ({@code 项目名称} over a
     * project's name, merged down, and each of its sub-items): the first then names the project, kept
     * as an extra value of each sub-item under the header.
     *
     * @return the 0-based column, or -1
     */
    public int contentDetailColumn() {
        return contentDetailColumn;
    }

    /**
     * A header as the table publishes it (blanks at its ends removed).
     *
     * @param column the 0-based column
     * @return the header, or {@code null} for a column without one
     */
    public String publishedHeader(int column) {
        return published.get(column);
    }

    /**
     * The columns that no role reads, each with its header as published (told apart when two are the
     * same): their cells are kept with each task as extra values.
     *
     * @return the extra columns, by 0-based column, in the table's order
     */
    public Map<Integer, String> extras() {
        return extras;
    }

    /**
     * The layout of a sheet of a workbook, from its first {@link #HEADER_SEARCH_ROWS} rows.
     *
     * @param workbook the workbook
     * @param sheet the 0-based index of the sheet
     * @param vocabulary the header words
     * @return the layout, or empty when no row is a header
     * @throws IOException when the file cannot be read
     */
    public static Optional<SheetLayout> find(TableSource workbook, int sheet, HeaderVocabulary vocabulary)
            throws IOException {
        List<Map.Entry<Integer, CellText[]>> rows = new ArrayList<>();
        workbook.read(sheet, new RowVisitor() {
            @Override
            public boolean row(int row, CellText[] cells) {
                if (row >= HEADER_SEARCH_ROWS) {
                    return false;
                }
                rows.add(Map.entry(row, cells));
                return true;
            }

            @Override
            public void merged(MergedRange range) {
                // the header is found by its words alone
            }
        });
        return detect(workbook.tableNames().get(sheet), rows, vocabulary);
    }

    /**
     * The layout of a sheet from its first rows: the first row that names at least three known
     * columns, or two of which one is the task or the progress, is the header. The roles of
     * ambiguous headers are decided from the other headers and from the rows below the header (see
     * {@link HeaderVocabulary}); each decision is told as a warning by {@link #check(SheetProblems)}.
     *
     * <p>A header of two rows ({@code 进展情况} over {@code 至8月10日进展 | 最新进展}, {@code 承办单位} over
     * {@code 主办 | 协办}, the other headers merged over both rows) is read as one row whose cells under a
     * group are the group and the sub-header on two lines ({@code 承办单位⏎主办}), as a writer writes it
     * back in one row; see {@link #subHeaders}. A column with no header of its own whose cells hold texts
     * in the task rows below (the second column under a header merged over two) is kept as an extra column,
     * named after the header left of it and told apart from it ({@code 进展情况 (2)}).
     *
     * @param sheet the sheet's name
     * @param rows the first rows of the sheet (index, cells), at most {@link #HEADER_SEARCH_ROWS}
     * @param vocabulary the header words
     * @return the layout, or empty when no row is a header
     */
    public static Optional<SheetLayout> detect(String sheet, List<Map.Entry<Integer, CellText[]>> rows,
            HeaderVocabulary vocabulary) {
        List<String> titles = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            Map.Entry<Integer, CellText[]> row = rows.get(index);
            String[] texts = texts(row.getValue());
            HeaderCells header = new HeaderCells(texts, vocabulary);
            if (header.isHeader()) {
                int last = index;
                if (index + 1 < rows.size() && rows.get(index + 1).getKey() == row.getKey() + 1) {
                    String[] joined = subHeaders(texts, texts(rows.get(index + 1).getValue()));
                    if (joined != null) {
                        header = new HeaderCells(joined, vocabulary);
                        last = index + 1;
                    }
                }
                return Optional.of(layout(sheet, rows.get(last).getKey(), header, rows.subList(last + 1, rows.size()), titles));
            }
            for (String text : texts) {
                if (!Cells.isBlank(text)) {
                    titles.add(Cells.strip(text));
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** The texts of a row's cells, {@code null} for a blank one. */
    private static String[] texts(CellText[] cells) {
        String[] texts = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            texts[c] = cells[c] == null || cells[c].isBlank() ? null : cells[c].text();
        }
        return texts;
    }

    /** The cells of a header row, as keys, as published, and as the vocabulary reads them. */
    private static final class HeaderCells {
        final Map<Integer, HeaderVocabulary.Reading> readings = new LinkedHashMap<>();
        final Map<Integer, String> headers = new LinkedHashMap<>();
        final Map<Integer, String> published = new LinkedHashMap<>();
        final Map<Integer, String> persons = new LinkedHashMap<>();

        HeaderCells(String[] texts, HeaderVocabulary vocabulary) {
            for (int c = 0; c < texts.length; c++) {
                if (texts[c] == null) {
                    continue;
                }
                headers.put(c, Text.key(texts[c]));
                published.put(c, Cells.header(texts[c]));
                int column = c;
                vocabulary.reading(texts[c]).ifPresent(r -> readings.put(column, r));
                vocabulary.personPart(texts[c]).ifPresent(p -> persons.put(column, p));
            }
            // the options of a choice marked under a group (完成情况⏎完成 | 完成情况⏎未完成): no column of a role
            for (int c : HeaderVocabulary.markOptions(texts)) {
                if (vocabulary.callersRole(texts[c]).isEmpty()) {
                    readings.remove(c);
                }
            }
        }

        /** Whether the row names three known columns, or two of which one is the task, the category or the progress. */
        boolean isHeader() {
            long kinds = readings.values().stream().map(HeaderVocabulary.Reading::role).distinct().count();
            boolean taskOrProgress = readings.values().stream().map(HeaderVocabulary.Reading::role)
                    .anyMatch(r -> r == ColumnRole.CONTENT || r == ColumnRole.PROGRESS || r == ColumnRole.CATEGORY);
            return kinds >= 3 || (kinds == 2 && taskOrProgress);
        }
    }

    /** A unit in brackets, as a row under the header gives its columns' units: {@code （万元）}, {@code (%)}, {@code %}. */
    private static final Pattern UNIT = Pattern.compile("\\([^()]{1,12}\\)|%");

    /**
     * The header's cells joined with the sub-headers of the row below, when that row is the second row of
     * a header of two: it holds at least two texts, each under a group, a header cell followed by blank
     * header cells (a cell merged over the columns of its sub-headers), and nothing under a header of one
     * column (merged over both rows). A row of a task has its task there, so it is never taken for one;
     * nor is a progress continued below a task, since no task stands between it and the header. A row of
     * units under their columns ({@code （万元）} under {@code 总投资}, {@code （%）} under {@code 完成率}) is one too,
     * each unit joined to its header ({@code 完成率⏎（%）}, a header in percent).
     *
     * @return the cells, a sub-header's as {@code group⏎sub} and the group's first column's as the group alone
     *     when it has no sub-header, or {@code null} when the row is no sub-header row
     */
    private static String[] subHeaders(String[] header, String[] below) {
        int width = Math.max(header.length, below.length);
        int[] group = new int[width];
        int texts = 0;
        boolean units = true;
        int current = -1;
        for (int c = 0; c < width; c++) {
            if (c < header.length && header[c] != null) {
                current = c;
            }
            group[c] = current;
        }
        for (int c = 0; c < below.length; c++) {
            if (below[c] == null) {
                continue;
            }
            int g = group[c];
            boolean grouped = g >= 0 && ((g + 1 < width && group[g + 1] == g) || c > g);
            boolean unit = UNIT.matcher(Text.key(below[c])).matches() && g == c;
            if (!grouped && !unit) {
                return null;
            }
            texts++;
            units &= unit;
        }
        if (texts < 2 && !(texts == 1 && units)) {
            return null;
        }
        String[] joined = new String[width];
        for (int c = 0; c < width; c++) {
            String sub = c < below.length ? below[c] : null;
            if (sub == null) {
                joined[c] = c < header.length ? header[c] : null;
            } else {
                joined[c] = Cells.header(header[group[c]]) + "\n" + Cells.header(sub);
            }
        }
        return joined;
    }

    /** The layout of a table whose header (its last row, when it has two) is at {@code headerRow}. */
    private static SheetLayout layout(String sheet, int headerRow, HeaderCells header,
            List<Map.Entry<Integer, CellText[]>> below, List<String> titles) {
        Map<Integer, String> headers = header.headers;
        Map<Integer, String> published = header.published;
        Resolution resolution = new Resolution(headerRow, header.readings, headers, published, below);
        resolution.resolve();
        int nameColumn = -1;
        Integer category = resolution.columns.get(ColumnRole.CATEGORY);
        if (category != null && !headers.containsKey(category + 1)
                && headers.keySet().stream().anyMatch(c -> c > category + 1)) {
            nameColumn = category + 1;
        }
        int detailColumn = -1;
        Integer content = resolution.columns.get(ColumnRole.CONTENT);
        if (content != null && !headers.containsKey(content + 1)
                && headers.keySet().stream().anyMatch(c -> c > content + 1)) {
            // the task's header spans two columns: a project's name merged beside each of its sub-items
            detailColumn = content + 1;
        }
        java.util.TreeMap<Integer, String> unread = new java.util.TreeMap<>();
        for (Map.Entry<Integer, String> h : published.entrySet()) {
            if (!resolution.columns.containsValue(h.getKey())) {
                unread.put(h.getKey(), h.getValue());
            }
        }
        for (int c : unheaded(resolution.columns, headers, below, nameColumn, detailColumn)) {
            Optional<Integer> left = headers.keySet().stream().filter(h -> h < c).reduce((a, b) -> b);
            String base = left.map(published::get).orElse(Cells.columnName(c) + "列");
            unread.put(c, base);
            resolution.decisions.put(c, "the column " + Cells.columnName(c) + " has no header of its own"
                    + left.map(l -> " (" + resolution.name(l) + " spans it)").orElse("")
                    + ": its cells are kept as an extra column");
        }
        Map<Integer, String> extras = new LinkedHashMap<>();
        unread.forEach((c, h) -> extras.put(c, headers.containsKey(c) ? unique(extras, h)
                : unique(extras, h, published.values())));
        return new SheetLayout(sheet, headerRow, resolution.columns, nameColumn, detailColumn,
                headers, published, titles, resolution.decisions, extras, header.persons);
    }

    /**
     * The columns with no header that hold a text in a row of a task below the header (its task and its
     * progress given), in the rows the layout is found from: left out, their texts would be lost.
     */
    private static List<Integer> unheaded(Map<ColumnRole, Integer> columns, Map<Integer, String> headers,
            List<Map.Entry<Integer, CellText[]>> below, int nameColumn, int detailColumn) {
        Integer content = columns.get(ColumnRole.CONTENT);
        Integer progress = columns.get(ColumnRole.PROGRESS);
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        if (content == null || progress == null) {
            return List.of();
        }
        for (Map.Entry<Integer, CellText[]> row : below) {
            CellText[] cells = row.getValue();
            if (blank(cells, content) || blank(cells, progress)) {
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                if (!blank(cells, c) && !headers.containsKey(c) && c != nameColumn && c != detailColumn) {
                    found.add(c);
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean blank(CellText[] cells, int column) {
        CellText cell = RowAssembler.cell(cells, column);
        return cell == null || cell.isBlank();
    }

    /**
     * The months a header names ({@code 1-11月…}, {@code 2023年1—11月…}, {@code 进展情况至8月10日进展}), the last
     * of them captured: the first such figure of the header.
     */
    private static final Pattern MONTHS = Pattern.compile(
            "(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}[-－—–~～至到])?(\\d{1,2})月");
    /** A header saying it gives the latest state: {@code 最新进展}, {@code 目前进展情况}, {@code 当前进展}. */
    private static final Pattern LATEST = Pattern.compile("最新|目前|当前");

    /** A header as an extra column's name, told apart from an earlier column of the same header. */
    private static String unique(Map<Integer, String> extras, String header) {
        return unique(extras, header, List.of());
    }

    /** A header as an extra column's name, told apart from the extra columns before it and from other headers. */
    private static String unique(Map<Integer, String> extras, String header, java.util.Collection<String> others) {
        String name = header;
        for (int n = 2; extras.containsValue(name) || others.contains(name); n++) {
            name = header + " (" + n + ")";
        }
        return name;
    }

    /** The roles of a header's columns, decided from their readings, the other headers, and the rows below. */
    private static final class Resolution {
        private final int headerRow;
        private final Map<Integer, HeaderVocabulary.Reading> readings;
        private final Map<Integer, String> headers;
        private final Map<Integer, String> published;
        private final List<Map.Entry<Integer, CellText[]>> below;
        private final Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
        private final Map<Integer, String> decisions = new LinkedHashMap<>();

        Resolution(int headerRow, Map<Integer, HeaderVocabulary.Reading> readings, Map<Integer, String> headers,
                Map<Integer, String> published, List<Map.Entry<Integer, CellText[]>> below) {
            this.headerRow = headerRow;
            this.readings = readings;
            this.headers = headers;
            this.published = published;
            this.below = below;
        }

        private List<Integer> with(HeaderVocabulary.Reading reading) {
            List<Integer> list = new ArrayList<>();
            readings.forEach((c, r) -> {
                if (r == reading) {
                    list.add(c);
                }
            });
            return list;
        }

        private String name(int column) {
            return published.get(column) + " (" + Cells.ref(headerRow, column) + ")";
        }

        /** Gives a role its first column; the others of the same reading are kept as extra columns, and said so. */
        private void take(ColumnRole role, List<Integer> candidates, String what) {
            if (candidates.isEmpty() || columns.containsKey(role)) {
                candidates.forEach(c -> decisions.put(c, "a second column for " + what + " (the first is "
                        + (columns.containsKey(role) ? name(columns.get(role)) : "") + "); this one is kept as an extra column"));
                return;
            }
            columns.put(role, candidates.get(0));
            for (int c : candidates.subList(1, candidates.size())) {
                decisions.putIfAbsent(c, "a second column for " + what + " (the first is " + name(candidates.get(0))
                        + "); this one is kept as an extra column");
            }
        }

        void resolve() {
            take(ColumnRole.NUMBER, with(HeaderVocabulary.Reading.NUMBER), "the number");
            take(ColumnRole.LEADER, with(HeaderVocabulary.Reading.LEADER), "the leader");
            take(ColumnRole.REMARK, with(HeaderVocabulary.Reading.REMARK), "the remark");
            tasks();
            progress();
            units();
            if (!columns.containsKey(ColumnRole.CONTENT) && columns.containsKey(ColumnRole.PROGRESS)) {
                // no header names the task: the first column no header word names, left of the progress
                published.keySet().stream()
                        .filter(c -> !readings.containsKey(c) && c < columns.get(ColumnRole.PROGRESS))
                        .findFirst().ifPresent(c -> {
                            columns.put(ColumnRole.CONTENT, c);
                            decisions.put(c, "no header names the task: " + name(c) + " is read as the task");
                        });
            }
        }

        private void tasks() {
            List<Integer> content = with(HeaderVocabulary.Reading.CONTENT);
            List<Integer> names = with(HeaderVocabulary.Reading.NAME);
            List<Integer> targets = with(HeaderVocabulary.Reading.TASK_OR_TARGET);
            // 具体任务及目标: the task stated with its target, unless a column certainly holds the task; then a column
            // of its own, kept as an extra column as a header no role reads is (nothing ambiguous to say)
            if (content.isEmpty()) {
                content.addAll(with(HeaderVocabulary.Reading.TASK_WITH_TARGET));
            }
            List<Integer> categories = new ArrayList<>(with(HeaderVocabulary.Reading.CATEGORY));
            if (!content.isEmpty()) {
                take(ColumnRole.CONTENT, content, "the task");
                // the common layout (项目名称 | 主要工作内容): the name is the category, as every such table means;
                // a category stands left of the tasks it groups, so a name right of the task is a column of its own
                int task = columns.get(ColumnRole.CONTENT);
                for (int c : names) {
                    if (c < task) {
                        categories.add(c);
                    } else {
                        decisions.put(c, name(c) + " is kept as an extra column: a name right of the task "
                                + name(task) + " is not its category");
                    }
                }
                targets.forEach(c -> decisions.put(c, name(c) + " is kept as an extra column (a target), "
                        + name(columns.get(ColumnRole.CONTENT)) + " holding the task"));
            } else if (!names.isEmpty() && !targets.isEmpty()) {
                int name = names.get(0);
                if (categories.isEmpty() && grouped(name)) {
                    categories.add(name);
                    take(ColumnRole.CONTENT, targets, "the task");
                    decisions.put(name, name(name) + " is read as the category (its cells group the rows), "
                            + name(targets.get(0)) + " as the task");
                } else {
                    take(ColumnRole.CONTENT, List.of(name), "the task");
                    decisions.put(name, name(name) + " is read as the task, " + name(targets.get(0))
                            + " kept as an extra column (a target)");
                    names.subList(1, names.size()).forEach(c -> decisions.put(c, name(c) + " is kept as an extra column"));
                }
            } else if (!names.isEmpty()) {
                take(ColumnRole.CONTENT, names.subList(0, 1), "the task");
                decisions.put(names.get(0), name(names.get(0)) + " is read as the task: no other column holds it");
                names.subList(1, names.size()).forEach(c -> decisions.put(c, name(c) + " is kept as an extra column"));
            } else if (!targets.isEmpty()) {
                take(ColumnRole.CONTENT, targets, "the task");
            }
            take(ColumnRole.CATEGORY, categories, "the category");
        }

        /** Whether a cell of a column in the rows below the header holds a figure (a digit). */
        private boolean holdsFigures(int column) {
            for (Map.Entry<Integer, CellText[]> row : below) {
                CellText[] cells = row.getValue();
                CellText cell = column < cells.length ? cells[column] : null;
                if (cell != null && cell.text().codePoints().anyMatch(Character::isDigit)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the cells of a column below the header group rows: blank or the same as above in a third of the rows at least. */
        private boolean grouped(int column) {
            int rows = 0;
            int same = 0;
            String above = null;
            for (Map.Entry<Integer, CellText[]> row : below) {
                CellText[] cells = row.getValue();
                if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                rows++;
                CellText cell = column < cells.length ? cells[column] : null;
                String text = cell == null || cell.isBlank() ? null : Text.key(cell.text());
                if (text == null || text.equals(above)) {
                    same++;
                } else {
                    above = text;
                }
            }
            return rows >= 2 && same * 3 >= rows;
        }

        private void progress() {
            List<Integer> rates = percentFirst(latestFirst(with(HeaderVocabulary.Reading.PROGRESS_RATE), false));
            List<Integer> texts = accountFirst(latestFirst(with(HeaderVocabulary.Reading.PROGRESS), true));
            if (!rates.isEmpty()) {
                take(ColumnRole.PROGRESS, rates, "the progress");
                texts.forEach(c -> decisions.put(c, "the progress is read from " + name(rates.get(0))
                        + "; " + name(c) + " is kept as an extra column"));
            } else {
                take(ColumnRole.PROGRESS, texts, "the progress");
            }
        }

        /**
         * Text columns with the first account of the work first, when the first of them tells only the outcome
         * ({@link HeaderVocabulary#outcomeBesideAccount}: {@code 完成情况} before {@code 落实情况}) and its cells in the
         * rows below give it in words ({@code 推进中}, {@code 达序推进}: no figure), and said so; unchanged otherwise
         * (an outcome of {@code 50%} beside an account of {@code 正常} is the progress).
         */
        private List<Integer> accountFirst(List<Integer> texts) {
            if (texts.size() < 2 || holdsFigures(texts.get(0))) {
                return texts;
            }
            int first = texts.get(0);
            for (int c : texts) {
                if (c != first && HeaderVocabulary.outcomeBesideAccount(published.get(first), published.get(c))) {
                    List<Integer> ordered = new ArrayList<>(texts);
                    ordered.remove(Integer.valueOf(c));
                    ordered.add(0, c);
                    decisions.put(first, "two progress columns: " + name(c) + " tells how the work went and is read; "
                            + name(first) + ", its outcome in a word, is kept as an extra column");
                    return ordered;
                }
            }
            return texts;
        }

        /**
         * Rate columns with the one whose header gives its unit as percent first ({@code 完成目标(%)} beside
         * {@code 进度}, which then holds the figure reached: the header in percent says which is the rate),
         * the others after it in their order, and said so. Unchanged when none or every one is in percent.
         */
        private List<Integer> percentFirst(List<Integer> rates) {
            List<Integer> inPercent = rates.stream().filter(c -> HeaderVocabulary.inPercent(published.get(c))).toList();
            if (inPercent.isEmpty() || inPercent.size() == rates.size() || inPercent.get(0).equals(rates.get(0))) {
                return rates;
            }
            int rate = inPercent.get(0);
            List<Integer> ordered = new ArrayList<>();
            ordered.add(rate);
            for (int c : rates) {
                if (c != rate) {
                    ordered.add(c);
                    decisions.put(c, "two rate columns: " + name(rate) + " gives its unit as percent and is read as the"
                            + " progress; " + name(c) + " is kept as an extra column");
                }
            }
            return ordered;
        }

        /**
         * Columns of one kind in the table's order, except when each header names the months it covers
         * ({@code 1-10月推进情况}, {@code 1-11月推进情况}: last month's beside this month's; {@code 进展情况⏎至8月10日进展})
         * or says it is the latest ({@code 最新进展}, {@code 目前进展情况}, {@code 当前进展}): then the one reaching the
         * latest month first (the latest of all, one saying so), the others after it in the table's order, and said so.
         * Of text columns ({@code passUndated}), headers naming no time are passed over in that choice: beside one
         * naming the day it reports on ({@code
         * 2025年进展情况⏎截至6月底进展}) a column of the same kind naming none ({@code 具体完成情况}, holding {@code
         * 当年完成}, the year's target) is no report of that day.
         */
        private List<Integer> latestFirst(List<Integer> candidates, boolean passUndated) {
            if (candidates.size() < 2) {
                return candidates;
            }
            int latest = -1;
            int latestMonth = 0;
            boolean undated = false;
            for (int c : candidates) {
                Matcher m = MONTHS.matcher(headers.get(c));
                boolean now = LATEST.matcher(headers.get(c)).find();
                if (!now && !m.find()) {
                    if (!passUndated) {
                        return candidates;
                    }
                    // a column naming no time beside one naming the day it reports on (截至6月底进展) holds something
                    // else the table keeps (具体完成情况 = 当年完成: the year's target); of two naming none, the first
                    undated = true;
                    continue;
                }
                int month = now ? Integer.MAX_VALUE : Integer.parseInt(m.group(1));
                if (month == latestMonth) {
                    return candidates;
                }
                if (month > latestMonth) {
                    latestMonth = month;
                    latest = c;
                }
            }
            if (latest < 0 || latest == candidates.get(0)) {
                return candidates;
            }
            List<Integer> ordered = new ArrayList<>();
            ordered.add(latest);
            for (int c : candidates) {
                if (c != latest) {
                    ordered.add(c);
                    decisions.put(c, (undated && !MONTHS.matcher(headers.get(c)).find()
                            && !LATEST.matcher(headers.get(c)).find()
                            ? "two columns of the same kind: " + name(latest) + " names the time it reports on and is read; "
                            : "two columns of the same kind for two periods: " + name(latest)
                                    + " reaches the later month and is read; ")
                            + name(c) + " is kept as an extra column");
                }
            }
            return ordered;
        }

        private void units() {
            List<Integer> leads = with(HeaderVocabulary.Reading.LEAD_UNITS);
            List<Integer> units = with(HeaderVocabulary.Reading.UNITS);
            List<Integer> cooperating = with(HeaderVocabulary.Reading.COOPERATING);
            if (!leads.isEmpty()) {
                take(ColumnRole.LEAD_UNITS, leads, "the lead units");
                List<Integer> responsible = new ArrayList<>(units);
                responsible.addAll(cooperating);
                responsible.sort(null);
                if (!units.isEmpty()) {
                    responsible = new ArrayList<>(units);
                    cooperating.forEach(c -> decisions.put(c, name(c) + " is kept as an extra column, "
                            + name(units.get(0)) + " holding the responsible units"));
                }
                take(ColumnRole.RESPONSIBLE_UNITS, responsible, "the responsible units");
            } else if (!units.isEmpty()) {
                take(ColumnRole.LEAD_UNITS, units, "the lead units");
                take(ColumnRole.RESPONSIBLE_UNITS, cooperating, "the responsible units");
            } else {
                take(ColumnRole.RESPONSIBLE_UNITS, cooperating, "the responsible units");
            }
        }
    }

    /**
     * The problems of the header: a required column missing (naming the columns found); and, as
     * warnings, how each ambiguous or repeated header was read.
     *
     * @param problems where to record them
     */
    public void check(SheetProblems problems) {
        for (ColumnRole column : ColumnRole.values()) {
            if (column.isRequired() && !columns.containsKey(column)) {
                problems.add(problems.builder().cell(Cells.ref(headerRow, 0))
                        .rawText(String.join(" | ", headers.values()))
                        .reason("the header has no column for " + words(column) + "; the columns found are "
                                + (headers.isEmpty() ? "none" : String.join(", ", headers.values())))
                        .build());
            }
        }
        if (isComplete()) {
            // how the header was read matters only to a table that is read
            decisions.forEach((c, decision) -> problems.add(Problem.Severity.WARNING, headerRow, c, headers.get(c),
                    headers.get(c), decision));
        }
    }

    private static String words(ColumnRole column) {
        return HeaderVocabulary.words(column);
    }

    /**
     * The sheet's name.
     *
     * @return the name
     */
    public String sheet() {
        return sheet;
    }

    /**
     * The 0-based index of the header row.
     *
     * @return the header row
     */
    public int headerRow() {
        return headerRow;
    }

    /**
     * The 0-based column of a role.
     *
     * @param column the role
     * @return its column, when the sheet has it
     */
    public java.util.OptionalInt column(ColumnRole column) {
        Integer c = columns.get(column);
        return c == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(c);
    }

    /**
     * Whether the sheet has every required column.
     *
     * @return whether it is complete
     */
    public boolean isComplete() {
        return columns.containsKey(ColumnRole.CONTENT) && columns.containsKey(ColumnRole.PROGRESS);
    }

    /**
     * The column of the category's name when the category header spans two columns (the first
     * holding the enumerator).
     *
     * @return the 0-based column, or -1
     */
    public int categoryNameColumn() {
        return categoryNameColumn;
    }

    /**
     * The header of a column, as a key (blanks and line breaks removed).
     *
     * @param column the 0-based column
     * @return the header, or {@code null} for a column without one
     */
    public String header(int column) {
        String h = headers.get(column);
        if (h == null && column == categoryNameColumn) {
            return headers.get(column - 1);
        }
        return h;
    }

    /**
     * The texts of the rows above the header (their first non-blank cell), top down.
     *
     * @return the title rows
     */
    public List<String> titleRows() {
        return titleRows;
    }

    /**
     * Whether a merged range lies in a column whose blanks mean "same as above", below the header.
     *
     * @param range a merged range
     * @return whether it concerns a filled-down column
     */
    public boolean isFillDown(MergedRange range) {
        return range.firstRow() > headerRow && fillDownColumns().stream().anyMatch(range::containsColumn);
    }

    /**
     * The columns whose blanks mean "same as above": category (both its columns), lead units, leader,
     * and the number (a blank number under a numbered task makes a sub-item of it).
     *
     * @return the 0-based columns
     */
    public List<Integer> fillDownColumns() {
        List<Integer> list = new ArrayList<>();
        for (ColumnRole c : List.of(ColumnRole.CATEGORY, ColumnRole.LEAD_UNITS, ColumnRole.LEADER, ColumnRole.NUMBER)) {
            column(c).ifPresent(list::add);
        }
        if (categoryNameColumn >= 0) {
            list.add(categoryNameColumn);
        }
        return list;
    }
}
