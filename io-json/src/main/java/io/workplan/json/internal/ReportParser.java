package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import io.workplan.core.internal.Text;
import io.workplan.json.JsonException;
import io.workplan.json.JsonFormat;
import io.workplan.json.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads JSON of format versions 1 and 2 token by token with a {@link JsonParser}: no tree of the
 * document is built. Every problem found is collected, with its JSON pointer (from the parser's context) and
 * line:column (from the parser's location); reading goes on after a problem wherever the rest of the
 * input still makes sense, and one {@link JsonException} lists them all at the end.
 *
 * <p>Reading stops at once at malformed JSON, at a limit of {@link
 * com.fasterxml.jackson.core.StreamReadConstraints}, at an unsupported {@code formatVersion}, and
 * after {@value #MAX_PROBLEMS} problems.
 *
 * <h2>Versions</h2>
 *
 * Version 2 has properties version 1 does not ({@code extraColumns}, a task's {@code extras}) and
 * requires less (a report's {@code period}, a task's {@code category}). Once {@code formatVersion}
 * is read (the writer writes it first) each object is read by its version's rules at once. Before
 * that, the objects are read by version 2's, what version 1 would refuse is noted, and refused at
 * the end of the report when the document turns out to be version 1.
 */
public final class ReportParser {

    /** The most problems listed; reading stops after them. */
    public static final int MAX_PROBLEMS = 100;

    /** The most digits of a percentage's plain decimal form, before and after the point each. */
    public static final int MAX_DECIMAL_DIGITS = 1000;

    private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)]");
    private static final Pattern ENTRY = Pattern.compile("^entries\\[(\\d+)]");
    private static final Pattern TASK = Pattern.compile("^tasks/(\\d+)");
    private static final Pattern EXTRA_COLUMN = Pattern.compile("^extraColumns/(\\d+)$");
    private static final int MAX_NAMES_LISTED = 10;

    /**
     * Jackson's words that do not help a user of this library, and ours: a location inside the
     * message, and the advice to enable a parser feature, which our reader does not offer.
     */
    private static final String[][] REWRITES = {
        {"\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]", "line $1, column $2"},
        {"^Non-standard token '([^']*)': enable .*", "'$1' is not a number of JSON, which has no NaN or Infinity"},
        {"^Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment\\?.*",
                "a comment ('/'), which JSON does not have"},
    };

    /** Jackson's name of each limit of {@link StreamReadConstraints}, and what we say of it. */
    private static final String[][] LIMITS = {
        {"getMaxNestingDepth", "arrays and objects nest deeper than " + JsonReader.MAX_NESTING_DEPTH
                + " levels, the limit; a report nests 4 deep"},
        {"getMaxStringLength", "a string or number is longer than " + JsonReader.MAX_STRING_LENGTH
                + " characters, the limit; a task's text is far shorter"},
        {"getMaxNumberLength", "a number is longer than " + JsonReader.MAX_NUMBER_LENGTH + " characters, the limit"},
        {"getMaxNameLength", "a property name is longer than " + JsonReader.MAX_NAME_LENGTH
                + " characters, the limit; the format's longest has 16"},
    };

    private final JsonParser p;
    private final boolean ignoreUnknownProperties;
    private final Optional<String> source;
    private final List<Problem> problems = new ArrayList<>();
    /** The document's format version, once read. */
    private Integer version;
    /** What version 1 refuses, found before the version was known: refused if it is 1. */
    private final List<Problem.Builder> refusedByVersion1 = new ArrayList<>();

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
        this.ignoreUnknownProperties = ignoreUnknownProperties;
        this.source = source;
    }

    /**
     * Reads a document that is one report and nothing else.
     *
     * @return the report
     * @throws JsonException listing every problem found
     */
    public ProgressReport readDocument() {
        return guard(() -> {
            if (p.nextToken() == null) {
                problem(at(new Spot("", -1, -1), null).reason("the input is empty; a report is a JSON object"));
                throw Stop.INSTANCE;
            }
            ProgressReport report = report();
            if (p.nextToken() != null) {
                problem(here(null).rawText(raw()).reason("the input goes on after the report; it must hold one report only"));
            }
            return report;
        });
    }

    /**
     * Reads a report starting at the current token.
     *
     * @return the report
     * @throws JsonException listing every problem found
     */
    public ProgressReport readReport() {
        return guard(this::report);
    }

    /**
     * Reads a period starting at the current token.
     *
     * @return the period
     * @throws JsonException listing every problem found
     */
    public ReportingPeriod readPeriod() {
        return guard(this::period);
    }

    /**
     * Reads a category starting at the current token.
     *
     * @return the category
     * @throws JsonException listing every problem found
     */
    public Category readCategory() {
        return guard(this::category);
    }

    /**
     * Reads a progress value starting at the current token.
     *
     * @return the progress
     * @throws JsonException listing every problem found
     */
    public Progress readProgress() {
        return guard(this::progress);
    }

    /**
     * Reads a unit's name starting at the current token.
     *
     * @return the unit
     * @throws JsonException listing every problem found
     */
    public LeadUnit readLeadUnit() {
        return guard(() -> unit(null));
    }

    // ---------------------------------------------------------------- the objects of the format

    private ProgressReport report() throws IOException {
        Spot at = spot();
        ReportDraft d = new ReportDraft();
        Set<String> seen = object(null, Names.REPORT_FIELDS_V1, Names.REPORT_FIELDS, name -> {
            switch (name) {
                case Names.FORMAT_VERSION_FIELD:
                    formatVersion();
                    break;
                case Names.TITLE:
                    d.title = string(name);
                    break;
                case Names.PERIOD:
                    d.period = period();
                    break;
                case Names.REGION:
                    d.region = string(name);
                    break;
                case Names.PUBLISHED_ON:
                    d.publishedOn = date(name);
                    break;
                case Names.SOURCE:
                    d.source = string(name);
                    break;
                case Names.CATEGORIES:
                    d.categorySpots = new ArrayList<>();
                    d.categories = array(name, i -> {
                        d.categorySpots.add(spot());
                        return category();
                    });
                    break;
                case Names.EXTRA_COLUMNS:
                    d.extraColumnsSeen = true;
                    d.extraColumnSpots = new ArrayList<>();
                    d.extraColumns = array(name, i -> {
                        d.extraColumnSpots.add(spot());
                        return string(name);
                    });
                    break;
                default:
                    d.tasks = array(name, i -> task());
                    break;
            }
        });
        if (seen == null) {
            throw Stop.INSTANCE;
        }
        if (isVersion1()) {
            requireAll(at, seen, Names.FORMAT_VERSION_FIELD, Names.TITLE, Names.PERIOD, Names.CATEGORIES, Names.TASKS);
        } else {
            requireAll(at, seen, Names.FORMAT_VERSION_FIELD, Names.TITLE, Names.CATEGORIES, Names.TASKS);
        }
        if (!seen.contains(Names.FORMAT_VERSION_FIELD)) {
            throw Stop.INSTANCE;
        }
        if (isVersion1()) {
            refusedByVersion1.forEach(this::problem);
            // What version 1 does not have was read before the version was known: it is ignored.
            d.extraColumnsSeen = false;
            d.extraColumns = null;
            d.extraColumnSpots = null;
            if (d.tasks != null) {
                d.tasks.stream().filter(t -> t != null).forEach(t -> t.extras = null);
            }
        }
        return d.categories == null || d.tasks == null || d.extraColumnsSeen && d.extraColumns == null ? null : build(at, d);
    }

    /** Whether the document is of version 1, as far as read. */
    private boolean isVersion1() {
        return version != null && version == Names.FORMAT_VERSION_1;
    }

    private void formatVersion() throws IOException {
        Integer version = integer(Names.FORMAT_VERSION_FIELD);
        if (version == null) {
            throw Stop.INSTANCE;
        }
        if (!JsonFormat.VERSIONS_READ.contains(version)) {
            problem(here(Names.FORMAT_VERSION_FIELD).rawText(p.getText()).reason("formatVersion " + version
                    + " is not supported; this reader reads versions " + JsonFormat.VERSIONS_READ.stream()
                            .map(String::valueOf).collect(Collectors.joining(" and "))));
            throw Stop.INSTANCE;
        }
        this.version = version;
    }

    private ReportingPeriod period() throws IOException {
        Spot at = spot();
        Integer[] year = new Integer[1];
        Integer[] index = new Integer[1];
        String[] spanField = new String[1];
        boolean[] valid = {true};
        Set<String> seen = object(Names.PERIOD, Names.PERIOD_FIELDS, name -> {
            Integer value = integer(name);
            valid[0] &= value != null;
            if (name.equals(Names.YEAR)) {
                year[0] = value;
            } else if (spanField[0] != null) {
                problem(here(name).reason("a period has at most one of quarter, half and month, not both "
                        + spanField[0] + " and " + name));
                valid[0] = false;
            } else {
                spanField[0] = name;
                index[0] = value;
            }
        });
        if (seen == null || !requireAll(at, seen, Names.YEAR) || !valid[0]) {
            return null;
        }
        ReportingPeriod.Builder period = ReportingPeriod.builder().year(year[0]);
        if (spanField[0] == null) {
            period.span(ReportingPeriod.Span.YEAR).index(1);
        } else {
            period.span(Names.span(spanField[0])).index(index[0]);
        }
        return build(at, () -> period.build(), path -> path.equals("index") ? spanField[0] : path);
    }

    private Category category() throws IOException {
        Spot at = spot();
        String[] enumerator = new String[1];
        String[] name = new String[1];
        Set<String> seen = object(Names.CATEGORIES, Names.CATEGORY_FIELDS, field -> {
            if (field.equals(Names.ENUMERATOR)) {
                enumerator[0] = string(field);
            } else {
                name[0] = string(field);
            }
        });
        if (seen == null || !requireAll(at, seen, Names.NAME) || name[0] == null
                || (seen.contains(Names.ENUMERATOR) && enumerator[0] == null)) {
            return null;
        }
        return build(at, () -> Category.builder().enumerator(Optional.ofNullable(enumerator[0])).name(name[0]).build(),
                path -> path);
    }

    private TaskDraft task() throws IOException {
        TaskDraft t = new TaskDraft(p.currentTokenLocation());
        Set<String> seen = object(Names.TASKS, Names.TASK_FIELDS_V1, Names.TASK_FIELDS, name -> {
            switch (name) {
                case Names.NUMBER:
                    t.number = t.read(integer(name));
                    break;
                case Names.CATEGORY:
                    t.categoryLocation = p.currentTokenLocation();
                    t.category = t.read(string(name));
                    break;
                case Names.CONTENT:
                    t.content = t.read(string(name));
                    break;
                case Names.LEADER:
                    t.leader = t.read(string(name));
                    break;
                case Names.LEAD_UNITS:
                    t.leadUnits = t.read(units(name));
                    break;
                case Names.RESPONSIBLE_UNITS:
                    t.responsibleUnits = t.read(units(name));
                    break;
                case Names.REMARK:
                    t.remark = t.read(string(name));
                    break;
                case Names.EXTRAS:
                    t.extras = t.read(extras());
                    break;
                default:
                    t.progress = t.read(progress());
                    break;
            }
        });
        if (seen == null) {
            return null;
        }
        Spot taskAt = new Spot(this::pointer, t.line, t.column);
        t.valid &= requireAll(taskAt, seen, Names.CONTENT, Names.LEAD_UNITS);
        if (!seen.contains(Names.CATEGORY)) {
            // Version 1 requires a task's category; version 2 does not.
            if (version == null) {
                refusedByVersion1.add(at(new Spot(taskAt.pointer(), t.line, t.column), Names.CATEGORY)
                        .reason("the required property '" + Names.CATEGORY + "' is missing"));
            } else if (isVersion1()) {
                t.valid &= requireAll(taskAt, seen, Names.CATEGORY);
            }
        }
        return t;
    }

    /** A task's extra cells: an object of strings, in the document's order. */
    private Map<String, String> extras() throws IOException {
        Map<String, String> extras = new LinkedHashMap<>();
        boolean[] valid = {true};
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(Names.EXTRAS, "an object");
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String header = p.currentName();
            p.nextToken();
            if (extras.containsKey(header)) {
                problem(here(header).reason("the extra column '" + header + "' is given twice"));
                p.skipChildren();
                valid[0] = false;
            } else {
                String value = string(header);
                valid[0] &= value != null;
                extras.put(header, value);
            }
        }
        return valid[0] ? extras : null;
    }

    private List<LeadUnit> units(String subject) throws IOException {
        List<LeadUnit> units = array(subject, i -> unit(subject));
        return units == null || units.contains(null) ? null : units;
    }

    private LeadUnit unit(String subject) throws IOException {
        Spot at = spotOfThisValue();
        String name = string(subject);
        return name == null ? null : build(at, () -> LeadUnit.of(name), path -> null);
    }

    private Progress progress() throws IOException {
        Spot at = spotOfThisValue();
        String[] text = new String[1];
        Progress.Kind[] kind = new Progress.Kind[1];
        BigDecimal[] percent = new BigDecimal[1];
        boolean[] valid = {true};
        Set<String> seen = object(Names.PROGRESS, Names.PROGRESS_FIELDS, name -> {
            if (name.equals(Names.TEXT)) {
                text[0] = string(name);
                valid[0] &= text[0] != null;
            } else if (name.equals(Names.KIND)) {
                String kindName = string(name);
                kind[0] = kindName == null ? null : Names.kind(kindName).orElse(null);
                if (kindName != null && kind[0] == null) {
                    problem(here(name).rawText(kindName).reason("unknown kind '" + kindName + "'; the kinds are "
                            + Names.kindNames()));
                }
                valid[0] &= kind[0] != null;
            } else {
                percent[0] = decimal(name);
                valid[0] &= percent[0] != null;
            }
        });
        if (seen == null || !requireAll(at, seen, Names.TEXT, Names.KIND) || !valid[0]) {
            return null;
        }
        return build(at, () -> Progress.builder().kind(kind[0]).text(text[0]).percent(Optional.ofNullable(percent[0])).build(),
                path -> path);
    }

    // ---------------------------------------------------------------- resolving and building the report

    private ProgressReport build(Spot at, ReportDraft d) {
        Map<String, Category> byName = new HashMap<>();
        for (Category category : d.categories) {
            if (category != null) {
                byName.putIfAbsent(category.name(), category);
            }
        }
        problems(CategoryNames.duplicates(d.categories, i -> at(d.categorySpots.get(i), null)));
        List<Task> tasks = new ArrayList<>(d.tasks.size());
        List<ProgressEntry> entries = new ArrayList<>(d.tasks.size());
        List<Integer> entryTasks = new ArrayList<>();
        for (int i = 0; i < d.tasks.size(); i++) {
            TaskDraft t = d.tasks.get(i);
            int index = i;
            Spot taskAt = t == null ? null : new Spot(() -> at.pointer() + "/" + Names.TASKS + "/" + index, t.line, t.column);
            Task task = t == null || !t.valid ? null : task(taskAt, t, byName);
            tasks.add(task);
            if (task != null && t.progress != null) {
                entries.add(ProgressEntry.of(task, Optional.ofNullable(d.period), t.progress));
                entryTasks.add(i);
            }
        }
        if (!problems.isEmpty() || d.title == null) {
            return null;
        }
        ProgressReport.Builder report = ProgressReport.builder()
                .title(d.title).period(Optional.ofNullable(d.period)).region(Optional.ofNullable(d.region))
                .publishedOn(Optional.ofNullable(d.publishedOn)).source(Optional.ofNullable(d.source))
                .categories(d.categories).tasks(tasks).entries(entries);
        if (d.extraColumns != null) {
            report.extraColumns(d.extraColumns);
        }
        return build(at, report::build, path -> {
            Matcher entry = ENTRY.matcher(path);
            return entry.find() ? Names.TASKS + "[" + entryTasks.get(Integer.parseInt(entry.group(1))) + "]" : path;
        }, relative -> {
            // An extra column's problem is placed at the column's header.
            Matcher column = EXTRA_COLUMN.matcher(relative);
            if (column.find() && d.extraColumnSpots != null) {
                return d.extraColumnSpots.get(Integer.parseInt(column.group(1)));
            }
            // A task's problem is placed where the task starts, not where the report does.
            Matcher task = TASK.matcher(relative);
            TaskDraft t = task.find() ? d.tasks.get(Integer.parseInt(task.group(1))) : null;
            return t == null ? at : new Spot((String) null, t.line, t.column);   // only its line and column are used
        });
    }

    private Task task(Spot at, TaskDraft t, Map<String, Category> byName) {
        // The reference is normalised as a category's name is: "主要经济指标 " names 主要经济指标.
        Category category = t.category == null ? null : byName.get(Text.unwrap(t.category));
        if (t.category != null && category == null) {
            String known = byName.keySet().stream().limit(MAX_NAMES_LISTED).map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", "));
            problem(at(new Spot(at.pointer() + "/" + Names.CATEGORY, t.categoryLocation), Names.CATEGORY).rawText(t.category)
                    .reason("no category of /categories has the name '" + t.category + "'"
                            + (byName.isEmpty() ? "; the report lists none" : "; the names are " + known
                            + (byName.size() > MAX_NAMES_LISTED ? ", …" : ""))));
            return null;
        }
        Task.Builder task = Task.builder().category(Optional.ofNullable(category)).content(t.content)
                .leader(Optional.ofNullable(t.leader)).remark(Optional.ofNullable(t.remark)).leadUnits(t.leadUnits);
        if (t.extras != null) {
            task.extras(t.extras);
        }
        if (t.number != null) {
            task.number(t.number);
        }
        if (t.responsibleUnits != null) {
            task.responsibleUnits(t.responsibleUnits);
        }
        return build(at, task::build, path -> path);
    }

    /** Builds a value, turning the problems of the domain's check into problems at a place of the input. */
    private <T> T build(Spot at, Builder<T> builder, PathMapping mapping) {
        return build(at, builder, mapping, relative -> at);
    }

    /**
     * Builds a value, turning the problems of the domain's check into problems at a place of the
     * input: the pointer is {@code at}'s and the problem's path; line and column are where {@code
     * start} says the part at that path starts.
     */
    private <T> T build(Spot at, Builder<T> builder, PathMapping mapping, Function<String, Spot> start) {
        try {
            return builder.build();
        } catch (ValidationException e) {
            for (Problem problem : e.problems()) {
                String path = problem.path().map(mapping::map).orElse(null);
                if (path == null || path.isEmpty()) {
                    problem(at(at, null).reason(problem.reason()));
                } else {
                    String relative = INDEXED.matcher(path).replaceAll("/$1").replace('.', '/');
                    String last = relative.substring(relative.lastIndexOf('/') + 1);
                    Spot where = start.apply(relative);
                    problem(at(new Spot(at.pointer() + "/" + relative, where.line, where.column),
                            last.chars().allMatch(Character::isDigit) ? null : last).reason(problem.reason()));
                }
            }
            return null;
        }
    }

    // ---------------------------------------------------------------- values

    /**
     * Reads an object at the current token: each known property's value is handed to {@code field}
     * with the parser on it; unknown and repeated properties are reported (or skipped) here.
     *
     * @return the names of the known properties seen, or {@code null} when the value is no object
     */
    private Set<String> object(String subject, List<String> known, Field field) throws IOException {
        return object(subject, known, known, field);
    }

    /**
     * Reads an object whose properties differ by version: those of version 1 in a version 1
     * document, those of version 2 otherwise. Before the version is known, a property of version 2
     * only is read, and noted to be refused if the document turns out to be version 1.
     */
    private Set<String> object(String subject, List<String> version1, List<String> version2, Field field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(subject, "an object");
            return null;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            List<String> known = isVersion1() ? version1 : version2;
            if (version == null && !version1.contains(name) && version2.contains(name)) {
                if (!ignoreUnknownProperties) {
                    refusedByVersion1.add(here(name).reason("unknown property '" + name + "'; the properties here are "
                            + String.join(", ", version1)));
                }
            }
            if (!known.contains(name)) {
                if (!ignoreUnknownProperties) {
                    problem(here(name).reason("unknown property '" + name + "'; the properties here are "
                            + String.join(", ", known)));
                }
                p.skipChildren();
            } else if (!seen.add(name)) {
                problem(here(name).reason("the property '" + name + "' is given twice"));
                p.skipChildren();
            } else {
                field.read(name);
            }
        }
        return seen;
    }

    private <T> List<T> array(String subject, Element<T> element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(subject, "an array");
            return null;
        }
        List<T> items = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(element.read(items.size()));
        }
        return items;
    }

    private String string(String subject) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        wrongType(subject, "a string");
        return null;
    }

    private Integer integer(String subject) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            problem(here(subject).rawText(p.getText()).reason("the number is out of range"));
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            problem(here(subject).rawText(p.getText()).reason("a whole number is expected, written without a fraction or exponent"));
        } else {
            wrongType(subject, "a whole number");
        }
        return null;
    }

    private BigDecimal decimal(String subject) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            wrongType(subject, "a number");
            return null;
        }
        BigDecimal value = plainDecimal(p.getText());
        if (value == null) {
            problem(here(subject).rawText(p.getText()).reason("the number has more than " + MAX_DECIMAL_DIGITS
                    + " digits before or after the decimal point when written out"));
        }
        return value;
    }

    /**
     * The number of a JSON number's text, exact (it never passes through double), when its plain
     * decimal form has at most {@value #MAX_DECIMAL_DIGITS} digits before and after the point each.
     *
     * @return the number, or {@code null} when it is longer, an exponent beyond {@code int} included
     */
    private static BigDecimal plainDecimal(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            // The parser has checked the syntax: only an exponent out of range is left to refuse here.
            return null;
        }
        boolean within = Math.abs((long) value.scale()) <= MAX_DECIMAL_DIGITS
                && (long) value.precision() - value.scale() <= MAX_DECIMAL_DIGITS;
        return within ? value : null;
    }

    private LocalDate date(String subject) throws IOException {
        Spot at = spot();
        String text = string(subject);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(at(at, subject).rawText(text).reason("a date is written as YYYY-MM-DD, such as 2024-07-23"));
            return null;
        }
    }

    private void wrongType(String subject, String expected) throws IOException {
        problem(here(subject).rawText(raw()).reason(expected + " is expected, not " + describe(p.currentToken())));
        p.skipChildren();
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null (an absent value is left out)";
            default:
                return token.toString();
        }
    }

    private String raw() throws IOException {
        JsonToken token = p.currentToken();
        return token == null ? "" : token == JsonToken.START_OBJECT ? "{" : token == JsonToken.START_ARRAY ? "[" : p.getText();
    }

    // ---------------------------------------------------------------- problems and places

    private boolean requireAll(Spot at, Set<String> seen, String... required) {
        boolean all = true;
        for (String name : required) {
            if (!seen.contains(name)) {
                problem(at(at, name).reason("the required property '" + name + "' is missing"));
                all = false;
            }
        }
        return all;
    }

    /** The pointer of the current value: the parser's context knows it. */
    private String pointer() {
        return p.getParsingContext().pathAsPointer().toString();
    }

    private Spot spot() {
        return new Spot(pointer(), p.currentTokenLocation());
    }

    /**
     * The spot of the current value, its pointer made only when a problem needs it: for values
     * read on every task. Use it only while the parser is still on the value (a string) or just
     * past its end (an object's {@code END_OBJECT}): Jackson's pointer there is the value's own.
     */
    private Spot spotOfThisValue() {
        return new Spot(this::pointer, p.currentTokenLocation());
    }

    private Problem.Builder here(String subject) {
        return at(spot(), subject);
    }

    private Problem.Builder at(Spot spot, String subject) {
        Problem.Builder b = Problem.builder().path(spot.pointer());
        source.ifPresent(b::source);
        if (spot.line > 0) {
            b.line(spot.line);
        }
        if (spot.column > 0) {
            b.column(spot.column);
        }
        if (subject != null) {
            b.subject(subject);
        }
        return b;
    }

    private void problem(Problem.Builder problem) {
        problem(problem.build());
    }

    private void problems(List<Problem> found) {
        found.forEach(this::problem);
    }

    private void problem(Problem problem) {
        if (problems.size() >= MAX_PROBLEMS) {
            Problem.Builder stop = Problem.builder()
                    .reason("reading stopped after " + MAX_PROBLEMS + " problems; there may be more");
            problem.source().ifPresent(stop::source);
            problem.path().ifPresent(stop::path);
            problem.line().ifPresent(stop::line);
            problem.column().ifPresent(stop::column);
            problems.add(stop.build());
            throw Stop.INSTANCE;
        }
        problems.add(problem);
    }

    private <T> T guard(Body<T> body) {
        String summary = "Cannot read the JSON report" + source.map(s -> " " + s).orElse("");
        T value;
        try {
            value = body.read();
        } catch (Stop stop) {
            value = null;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            problems.add(at(new Spot(pointer(), location), null).reason(reason(e)).build());
            throw new JsonException(summary, problems, e);
        } catch (Utf8Input.Malformed e) {
            problems.add(at(new Spot(pointer(), e.line, (int) Math.min(e.column, Integer.MAX_VALUE)), null).rawText(e.bytes)
                    .reason("the input is not UTF-8: at byte " + e.offset + ", " + e.reason + "; save the file as UTF-8").build());
            throw new JsonException(summary, problems, e);
        } catch (CharacterCodingException e) {
            problems.add(at(new Spot(pointer(), null), null)
                    .reason("the input is not well-formed UTF-16 or UTF-32, which its first bytes announce; save the file as UTF-8")
                    .build());
            throw new JsonException(summary, problems, e);
        } catch (IOException e) {
            problems.add(at(new Spot(pointer(), p.currentLocation()), null).reason("the input cannot be read: " + e.getMessage()).build());
            throw new JsonException(summary, problems, e);
        }
        if (!problems.isEmpty() || value == null) {
            if (problems.isEmpty()) {
                problems.add(at(spot(), null).reason("the value cannot be read").build());
            }
            throw new JsonException(summary, problems);
        }
        return value;
    }

    /**
     * Jackson's message in the words of our problems: a limit names the limit and why it is there;
     * a location inside the message ({@code [Source: REDACTED …; line: 6, column: 12]}) becomes
     * {@code line 6, column 12}.
     */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            for (String[] limit : LIMITS) {
                if (message.contains(limit[0])) {
                    return limit[1];
                }
            }
        }
        for (String[] rewrite : REWRITES) {
            message = message.replaceAll(rewrite[0], rewrite[1]);
        }
        return message;
    }

    // ---------------------------------------------------------------- small types

    /** Where a value starts: its pointer, line and column. The pointer may be made when first asked for. */
    private static final class Spot {
        private Supplier<String> pointerSource;
        private String pointer;
        final int line;
        final int column;

        Spot(String pointer, int line, int column) {
            this.pointer = pointer;
            this.line = line;
            this.column = column;
        }

        Spot(Supplier<String> pointer, int line, int column) {
            this.pointerSource = pointer;
            this.line = line;
            this.column = column;
        }

        Spot(String pointer, JsonLocation location) {
            this(pointer, location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr());
        }

        Spot(Supplier<String> pointer, JsonLocation location) {
            this(pointer, location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr());
        }

        String pointer() {
            if (pointer == null) {
                pointer = pointerSource.get();
                pointerSource = null;
            }
            return pointer;
        }
    }

    /** The properties of a report as read, before the tasks are resolved. */
    private static final class ReportDraft {
        String title;
        ReportingPeriod period;
        String region;
        LocalDate publishedOn;
        String source;
        List<Category> categories;
        List<Spot> categorySpots;
        boolean extraColumnsSeen;
        List<String> extraColumns;
        List<Spot> extraColumnSpots;
        List<TaskDraft> tasks;
    }

    /** A task as read: it names its category, which is resolved once the whole report is read. */
    private static final class TaskDraft {
        final int line;
        final int column;
        boolean valid = true;
        Integer number;
        String category;
        JsonLocation categoryLocation;
        String content;
        String leader;
        List<LeadUnit> leadUnits;
        List<LeadUnit> responsibleUnits;
        String remark;
        Map<String, String> extras;
        Progress progress;

        TaskDraft(JsonLocation start) {
            this.line = start.getLineNr();
            this.column = start.getColumnNr();
        }

        /** A property's value as read: {@code null} (a problem was reported) makes the task unusable. */
        <T> T read(T value) {
            valid &= value != null;
            return value;
        }
    }

    /** Stops reading: the problems so far are all that can be said. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stop INSTANCE = new Stop();

        private Stop() {
            super(null, null, false, false);
        }
    }

    @FunctionalInterface
    private interface Field {
        void read(String name) throws IOException;
    }

    @FunctionalInterface
    private interface Element<T> {
        T read(int index) throws IOException;
    }

    @FunctionalInterface
    private interface Body<T> {
        T read() throws IOException;
    }

    @FunctionalInterface
    private interface Builder<T> {
        T build();
    }

    @FunctionalInterface
    private interface PathMapping {
        String map(String path);
    }
}
