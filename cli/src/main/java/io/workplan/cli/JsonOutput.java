package io.workplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.Task;
import io.workplan.core.aggregate.AmbiguousMatch;
import io.workplan.core.aggregate.TaskMatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The JSON the commands print with {@code --format json}: indented, numbers exact and plain
 * ({@code 59.9778481013}, never {@code 5.99E+1}), absent figures as {@code null}. A view for
 * scripts, not the report format (io-json's): documented in {@code docs/cli-json.md}, with its schema
 * {@code docs/workplan-cli-output-v1.schema.json}, which {@code JsonOutputSchemaTest} checks.
 */
final class JsonOutput {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** What a command writes into the generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOutput() {}

    /**
     * Prints one JSON document, then a line break.
     *
     * @param out standard output
     * @param body writes the document
     */
    static void print(PrintWriter out, Body body) {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Words as a JSON name: {@code notComparable} for {@code not comparable}. */
    static String name(String words) {
        String[] parts = words.split(" ");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    /** A number field, {@code null} when absent. */
    static void number(JsonGenerator json, String name, Optional<BigDecimal> value) throws IOException {
        json.writeFieldName(name);
        if (value.isPresent()) {
            json.writeNumber(value.get());
        } else {
            json.writeNull();
        }
    }

    /** The report's title and period ({@code null} when it names none), and its count of tasks. */
    static void head(JsonGenerator json, ProgressReport report) throws IOException {
        head(json, report.head(), report.tasks().size());
    }

    /** A report's title and period ({@code null} when it names none), and its count of tasks, for a report read task by task. */
    static void head(JsonGenerator json, ReportHead head, int tasks) throws IOException {
        json.writeStringField("title", head.title());
        json.writeFieldName("period");
        if (head.period().isPresent()) {
            json.writeString(head.period().get().label());
        } else {
            json.writeNull();
        }
        json.writeNumberField("tasks", tasks);
    }

    /** A task as an object: number (or null), category (or null), content, lead units. */
    static void task(JsonGenerator json, Task task) throws IOException {
        json.writeStartObject();
        taskFields(json, task);
        json.writeEndObject();
    }

    /** The fields of a task, in an object already started. */
    /**
     * The candidates of a task matched to none of them, each its task fields (as the other report has
     * it) and its {@code similarity}: the field {@code candidates} of {@code compare} and {@code history}.
     */
    static void candidates(JsonGenerator json, AmbiguousMatch match) throws IOException {
        json.writeArrayFieldStart("candidates");
        for (TaskMatch c : match.candidates()) {
            json.writeStartObject();
            taskFields(json, match.ofEarlier() ? c.later() : c.earlier());
            json.writeNumberField("similarity", c.similarity());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void taskFields(JsonGenerator json, Task task) throws IOException {
        json.writeFieldName("number");
        if (task.number().isPresent()) {
            json.writeNumber(task.number().getAsInt());
        } else {
            json.writeNull();
        }
        json.writeFieldName("category");
        if (task.category().isPresent()) {
            json.writeString(task.category().get().label());
        } else {
            json.writeNull();
        }
        json.writeStringField("content", task.content());
        json.writeArrayFieldStart("leadUnits");
        for (var unit : task.leadUnits()) {
            json.writeString(unit.name());
        }
        json.writeEndArray();
    }
}
