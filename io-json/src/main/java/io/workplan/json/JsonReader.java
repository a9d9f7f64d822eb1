package io.workplan.json;

import com.fasterxml.jackson.core.JsonParser;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.json.internal.ReportParser;
import io.workplan.json.internal.Streams;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
 * <h2>Problems</h2>
 *
 * Everything wrong with the input is reported at once in a {@link JsonException}: each {@link
 * Problem} names the JSON pointer ({@code /tasks/3/number}), line and column, the property and the
 * raw value. Problems are: malformed JSON; a {@code formatVersion} other than {@value
 * JsonFormat#VERSION}; a value of the wrong type; a missing required property; a number that is not
 * a whole number where one is expected; a property given twice; an unknown property (unless {@link
 * #ignoringUnknownProperties()}); a task naming a category the report does not list; two categories
 * of the same name; whatever the domain refuses (a blank content, a task number used twice, …).
 * Reading goes on after a problem where it can and stops after {@value ReportParser#MAX_PROBLEMS}.
 * No exception of Jackson or of the JDK escapes for bad input.
 *
 * <h2>Limits against hostile input</h2>
 *
 * Nesting deeper than {@value #MAX_NESTING_DEPTH}, a string longer than {@value #MAX_STRING_LENGTH}
 * characters, a number longer than {@value #MAX_NUMBER_LENGTH} characters and a property name longer
 * than {@value #MAX_NAME_LENGTH} characters stop reading with a problem. The length of the document
 * is not limited: a report may hold a million tasks.
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
     */
    public ProgressReport read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(Streams.parser(in), Optional.of(file.toString()));
        } catch (IOException e) {
            throw new JsonException("Cannot read the JSON report " + file,
                    List.of(Problem.builder().source(file.toString()).reason("the file cannot be read: " + e).build()), e);
        }
    }

    /**
     * Reads a report from a stream of bytes; the stream is read to the end of the report and not
     * closed.
     *
     * @param in JSON in UTF-8 (or UTF-16/32 with its byte order mark)
     * @return the report
     * @throws JsonException listing every problem of the input
     */
    public ProgressReport read(InputStream in) {
        return read(() -> Streams.parser(in));
    }

    /**
     * Reads a report from a stream of characters; the reader is not closed.
     *
     * @param in JSON text
     * @return the report
     * @throws JsonException listing every problem of the input
     */
    public ProgressReport read(Reader in) {
        return read(() -> Streams.FACTORY.createParser(in));
    }

    /**
     * Reads a report from a JSON text.
     *
     * @param json the JSON text of one report
     * @return the report
     * @throws JsonException listing every problem of the input
     */
    public ProgressReport readString(String json) {
        return read(() -> Streams.FACTORY.createParser(json));
    }

    private ProgressReport read(ParserSource source) {
        try {
            return read(source.open(), Optional.empty());
        } catch (IOException e) {
            throw new JsonException("Cannot read the JSON report",
                    List.of(Problem.builder().reason("the input cannot be read: " + e).build()), e);
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
