package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.json.JsonException;
import io.workplan.json.JsonFormat;
import io.workplan.json.internal.EntryReading.Counts;
import io.workplan.json.internal.EntryReading.Head;
import io.workplan.json.internal.EntryReading.Streamed;
import io.workplan.json.internal.Drafts.CategoryDraft;
import io.workplan.json.internal.Drafts.PeriodDraft;
import io.workplan.json.internal.Drafts.ProgressDraft;
import io.workplan.json.internal.Drafts.ReportDraft;
import io.workplan.json.internal.Drafts.TaskDraft;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the objects of JSON format versions 1 and 2 token by token with a {@link JsonParser}: no
 * tree of the document is built. Each object is read into its draft ({@link Drafts}), every
 * property its own case; the domain then builds the value, and its problems are placed at the
 * input ({@link DomainPlaces}). Every problem is collected ({@link ProblemList}); reading goes on
 * after a problem wherever the rest of the input still makes sense.
 *
 * <p>Reading stops at once at malformed JSON, at a limit of {@link
 * com.fasterxml.jackson.core.StreamReadConstraints}, at an unsupported {@code formatVersion}, and
 * after {@value ProblemList#MAX_PROBLEMS} problems.
 *
 * <h2>Whole or entry by entry</h2>
 *
 * {@link #readDocument()} reads a whole report, its properties in any order. {@link
 * #readHead()} reads the head and skips the tasks, {@link #streamTasks}
 * then reads a second time only the tasks, one after the other: the two passes of a file.
 * {@link #streamDocument} reads a stream once, handing each task over as it comes: the
 * report's properties must come before the tasks, as the writer writes them.
 */
public final class ReportParser {

    /** The most problems listed; reading stops after them. */
    public static final int MAX_PROBLEMS = ProblemList.MAX_PROBLEMS;

    /** The most digits of a percentage's plain decimal form, before and after the point each. */
    public static final int MAX_DECIMAL_DIGITS = Tokens.MAX_DECIMAL_DIGITS;

    private static final Pattern ENTRY = Pattern.compile("^entries\\[(\\d+)]");
    private static final int KEPT_UNITS = 4096;
    private static final int KEPT_UNIT_LENGTH = 64;
    private static final Pattern TASK = Pattern.compile("^tasks/(\\d+)");
    private static final Pattern EXTRA_COLUMN = Pattern.compile("^extraColumns/(\\d+)$");

    private final JsonParser p;
    private final ProblemList problems;
    private final Tokens tokens;
    private final DomainPlaces places;
    private final TextAndFigure textAndFigure = new TextAndFigure();
    /** The units read, by the name as written; at most {@value #KEPT_UNITS}, of short names. */
    private final Map<String, LeadUnit> units = new HashMap<>();

    /**
     * A parser of one input.
     *
     * @param parser the Jackson parser, configured with the limits
     * @param ignoreUnknownProperties whether properties this format does not know are skipped
     *     rather than reported
     * @param source the input's name for problems (a file), when known
     */
    public ReportParser(JsonParser parser, boolean ignoreUnknownProperties, Optional<String> source) {
        this.p = parser;
        this.problems = new ProblemList(parser, source);
        this.tokens = new Tokens(parser, problems, ignoreUnknownProperties);
        this.places = new DomainPlaces(problems);
    }

    /**
     * Reads a document that is one report and nothing else.
     *
     * @return the report
     * @throws JsonException listing every problem found
     */
    public ProgressReport readDocument() {
        return problems.guard(() -> document(() -> report(Tasks.COLLECTED)));
    }

    /**
     * Reads the head of a document that is one report and nothing else, skipping its tasks (which
     * are still checked to be well-formed JSON): the first pass of a file read entry by entry.
     *
     * @return the head, the format version, and the problems found outside the tasks
     * @throws JsonException when the tasks cannot be read after it: malformed JSON, a limit, no
     *     supported format version, too many problems
     */
    public Head readHead() {
        return problems.guardKeeping(() -> {
            ReportDraft d = document(() -> reportDraft(Tasks.SKIPPED, null));
            ReportHead head = head(d);
            return new Head(d, head, tokens.version(), problems.list());
        });
    }

    /**
     * Reads the tasks of a document whose head {@link #readHead()} read, skipping everything else:
     * the second pass of a file read entry by entry.
     *
     * @param head the first pass's head, whose problems are this reading's first
     * @param entries what each task with a progress is handed to, while no problem is found
     * @param withoutProgress what each task without progress is handed to, or {@code null} when
     *     such a task is a problem
     * @return the head (its extra columns those of the tasks when it lists none), and how many
     *     tasks and entries were read
     * @throws JsonException listing every problem of the document
     */
    public Streamed streamTasks(Head head, Consumer<? super ProgressEntry> entries, Consumer<? super Task> withoutProgress) {
        problems.addAll(head.problems);
        return problems.guard(() -> {
            tokens.version(head.version);
            p.nextToken();
            Spot at = problems.spot();
            TaskAssembly assembly = head.resolvable ? new TaskAssembly(problems, places, at, head.categories,
                    head.extraColumns, head.period, false) : null;
            Counts counts = new Counts();
            boolean read = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(Names.TASKS) && !read && p.currentToken() == JsonToken.START_ARRAY) {
                    streamTasks(assembly, counts, entries, withoutProgress);
                    read = true;
                } else {
                    p.skipChildren();
                }
            }
            return head.head == null ? null : new Streamed(derived(head.head, assembly), counts);
        });
    }

    /**
     * Reads a document that is one report, handing each task over as it is read: the report's
     * properties must come before the tasks; a property after them is a problem.
     *
     * @param entries what each task with a progress is handed to, while no problem is found
     * @param withoutProgress what each task without progress is handed to, or {@code null} when
     *     such a task is a problem
     * @return the head, and how many tasks and entries were read
     * @throws JsonException listing every problem found
     */
    public Streamed streamDocument(Consumer<? super ProgressEntry> entries, Consumer<? super Task> withoutProgress) {
        return problems.guard(() -> document(() -> {
            Streaming streaming = new Streaming(entries, withoutProgress);
            ReportDraft d = reportDraft(Tasks.STREAMED, streaming);
            ReportHead head = head(d);
            return head == null || streaming.counts == null ? null
                    : new Streamed(derived(head, streaming.assembly), streaming.counts);
        }));
    }

    /**
     * Reads a report starting at the current token.
     *
     * @return the report
     * @throws JsonException listing every problem found
     */
    public ProgressReport readReport() {
        return problems.guard(() -> report(Tasks.COLLECTED));
    }

    /**
     * Reads a period starting at the current token.
     *
     * @return the period
     * @throws JsonException listing every problem found
     */
    public ReportingPeriod readPeriod() {
        return problems.guard(this::period);
    }

    /**
     * Reads a category starting at the current token.
     *
     * @return the category
     * @throws JsonException listing every problem found
     */
    public Category readCategory() {
        return problems.guard(this::category);
    }

    /**
     * Reads a progress value starting at the current token.
     *
     * @return the progress
     * @throws JsonException listing every problem found
     */
    public Progress readProgress() {
        return problems.guard(this::progress);
    }

    /**
     * Reads a unit's name starting at the current token.
     *
     * @return the unit
     * @throws JsonException listing every problem found
     */
    public LeadUnit readLeadUnit() {
        return problems.guard(() -> unit(null));
    }

    /** A document: one value, read by {@code body}, and nothing after it. */
    private <T> T document(ProblemList.Body<T> body) throws IOException {
        if (p.nextToken() == null) {
            problems.add(problems.at(new Spot("", -1, -1), null).reason("the input is empty; a report is a JSON object"));
            throw ProblemList.Stop.INSTANCE;
        }
        T value = body.read();
        if (p.nextToken() != null) {
            problems.add(problems.here(null).rawText(tokens.raw())
                    .reason("the input goes on after the report; it must hold one report only"));
        }
        return value;
    }

    // ---------------------------------------------------------------- the report

    /** What becomes of a report's tasks as they are read. */
    private enum Tasks {
        /** Kept as drafts, resolved once the whole report is read: its properties may come in any order. */
        COLLECTED,
        /** Skipped: the first pass of a file, which reads the head. */
        SKIPPED,
        /** Resolved and handed over one by one, against the head read before them. */
        STREAMED
    }

    private ProgressReport report(Tasks mode) throws IOException {
        ReportDraft d = reportDraft(mode, null);
        if (d.categories == null || d.tasks == null || d.extraColumnsSeen && d.extraColumns == null) {
            return null;
        }
        return assemble(d);
    }

    /**
     * Reads a report's object into its draft, checks what is required and what its version
     * refuses.
     *
     * @throws ProblemList.Stop when the value is no object or has no format version
     */
    private ReportDraft reportDraft(Tasks mode, Streaming streaming) throws IOException {
        ReportDraft d = new ReportDraft(problems.spot());
        d.seen = tokens.object(null, Names.REPORT_FIELDS_V1, Names.REPORT_FIELDS, name -> {
            if (streaming != null) {
                streaming.property(name, d);
            }
            switch (name) {
                case Names.FORMAT_VERSION_FIELD -> formatVersion();
                case Names.TITLE -> d.title = tokens.string(name);
                case Names.PERIOD -> d.period = period();
                case Names.REGION -> d.region = tokens.string(name);
                case Names.PUBLISHED_ON -> d.publishedOn = tokens.date(name);
                case Names.SOURCE -> d.source = tokens.string(name);
                case Names.CATEGORIES -> {
                    d.categorySpots = new ArrayList<>();
                    d.categories = tokens.array(name, i -> {
                        d.categorySpots.add(problems.spot());
                        return category();
                    });
                }
                case Names.EXTRA_COLUMNS -> {
                    d.extraColumnsSeen = true;
                    d.extraColumnSpots = new ArrayList<>();
                    d.extraColumns = tokens.array(name, i -> {
                        d.extraColumnSpots.add(problems.spot());
                        return tokens.string(name);
                    });
                }
                case Names.TASKS -> tasks(mode, d, streaming);
                default -> throw new IllegalStateException("a known property without its case: " + name);
            }
        });
        if (d.seen == null) {
            throw ProblemList.Stop.INSTANCE;
        }
        if (tokens.isVersion1()) {
            tokens.requireAll(d.at, d.seen, Names.FORMAT_VERSION_FIELD, Names.TITLE, Names.PERIOD, Names.CATEGORIES, Names.TASKS);
        } else {
            tokens.requireAll(d.at, d.seen, Names.FORMAT_VERSION_FIELD, Names.TITLE, Names.CATEGORIES, Names.TASKS);
        }
        if (!d.seen.contains(Names.FORMAT_VERSION_FIELD)) {
            throw ProblemList.Stop.INSTANCE;
        }
        if (tokens.isVersion1()) {
            tokens.refusedByVersion1().forEach(problems::add);
            // What version 1 does not have was read before the version was known: it is ignored.
            d.extraColumnsSeen = false;
            d.extraColumns = null;
            d.extraColumnSpots = null;
            if (d.tasks != null) {
                d.tasks.stream().filter(t -> t != null).forEach(t -> t.extras = null);
            }
        }
        return d;
    }

    private void tasks(Tasks mode, ReportDraft d, Streaming streaming) throws IOException {
        switch (mode) {
            case COLLECTED -> d.tasks = tokens.array(Names.TASKS, i -> task());
            case SKIPPED -> {
                if (tokens.arrayStarts(Names.TASKS)) {
                    p.skipChildren();
                }
            }
            case STREAMED -> {
                if (tokens.arrayStarts(Names.TASKS)) {
                    streaming.start(d);
                    streamTasks(streaming.assembly, streaming.counts, streaming.entries, streaming.withoutProgress);
                }
            }
            default -> throw new IllegalStateException("no such way of reading tasks: " + mode);
        }
    }

    /**
     * Reads the elements of the tasks' array, the parser on its start, each resolved and handed
     * over while no problem is found.
     *
     * @param assembly what resolves the tasks, {@code null} when the head is too broken to resolve them
     */
    private void streamTasks(TaskAssembly assembly, Counts counts, Consumer<? super ProgressEntry> entries,
            Consumer<? super Task> withoutProgress) throws IOException {
        int index = 0;
        while (tokens.nextElement()) {
            TaskDraft draft = task();
            int at = index++;
            if (assembly == null) {
                continue;
            }
            Task task = assembly.add(draft, at);
            counts.tasks++;
            if (task == null) {
                continue;
            }
            if (draft.progress != null) {
                counts.entries++;
                if (problems.none()) {
                    entries.accept(ProgressEntry.of(task, assembly.period(), draft.progress));
                }
            } else if (withoutProgress == null) {
                problems.add(problems.at(assembly.at(draft, at), Names.PROGRESS).reason("the task has no progress: read entry"
                        + " by entry, each task is handed over as an entry with its progress; read the whole report to keep"
                        + " a task without progress"));
            } else if (problems.none()) {
                withoutProgress.accept(task);
            }
        }
    }

    private void formatVersion() throws IOException {
        Integer version = tokens.integer(Names.FORMAT_VERSION_FIELD);
        if (version == null) {
            throw ProblemList.Stop.INSTANCE;
        }
        if (!JsonFormat.VERSIONS_READ.contains(version)) {
            problems.add(problems.here(Names.FORMAT_VERSION_FIELD).rawText(p.getText()).reason("formatVersion " + version
                    + " is not supported; this reader reads versions " + JsonFormat.VERSIONS_READ.stream()
                            .map(String::valueOf).collect(Collectors.joining(" and "))));
            throw ProblemList.Stop.INSTANCE;
        }
        tokens.version(version);
    }

    /** The head of a report's draft, its problems placed at the input; {@code null} when it cannot be built. */
    private ReportHead head(ReportDraft d) {
        if (d.categories == null || d.extraColumnsSeen && d.extraColumns == null) {
            return null;
        }
        problems(CategoryNames.duplicates(d.categories, i -> problems.at(d.categorySpots.get(i), null)));
        if (d.title == null || d.categories.contains(null) || d.extraColumns != null && d.extraColumns.contains(null)) {
            return null;
        }
        return places.build(d.at, () -> ReportHead.builder().title(d.title).period(Optional.ofNullable(d.period))
                .region(Optional.ofNullable(d.region)).publishedOn(Optional.ofNullable(d.publishedOn))
                .source(Optional.ofNullable(d.source)).categories(d.categories)
                .extraColumns(d.extraColumns == null ? List.of() : d.extraColumns).build(),
                path -> path, relative -> headStart(d, relative));
    }

    /** Where a part of the head starts: an extra column at its header, the rest at the report. */
    private static Spot headStart(ReportDraft d, String relative) {
        Matcher column = EXTRA_COLUMN.matcher(relative);
        if (column.find() && d.extraColumnSpots != null) {
            return d.extraColumnSpots.get(Integer.parseInt(column.group(1)));
        }
        return d.at;
    }

    /** The whole report of a draft: the head, each task resolved against it and checked, the entries. */
    private ProgressReport assemble(ReportDraft d) {
        ReportHead head = head(d);
        TaskAssembly assembly = new TaskAssembly(problems, places, d.at, readable(d.categories), readable(d.extraColumns),
                Optional.ofNullable(d.period), true);
        List<Task> tasks = new ArrayList<>(d.tasks.size());
        List<ProgressEntry> entries = new ArrayList<>(d.tasks.size());
        List<Integer> entryTasks = new ArrayList<>();
        for (int i = 0; i < d.tasks.size(); i++) {
            TaskDraft t = d.tasks.get(i);
            Task task = assembly.add(t, i);
            tasks.add(task);
            if (task != null && t.progress != null) {
                entries.add(ProgressEntry.of(task, Optional.ofNullable(d.period), t.progress));
                entryTasks.add(i);
            }
        }
        if (!problems.none() || head == null) {
            return null;
        }
        return places.build(d.at, () -> ProgressReport.builder().head(head).tasks(tasks).entries(entries).build(), path -> {
            Matcher entry = ENTRY.matcher(path);
            return entry.find() ? Names.TASKS + "[" + entryTasks.get(Integer.parseInt(entry.group(1))) + "]" : path;
        }, relative -> {
            // A task's problem is placed where the task starts, not where the report does.
            Matcher task = TASK.matcher(relative);
            TaskDraft t = task.find() ? d.tasks.get(Integer.parseInt(task.group(1))) : null;
            return t == null ? headStart(d, relative) : t.at;
        });
    }

    private void problems(List<Problem> found) {
        found.forEach(problems::add);
    }

    // ---------------------------------------------------------------- the other objects

    private ReportingPeriod period() throws IOException {
        PeriodDraft d = new PeriodDraft(problems.spot());
        d.seen = tokens.object(Names.PERIOD, Names.PERIOD_FIELDS, name -> {
            switch (name) {
                case Names.YEAR -> d.year = d.read(tokens.integer(name));
                case Names.QUARTER -> span(d, name);
                case Names.HALF -> span(d, name);
                case Names.MONTH -> span(d, name);
                default -> throw new IllegalStateException("a known property without its case: " + name);
            }
        });
        if (d.seen == null || !tokens.requireAll(d.at, d.seen, Names.YEAR) || !d.valid) {
            return null;
        }
        ReportingPeriod.Builder period = ReportingPeriod.builder().year(d.year);
        if (d.spanField == null) {
            period.span(ReportingPeriod.Span.YEAR).index(1);
        } else {
            period.span(Names.span(d.spanField)).index(d.index);
        }
        return places.build(d.at, () -> period.build(), path -> path.equals("index") ? d.spanField : path);
    }

    /** The index of a period's span: at most one of quarter, half and month. */
    private void span(PeriodDraft d, String name) throws IOException {
        Integer value = d.read(tokens.integer(name));
        if (d.spanField != null) {
            problems.add(problems.here(name).reason("a period has at most one of quarter, half and month, not both "
                    + d.spanField + " and " + name));
            d.valid = false;
        } else {
            d.spanField = name;
            d.index = value;
        }
    }

    private Category category() throws IOException {
        CategoryDraft d = new CategoryDraft(problems.spot());
        d.seen = tokens.object(Names.CATEGORIES, Names.CATEGORY_FIELDS, name -> {
            switch (name) {
                case Names.ENUMERATOR -> d.enumerator = d.read(tokens.string(name));
                case Names.NAME -> d.name = d.read(tokens.string(name));
                default -> throw new IllegalStateException("a known property without its case: " + name);
            }
        });
        if (d.seen == null || !tokens.requireAll(d.at, d.seen, Names.NAME) || !d.valid) {
            return null;
        }
        return places.build(d.at, () -> Category.builder().enumerator(Optional.ofNullable(d.enumerator)).name(d.name).build(),
                path -> path);
    }

    private TaskDraft task() throws IOException {
        // Only the line and column of a task's start are kept: its pointer is the report's and its index.
        TaskDraft t = new TaskDraft(new Spot((String) null, p.currentTokenLocation()));
        t.seen = tokens.object(Names.TASKS, Names.TASK_FIELDS_V1, Names.TASK_FIELDS, name -> {
            switch (name) {
                case Names.NUMBER -> t.number = t.read(tokens.integer(name));
                case Names.CATEGORY -> {
                    t.categoryLocation = p.currentTokenLocation();
                    t.category = t.read(tokens.string(name));
                }
                case Names.CONTENT -> t.content = t.read(tokens.string(name));
                case Names.LEADER -> t.leader = t.read(tokens.string(name));
                case Names.LEAD_UNITS -> t.leadUnits = t.read(units(name));
                case Names.RESPONSIBLE_UNITS -> t.responsibleUnits = t.read(units(name));
                case Names.REMARK -> t.remark = t.read(tokens.string(name));
                case Names.EXTRAS -> t.extras = t.read(extras());
                case Names.PROGRESS -> t.progress = t.read(progress());
                default -> throw new IllegalStateException("a known property without its case: " + name);
            }
        });
        if (t.seen == null) {
            return null;
        }
        Spot taskAt = new Spot(problems::pointer, t.at.line, t.at.column);
        t.valid &= tokens.requireAll(taskAt, t.seen, Names.CONTENT, Names.LEAD_UNITS);
        if (!t.seen.contains(Names.CATEGORY)) {
            // Version 1 requires a task's category; version 2 does not.
            if (tokens.version() == null) {
                tokens.refusedByVersion1().add(problems.at(new Spot(taskAt.pointer(), t.at.line, t.at.column), Names.CATEGORY)
                        .reason("the required property '" + Names.CATEGORY + "' is missing"));
            } else if (tokens.isVersion1()) {
                t.valid &= tokens.requireAll(taskAt, t.seen, Names.CATEGORY);
            }
        }
        return t;
    }

    /** A task's extra cells: an object of strings, in the document's order. */
    private Map<String, String> extras() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            tokens.wrongType(Names.EXTRAS, "an object");
            return null;
        }
        Map<String, String> extras = new LinkedHashMap<>();
        boolean valid = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String header = p.currentName();
            p.nextToken();
            if (extras.containsKey(header)) {
                problems.add(problems.here(header).reason("the extra column '" + header + "' is given twice"));
                p.skipChildren();
                valid = false;
            } else {
                String value = tokens.string(header);
                valid &= value != null;
                extras.put(header, value);
            }
        }
        return valid ? extras : null;
    }

    private List<LeadUnit> units(String subject) throws IOException {
        List<LeadUnit> units = tokens.array(subject, i -> unit(subject));
        return units == null || units.contains(null) ? null : units;
    }

    private LeadUnit unit(String subject) throws IOException {
        Spot at = problems.spotOfThisValue();
        String name = tokens.string(subject);
        if (name == null) {
            return null;
        }
        // A report names a handful of units on task after task: each name is made a unit once.
        LeadUnit unit = units.get(name);
        if (unit == null) {
            unit = places.build(at, () -> LeadUnit.of(name), path -> null);
            if (unit != null && name.length() <= KEPT_UNIT_LENGTH) {
                if (units.size() >= KEPT_UNITS) {
                    units.clear();
                }
                units.put(name, unit);
            }
        }
        return unit;
    }

    private Progress progress() throws IOException {
        ProgressDraft d = new ProgressDraft(problems.spotOfThisValue());
        d.seen = tokens.object(Names.PROGRESS, Names.PROGRESS_FIELDS, name -> {
            switch (name) {
                case Names.TEXT -> d.text = d.read(tokens.string(name));
                case Names.KIND -> {
                    d.kindAt = new Spot((String) null, p.currentTokenLocation());
                    d.kind = d.read(kind(name));
                }
                case Names.PERCENT -> {
                    d.percentAt = new Spot((String) null, p.currentTokenLocation());
                    d.percent = d.read(tokens.decimal(name));
                }
                default -> throw new IllegalStateException("a known property without its case: " + name);
            }
        });
        if (d.seen == null || !tokens.requireAll(d.at, d.seen, Names.TEXT, Names.KIND) || !d.valid) {
            return null;
        }
        return textAndFigure.progress(d, places, problems);
    }

    private Progress.Kind kind(String name) throws IOException {
        String kindName = tokens.string(name);
        if (kindName == null) {
            return null;
        }
        Optional<Progress.Kind> kind = Names.kind(kindName);
        if (kind.isEmpty()) {
            problems.add(problems.here(name).rawText(kindName).reason("unknown kind '" + kindName + "'; the kinds are "
                    + Names.kindNames()));
        }
        return kind.orElse(null);
    }

    // ---------------------------------------------------------------- reading entry by entry

    /** What a stream read entry by entry knows: the head as far as read when the tasks began. */
    private final class Streaming {
        final Consumer<? super ProgressEntry> entries;
        final Consumer<? super Task> withoutProgress;
        TaskAssembly assembly;
        Counts counts;

        Streaming(Consumer<? super ProgressEntry> entries, Consumer<? super Task> withoutProgress) {
            this.entries = entries;
            this.withoutProgress = withoutProgress;
        }

        /** A property of the report, before it is read: after the tasks, it comes too late for a stream. */
        void property(String name, ReportDraft d) {
            if (counts != null && !name.equals(Names.TASKS)) {
                problems.add(problems.here(name).reason("the property '" + name + "' comes after the tasks: a stream read"
                        + " entry by entry needs every property of the report before its tasks, as JsonWriter writes them;"
                        + " read the file from its path, or the whole report"));
            }
        }

        /** The tasks begin: they are resolved against the head read so far. */
        void start(ReportDraft d) {
            counts = new Counts();
            assembly = resolvable(d) ? new TaskAssembly(problems, places, d.at, readable(d.categories), readable(d.extraColumns),
                    Optional.ofNullable(d.period), false) : null;
        }
    }

    /** A head as its report has it: without extra columns of its own, those of its tasks. */
    private static ReportHead derived(ReportHead head, TaskAssembly assembly) {
        if (!head.extraColumns().isEmpty() || assembly == null || assembly.extraColumns().isEmpty()) {
            return head;
        }
        return ReportHead.builder().from(head).extraColumns(assembly.extraColumns()).build();
    }

    /** Whether a report's tasks can be resolved against its head: its categories and extra columns could be read. */
    static boolean resolvable(ReportDraft d) {
        return d.categories != null && !(d.extraColumnsSeen && d.extraColumns == null);
    }

    /** The values of a list that could be read; none for no list. */
    static <T> List<T> readable(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).collect(Collectors.toList());
    }
}
