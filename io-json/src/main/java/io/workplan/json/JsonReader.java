package io.workplan.json;

import com.fasterxml.jackson.core.JsonParser;
import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.Task;
import io.workplan.core.internal.FileErrors;
import io.workplan.core.internal.FileKind;
import io.workplan.json.internal.EntryReading;
import io.workplan.json.internal.ReportParser;
import io.workplan.json.internal.Streams;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a {@link ProgressReport} from JSON of format version 1 (see {@code docs/json-format.md} and
 * the schema {@link JsonFormat#SCHEMA_RESOURCE}).
 *
 * <pre>{@code
 * ProgressReport report = JsonReader.create().read(Path.of("report.json"));
 * }</pre>
 *
 * <h2>Streaming</h2>
 *
 * The input is read token by token; no tree of the document is built, so a report of a million
 * tasks needs the memory of the report only.
 *
 * <h2 id="entry-by-entry">Entry by entry</h2>
 *
 * {@link #read(Path, Consumer)} and {@link #read(InputStream, Consumer)} hand each task's entry to
 * a consumer as soon as it is read, without holding the report: a million tasks read in a 128 MB
 * heap. They check what the whole read checks, every problem at once with the same pointers and
 * line:column, in bounded memory: the report's checks of its tasks (a task listed twice, a number
 * used twice other than by consecutive sub-items, a category or extra column the head does not
 * list) go by {@link io.workplan.core.TaskSequence} with the tasks'
 * {@linkplain io.workplan.core.TaskFingerprints fingerprints}, about 40 bytes a task.
 *
 * <ul>
 *   <li>A file is read twice: first its head, skipping the tasks, then its tasks one by one, so
 *       its properties may come in any order.
 *   <li>A stream is read once: the report's properties must come before its tasks, as {@link
 *       JsonWriter} writes them. A property after the tasks is a problem ("comes after the tasks");
 *       read such a document from a file or as a whole report.
 *   <li>Entries are handed over while no problem has been found; once one is, the rest is still
 *       read and checked, and the exception lists every problem. Entries handed over before are then
 *       not a valid report.
 *   <li>A task without progress has no entry: it is a problem at the task, unless a consumer of
 *       such tasks is given ({@link #read(Path, Consumer, Consumer)}).
 *   <li>The problems are those of {@link #read(Path)} on the same input, in the order found (the
 *       head's first for a file); the result's {@link JsonReadSummary#head() head} is the whole
 *       report's {@link ProgressReport#head()}. A task taken for another listed twice by its
 *       fingerprint, which the whole read compares by {@code equals}, has the chance {@link
 *       io.workplan.core.TaskFingerprints} gives, about 3·10⁻⁸ among a million tasks.
 * </ul>
 *
 * <h2>Null arguments</h2>
 *
 * Every method throws a {@link NullPointerException} naming the argument that is {@code null}.
 *
 * <h2>Problems</h2>
 *
 * Everything wrong with the input is reported at once in a {@link JsonException}: each {@link
 * Problem} names the JSON pointer ({@code /tasks/3/number}), line and column, the property and the
 * raw value. Problems are: malformed JSON; a {@code formatVersion} other than {@value
 * JsonFormat#VERSION}; a value of the wrong type; a missing required property; a number that is not
 * a whole number where one is expected; a property given twice; an unknown property (unless {@link
 * #ignoringUnknownProperties()}); a task naming a category the report does not list; two categories
 * of the same name; a progress whose stored kind or percentage is not what its text says (the text
 * is what a person sees: {@code {"text":"60%","kind":"percent","percent":61}} is refused at {@code
 * percent}; a percentage may carry more decimals than the text shows, {@code 53.6} as {@code
 * 54%}), or whose percentage is beyond what a spreadsheet cell holds ({@code 1E+400}); whatever the
 * domain refuses (a blank content, a task number used twice, …).
 * Reading goes on after a problem where it can and stops after {@value ReportParser#MAX_PROBLEMS}.
 * No exception of Jackson or of the JDK escapes for bad input.
 *
 * <h2>Encodings</h2>
 *
 * Bytes (a file, a stream) are UTF-8, with or without a byte order mark, or UTF-16 or UTF-32 as a
 * byte order mark or the zero bytes of the first characters say (RFC 4627). They are decoded
 * strictly: a byte sequence that is not well-formed in its encoding (a Latin-1 or GBK file, an
 * overlong form such as {@code C0 AF}, an encoded surrogate, a code point beyond U+10FFFF, a file
 * cut inside a character) stops reading with a problem at its line and column; nothing is replaced
 * by U+FFFD or read as another character. In a problem, the column counts bytes for UTF-8 input,
 * as Jackson does ({@code 年} takes three), and characters for text ({@link #readString(String)},
 * {@link #read(Reader)}) and for UTF-16 and UTF-32.
 *
 * <h2>Limits against hostile input</h2>
 *
 * Set explicitly, whatever Jackson's defaults are: nesting deeper than {@value #MAX_NESTING_DEPTH},
 * a string or number longer than {@value #MAX_STRING_LENGTH} characters (the largest text read), a
 * number longer than {@value #MAX_NUMBER_LENGTH} characters, a property name longer than {@value
 * #MAX_NAME_LENGTH} characters stop reading with a problem, and so does a percentage whose plain
 * decimal form has more than {@value ReportParser#MAX_DECIMAL_DIGITS} digits before or after the
 * point ({@code 1e1000000000}). The input is read as a stream, so reading stops at the limit without
 * reading the rest: a 100 MB string costs the first megabyte. The length of the document and its
 * number of tokens are not limited: a report may hold a million tasks, and it takes the memory of
 * the report. How much work one problem costs is bounded too: reading stops after {@value
 * ReportParser#MAX_PROBLEMS} problems.
 *
 * <h2>Guarantees</h2>
 *
 * Whatever the input, a read returns a report or throws a {@link JsonException}; nothing is read
 * silently other than written (a property given twice is a problem, never last-wins), and what
 * is read survives {@link JsonWriter} and this reader again unchanged. The corpus of broken and
 * hostile inputs and a fuzz test in this module's tests check it.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class JsonReader {

    /**
     * The deepest nesting of arrays and objects read. The format itself nests four deep; the rest
     * is room for ignored unknown properties.
     */
    public static final int MAX_NESTING_DEPTH = 32;

    /**
     * The longest string read, in characters: 32 times the 32,767 characters a spreadsheet cell
     * holds, the longest text a task can have come from.
     */
    public static final int MAX_STRING_LENGTH = 1_048_576;

    /** The longest number read, in characters; a percentage needs a handful. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The longest property name read, in characters; the format's longest has 16. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonReader STRICT = new JsonReader(false);

    private final boolean ignoreUnknownProperties;

    private JsonReader(boolean ignoreUnknownProperties) {
        this.ignoreUnknownProperties = ignoreUnknownProperties;
    }

    /**
     * A reader that refuses unknown properties, naming the known ones.
     *
     * @return the reader
     */
    public static JsonReader create() {
        return STRICT;
    }

    /**
     * A reader like this one that skips properties the format does not know, such as those a later
     * minor revision or another tool may add. Everything else is checked as before.
     *
     * @return the lenient reader
     */
    public JsonReader ignoringUnknownProperties() {
        return new JsonReader(true);
    }

    /**
     * Whether properties the format does not know are skipped rather than reported.
     *
     * @return whether unknown properties are ignored
     */
    public boolean ignoresUnknownProperties() {
        return ignoreUnknownProperties;
    }

    /**
     * Reads a report from a file.
     *
     * @param file a JSON file, UTF-8 (or UTF-16/32 with its byte order mark)
     * @return the report
     * @throws JsonException listing every problem of the input, each naming the file; or when the
     *     file cannot be opened
     * @throws NullPointerException when file is null
     */
    public ProgressReport read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), FileKind.HEAD_BYTES)) {
            return read(Streams.parser(identified(in, Optional.of(file.toString()))), Optional.of(file.toString()));
        } catch (IOException e) {
            throw new JsonException("Cannot read the JSON report " + file,
                    List.of(Problem.builder().source(file.toString()).reason("the file cannot be read: " + FileErrors.readReason(file, e)).build()), e);
        }
    }

    /**
     * Reads a report from a stream of bytes; the stream is read to the end of the report and not
     * closed.
     *
     * @param in JSON in UTF-8 (or UTF-16/32 with its byte order mark)
     * @return the report
     * @throws JsonException listing every problem of the input
     * @throws NullPointerException when in is null
     */
    public ProgressReport read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(() -> Streams.parser(identified(in.markSupported() ? in : new BufferedInputStream(in, FileKind.HEAD_BYTES),
                Optional.empty())));
    }

    /**
     * The stream, once its first bytes were found to be text: a workbook, a Word document, a PDF, a
     * page, … is refused as what it is ({@link FileKind}).
     */
    private static InputStream identified(InputStream in, Optional<String> source) throws IOException {
        in.mark(FileKind.HEAD_BYTES);
        byte[] head = in.readNBytes(FileKind.HEAD_BYTES);
        in.reset();
        FileKind kind = FileKind.of(head);
        // binary data of no known kind may be UTF-32: the decoding says what is wrong with it
        boolean json = kind.kind() == FileKind.Kind.JSON || kind.kind() == FileKind.Kind.TEXT || kind.kind() == FileKind.Kind.EMPTY
                || kind.kind() == FileKind.Kind.BINARY;
        if (!json) {
            Problem.Builder problem = Problem.builder().reason(kind.refusal("a JSON report"));
            source.ifPresent(problem::source);
            throw new JsonException("Cannot read the JSON report" + source.map(s -> " " + s).orElse(""), List.of(problem.build()), null);
        }
        return in;
    }

    /**
     * Reads a report from a stream of characters; the reader is not closed.
     *
     * @param in JSON text
     * @return the report
     * @throws JsonException listing every problem of the input
     * @throws NullPointerException when in is null
     */
    public ProgressReport read(Reader in) {
        Objects.requireNonNull(in, "in");
        return read(() -> Streams.FACTORY.createParser(in));
    }

    /**
     * Reads a report from a JSON text.
     *
     * @param json the JSON text of one report
     * @return the report
     * @throws JsonException listing every problem of the input
     * @throws NullPointerException when json is null
     */
    public ProgressReport readString(String json) {
        Objects.requireNonNull(json, "json");
        return read(() -> Streams.FACTORY.createParser(json));
    }

    /**
     * Reads a file entry by entry, without holding the report: its head first, then each task's
     * entry handed over as it is read, in the document's order. See <a
     * href="#entry-by-entry">Entry by entry</a>.
     *
     * @param file a JSON file, UTF-8 (or UTF-16/32 with its byte order mark)
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head and how many tasks it has
     * @throws JsonException listing every problem of the input, each naming the file (a task
     *     without progress among them), after the entries read before the first problem were handed
     *     over; or when the file cannot be opened
     * @throws NullPointerException when an argument is null
     * @throws RuntimeException what the consumer threw, unchanged: the reading stops there
     * @since 0.2.0
     */
    public JsonReadSummary read(Path file, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entries, "entries");
        return readEntries(file, entries, null);
    }

    /**
     * Reads a file entry by entry, as {@link #read(Path, Consumer)} does, handing a task without
     * progress to a consumer of its own instead of refusing it.
     *
     * @param file a JSON file, UTF-8 (or UTF-16/32 with its byte order mark)
     * @param entries what each entry is handed to, on the calling thread
     * @param tasksWithoutProgress what each task without progress is handed to, in its place among the entries
     * @return the report's head, how many tasks it has and how many of them had a progress
     * @throws JsonException listing every problem of the input, each naming the file
     * @throws NullPointerException when an argument is null
     * @throws RuntimeException what a consumer threw, unchanged: the reading stops there
     * @since 0.2.0
     */
    public JsonReadSummary read(Path file, Consumer<? super ProgressEntry> entries, Consumer<? super Task> tasksWithoutProgress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(tasksWithoutProgress, "tasksWithoutProgress");
        return readEntries(file, entries, tasksWithoutProgress);
    }

    /**
     * Reads a stream entry by entry, once, without holding the report: the report's properties
     * must come before its tasks, as {@link JsonWriter} writes them. See <a
     * href="#entry-by-entry">Entry by entry</a>. The stream is read to the end of the report and
     * not closed.
     *
     * @param in JSON in UTF-8 (or UTF-16/32 with its byte order mark)
     * @param entries what each entry is handed to, on the calling thread
     * @return the report's head and how many tasks it has
     * @throws JsonException listing every problem of the input (a task without progress, a
     *     property after the tasks among them)
     * @throws NullPointerException when an argument is null
     * @throws RuntimeException what the consumer threw, unchanged: the reading stops there
     * @since 0.2.0
     */
    public JsonReadSummary read(InputStream in, Consumer<? super ProgressEntry> entries) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(entries, "entries");
        return readEntries(in, entries, null);
    }

    /**
     * Reads a stream entry by entry, as {@link #read(InputStream, Consumer)} does, handing a task
     * without progress to a consumer of its own instead of refusing it.
     *
     * @param in JSON in UTF-8 (or UTF-16/32 with its byte order mark)
     * @param entries what each entry is handed to, on the calling thread
     * @param tasksWithoutProgress what each task without progress is handed to, in its place among the entries
     * @return the report's head, how many tasks it has and how many of them had a progress
     * @throws JsonException listing every problem of the input
     * @throws NullPointerException when an argument is null
     * @throws RuntimeException what a consumer threw, unchanged: the reading stops there
     * @since 0.2.0
     */
    public JsonReadSummary read(InputStream in, Consumer<? super ProgressEntry> entries,
            Consumer<? super Task> tasksWithoutProgress) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(tasksWithoutProgress, "tasksWithoutProgress");
        return readEntries(in, entries, tasksWithoutProgress);
    }

    private JsonReadSummary readEntries(Path file, Consumer<? super ProgressEntry> entries, Consumer<? super Task> withoutProgress) {
        Optional<String> source = Optional.of(file.toString());
        try {
            EntryReading.Head head;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), FileKind.HEAD_BYTES);
                    JsonParser parser = Streams.parser(identified(in, source))) {
                head = new ReportParser(parser, ignoreUnknownProperties, source).readHead();
            }
            EntryReading.Streamed read;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); JsonParser parser = Streams.parser(in)) {
                read = new ReportParser(parser, ignoreUnknownProperties, source).streamTasks(head, entries, withoutProgress);
            }
            return summary(read);
        } catch (IOException e) {
            throw new JsonException("Cannot read the JSON report " + file,
                    List.of(Problem.builder().source(file.toString()).reason("the file cannot be read: "
                            + FileErrors.readReason(file, e)).build()), e);
        }
    }

    private JsonReadSummary readEntries(InputStream in, Consumer<? super ProgressEntry> entries,
            Consumer<? super Task> withoutProgress) {
        try (JsonParser parser = Streams.parser(identified(in.markSupported() ? in : new BufferedInputStream(in, FileKind.HEAD_BYTES),
                Optional.empty()))) {
            EntryReading.Streamed read = new ReportParser(parser, ignoreUnknownProperties, Optional.empty())
                    .streamDocument(entries, withoutProgress);
            return summary(read);
        } catch (IOException e) {
            throw new JsonException("Cannot read the JSON report",
                    List.of(Problem.builder().reason("the input cannot be read: " + FileErrors.reason(e)).build()), e);
        }
    }

    private static JsonReadSummary summary(EntryReading.Streamed read) {
        return JsonReadSummary.builder().head(read.head()).tasks(read.counts().tasks()).entries(read.counts().entries()).build();
    }

    private ProgressReport read(ParserSource source) {
        try {
            return read(source.open(), Optional.empty());
        } catch (IOException e) {
            throw new JsonException("Cannot read the JSON report",
                    List.of(Problem.builder().reason("the input cannot be read: " + FileErrors.reason(e)).build()), e);
        }
    }

    private ProgressReport read(JsonParser parser, Optional<String> source) throws IOException {
        try (parser) {
            return new ReportParser(parser, ignoreUnknownProperties, source).readDocument();
        }
    }

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }
}
