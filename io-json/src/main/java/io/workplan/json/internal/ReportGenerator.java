package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportHead;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.json.JsonException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the domain as JSON of format version 2, token by token with a {@link JsonGenerator}: the
 * tasks are written one after the other, no tree is built.
 */
public final class ReportGenerator {
    private ReportGenerator() {}

    /**
     * Writes a report as one JSON object.
     *
     * @param report the report
     * @param g the generator
     * @throws IOException when the generator cannot write
     * @throws JsonException when two categories share a name (tasks name their category by name)
     */
    public static void writeReport(ProgressReport report, JsonGenerator g) throws IOException {
        writeHead(report.head(), g);
        for (Task task : report.tasks()) {
            writeTask(task, report.progressOf(task), report.extraColumns(), g);
        }
        writeEnd(g);
    }

    /**
     * Writes a report's object up to its tasks: the head's properties, then the start of the
     * tasks' array, which {@link #writeTask} fills and {@link #writeEnd} closes.
     *
     * @param head the head
     * @param g the generator
     * @throws IOException when the generator cannot write
     * @throws JsonException when two categories share a name (tasks name their category by name),
     *     before anything is written
     */
    public static void writeHead(ReportHead head, JsonGenerator g) throws IOException {
        requireUniqueCategoryNames(head.categories());
        g.writeStartObject();
        g.writeNumberField(Names.FORMAT_VERSION_FIELD, Names.FORMAT_VERSION);
        g.writeStringField(Names.TITLE, head.title());
        if (head.period().isPresent()) {
            g.writeFieldName(Names.PERIOD);
            writePeriod(head.period().get(), g);
        }
        writeOptional(g, Names.REGION, head.region());
        writeOptional(g, Names.PUBLISHED_ON, head.publishedOn().map(Object::toString));
        writeOptional(g, Names.SOURCE, head.source());
        g.writeArrayFieldStart(Names.CATEGORIES);
        for (Category category : head.categories()) {
            writeCategory(category, g);
        }
        g.writeEndArray();
        if (!head.extraColumns().isEmpty()) {
            g.writeArrayFieldStart(Names.EXTRA_COLUMNS);
            for (String header : head.extraColumns()) {
                g.writeString(header);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart(Names.TASKS);
    }

    /**
     * Closes the tasks' array and the report's object that {@link #writeHead} opened.
     *
     * @param g the generator
     * @throws IOException when the generator cannot write
     */
    public static void writeEnd(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a period: {@code {"year":2024,"quarter":2}}.
     *
     * @param period the period
     * @param g the generator
     * @throws IOException when the generator cannot write
     */
    public static void writePeriod(ReportingPeriod period, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField(Names.YEAR, period.year());
        Optional<String> field = Names.spanField(period.span());
        if (field.isPresent()) {
            g.writeNumberField(field.get(), period.index());
        }
        g.writeEndObject();
    }

    /**
     * Writes a category: {@code {"enumerator":"(一)","name":"…"}}.
     *
     * @param category the category
     * @param g the generator
     * @throws IOException when the generator cannot write
     */
    public static void writeCategory(Category category, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeOptional(g, Names.ENUMERATOR, category.enumerator());
        g.writeStringField(Names.NAME, category.name());
        g.writeEndObject();
    }

    /**
     * Writes a progress value: {@code {"text":"53.6%","kind":"percent","percent":53.6}}; the
     * percentage is written from its {@code BigDecimal}, exactly.
     *
     * @param progress the progress
     * @param g the generator
     * @throws IOException when the generator cannot write
     */
    public static void writeProgress(Progress progress, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField(Names.TEXT, progress.text());
        g.writeStringField(Names.KIND, Names.kindName(progress.kind()));
        if (progress.percent().isPresent()) {
            g.writeFieldName(Names.PERCENT);
            g.writeNumber(progress.percent().get());
        }
        g.writeEndObject();
    }

    /**
     * Writes a task with its progress, when it has one, as an element of the tasks' array. Its
     * extras are written in the order of the report's extra columns, whatever the order of the
     * task's map (which {@link Task#equals} ignores): a table read from a page, and the same table
     * written as a workbook and read again, give the same bytes.
     *
     * @param task the task
     * @param progress its progress
     * @param extraColumns the report's extra columns, in their order
     * @param g the generator
     * @throws IOException when the generator cannot write
     */
    public static void writeTask(Task task, Optional<Progress> progress, List<String> extraColumns, JsonGenerator g)
            throws IOException {
        g.writeStartObject();
        if (task.number().isPresent()) {
            g.writeNumberField(Names.NUMBER, task.number().getAsInt());
        }
        if (task.category().isPresent()) {
            g.writeStringField(Names.CATEGORY, task.category().get().name());
        }
        g.writeStringField(Names.CONTENT, task.content());
        writeOptional(g, Names.LEADER, task.leader());
        writeUnits(g, Names.LEAD_UNITS, task.leadUnits());
        if (!task.responsibleUnits().isEmpty()) {
            writeUnits(g, Names.RESPONSIBLE_UNITS, task.responsibleUnits());
        }
        writeOptional(g, Names.REMARK, task.remark());
        if (!task.extras().isEmpty()) {
            writeExtras(task.extras(), extraColumns, g);
        }
        if (progress.isPresent()) {
            g.writeFieldName(Names.PROGRESS);
            writeProgress(progress.get(), g);
        }
        g.writeEndObject();
    }

    private static void writeExtras(Map<String, String> extras, List<String> extraColumns, JsonGenerator g)
            throws IOException {
        g.writeObjectFieldStart(Names.EXTRAS);
        int written = 0;
        for (String header : extraColumns) {
            String text = extras.get(header);
            if (text != null) {
                g.writeStringField(header, text);
                written++;
            }
        }
        if (written < extras.size()) {
            // a header the report does not list: never so for a report or checked entries, written all the same
            for (Map.Entry<String, String> extra : extras.entrySet()) {
                if (!extraColumns.contains(extra.getKey())) {
                    g.writeStringField(extra.getKey(), extra.getValue());
                }
            }
        }
        g.writeEndObject();
    }

    private static void writeUnits(JsonGenerator g, String field, List<LeadUnit> units) throws IOException {
        g.writeArrayFieldStart(field);
        for (LeadUnit unit : units) {
            g.writeString(unit.name());
        }
        g.writeEndArray();
    }

    private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    /** Tasks name their category by name, so no two categories of a report may share one. */
    private static void requireUniqueCategoryNames(List<Category> categories) {
        List<Problem> problems = CategoryNames.duplicates(categories,
                i -> Problem.builder().path("/" + Names.CATEGORIES + "/" + i));
        if (!problems.isEmpty()) {
            throw new JsonException("The report cannot be written as JSON", problems, null);
        }
    }
}
