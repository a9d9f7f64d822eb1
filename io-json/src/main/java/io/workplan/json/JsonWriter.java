package io.workplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.internal.FileErrors;
import io.workplan.json.internal.EntryWriter;
import io.workplan.json.internal.ReportGenerator;
import io.workplan.json.internal.Streams;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link ProgressReport} as JSON of format version 1 (see {@code docs/json-format.md} and
 * the schema {@link JsonFormat#SCHEMA_RESOURCE}), in UTF-8.
 *
 * <pre>{@code
 * JsonWriter.create().write(report, Path.of("report.json"));
 * }</pre>
 *
 * <h2>Layout</h2>
 *
 * By default the JSON is indented by two blanks, one property per line, with line feeds on every
 * platform and a final line feed, so that files compare well in version control; {@link
 * #compact()} writes it on one line (a file ends with a line feed then too, as text files do; a
 * stream, a writer and {@link #writeString} get the one line alone). Properties are written in the order of the format's
 * description; absent optional values are left out, never written as {@code null}. Percentages are
 * written from their {@code BigDecimal}, exactly ({@link java.math.BigDecimal#toString()}).
 *
 * <h2>Streaming and files</h2>
 *
 * Tasks are written one after the other with a {@link JsonGenerator}; no tree is built. A file is
 * written to a temporary file beside it and moved into place: it is never seen half-written.
 *
 * <h2 id="entry-by-entry">Entry by entry</h2>
 *
 * {@link #write(ReportHead, Iterator, Path)} writes a report from its head and an iterator of its
 * entries, without holding the report: a million tasks write in a 128 MB heap. The bytes are those
 * {@link #write(ProgressReport, Path)} writes of the report of that head and those entries (every
 * task with its entry). The entries are checked as a report checks its tasks ({@link
 * io.workplan.core.TaskSequence}: a task listed twice, a number used twice other than by consecutive
 * sub-items, a category or extra column the head does not list) and each entry's period must be the
 * head's: at the first problem writing stops, the rest of the entries is still checked, and a
 * {@link JsonException} lists every problem. A file is then left as it was; a stream holds the part
 * written before.
 *
 * <h2>Null arguments</h2>
 *
 * Every method throws a {@link NullPointerException} naming the argument that is {@code null}.
 *
 * <h2>What cannot be written</h2>
 *
 * Tasks name their category by name, so a report in which two categories share a name (with
 * different enumerators) is refused with a {@link JsonException} before anything is written.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class JsonWriter {

    private static final JsonWriter INDENTED = new JsonWriter(true);
    private static final JsonWriter COMPACT = new JsonWriter(false);

    private final boolean indented;

    private JsonWriter(boolean indented) {
        this.indented = indented;
    }

    /**
     * A writer of indented JSON.
     *
     * @return the writer
     */
    public static JsonWriter create() {
        return INDENTED;
    }

    /**
     * A writer of JSON on one line, without blanks between tokens.
     *
     * @return the writer
     */
    public JsonWriter compact() {
        return COMPACT;
    }

    /**
     * Writes a report to a file, atomically: into a temporary file beside it, then moved into place.
     *
     * @param report the report
     * @param file the file, replaced when it exists
     * @throws JsonException when the report cannot be written as JSON or the file cannot be
     *     written; an earlier file is then left as it was
     * @throws NullPointerException when an argument is null
     */
    public void write(ProgressReport report, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        Streams.writeAtomically(file, out -> generate(g -> ReportGenerator.writeReport(report, g),
                () -> Streams.FACTORY.createGenerator(out, JsonEncoding.UTF8), true));
    }

    /**
     * Writes a report to a stream of bytes, in UTF-8; the stream is flushed, not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws JsonException when the report cannot be written as JSON or the stream fails
     * @throws NullPointerException when an argument is null
     */
    public void write(ProgressReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        write(g -> ReportGenerator.writeReport(report, g), () -> Streams.FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Writes a report to a stream of characters; the writer is flushed, not closed.
     *
     * @param report the report
     * @param out the writer
     * @throws JsonException when the report cannot be written as JSON or the writer fails
     * @throws NullPointerException when an argument is null
     */
    public void write(ProgressReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        write(g -> ReportGenerator.writeReport(report, g), () -> Streams.FACTORY.createGenerator(out));
    }

    /**
     * The JSON text of a report.
     *
     * @param report the report
     * @return the JSON text
     * @throws JsonException when the report cannot be written as JSON
     * @throws NullPointerException when report is null
     */
    public String writeString(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /**
     * Writes a report entry by entry to a file, atomically, without holding the report. See <a
     * href="#entry-by-entry">Entry by entry</a>.
     *
     * @param head the report's head
     * @param entries the entries, one a task, in the report's order
     * @param file the file, replaced when it exists
     * @throws JsonException listing every problem of the entries, or when two categories share a
     *     name or the file cannot be written; an earlier file is then left as it was
     * @throws NullPointerException when an argument or an entry is null
     * @throws RuntimeException what the iterator threw, unchanged; the file is then left as it was
     * @since 0.2.0
     */
    public void write(ReportHead head, Iterator<? extends ProgressEntry> entries, Path file) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(file, "file");
        Streams.writeAtomically(file, out -> generate(g -> new EntryWriter(head).write(entries, g),
                () -> Streams.FACTORY.createGenerator(out, JsonEncoding.UTF8), true));
    }

    /**
     * Writes a report entry by entry to a stream of bytes, in UTF-8; the stream is flushed, not
     * closed. See <a href="#entry-by-entry">Entry by entry</a>.
     *
     * @param head the report's head
     * @param entries the entries, one a task, in the report's order
     * @param out the stream
     * @throws JsonException listing every problem of the entries, or when two categories share a
     *     name or the stream fails; the stream then holds what was written before the first problem
     * @throws NullPointerException when an argument or an entry is null
     * @since 0.2.0
     */
    public void write(ReportHead head, Iterator<? extends ProgressEntry> entries, OutputStream out) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        write(g -> new EntryWriter(head).write(entries, g), () -> Streams.FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Writes a report entry by entry to a stream of characters; the writer is flushed, not closed.
     * See <a href="#entry-by-entry">Entry by entry</a>.
     *
     * @param head the report's head
     * @param entries the entries, one a task, in the report's order
     * @param out the writer
     * @throws JsonException listing every problem of the entries, or when two categories share a
     *     name or the writer fails; the writer then holds what was written before the first problem
     * @throws NullPointerException when an argument or an entry is null
     * @since 0.2.0
     */
    public void write(ReportHead head, Iterator<? extends ProgressEntry> entries, Writer out) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        write(g -> new EntryWriter(head).write(entries, g), () -> Streams.FACTORY.createGenerator(out));
    }

    private void write(Body body, GeneratorTarget target) {
        try {
            generate(body, target, indented);
        } catch (IOException e) {
            throw new JsonException("Cannot write the JSON report",
                    List.of(Problem.builder().reason("the output cannot be written: " + FileErrors.reason(e)).build()), e);
        }
    }

    /** Writes the report; a failure of the output is left to the caller, who knows what the output is. */
    private void generate(Body body, GeneratorTarget target, boolean finalLineFeed) throws IOException {
        try (JsonGenerator g = target.open()) {
            if (indented) {
                Streams.indented(g);
            }
            body.write(g);
            if (finalLineFeed) {
                g.writeRaw('\n');
            }
            g.flush();
        }
    }

    @FunctionalInterface
    private interface GeneratorTarget {
        JsonGenerator open() throws IOException;
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
