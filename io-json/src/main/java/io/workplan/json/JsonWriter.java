package io.workplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.internal.FileErrors;
import io.workplan.json.internal.ReportGenerator;
import io.workplan.json.internal.Streams;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

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
     */
    public void write(ProgressReport report, Path file) {
        Streams.writeAtomically(file, out -> generate(report, () -> Streams.FACTORY.createGenerator(out, JsonEncoding.UTF8), true));
    }

    /**
     * Writes a report to a stream of bytes, in UTF-8; the stream is flushed, not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws JsonException when the report cannot be written as JSON or the stream fails
     */
    public void write(ProgressReport report, OutputStream out) {
        write(report, () -> Streams.FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Writes a report to a stream of characters; the writer is flushed, not closed.
     *
     * @param report the report
     * @param out the writer
     * @throws JsonException when the report cannot be written as JSON or the writer fails
     */
    public void write(ProgressReport report, Writer out) {
        write(report, () -> Streams.FACTORY.createGenerator(out));
    }

    /**
     * The JSON text of a report.
     *
     * @param report the report
     * @return the JSON text
     * @throws JsonException when the report cannot be written as JSON
     */
    public String writeString(ProgressReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    private void write(ProgressReport report, GeneratorTarget target) {
        try {
            generate(report, target, indented);
        } catch (IOException e) {
            throw new JsonException("Cannot write the JSON report",
                    List.of(Problem.builder().reason("the output cannot be written: " + FileErrors.reason(e)).build()), e);
        }
    }

    /** Writes the report; a failure of the output is left to the caller, who knows what the output is. */
    private void generate(ProgressReport report, GeneratorTarget target, boolean finalLineFeed) throws IOException {
        try (JsonGenerator g = target.open()) {
            if (indented) {
                Streams.indented(g);
            }
            ReportGenerator.writeReport(report, g);
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
}
