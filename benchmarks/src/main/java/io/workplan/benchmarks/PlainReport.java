package io.workplan.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user would write instead of workplan's JSON reader and writer: flat POJOs with the fields
 * of the JSON document, bound by plain Jackson databind. No domain, no normalisation, no checks
 * beyond Jackson's own (unknown properties fail, as databind does by default).
 *
 * <p>They read and write the same document as {@link io.workplan.json.JsonWriter}: {@code
 * PlainReportTest} checks that both write the same text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "title", "period", "region", "publishedOn", "source", "categories", "tasks"})
public final class PlainReport {
    /** The JSON names of the kinds, in the order of {@link Progress.Kind}. */
    private static final String[] KIND_NAMES = {"percent", "notApplicable", "completed", "onSchedule", "dataPending", "narrative"};

    public int formatVersion;
    public String title;
    public Period period;
    public String region;
    public String publishedOn;
    public String source;
    public List<PlainCategory> categories;
    public List<Row> tasks;

    /** The period: a year and at most one of quarter, half and month. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"year", "quarter", "half", "month"})
    public static final class Period {
        public int year;
        public Integer quarter;
        public Integer half;
        public Integer month;
    }

    /** A category of the report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"enumerator", "name"})
    public static final class PlainCategory {
        public String enumerator;
        public String name;
    }

    /** A task row: number, category, content, lead units, progress. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"number", "category", "content", "leader", "leadUnits", "responsibleUnits", "remark", "progress"})
    public static final class Row {
        public Integer number;
        public String category;
        public String content;
        public String leader;
        public List<String> leadUnits;
        public List<String> responsibleUnits;
        public String remark;
        public PlainProgress progress;
    }

    /** The progress of a row: its text, kind and percentage (a BigDecimal, exact). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "kind", "percent"})
    public static final class PlainProgress {
        public String text;
        public String kind;
        public BigDecimal percent;
    }

    /**
     * The POJOs of a report, field for field as workplan writes it.
     *
     * @param report the report
     * @return its POJOs
     */
    static PlainReport of(ProgressReport report) {
        PlainReport plain = new PlainReport();
        plain.formatVersion = 2; // version 2, of which the benchmarks' reports use no extras
        plain.title = report.title();
        plain.period = report.period().map(PlainReport::period).orElse(null);
        plain.region = report.region().orElse(null);
        plain.publishedOn = report.publishedOn().map(Object::toString).orElse(null);
        plain.source = report.source().orElse(null);
        plain.categories = new ArrayList<>();
        for (Category category : report.categories()) {
            PlainCategory c = new PlainCategory();
            c.enumerator = category.enumerator().orElse(null);
            c.name = category.name();
            plain.categories.add(c);
        }
        plain.tasks = new ArrayList<>(report.tasks().size());
        for (Task task : report.tasks()) {
            Row row = new Row();
            row.number = task.number().isPresent() ? task.number().getAsInt() : null;
            row.category = task.category().map(Category::name).orElse(null);
            row.content = task.content();
            row.leader = task.leader().orElse(null);
            row.leadUnits = names(task.leadUnits());
            row.responsibleUnits = task.responsibleUnits().isEmpty() ? null : names(task.responsibleUnits());
            row.remark = task.remark().orElse(null);
            row.progress = report.progressOf(task).map(PlainReport::progress).orElse(null);
            plain.tasks.add(row);
        }
        return plain;
    }

    private static Period period(ReportingPeriod period) {
        Period p = new Period();
        p.year = period.year();
        switch (period.span()) {
            case QUARTER:
                p.quarter = period.index();
                break;
            case HALF:
                p.half = period.index();
                break;
            case MONTHS:
                p.month = period.index();
                break;
            default:
                break;
        }
        return p;
    }

    private static List<String> names(List<LeadUnit> units) {
        List<String> names = new ArrayList<>(units.size());
        units.forEach(u -> names.add(u.name()));
        return names;
    }

    private static PlainProgress progress(Progress progress) {
        PlainProgress p = new PlainProgress();
        p.text = progress.text();
        p.kind = KIND_NAMES[progress.kind().ordinal()];
        p.percent = progress.percent().orElse(null);
        return p;
    }
}
