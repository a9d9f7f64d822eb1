package io.workplan.sheet.internal;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.MarkedUnits;
import io.workplan.core.Problem;
import io.workplan.core.Problem.Severity;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.TaskFingerprints;
import io.workplan.core.ValidationException;
import io.workplan.core.internal.ProgressParser;
import io.workplan.core.internal.Text;
import io.workplan.sheet.CellText;
import io.workplan.sheet.ConsumerFailure;
import io.workplan.sheet.MergedRange;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReadSummary;
import io.workplan.sheet.ReadProgressListener;
import io.workplan.sheet.ColumnRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns a sheet's rows of cell texts into progress entries, handed to a consumer one by one as
 * their rows are read (each once the row below it is read, which may continue its progress): the
 * one row assembler of both reading modes, and of both ways of reading (a whole report, or entry by
 * entry). It keeps one task at most, the last one read: what else it holds across rows is bounded by
 * the sheet's size in bits and ints (own values of fill-down cells, the row of each task number,
 * the {@linkplain TaskFingerprints fingerprints} of unnumbered tasks), plus the categories.
 *
 * <h2>What it does with each row below the header</h2>
 *
 * <ul>
 *   <li>Blank rows are skipped. A row holding one text only ({@code 注:…}, a date, a signature)
 *       that cannot be a task's, or any row after such a row that lacks a content or a progress,
 *       is a note under the table; such a row holding a content, or a progress other than a date,
 *       is reported.
 *   <li>In a table without a category column, a heading row ({@code 一、…}, {@code (一)…}: one text outside the
 *       task's and the progress's columns, see {@code NoteRows}) is the category of the tasks below it, up to the
 *       next heading.
 *   <li>Category, lead units and leader are filled down: a blank cell means "same as above", which
 *       is also what a merged range shows. The merged ranges, sent after the rows, only confirm it:
 *       a hidden value under a merged cell is reported.
 *   <li>Content, progress, number, responsible units and remark are never filled down.
 *   <li>A row whose only text is a progress, right under a task row (its number and task cells merged over
 *       it, or blank as a spreadsheet saves a merged cell), continues that task's progress: a table giving
 *       each unit's report in a row of its own ({@code 区投促局:…} / {@code 大观园街道办事处:…}). Its text is the
 *       next line of the task's progress, so an entry is handed over once the row below it is read.
 * </ul>
 *
 * The title and the period are known from the rows above the header before the first task row,
 * so each entry carries its period. Every problem is recorded with its cell; {@link #finish()}
 * throws when the sheet has errors (strict) or no report at all.
 */
public final class RowAssembler implements RowVisitor {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final SheetLayout layout;
    private final TableReadOptions options;
    private final String describedTable;
    private final SheetProblems problems;
    private final int numberCol;
    /** The extra column of a number's cell as published ({@code 序号原文}), or -1. */
    private final int publishedNumberCol;
    private final int categoryCol;
    private final int nameCol;
    private final int contentCol;
    private final int leaderCol;
    private final int leadCol;
    private final int responsibleCol;
    private final int progressCol;
    /** Whether the progress column's header gives its unit as percent: a bare number there is a percentage. */
    private final boolean progressInPercent;
    private final int remarkCol;
    /** Every column a role reads or an extra keeps: where a cell's value is checked. */
    private final int[] readColumns;
    private final Map<Integer, BitSet> ownValues = new HashMap<>();

    private String lastCategory;
    private String lastName;
    private String lastLeader;
    private String lastLeads;
    private boolean taskAbove;
    /** The entry of the last task row, held until the rows below it can no longer continue its progress. */
    private ProgressEntry held;
    /** Whether the row above was read as a task, whose progress a row of a progress alone continues. */
    private boolean continuable;
    private long rowsRead;
    private long declaredRows = -1;

    private final Consumer<? super ProgressEntry> entries;
    private final Optional<String> title;
    private final Optional<ReportingPeriod> period;
    private final Set<Category> categories = new LinkedHashSet<>();
    private final TaskFingerprints unnumbered = new TaskFingerprints();
    private int tasks;
    private OptionalInt lastNumber = OptionalInt.empty();
    /** The number cell as published of the numbered task above, when it carries a mark ({@code 9*}). */
    private String lastMarkedNumber;
    private String lastProject;
    private final BitSet subItemRows = new BitSet();
    private final List<MergedRange> merges = new ArrayList<>();
    private final Set<MergedRange> mergesSeen = new HashSet<>();
    private boolean tooManyMerges;
    /** The hidden rows and columns that hold a text, named in a warning. */
    private final HiddenCells hidden = new HiddenCells();

    /** The texts (enumerator, name) whose category was read last, and that category: a run of tasks shares them. */
    private final String[] categoryOf = new String[2];
    private Optional<Category> lastCategoryRead;
    /** In a table without a category column, the heading row above the tasks, its row, and the tasks under it. */
    private Optional<Category> heading = Optional.empty();
    private int headingRow;
    private int headingColumn;
    private int headingTasks;
    private final NoteRows notes;
    private final TaskNumbers numbers;
    private final ReadCaches caches = new ReadCaches();

    /**
     * An assembler for a sheet.
     *
     * @param layout the sheet's layout
     * @param options the reading options
     * @param problems where problems are recorded; the header's are recorded at once
     * @param entries what each entry is handed to, in the sheet's order
     * @param titleOutside the title the document gives the table outside its rows
     * @param sourceName the file's name
     * @param describedTable how a message names the table ({@code sheet 一季度})
     */
    public RowAssembler(SheetLayout layout, TableReadOptions options, SheetProblems problems,
            Consumer<? super ProgressEntry> entries, Optional<String> titleOutside, String sourceName,
            String describedTable) {
        this.layout = layout;
        this.options = options;
        this.problems = problems;
        this.entries = entries;
        this.describedTable = describedTable;
        this.title = options.title().or(this::title).or(() -> titleOutside);
        this.period = period(options, title, layout.sheet(), sourceName, problems);
        this.numberCol = layout.column(ColumnRole.NUMBER).orElse(-1);
        this.publishedNumberCol = layout.publishedNumberColumn();
        this.categoryCol = layout.column(ColumnRole.CATEGORY).orElse(-1);
        this.nameCol = layout.categoryNameColumn();
        this.contentCol = layout.column(ColumnRole.CONTENT).orElse(-1);
        this.leaderCol = layout.column(ColumnRole.LEADER).orElse(-1);
        this.leadCol = layout.column(ColumnRole.LEAD_UNITS).orElse(-1);
        this.responsibleCol = layout.column(ColumnRole.RESPONSIBLE_UNITS).orElse(-1);
        this.progressCol = layout.column(ColumnRole.PROGRESS).orElse(-1);
        this.progressInPercent = layout.progressInPercent();
        this.remarkCol = layout.column(ColumnRole.REMARK).orElse(-1);
        this.readColumns = IntStream.concat(IntStream.of(numberCol, categoryCol, nameCol,
                        contentCol, layout.contentDetailColumn(), leaderCol, leadCol, responsibleCol, progressCol, remarkCol),
                layout.extras().keySet().stream().mapToInt(Integer::intValue)).filter(c -> c >= 0).distinct().sorted().toArray();
        layout.fillDownColumns().forEach(c -> ownValues.put(c, new BitSet()));
        this.notes = new NoteRows(layout, problems);
        this.numbers = new TaskNumbers(layout, problems);
        layout.check(problems);
        if (leadCol < 0 && layout.isComplete()) {
            problems.add(problems.builder().severity(Severity.WARNING).cell(Cells.ref(layout.headerRow(), 0))
                    .reason("the header has no lead-unit column (" + HeaderVocabulary.words(ColumnRole.LEAD_UNITS) + " / "
                            + HeaderVocabulary.words(ColumnRole.RESPONSIBLE_UNITS) + "): every task is read without lead units")
                    .build());
        }
    }

    @Override
    public void declaredLastRow(int lastRow) {
        declaredRows = lastRow + 1L;
    }

    @Override
    public void hiddenColumns(int firstColumn, int lastColumn) {
        hidden.hiddenColumns(firstColumn, lastColumn);
    }

    @Override
    public void hiddenRow(int row) {
        hidden.hiddenRow(row);
    }

    @Override
    public boolean row(int row, CellText[] cells) {
        rowsRead++;
        hidden.row(row, cells);
        if (rowsRead % ReadProgressListener.EVERY_ROWS == 0) {
            tellRowsRead();
        }
        if (!layout.isComplete()) {
            return false;
        }
        if (row <= layout.headerRow()) {
            return true;
        }
        CellText content = content(cells);
        CellText progressCell = cell(cells, progressCol);
        boolean hasContent = content != null && !content.isBlank();
        boolean hasProgress = progressCell != null && !progressCell.isBlank();
        if (hasContent && hasProgress) {
            checkValues(row, cells);
            fillDown(row, cells);
            addTask(row, cells, content, progressCell);
            return true;
        }
        if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
            continuable = false;
            return true;
        }
        Category headed = categoryCol < 0 ? notes.heading(cells) : null;
        if (headed != null) {
            takeHeading(row, NoteRows.firstText(cells), headed);
            return true;
        }
        // 合计, 全省: a row of sums over the tasks; 注:…, a signature: the notes under the table
        if (notes.takeTotal(row, cells) || notes.takeNote(row, cells, content, progressCell, taskAbove)) {
            continuable = false;
            return true;
        }
        checkValues(row, cells);
        if (continuable && hasProgress && onlyText(cells, progressCol)) {
            // 大观园街道办事处:… under 区投促局:…, the number and the task merged over both: one task's progress
            String before = held.progress().text();
            String text = Cells.isBlank(before) ? progressCell.text() : before + "\n" + progressCell.text();
            held = ProgressEntry.of(held.task(), held.period(), caches.progress(text));
            return true;
        }
        continuable = false;
        fillDown(row, cells);
        if (hasContent) {
            addTask(row, cells, content, progressCell);
        } else {
            problems.add(Severity.ERROR, row, contentCol, layout.header(contentCol), content == null ? "" : content.text(),
                    "blank content: the row names no task; the row is not read");
        }
        return true;
    }

    /**
     * The cells of a row read as a task, in every column the table reader reads: an error value
     * ({@code #DIV/0!}, {@code #REF!}) or a logical value ({@code TRUE}) is an error at its cell,
     * never a text taken silently; a cell the document's reader could not take at its face value
     * (a number format it cannot show) is a warning at its cell. A text in a column with no header (and
     * none in the rows the layout was found from, which would have made it an extra column) is an error
     * at its cell: it is not read, and is never dropped unsaid.
     */
    private void checkValues(int row, CellText[] cells) {
        for (int column = 0; column < cells.length; column++) {
            CellText cell = cells[column];
            if (cell != null && !cell.isBlank() && Arrays.binarySearch(readColumns, column) < 0) {
                problems.add(Severity.ERROR, row, column, null, cell.text(), "a text in column "
                        + Cells.columnName(column) + ", which has no header: it is not read; give the column a header");
            }
        }
        for (int column : readColumns) {
            CellText cell = cell(cells, column);
            if (cell == null) {
                continue;
            }
            if (cell.type() == CellText.Type.ERROR || cell.type() == CellText.Type.BOOLEAN) {
                String what = column == numberCol ? "task number" : column == progressCol ? "progress value" : "text of the table";
                String then = column == numberCol ? "the task is read without a number"
                        : column == progressCol ? "the task is read with its text as a narrative"
                        : "the task is read with its text " + cell.text();
                problems.add(Severity.ERROR, row, column, layout.header(column), cell.text(), (cell.type() == CellText.Type.ERROR
                        ? "an error value (" + cell.text() + ", a formula's error or one stored in the file) is not a "
                        : "a logical value (" + cell.text() + ") is not a ") + what + "; " + then);
            } else if (cell.warning() != null) {
                problems.add(Severity.WARNING, row, column, layout.header(column), cell.text(), cell.warning());
            }
        }
    }

    private void fillDown(int row, CellText[] cells) {
        taskAbove = true;
        String category = own(cells, categoryCol, row);
        String name = own(cells, nameCol, row);
        if (category != null) {
            lastCategory = category;
            lastName = name;
        } else if (name != null) {
            // a new name under a blank enumerator cell: the enumerator, merged over several names, fills down
            lastName = name;
        }
        String leader = own(cells, leaderCol, row);
        if (leader != null) {
            lastLeader = leader;
        }
        String leads = own(cells, leadCol, row);
        if (leads != null) {
            lastLeads = leads;
        }
        own(cells, numberCol, row); // a number of its own under a merged number is a hidden value
    }

    private String own(CellText[] cells, int column, int row) {
        CellText cell = cell(cells, column);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        ownValues.get(column).set(row);
        return cell.text();
    }

    /**
     * A units cell's text without the persons named with its units, when the column's header names both
     * ({@code 市民政局 伍泽国} under {@code 牵头单位及主要负责人}): the persons kept with the task under the
     * header's person part.
     */
    private String withoutPersons(Task.Builder task, int column, String text) {
        Optional<String> header = layout.personHeader(column);
        if (header.isEmpty()) {
            return text;
        }
        UnitHeads.Split split = UnitHeads.split(text);
        if (!split.persons().isEmpty()) {
            task.putExtras(header.get(), String.join("、", split.persons()));
        }
        return split.units();
    }

    private void tellRowsRead() {
        try {
            options.progressListener().rowsRead(rowsRead, declaredRows);
        } catch (RuntimeException e) {
            throw new ConsumerFailure(e);
        }
    }

    private void addTask(int row, CellText[] cells, CellText content, CellText progressCell) {
        continuable = false;
        Optional<Category> category = category(row);
        if (category == null) {
            return;
        }
        Task.Builder task = Task.builder().category(category).content(content.text());
        CellText numberCell = cell(cells, numberCol);
        // a sub-item: a task row under a numbered one whose number cell is blank (merged over the sub-items,
        // or blank as Excel saves a merged cell): the item's number, and its cells where the row has none
        // not a sub-item's number written back beside a blank number (序号 blank, 序号原文 1.1): no number of its own
        boolean subItem = (numberCell == null || numberCell.isBlank()) && lastNumber.isPresent()
                && !numbers.isSubItem(cell(cells, publishedNumberCol));
        if (subItem) {
            subItemRows.set(row);
        }
        OptionalInt number = subItem ? lastNumber : numbers.number(row, numberCell);
        number.ifPresent(task::number);
        // 9*: the number 9, the cell as published kept under a header no role reads (序号原文), never 序号 itself,
        // which a writer would write as a second number column
        String markedNumber = subItem ? lastMarkedNumber
                : number.isPresent() || numbers.isSubItem(numberCell) ? numbers.marked(numberCell) : null;
        if (markedNumber != null) {
            task.putExtras(layout.markedNumberHeader(), markedNumber);
        }
        if (lastLeader != null && Text.namesSomething(lastLeader)) {
            task.leader(caches.leader(lastLeader));
        }
        List<LeadUnit> leads = lastLeads == null ? List.of() : caches.units(withoutPersons(task, leadCol, lastLeads));
        if (responsibleCol < 0 && lastLeads != null && caches.isMarked(lastLeads)) {
            // lead units marked among the responsible units: *区发改局、区财政局
            MarkedUnits marked = caches.marked(lastLeads);
            if (marked.hasMarks()) {
                leads = marked.marked();
                task.responsibleUnits(marked.all());
            }
        }
        task.leadUnits(leads);
        if (leads.isEmpty() && leadCol >= 0) {
            problems.add(Severity.WARNING, row, leadCol, layout.header(leadCol), lastLeads,
                    "no lead unit: the cell is blank and no lead unit is above it");
        }
        CellText responsible = own(cells, responsibleCol);
        if (responsible != null) {
            task.responsibleUnits(caches.units(withoutPersons(task, responsibleCol, responsible.text())));
        }
        CellText remark = own(cells, remarkCol);
        if (remark != null) {
            task.remark(remark.text());
        }
        if (layout.contentDetailColumn() >= 0) {
            CellText detail = cell(cells, layout.contentDetailColumn());
            CellText project = cell(cells, contentCol);
            if (project != null && !project.isBlank()) {
                lastProject = project.text();
            }
            if (detail != null && !detail.isBlank() && lastProject != null) {
                task.putExtras(layout.publishedHeader(contentCol), lastProject);
            }
        }
        for (Map.Entry<Integer, String> extra : layout.extras().entrySet()) {
            CellText value = own(cells, extra.getKey());
            if (value != null) {
                task.putExtras(extra.getValue(), value.text());
            }
        }
        Progress value = progress(row, progressCell);
        Task built;
        try {
            built = task.build();
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                problems.add(Severity.ERROR, row, contentCol, layout.header(contentCol), content.text(),
                        p.reason() + "; the row is not read");
            }
            return;
        }
        int first = built.number().isPresent() ? -1 : unnumbered.firstIndexOf(built, row);
        if (first >= 0) {
            problems.add(Severity.ERROR, row, contentCol, layout.header(contentCol), content.text(),
                    "the same task is listed twice: " + Cells.ref(first, contentCol) + " has it too; the row is not read");
            return;
        }
        lastNumber = built.number();
        lastMarkedNumber = markedNumber;
        tasks++;
        built.category().ifPresent(categories::add);
        handOver();
        held = ProgressEntry.of(built, period, value);
        continuable = true;
    }

    /** Hands the held entry to the consumer: no row below it continues its progress any more. */
    private void handOver() {
        if (held == null) {
            return;
        }
        ProgressEntry entry = held;
        held = null;
        try {
            entries.accept(entry);
        } catch (RuntimeException e) {
            throw new ConsumerFailure(e);
        }
    }

    /** Whether a row's only text is in the given column. */
    private static boolean onlyText(CellText[] cells, int column) {
        for (int c = 0; c < cells.length; c++) {
            if (c != column && cells[c] != null && !cells[c].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The task's cell: its column's, or, when the task's header spans two columns, the second's where it
     * has a text (a sub-item of the project named, merged, in the first).
     */
    private CellText content(CellText[] cells) {
        CellText detail = cell(cells, layout.contentDetailColumn());
        return detail != null && !detail.isBlank() ? detail : cell(cells, contentCol);
    }

    /** A cell of the row, or null when it is blank. */
    private static CellText own(CellText[] cells, int column) {
        CellText cell = cell(cells, column);
        return cell != null && !cell.isBlank() ? cell : null;
    }

    /**
     * A heading row of a table without a category column ({@code 一、经济社会发展主要预期目标}): the category of the
     * tasks below it, up to the next heading. A heading followed by another before any task of its own (a part's
     * heading above its first section's, {@code 二、重点工作} above {@code (一)…}) is said in a warning: the tasks are
     * read under the nearer one, a task having one category.
     */
    private void takeHeading(int row, int column, Category category) {
        unusedHeading();
        heading = Optional.of(category);
        headingRow = row;
        headingColumn = column;
        headingTasks = 0;
    }

    /** The heading read last, when no task was read under it: said, so that it is not lost unnoticed. */
    private void unusedHeading() {
        if (heading.isPresent() && headingTasks == 0) {
            problems.add(Severity.WARNING, headingRow, headingColumn, null, heading.get().label(),
                    "a heading without a task under it, before the next heading or the end of the table: no task is"
                            + " read under " + heading.get().label());
        }
    }

    /**
     * The row's category: the category column's, filled down; in a table without one, the heading above it
     * (none above the first heading); none above the first category.
     */
    private Optional<Category> category(int row) {
        if (categoryCol < 0) {
            headingTasks++;
            return heading;
        }
        String enumerator = nameCol >= 0 ? lastCategory : null;
        String name = nameCol >= 0 ? lastName : lastCategory;
        if (Cells.isBlank(name) && Cells.isBlank(enumerator)) {
            // a task above the first category (a table may open with tasks of no category): none is invented
            problems.add(Severity.WARNING, row, categoryCol, layout.header(categoryCol), "",
                    "no category: the cell is blank and no category is above it; the task is read without one");
            return Optional.empty();
        }
        if (enumerator == categoryOf[0] && name == categoryOf[1] && lastCategoryRead != null) {
            // the same texts filled down from the row above: the category of the task above
            return lastCategoryRead;
        }
        String key = (enumerator == null ? "" : enumerator) + '\u0000' + (name == null ? "" : name);
        categoryOf[0] = enumerator;
        categoryOf[1] = name;
        lastCategoryRead = Optional.of(caches.category(key, k -> Cells.isBlank(enumerator) ? Category.parse(name)
                : Cells.isBlank(name) ? Category.parse(enumerator) : Category.of(Cells.strip(enumerator), name)));
        return lastCategoryRead;
    }

    private Progress progress(int row, CellText cell) {
        String subject = layout.header(progressCol);
        if (cell == null || cell.isBlank()) {
            problems.add(Severity.WARNING, row, progressCol, subject, cell == null ? "" : cell.text(),
                    "blank progress: the task is read with its blank text");
            return Progress.parse(cell == null ? "" : cell.text());
        }
        if (cell.percent() != null) {
            return Progress.ofPercent(cell.percent(), cell.text());
        }
        if (cell.type() == CellText.Type.DATE) {
            problems.add(Severity.ERROR, row, progressCol, subject, cell.text(),
                    "a date is not a progress value; the task is read with the date's text as a narrative");
        } else if (progressInPercent) {
            // 123.4 under 完成目标(%): 123.4 %, its text 123.4%
            Optional<Progress> percent = ProgressParser.bareNumberInPercent(cell.text(),
                    cell.type() == CellText.Type.NUMBER ? cell.number() : null);
            if (percent.isPresent()) {
                return percent.get();
            }
        }
        return caches.progress(cell.text());
    }

    @Override
    public void merged(MergedRange range) {
        if (tooManyMerges || !mergesSeen.add(range)) {
            // a range given twice is one range: a file of a thousand copies of one gives no thousand warnings
            return;
        }
        if (mergesSeen.size() > options.maxMergedRanges()) {
            tooManyMerges = true;
            mergesSeen.clear();
            problems.add(Severity.ERROR, range.firstRow(), range.firstColumn(), null, null, String.format(Locale.ROOT,
                    "the table has more than %,d merged ranges, the most the reading considers"
                            + " (TableReadOptions.maxMergedRanges); this one and those after it are not considered",
                    options.maxMergedRanges()));
            return;
        }
        if (layout.isFillDown(range)) {
            merges.add(range);
        }
        int next = subItemRows.nextSetBit(range.firstRow() + 1);
        if (next >= 0 && next <= range.lastRow() && range.firstRow() > layout.headerRow()
                && (range.containsColumn(progressCol) || layout.extras().keySet().stream().anyMatch(range::containsColumn)
                        || range.containsColumn(remarkCol) || range.containsColumn(responsibleCol))) {
            // a cell merged over an item's sub-items: its text is the first sub-item's, the others are read
            // without it (the rows were handed over before the merges were known): said, so nothing goes unnoticed
            problems.add(Severity.WARNING, next, range.firstColumn(), layout.header(range.firstColumn()), null,
                    "the merged cell " + range.formatAsString() + " spans the sub-items of one item; its text is read"
                            + " with the first, the sub-items below are read without it");
        }
    }

    /**
     * The end of the sheet: the merged ranges confirmed the filling down, every problem is known.
     *
     * @return the report's head, categories and count of tasks, with the warnings
     * @throws TableException when the sheet has errors (strict) or no report can be built at all
     */
    public TableReadSummary finish() {
        handOver();
        tellRowsRead();
        unusedHeading();
        confirmMerges();
        hidden.report(problems, layout::header);
        boolean fatal = !layout.isComplete();
        if (title.isEmpty()) {
            fatal = true;
            problems.add(problems.builder().cell(Cells.ref(0, 0))
                    .reason("no title above the header, and the document gives none; give one with the reading options' title").build());
        } else if (period.isEmpty()) {
            problems.add(problems.builder().severity(Severity.WARNING).cell(Cells.ref(0, 0)).rawText(title.get())
                    .reason("no period: neither the title nor the table's or the file's name names one (year and quarter,"
                            + " half, months or year); the report is read without a period, and figures against the"
                            + " schedule need an expected share (CLI: --expected), or give the period (CLI: --period)")
                    .build());
        }
        List<Problem> all = problems.all();
        if (fatal || (!options.lenient() && problems.hasErrors())) {
            throw new TableException("Cannot read " + problems.source() + ", " + describedTable, all);
        }
        List<Problem> warnings = all.stream()
                .map(p -> p.severity() == Severity.WARNING ? p : Problem.builder().from(p).severity(Severity.WARNING).build())
                .collect(Collectors.toList());
        return TableReadSummary.builder().title(title.get()).period(period).source(problems.source())
                .table(problems.sheet()).categories(categories).tasks(tasks).warnings(warnings).build();
    }

    /**
     * The period: the caller's (a warning when the title names another), else the title's, else the
     * table's name's ({@code 三季度}), else the file's name's ({@code 2024年第二季度.xlsx}); a name
     * without a year takes the title's year.
     */
    private static Optional<ReportingPeriod> period(TableReadOptions options, Optional<String> title, String table,
            String sourceName, SheetProblems problems) {
        Optional<ReportingPeriod> titled = title.flatMap(ReportingPeriod::parse);
        if (options.period().isPresent()) {
            if (titled.isPresent() && !titled.equals(options.period())) {
                problems.add(problems.builder().severity(Severity.WARNING).rawText(title.get())
                        .reason("the title names the period " + titled.get().label() + "; the period given, "
                                + options.period().get().label() + ", is used").build());
            }
            return options.period();
        }
        if (titled.isPresent()) {
            return titled;
        }
        Optional<Integer> year = title.flatMap(RowAssembler::year);
        String file = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        for (String name : List.of(table, file)) {
            Optional<ReportingPeriod> named = year.isPresent() ? ReportingPeriod.parse(name, year.get())
                    : ReportingPeriod.parse(name);
            if (named.isPresent()) {
                problems.add(problems.builder().severity(Severity.WARNING).rawText(name)
                        .reason("the title names no period; the period " + named.get().label() + " is taken from "
                                + (name.equals(table) ? "the name of the table" : "the file's name")).build());
                return named;
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> year(String title) {
        java.util.regex.Matcher m = YEAR.matcher(title);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private Optional<String> title() {
        List<String> rows = layout.titleRows();
        return rows.stream().filter(t -> ReportingPeriod.parse(t).isPresent()).findFirst()
                .or(() -> rows.stream().filter(t -> !Cells.isBlank(t)).findFirst());
    }

    private void confirmMerges() {
        for (MergedRange range : merges) {
            for (int column : layout.fillDownColumns()) {
                if (!range.containsColumn(column)) {
                    continue;
                }
                BitSet own = ownValues.get(column);
                if (problems.isFull()) {
                    // no more are listed: counted at once, not one by one (ranges over a million rows each)
                    problems.countUnlisted(Severity.WARNING, range.lastRow() < range.firstRow() + 1 ? 0
                            : own.get(range.firstRow() + 1, range.lastRow() + 1).cardinality());
                    continue;
                }
                for (int row = own.nextSetBit(range.firstRow() + 1); row >= 0 && row <= range.lastRow();
                        row = own.nextSetBit(row + 1)) {
                    problems.add(Severity.WARNING, row, column, layout.header(column), null,
                            "the cell lies under the merged cell " + range.formatAsString()
                                    + ", which shows only its first value; this hidden value of its own was read");
                }
            }
        }
    }

    /** A cell of the row, {@code null} past its end or for no column (-1). */
    static CellText cell(CellText[] cells, int column) {
        return column >= 0 && column < cells.length ? cells[column] : null;
    }
}
